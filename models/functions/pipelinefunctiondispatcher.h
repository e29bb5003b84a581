// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functionruntime.h"
#include "telemetry/sampledispatcher.h"

#include <QList>

namespace twin {

class LiveMessageRing;
class Project;

/**
 * Connects the live telemetry pipeline to the function runtime: per processed batch it
 * hands the samples to the runtime, marked to have their values recorded in the runtime's
 * ValueStore (what getSensorValue() and Value() read) in arrival order, just before each
 * sample's functions run. Values functions compute come back through the ValueStore.
 */
class PipelineFunctionDispatcher : public SampleDispatcher
{
public:
    explicit PipelineFunctionDispatcher(FunctionRuntime *runtime);

    int dispatch(const SampleBatchView &batch) override;
    /// Keeps the samples of each batch in \a ring too (nullptr: not).
    void setRecentMessages(LiveMessageRing *ring) { m_recent = ring; }

    /// The project's function definitions that parse; \a errors receives the others.
    static QList<FunctionDefinition> definitionsOf(const Project &project, QStringList *errors = nullptr);

private:
    FunctionRuntime *const m_runtime;
    LiveMessageRing *m_recent = nullptr;
    quint64 m_reported = 0;
    qint64 m_correlation = 0;
};

} // namespace twin
