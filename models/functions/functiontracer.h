// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/invocationresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace twin {

/**
 * Turns invocation results into trace lines and a summary. Reusable by the command line
 * (`twinctl function run`) and the GUI's function debugger.
 *
 * A text line reads:
 *   #3 availability sensor=co2-1 message={"SensorValue":1200} | L9 getSensorMetadata("co2-1") -> Sensor(co2-1) | ...
 *      | log "..." | notify Space(room-1) "..." | ok 0.21 ms
 */
class FunctionTracer
{
public:
    /// Adds one invocation; returns its trace line (text or, with \a json, one JSON object).
    QString add(const TelemetrySample &sample, const InvocationResult &result, bool json = false);
    /// Records a telemetry line that could not be used.
    void addInputError(int lineNumber, const QString &message);

    int invocations() const { return m_invocations; }
    const QJsonArray &errors() const { return m_errors; }

    /// {invocations, errors: [...], spaceValues: {twin: {name: value}}, sensorValues,
    ///  notifications: [{id, type, payload}], logs: count}. Values are the last a function
    /// set.
    QJsonObject summary() const;

    static QJsonObject toJson(const TelemetrySample &sample, const InvocationResult &result);
    static QString toText(int number, const TelemetrySample &sample, const InvocationResult &result);

private:
    int m_invocations = 0;
    int m_logs = 0;
    QJsonArray m_errors;
    QJsonArray m_notifications;
    QMap<QString, QJsonObject> m_spaceValues;
    QMap<QString, QJsonObject> m_sensorValues;
};

} // namespace twin
