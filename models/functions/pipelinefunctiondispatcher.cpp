// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinefunctiondispatcher.h"

#include "document/project.h"
#include "functions/livemessagering.h"

#include <QJsonObject>

namespace twin {

PipelineFunctionDispatcher::PipelineFunctionDispatcher(FunctionRuntime *runtime)
    : m_runtime(runtime)
{
}

int PipelineFunctionDispatcher::dispatch(const SampleBatchView &batch)
{
    QList<TelemetrySample> samples;
    samples.reserve(batch.size());
    for (int i = 0; i < batch.size(); ++i) {
        const DispatchSample s = batch.at(i);
        if (s.computed)
            continue;
        TelemetrySample t;
        t.sensorId = s.twinId.toString();
        t.dataType = s.dataType.toString();
        switch (s.kind) {
        case ValueKind::Bool:
            t.value = s.number != 0.0;
            t.valueText = s.number != 0.0 ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case ValueKind::String:
            t.valueText = QString::fromUtf8(s.text.data(), s.text.size());
            t.value = t.valueText;
            break;
        default:
            t.value = s.number;
            t.valueText = QString::number(s.number, 'g', 15);
            break;
        }
        t.message = QString::fromUtf8(s.payload.data(), s.payload.size());
        t.timestampMs = s.timestampMs;
        t.enqueuedMs = s.receivedMs;
        t.receivedMs = s.receivedMs;
        t.correlationId = ++m_correlation;
        // Functions read the value of the sample that triggered them and their siblings'
        // latest: the runtime stores each value in order, just before that sample's
        // functions run.
        t.recordValue = true;
        samples.append(std::move(t));
    }
    if (!samples.isEmpty()) {
        if (m_recent)
            m_recent->add(samples);
        m_runtime->dispatch(samples);
    }
    // The runtime works asynchronously: report the invocations finished since last time.
    const quint64 done = m_runtime->invocations();
    const int ran = int(done - m_reported);
    m_reported = done;
    return ran;
}

QList<FunctionDefinition> PipelineFunctionDispatcher::definitionsOf(const Project &project, QStringList *errors)
{
    QList<FunctionDefinition> result;
    for (const QJsonValue &v : project.functions()) {
        FunctionDefinition definition;
        QString why;
        if (FunctionDefinition::fromJson(v.toObject(), &definition, &why))
            result.append(definition);
        else if (errors)
            errors->append(why);
    }
    return result;
}

} // namespace twin
