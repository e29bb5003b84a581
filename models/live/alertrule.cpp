// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrule.h"

#include <QStringList>

#include <cmath>

namespace twin {

namespace {

struct ConditionName
{
    AlertRule::Condition condition;
    const char *name;
};

constexpr ConditionName kConditions[] = {{AlertRule::Condition::Above, "above"},
                                         {AlertRule::Condition::Below, "below"},
                                         {AlertRule::Condition::Outside, "outside"},
                                         {AlertRule::Condition::Equals, "equals"},
                                         {AlertRule::Condition::NoData, "noData"}};

QString conditionName(AlertRule::Condition condition)
{
    for (const ConditionName &c : kConditions) {
        if (c.condition == condition)
            return QString::fromLatin1(c.name);
    }
    return QString();
}

bool number(const QJsonObject &json, const char *key, double *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        *error = QStringLiteral("'%1' must be a number").arg(QLatin1String(key));
        return false;
    }
    *out = v.toDouble();
    return true;
}

qint64 millis(double seconds)
{
    return qint64(std::llround(seconds * 1000.0));
}

} // namespace

bool AlertRule::fromJson(const QJsonObject &json, AlertRule *rule, QString *error)
{
    AlertRule r;
    r.twin = json.value(QStringLiteral("twin")).toString();
    r.interface = json.value(QStringLiteral("interface")).toString();
    if (r.twin.isEmpty() == r.interface.isEmpty()) {
        *error = QStringLiteral("give either 'twin' or 'interface'");
        return false;
    }
    r.value = json.value(QStringLiteral("value")).toString();
    if (r.value.isEmpty()) {
        *error = QStringLiteral("'value' (a telemetry name or semantic type) is required");
        return false;
    }
    const QString condition = json.value(QStringLiteral("condition")).toString();
    bool known = false;
    for (const ConditionName &c : kConditions) {
        if (condition == QLatin1String(c.name)) {
            r.condition = c.condition;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("'condition' must be above, below, outside, equals or noData, not '%1'").arg(condition);
        return false;
    }
    switch (r.condition) {
    case Condition::Above:
    case Condition::Below:
    case Condition::Equals:
        if (!number(json, "threshold", &r.threshold, error))
            return false;
        break;
    case Condition::Outside:
        if (!number(json, "low", &r.low, error) || !number(json, "high", &r.high, error))
            return false;
        if (r.low > r.high) {
            *error = QStringLiteral("'low' must not be above 'high'");
            return false;
        }
        break;
    case Condition::NoData: {
        double seconds = 0;
        if (!number(json, "forSeconds", &seconds, error))
            return false;
        if (seconds <= 0) {
            *error = QStringLiteral("'forSeconds' must be above 0");
            return false;
        }
        r.noDataMs = millis(seconds);
        break;
    }
    }
    r.severity = json.value(QStringLiteral("severity")).toString(QStringLiteral("warning"));
    static const QStringList severities{QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")};
    if (!severities.contains(r.severity)) {
        *error = QStringLiteral("'severity' must be info, warning or critical, not '%1'").arg(r.severity);
        return false;
    }
    double delay = 0;
    if (json.contains(QStringLiteral("delaySeconds")) && !number(json, "delaySeconds", &delay, error))
        return false;
    if (json.contains(QStringLiteral("hysteresis")) && !number(json, "hysteresis", &r.hysteresis, error))
        return false;
    if (delay < 0 || r.hysteresis < 0) {
        *error = QStringLiteral("'delaySeconds' and 'hysteresis' must not be negative");
        return false;
    }
    r.delayMs = millis(delay);
    r.message = json.value(QStringLiteral("message")).toString();
    *rule = r;
    return true;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject json;
    json.insert(twin.isEmpty() ? QStringLiteral("interface") : QStringLiteral("twin"), twin.isEmpty() ? interface : twin);
    json.insert(QStringLiteral("value"), value);
    json.insert(QStringLiteral("condition"), conditionName(condition));
    switch (condition) {
    case Condition::Above:
    case Condition::Below:
    case Condition::Equals:
        json.insert(QStringLiteral("threshold"), threshold);
        break;
    case Condition::Outside:
        json.insert(QStringLiteral("low"), low);
        json.insert(QStringLiteral("high"), high);
        break;
    case Condition::NoData:
        json.insert(QStringLiteral("forSeconds"), double(noDataMs) / 1000.0);
        break;
    }
    json.insert(QStringLiteral("severity"), severity);
    if (delayMs)
        json.insert(QStringLiteral("delaySeconds"), double(delayMs) / 1000.0);
    if (hysteresis)
        json.insert(QStringLiteral("hysteresis"), hysteresis);
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    return json;
}

QList<AlertRule> AlertRule::listFromJson(const QJsonArray &json, QStringList *errors)
{
    QList<AlertRule> rules;
    for (qsizetype i = 0; i < json.size(); ++i) {
        AlertRule rule;
        QString error;
        if (fromJson(json.at(i).toObject(), &rule, &error))
            rules.append(rule);
        else if (errors)
            errors->append(QStringLiteral("alert rule %1: %2").arg(i + 1).arg(error));
    }
    return rules;
}

QString AlertRule::describe() const
{
    switch (condition) {
    case Condition::Above:
    case Condition::Below:
    case Condition::Equals:
        return QStringLiteral("%1 %2 %3").arg(value, conditionName(condition)).arg(threshold);
    case Condition::Outside:
        return QStringLiteral("%1 outside %2..%3").arg(value).arg(low).arg(high);
    case Condition::NoData:
        return QStringLiteral("no %1 for %2 s").arg(value).arg(double(noDataMs) / 1000.0);
    }
    return value;
}

} // namespace twin
