// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardvalues.h"

#include "document/project.h"
#include "graph/twingraph.h"
#include "ontology/units.h"
#include "telemetry/livevaluefeed.h"

#include <algorithm>
#include <limits>

namespace twin::ui {

namespace {

bool matches(const LiveReading &r, const QString &name)
{
    return name.isEmpty() || r.name == name || r.dataType == name;
}

/// A reading as a number, when it is one (functions write their values as text).
std::optional<double> numberOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1.0 : 0.0;
    bool ok = false;
    const double n = value.toDouble(&ok);
    return ok ? std::optional<double>(n) : std::nullopt;
}

} // namespace

DashboardValues::DashboardValues(const Project *project)
    : m_project(project)
{
}

QList<LiveReading> DashboardValues::allReadings(const QString &twinId) const
{
    if (!m_feed)
        return {};
    return m_feed->readings(twinId) + m_feed->computedReadings(twinId);
}

DashboardValues::Value DashboardValues::value(const DashboardTile &tile) const
{
    if (tile.aggregate == DashboardTile::Aggregate::Latest)
        return reading(tile.twinId, tile.value);
    return aggregate(tile.twinId, tile.value, tile.aggregate);
}

DashboardValues::Value DashboardValues::reading(const QString &twinId, const QString &name) const
{
    Value v;
    for (const LiveReading &r : allReadings(twinId)) {
        if (!matches(r, name))
            continue;
        const std::optional<double> n = numberOf(r.value);
        if (name.isEmpty() && !n)
            continue;
        v.valid = true;
        v.count = 1;
        v.timestampMs = r.timestampMs;
        v.unit = Units::symbol(r.unit);
        if (n)
            v.number = *n;
        else
            v.text = r.value.toString();
        break;
    }
    return v;
}

DashboardValues::Value DashboardValues::aggregate(const QString &twinId, const QString &name,
                                                  DashboardTile::Aggregate aggregate) const
{
    Value v;
    const TwinGraph *graph = m_project->graph();
    const int root = graph->indexOfTwin(twinId);
    if (root < 0)
        return v;
    double sum = 0.0;
    double min = std::numeric_limits<double>::infinity();
    double max = -min;
    for (int index : graph->subtreeOf(root)) {
        if (m_project->categoryOf(index) != Category::Sensor)
            continue;
        for (const LiveReading &r : allReadings(graph->twin(index).id)) {
            const std::optional<double> n = numberOf(r.value);
            if (!n || !matches(r, name))
                continue;
            ++v.count;
            sum += *n;
            min = std::min(min, *n);
            max = std::max(max, *n);
            v.timestampMs = std::max(v.timestampMs, r.timestampMs);
            if (v.unit.isEmpty())
                v.unit = Units::symbol(r.unit);
            break;
        }
    }
    if (v.count == 0)
        return v;
    v.valid = true;
    switch (aggregate) {
    case DashboardTile::Aggregate::Min:
        v.number = min;
        break;
    case DashboardTile::Aggregate::Max:
        v.number = max;
        break;
    default:
        v.number = sum / v.count;
        break;
    }
    return v;
}

QList<DashboardValues::RankedRoom> DashboardValues::rooms(const DashboardTile &tile) const
{
    const TwinGraph *graph = m_project->graph();
    QList<int> candidates;
    const int root = graph->indexOfTwin(tile.twinId);
    if (root >= 0)
        candidates = graph->subtreeOf(root);
    else
        candidates = graph->twinIndices();
    QList<RankedRoom> rooms;
    for (int index : std::as_const(candidates)) {
        if (m_project->categoryOf(index) != Category::Space)
            continue;
        const QList<int> &children = graph->childrenOf(index);
        const bool hasSpaces = std::any_of(children.begin(), children.end(),
                                           [&](int c) { return m_project->categoryOf(c) == Category::Space; });
        if (hasSpaces)
            continue;
        const QString id = graph->twin(index).id;
        // A value of the room itself (a function's insight) before the mean of its sensors.
        Value v = reading(id, tile.value);
        if (!v.valid || !v.text.isEmpty())
            v = aggregate(id, tile.value, DashboardTile::Aggregate::Mean);
        if (v.valid)
            rooms.append(RankedRoom{id, displayName(id), v});
    }
    std::stable_sort(rooms.begin(), rooms.end(), [&](const RankedRoom &a, const RankedRoom &b) {
        return tile.ascending ? a.value.number < b.value.number : a.value.number > b.value.number;
    });
    if (rooms.size() > tile.limit)
        rooms.resize(tile.limit);
    return rooms;
}

QString DashboardValues::displayName(const QString &twinId) const
{
    const Twin *t = m_project->graph()->findTwin(twinId);
    if (!t)
        return twinId;
    const QString name = t->properties.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? twinId : name;
}

} // namespace twin::ui
