// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourrule.h"

#include "document/project.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <optional>

namespace twin {

namespace {

std::optional<double> numberOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong)
        return value.toDouble();
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1.0 : 0.0;
    bool ok = false;
    const double d = value.toString().toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString bound(double v)
{
    return std::isinf(v) ? QString() : QLocale().toString(v, 'g', 6);
}

QString rangeText(const ColourRule::Range &r)
{
    if (std::isinf(r.from))
        return QStringLiteral("< %1").arg(bound(r.to));
    if (std::isinf(r.to))
        return QStringLiteral("≥ %1").arg(bound(r.from));
    return QStringLiteral("%1 – %2").arg(bound(r.from), bound(r.to));
}

} // namespace

bool ColourRule::find(const QVariant &value, QColor *colour, QString *entry) const
{
    if (!value.isValid())
        return false;
    const QString text = textOf(value);
    for (const Match &m : values) {
        if (m.value == text) {
            *colour = m.colour;
            *entry = m.value;
            return true;
        }
    }
    if (const std::optional<double> n = numberOf(value)) {
        for (const Range &r : ranges) {
            if (*n >= r.from && *n < r.to) {
                *colour = r.colour;
                *entry = rangeText(r);
                return true;
            }
        }
    }
    return false;
}

QColor ColourRule::colourOf(const QVariant &value) const
{
    QColor colour;
    QString entry;
    return find(value, &colour, &entry) ? colour : QColor();
}

QString ColourRule::entryFor(const QVariant &value) const
{
    QColor colour;
    QString entry;
    return find(value, &colour, &entry) ? QStringLiteral("%1 → %2").arg(entry, colour.name()) : QString();
}

QList<QPair<QColor, QString>> ColourRule::legend() const
{
    QList<QPair<QColor, QString>> entries;
    for (const Match &m : values)
        entries.append({m.colour, m.value});
    for (const Range &r : ranges)
        entries.append({r.colour, rangeText(r)});
    return entries;
}

QJsonObject ColourRule::toJson() const
{
    QJsonObject json{{QStringLiteral("value"), valueName}};
    QJsonArray rangeArray;
    for (const Range &r : ranges) {
        QJsonObject o{{QStringLiteral("colour"), r.colour.name()}};
        if (!std::isinf(r.from))
            o.insert(QStringLiteral("from"), r.from);
        if (!std::isinf(r.to))
            o.insert(QStringLiteral("to"), r.to);
        rangeArray.append(o);
    }
    if (!rangeArray.isEmpty())
        json.insert(QStringLiteral("ranges"), rangeArray);
    QJsonObject valueObject;
    for (const Match &m : values)
        valueObject.insert(m.value, m.colour.name());
    if (!valueObject.isEmpty())
        json.insert(QStringLiteral("values"), valueObject);
    return json;
}

ColourRule ColourRule::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return ColourRule();
    };
    ColourRule rule;
    rule.valueName = json.value(QStringLiteral("value")).toString();
    if (rule.valueName.isEmpty())
        return fail(tr("a colour rule needs the name of the value it colours by"));
    for (const QJsonValue &v : json.value(QStringLiteral("ranges")).toArray()) {
        const QJsonObject o = v.toObject();
        Range r;
        r.from = o.contains(QStringLiteral("from")) ? o.value(QStringLiteral("from")).toDouble() : -qInf();
        r.to = o.contains(QStringLiteral("to")) ? o.value(QStringLiteral("to")).toDouble() : qInf();
        r.colour = QColor(o.value(QStringLiteral("colour")).toString());
        if (!r.colour.isValid())
            return fail(tr("colour rule %1: a range has no valid colour").arg(rule.valueName));
        rule.ranges.append(r);
    }
    const QJsonObject valueObject = json.value(QStringLiteral("values")).toObject();
    for (auto it = valueObject.begin(); it != valueObject.end(); ++it) {
        const QColor colour(it.value().toString());
        if (!colour.isValid())
            return fail(tr("colour rule %1: %2 has no valid colour").arg(rule.valueName, it.key()));
        rule.values.append({it.key(), colour});
    }
    if (!rule.isValid())
        return fail(tr("colour rule %1 has neither ranges nor values").arg(rule.valueName));
    return rule;
}

QList<ColourRule> ColourRule::rulesOf(const Project *project)
{
    QList<ColourRule> rules;
    for (const QJsonValue &v : project->viewState().value(QLatin1String(ViewStateKey)).toArray()) {
        QString error;
        const ColourRule rule = fromJson(v.toObject(), &error);
        if (rule.isValid())
            rules.append(rule);
        else
            qWarning("%s: %s", qPrintable(project->fileName().isEmpty() ? QStringLiteral("project") : project->fileName()),
                     qPrintable(error));
    }
    return rules;
}

ColourRule ColourRule::ruleFor(const Project *project, const QString &valueName)
{
    for (const ColourRule &rule : rulesOf(project)) {
        if (rule.valueName == valueName)
            return rule;
    }
    return ColourRule();
}

void ColourRule::setRules(Project *project, const QList<ColourRule> &rules)
{
    QJsonArray array;
    for (const ColourRule &rule : rules)
        array.append(rule.toJson());
    QJsonObject state = project->viewState();
    state.insert(QLatin1String(ViewStateKey), array);
    project->setViewState(state);
}

} // namespace twin
