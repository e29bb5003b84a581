// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functionengine.h"
#include "functions/functionhealth.h"
#include "functions/functionruntime.h"

#include <QJsonObject>

#include <memory>

namespace twin {

class FunctionWorkerProcess;

/**
 * Feeds recorded telemetry through the same path as the live pipeline, in the calling
 * thread: each line's value is stored as the sensor's latest value, then every function
 * matched for the sensor runs, traced. Used by `twinctl function run` and the GUI's
 * function debugger.
 *
 * A line is a telemetry object as a function sees it: {"SensorId", "Message" (the raw
 * payload, a string; other JSON is taken as the payload itself), optionally "Timestamp"
 * (ISO-8601 or epoch ms), "DataType", "Value"}.
 *
 * With Isolation::Process the functions run traced in a worker process
 * (FunctionWorkerProcess) instead of engine(); the debugger keeps them in-process.
 */
class FunctionReplay
{
public:
    explicit FunctionReplay(ValueStore *store);
    ~FunctionReplay();

    /// Where feed() runs the functions (before the first feed()).
    void setIsolation(FunctionRuntime::Isolation isolation);

    void setTopology(const std::shared_ptr<const FunctionTopology> &topology);
    FunctionEngine &engine() { return m_engine; }
    FunctionHealth &health() { return m_health; }

    /// Converts a line into a sample; false (with why) when it names no known sensor etc.
    bool sampleFrom(const QJsonObject &line, TelemetrySample *sample, QString *error) const;
    /// Stores the sample and runs the matched functions. Functions disabled by repeated
    /// failures are skipped; the result that disabled one says so in its error.
    QList<InvocationResult> feed(const TelemetrySample &sample);

    /// The value text a payload decodes to: a bare scalar, or SensorValue / value / the
    /// only member of an object.
    static QVariant decodePayload(const QString &message);

private:
    ValueStore *const m_store;
    FunctionEngine m_engine;
    FunctionHealth m_health;
    std::unique_ptr<FunctionWorkerProcess> m_process;
    std::shared_ptr<const FunctionTopology> m_topology;
    qint64 m_correlation = 0;
};

} // namespace twin
