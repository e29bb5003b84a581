// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardtile.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace twin::ui {

namespace {

const DashboardTile::Kind kKinds[] = {DashboardTile::Kind::Value, DashboardTile::Kind::Gauge,
                                      DashboardTile::Kind::Sparkline, DashboardTile::Kind::Rooms,
                                      DashboardTile::Kind::Alerts};
const DashboardTile::Aggregate kAggregates[] = {DashboardTile::Aggregate::Latest, DashboardTile::Aggregate::Mean,
                                                DashboardTile::Aggregate::Min, DashboardTile::Aggregate::Max};

std::optional<double> optionalNumber(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

DashboardTile::Level DashboardTile::level(double number) const
{
    if (!warning && !alarm)
        return Level::Normal;
    // Low values are the bad ones when the alarm lies below the warning.
    const bool lowIsBad = warning && alarm && *alarm < *warning;
    const auto beyond = [&](double threshold) { return lowIsBad ? number <= threshold : number >= threshold; };
    if (alarm && beyond(*alarm))
        return Level::Alarm;
    if (warning && beyond(*warning))
        return Level::Warning;
    return Level::Normal;
}

bool DashboardTile::fromJson(const QJsonObject &json, DashboardTile *tile, QString *error)
{
    DashboardTile t;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const auto *k = std::find_if(std::begin(kKinds), std::end(kKinds), [&](Kind c) { return kindName(c) == kind; });
    if (k == std::end(kKinds)) {
        *error = QStringLiteral("unknown tile kind '%1' (value, gauge, sparkline, rooms or alerts)").arg(kind);
        return false;
    }
    t.kind = *k;
    t.row = json.value(QStringLiteral("row")).toInt();
    t.column = json.value(QStringLiteral("column")).toInt();
    t.rowSpan = json.value(QStringLiteral("rowSpan")).toInt(1);
    t.columnSpan = json.value(QStringLiteral("columnSpan")).toInt(1);
    if (t.row < 0 || t.column < 0 || t.rowSpan < 1 || t.columnSpan < 1) {
        *error = QStringLiteral("a tile's row and column must be 0 or more and its spans 1 or more");
        return false;
    }
    t.title = json.value(QStringLiteral("title")).toString();
    t.twinId = json.value(QStringLiteral("twin")).toString();
    t.value = json.value(QStringLiteral("value")).toString();
    const QString aggregate = json.value(QStringLiteral("aggregate")).toString(QStringLiteral("latest"));
    const auto *a = std::find_if(std::begin(kAggregates), std::end(kAggregates),
                                 [&](Aggregate c) { return aggregateName(c) == aggregate; });
    if (a == std::end(kAggregates)) {
        *error = QStringLiteral("unknown aggregate '%1' (latest, mean, min or max)").arg(aggregate);
        return false;
    }
    t.aggregate = *a;
    t.warning = optionalNumber(json, QStringLiteral("warning"));
    t.alarm = optionalNumber(json, QStringLiteral("alarm"));
    t.minimum = json.value(QStringLiteral("minimum")).toDouble(0.0);
    t.maximum = json.value(QStringLiteral("maximum")).toDouble(100.0);
    if (t.maximum <= t.minimum) {
        *error = QStringLiteral("a tile's maximum (%1) must be above its minimum (%2)").arg(t.maximum).arg(t.minimum);
        return false;
    }
    t.ascending = json.value(QStringLiteral("ascending")).toBool(false);
    t.limit = std::max(1, json.value(QStringLiteral("limit")).toInt(5));
    *tile = t;
    return true;
}

QJsonObject DashboardTile::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(kind)},
                     {QStringLiteral("row"), row},
                     {QStringLiteral("column"), column},
                     {QStringLiteral("rowSpan"), rowSpan},
                     {QStringLiteral("columnSpan"), columnSpan}};
    if (!title.isEmpty())
        json.insert(QStringLiteral("title"), title);
    if (!twinId.isEmpty())
        json.insert(QStringLiteral("twin"), twinId);
    if (!value.isEmpty())
        json.insert(QStringLiteral("value"), value);
    if (aggregate != Aggregate::Latest)
        json.insert(QStringLiteral("aggregate"), aggregateName(aggregate));
    if (warning)
        json.insert(QStringLiteral("warning"), *warning);
    if (alarm)
        json.insert(QStringLiteral("alarm"), *alarm);
    if (kind == Kind::Gauge) {
        json.insert(QStringLiteral("minimum"), minimum);
        json.insert(QStringLiteral("maximum"), maximum);
    }
    if (kind == Kind::Rooms) {
        json.insert(QStringLiteral("ascending"), ascending);
        json.insert(QStringLiteral("limit"), limit);
    }
    return json;
}

QString DashboardTile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Value:
        return QStringLiteral("value");
    case Kind::Gauge:
        return QStringLiteral("gauge");
    case Kind::Sparkline:
        return QStringLiteral("sparkline");
    case Kind::Rooms:
        return QStringLiteral("rooms");
    case Kind::Alerts:
        return QStringLiteral("alerts");
    }
    return QString();
}

QString DashboardTile::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Value:
        return QCoreApplication::translate("twin::ui::DashboardTile", "Value");
    case Kind::Gauge:
        return QCoreApplication::translate("twin::ui::DashboardTile", "Gauge");
    case Kind::Sparkline:
        return QCoreApplication::translate("twin::ui::DashboardTile", "Sparkline");
    case Kind::Rooms:
        return QCoreApplication::translate("twin::ui::DashboardTile", "Room List");
    case Kind::Alerts:
        return QCoreApplication::translate("twin::ui::DashboardTile", "Open Alerts");
    }
    return QString();
}

QString DashboardTile::aggregateName(Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Latest:
        return QStringLiteral("latest");
    case Aggregate::Mean:
        return QStringLiteral("mean");
    case Aggregate::Min:
        return QStringLiteral("min");
    case Aggregate::Max:
        return QStringLiteral("max");
    }
    return QString();
}

} // namespace twin::ui
