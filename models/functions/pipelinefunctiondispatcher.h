// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functionruntime.h"
#include "telemetry/sampledispatcher.h"

#include <QList>

namespace twin {

class Project;
class ValueStore;

/**
 * Connects the live telemetry pipeline to the function runtime: per processed batch it
 * records each received sample's value in the ValueStore (what getSensorValue() and
 * Value() read) and hands the batch to the runtime, which runs the matched functions on
 * its workers. Values functions compute come back through the ValueStore, not the batch.
 */
class PipelineFunctionDispatcher : public SampleDispatcher
{
public:
    PipelineFunctionDispatcher(FunctionRuntime *runtime, ValueStore *store);

    int dispatch(const SampleBatchView &batch) override;

    /// The project's function definitions that parse; \a errors receives the others.
    static QList<FunctionDefinition> definitionsOf(const Project &project, QStringList *errors = nullptr);

private:
    FunctionRuntime *const m_runtime;
    ValueStore *const m_store;
    quint64 m_reported = 0;
    qint64 m_correlation = 0;
};

} // namespace twin
