// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher.h"

#include <QJsonArray>

namespace twin {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QJsonValue member(const QJsonValue &value, const QString &name)
{
    if (!value.isObject())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonObject object = value.toObject();
    const auto it = object.constFind(name);
    if (it != object.constEnd())
        return *it;
    for (auto i = object.constBegin(); i != object.constEnd(); ++i) {
        if (i.key().compare(name, Qt::CaseInsensitive) == 0)
            return *i;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString();
    }
}

} // namespace

QJsonValue resolveJsonPath(const QJsonObject &root, const QString &path, bool *validPath)
{
    if (validPath)
        *validPath = false;
    const QString p = path.trimmed();
    if (!p.startsWith(u'$'))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = root;
    qsizetype i = 1;
    while (i < p.size()) {
        if (p.at(i) == u'.') {
            qsizetype j = i + 1;
            while (j < p.size() && p.at(j) != u'.' && p.at(j) != u'[')
                ++j;
            if (j == i + 1)
                return QJsonValue(QJsonValue::Undefined);
            current = member(current, p.mid(i + 1, j - i - 1));
            i = j;
        } else if (p.at(i) == u'[') {
            const qsizetype close = p.indexOf(u']', i);
            if (close < 0)
                return QJsonValue(QJsonValue::Undefined);
            QString inner = p.mid(i + 1, close - i - 1).trimmed();
            if (inner.size() >= 2 && (inner.startsWith(u'\'') || inner.startsWith(u'"'))) {
                current = member(current, inner.mid(1, inner.size() - 2));
            } else {
                bool ok = false;
                const int index = inner.toInt(&ok);
                if (!ok)
                    return QJsonValue(QJsonValue::Undefined);
                current = current.isArray() ? current.toArray().at(index) : QJsonValue(QJsonValue::Undefined);
            }
            i = close + 1;
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    if (validPath)
        *validPath = true;
    return current;
}

bool MatcherCondition::matches(const QJsonObject &metadata) const
{
    const QJsonValue found = resolveJsonPath(metadata, path);
    switch (comparison) {
    case Comparison::Equals:
        return !found.isUndefined() && scalarText(found) == value;
    case Comparison::NotEquals:
        return found.isUndefined() || scalarText(found) != value;
    case Comparison::Contains:
        if (found.isArray()) {
            for (const QJsonValue &item : found.toArray()) {
                if (scalarText(item) == value)
                    return true;
            }
            return false;
        }
        return !found.isUndefined() && scalarText(found).contains(value);
    }
    return false;
}

QString MatcherCondition::targetName(Target target)
{
    switch (target) {
    case Target::Sensor: return QStringLiteral("Sensor");
    case Target::SensorDevice: return QStringLiteral("SensorDevice");
    case Target::SensorSpace: return QStringLiteral("SensorSpace");
    }
    return QString();
}

QString MatcherCondition::comparisonName(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Equals: return QStringLiteral("Equals");
    case Comparison::NotEquals: return QStringLiteral("NotEquals");
    case Comparison::Contains: return QStringLiteral("Contains");
    }
    return QString();
}

static bool parseTarget(const QString &text, MatcherCondition::Target *target)
{
    for (auto t : {MatcherCondition::Target::Sensor, MatcherCondition::Target::SensorDevice,
                   MatcherCondition::Target::SensorSpace}) {
        if (text.compare(MatcherCondition::targetName(t), Qt::CaseInsensitive) == 0) {
            *target = t;
            return true;
        }
    }
    return false;
}

static bool parseComparison(const QString &text, MatcherCondition::Comparison *comparison)
{
    for (auto c : {MatcherCondition::Comparison::Equals, MatcherCondition::Comparison::NotEquals,
                   MatcherCondition::Comparison::Contains}) {
        if (text.compare(MatcherCondition::comparisonName(c), Qt::CaseInsensitive) == 0) {
            *comparison = c;
            return true;
        }
    }
    return false;
}

QJsonObject MatcherCondition::toJson() const
{
    return {{QStringLiteral("target"), targetName(target)},
            {QStringLiteral("path"), path},
            {QStringLiteral("value"), value},
            {QStringLiteral("comparison"), comparisonName(comparison)}};
}

bool MatcherCondition::fromJson(const QJsonObject &json, MatcherCondition *condition, QString *error)
{
    MatcherCondition c;
    const QString target = json.value(QStringLiteral("target")).toString(QStringLiteral("Sensor"));
    if (!parseTarget(target, &c.target))
        return fail(error, QStringLiteral("unknown matcher target '%1' (Sensor, SensorDevice, SensorSpace)").arg(target));
    const QString comparison = json.value(QStringLiteral("comparison")).toString(QStringLiteral("Equals"));
    if (!parseComparison(comparison, &c.comparison))
        return fail(error, QStringLiteral("unknown comparison '%1' (Equals, NotEquals, Contains)").arg(comparison));
    c.path = json.value(QStringLiteral("path")).toString(QStringLiteral("$.dataType"));
    bool valid = false;
    resolveJsonPath(QJsonObject(), c.path, &valid);
    if (!valid)
        return fail(error, QStringLiteral("'%1' is not a JSON path of the form $.name.name").arg(c.path));
    c.value = scalarText(json.value(QStringLiteral("value")));
    *condition = c;
    return true;
}

bool MatcherCondition::fromString(const QString &text, MatcherCondition *condition, QString *error)
{
    // TARGET:PATH:COMPARISON:VALUE; the value may itself contain colons.
    const QStringList parts = text.split(u':');
    if (parts.size() < 4)
        return fail(error, QStringLiteral("'%1' is not TARGET:PATH:COMPARISON:VALUE").arg(text));
    QJsonObject json{{QStringLiteral("target"), parts.at(0)},
                     {QStringLiteral("path"), parts.at(1)},
                     {QStringLiteral("comparison"), parts.at(2)},
                     {QStringLiteral("value"), parts.mid(3).join(u':')}};
    return fromJson(json, condition, error);
}

QJsonObject Matcher::toJson() const
{
    QJsonArray list;
    for (const MatcherCondition &c : conditions)
        list.append(c.toJson());
    QJsonObject json{{QStringLiteral("conditions"), list}};
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    return json;
}

bool Matcher::fromString(const QString &text, Matcher *matcher, QString *error)
{
    Matcher m;
    const QStringList parts = text.split(QStringLiteral("&&"));
    for (const QString &part : parts) {
        MatcherCondition c;
        if (!MatcherCondition::fromString(part.trimmed(), &c, error))
            return false;
        m.conditions.append(c);
    }
    *matcher = m;
    return true;
}

QString Matcher::toString() const
{
    QStringList parts;
    for (const MatcherCondition &c : conditions) {
        parts.append(MatcherCondition::targetName(c.target) + u':' + c.path + u':'
                     + MatcherCondition::comparisonName(c.comparison) + u':' + c.value);
    }
    return parts.join(QStringLiteral(" && "));
}

bool Matcher::fromJson(const QJsonObject &json, Matcher *matcher, QString *error)
{
    Matcher m;
    m.name = json.value(QStringLiteral("name")).toString();
    const QJsonArray list = json.value(QStringLiteral("conditions")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        MatcherCondition c;
        QString why;
        if (!MatcherCondition::fromJson(list.at(i).toObject(), &c, &why))
            return fail(error, QStringLiteral("condition %1: %2").arg(i).arg(why));
        m.conditions.append(c);
    }
    *matcher = m;
    return true;
}

} // namespace twin
