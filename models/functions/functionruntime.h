// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stringkey.h"
#include "functions/functionhealth.h"
#include "functions/functiontopology.h"
#include "functions/invocationresult.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace twin {

class ValueStore;

/**
 * The live function runtime: worker threads, each with its own FunctionEngine, fed in
 * batches. dispatch() looks up the functions matched for each sample's sensor in the
 * current FunctionTopology (no matcher evaluation per message) and queues the
 * invocations on the worker owning that sensor (samples of one sensor stay in order).
 *
 * The caller (the telemetry pipeline) stores each sample's value in the ValueStore before
 * dispatching. A function that fails FunctionHealth::failureLimit() times in a row stops
 * running and functionDisabled() tells why (emitted in the runtime's thread); the owner
 * records it in the document (FunctionEditor::setEnabled(false, reason)).
 *
 * With Isolation::Process each worker thread runs its functions in a worker process of its
 * own (FunctionWorkerProcess): a function that exhausts time or memory in a way the
 * in-process watchdog cannot interrupt ends that process, not the application.
 */
class FunctionRuntime : public QObject
{
    Q_OBJECT

public:
    /// Where functions run: in engines on the worker threads, or in worker processes.
    enum class Isolation { Thread, Process };

    /// With defaultIsolation().
    explicit FunctionRuntime(ValueStore *store, int workers = 1, QObject *parent = nullptr);
    FunctionRuntime(ValueStore *store, int workers, Isolation isolation, QObject *parent = nullptr);
    ~FunctionRuntime() override;

    int workerCount() const { return int(m_workers.size()); }
    Isolation isolation() const { return m_isolation; }
    /// $TWINSTUDIO_FUNCTION_ISOLATION ("process" or "thread"), else Isolation::Process.
    static Isolation defaultIsolation();
    void setTopology(const std::shared_ptr<const FunctionTopology> &topology);
    void setDefaultTimeout(int ms);
    FunctionHealth &health() { return m_health; }

    /// Called on worker threads after each invocation (tracing, debugger). Set before use.
    void setResultHandler(std::function<void(const InvocationResult &)> handler);

    /// Queues the invocations for \a samples. Thread-safe, never blocks on functions.
    void dispatch(const QList<TelemetrySample> &samples);
    /// Blocks until every queued invocation ran (tests, benchmarks, shutdown).
    void waitForIdle();

    quint64 invocations() const;
    quint64 failures() const;
    /// Isolation::Process: how many batches the worker processes were given (queued
    /// batches go together).
    quint64 processRuns() const;

signals:
    void functionDisabled(const QString &function, const QString &reason);

private:
    class Worker;
    friend class Worker;
    void finished(Worker *worker, const InvocationResult &result);
    /// Stores a sample's value (TelemetrySample::recordValue) from \a worker's thread.
    void record(Worker *worker, const TelemetrySample &sample);
    /// The worker owning \a sensorId's samples: given in turn to each sensor first seen,
    /// so that the workers get equal shares (a hash split 50 sensors 28/22 or worse).
    int ownerOf(const QString &sensorId);

    ValueStore *const m_store;
    const Isolation m_isolation = Isolation::Thread;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::shared_ptr<const FunctionTopology> m_topology;
    FunctionHealth m_health;
    std::function<void(const InvocationResult &)> m_handler;
    std::atomic<int> m_defaultTimeoutMs{100};
    QMutex m_ownersMutex;
    QHash<StringKey, int> m_owners;
};

} // namespace twin
