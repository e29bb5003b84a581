// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace twin {

/**
 * One alert rule, written as data (no code): which twins it watches (one twin, or every
 * twin of an interface and of everything extending it), the value (a telemetry name or
 * semantic type), the condition, the severity, the delay before raising and the
 * hysteresis before clearing.
 *
 * JSON: {"twin" | "interface", "value", "condition": "above" | "below" | "outside" |
 * "equals" | "noData", "threshold" (above, below, equals), "low" and "high" (outside),
 * "forSeconds" (noData), "severity": "info" | "warning" | "critical" (default warning),
 * "delaySeconds" (0), "hysteresis" (0), "message" (optional)}.
 */
struct AlertRule
{
    enum class Condition { Above, Below, Outside, Equals, NoData };

    QString twin;
    QString interface;
    QString value;
    Condition condition = Condition::Above;
    double threshold = 0.0;
    double low = 0.0;
    double high = 0.0;
    qint64 noDataMs = 0;
    QString severity = QStringLiteral("warning");
    qint64 delayMs = 0;
    double hysteresis = 0.0;
    QString message;

    /// Reads a rule; false with what is wrong in \a error.
    static bool fromJson(const QJsonObject &json, AlertRule *rule, QString *error);
    QJsonObject toJson() const;
    /// "Temperature above 28", for messages and listings.
    QString describe() const;

    /// The project key under which the rules are kept, as a JSON list (see SetAlertRulesCommand).
    static QString projectKey() { return QStringLiteral("alertRules"); }
    /// Reads a list of rules; each one that is wrong is left out, with "rule N: why" in \a errors.
    static QList<AlertRule> listFromJson(const QJsonArray &json, QStringList *errors);
};

} // namespace twin
