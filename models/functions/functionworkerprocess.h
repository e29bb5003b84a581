// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/cachedkeyfilter.h"
#include "functions/functiontopology.h"
#include "functions/functionwirereader.h"
#include "functions/invocationresult.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <sys/types.h>

#include <atomic>
#include <functional>
#include <memory>

namespace twin {

class ValueStore;

/**
 * One function worker process (twin_function_worker, FunctionWorkerServer) seen from the
 * application: it runs batches of invocations there and reports each result here, in
 * order, in the calling thread, as FunctionEngine::invoke() would have.
 *
 * The process reads values through the application (RemoteValueStore): each read it makes
 * is answered here from \a store, after the results and records it sent before, so what a
 * function sees is what it would see in-process. Writes and notifications of a result are
 * checked against the function's scope here and then applied to \a store.
 *
 * The process sends its results together (no system call per invocation) and tells which
 * invocation runs through a shared progress word (FunctionWorkerProtocol::progressWord()),
 * which this side reads whenever it wakes: when results arrive and at least every
 * PollMs.
 *
 * Containment: the process's address space and CPU time are limited (rlimits) and it ends
 * itself when an interrupted invocation does not stop; besides, this side ends it when an
 * invocation used more CPU time than its limit plus MarginMs since this side first saw it
 * run, or ten times its limit in wall time. The invocation that was running fails with a
 * time or memory limit error; the process is started again and runs what it had not
 * reported yet: the invocations it ran whose results it had not sent (again), then the
 * rest of the batch. Results reach the callbacks in the batch's order all the same.
 * Everything the process sends is bounded and validated; anything unexpected ends it the
 * same way.
 */
class FunctionWorkerProcess
{
public:
    /// How much longer than its limit an invocation may run before its process is ended.
    static constexpr int MarginMs = 200;
    /// The longest wait between two looks at the progress word while a batch runs.
    static constexpr int PollMs = 50;

    struct Job
    {
        const TelemetrySample *sample;
        const QList<int> *functionSlots;
    };
    struct Callbacks
    {
        /// Stores a job's sample value (TelemetrySample::recordValue), in order.
        std::function<void(const TelemetrySample &)> record;
        std::function<void(const InvocationResult &)> finished;
        std::function<bool(const QString &function)> isDisabled;
    };

    explicit FunctionWorkerProcess(ValueStore *store);
    ~FunctionWorkerProcess();
    FunctionWorkerProcess(const FunctionWorkerProcess &) = delete;
    FunctionWorkerProcess &operator=(const FunctionWorkerProcess &) = delete;

    /// The worker executable: $TWINSTUDIO_FUNCTION_WORKER, else twin_function_worker
    /// beside the application's executable.
    static QString program();

    void setDefaultTimeout(int ms) { m_defaultTimeoutMs = qMax(1, ms); }
    void setMemoryLimit(qint64 bytes) { m_memoryLimit = bytes; }
    void setTracing(bool on) { m_tracing = on; }
    void setFailureLimit(int limit) { m_failureLimit = limit; }
    /// Whether the values the process may cache are tracked (the default), so that only
    /// those are invalidated there; a sole worker, whom only the dispatcher invalidates,
    /// saves the tracking. Set before the first run.
    void setTrackCached(bool on) { m_trackCached = on; }

    /// Values changed elsewhere: the process forgets what it cached, before its next batch.
    /// Thread-safe.
    void invalidateSensor(const QString &sensorId);
    void invalidateSpaceValue(const QString &spaceId, const QString &name);
    void invalidateAll();
    /// Values the process is to forget before its next batch (only those it may hold).
    qsizetype pendingInvalidations() const;

    /// Runs \a jobs (their functions in \a topology) in the process; blocks until each
    /// ran, failed or was skipped (disabled). Not thread-safe: one caller at a time.
    void run(const std::shared_ptr<const FunctionTopology> &topology, const QList<Job> &jobs,
             const Callbacks &callbacks);

    /// How often the process was started (1 after the first batch when nothing broke).
    quint64 starts() const { return m_starts.load(std::memory_order_relaxed); }
    qint64 pid() const { return m_pid; }

private:
    struct Pending;
    struct Outcome;
    /// The failure of an invocation whose process was ended, reported in its place.
    struct Deferred
    {
        qint64 position;
        int job; ///< pending index
        InvocationResult result;
    };
    bool start(QString *error);
    /// Ends the process; returns how it ended (a waitpid() status), -1 when none ran.
    int stop(bool kill);
    bool send(int type, const QByteArray &payload);
    Outcome serve(const std::shared_ptr<const FunctionTopology> &topology, const QList<Job> &jobs,
                  QList<Pending> &pending, int first, const Callbacks &callbacks);
    /// Reports the failures of ended processes that come before \a position in the batch.
    void deliverBefore(qint64 position, const QList<Job> &jobs, QList<Pending> &pending, const Callbacks &callbacks);
    /// Stores job \a job's sample when it is still to be stored, after the failures before it.
    void recordInPlace(int job, const QList<Job> &jobs, QList<Pending> &pending, const Callbacks &callbacks);
    /// The invocation to blame for the end of the process: \a outcome's, else the one the
    /// progress word shows running, else the first not reported after the one it shows.
    void blame(Outcome *outcome, const QList<Pending> &pending, int first, const QList<FunctionDefinition> &functions,
               const Callbacks &callbacks) const;
    bool applyResult(const FunctionTopology &topology, const TelemetrySample &sample, int slot,
                     FunctionWireReader &payload, const Callbacks &callbacks);
    qint64 childCpuNs() const;

    ValueStore *const m_store;
    pid_t m_pid = -1;
    int m_fd = -1;
    int m_progressFd = -1;
    std::atomic<quint64> *m_progress = nullptr; ///< the shared progress word
    QList<Deferred> m_deferred; ///< failures waiting for their place in the batch's order
    QList<QList<ValueWrite>> m_lastWrites; ///< per function slot: its last result's writes
    QList<quint8> m_states;                ///< what became of each invocation of the batch
    QByteArray m_in;
    quint64 m_sentGeneration = 0;
    QByteArray m_sentSetup; ///< the Setup payload the process has
    int m_defaultTimeoutMs = 100;
    qint64 m_memoryLimit = qint64(256) << 20;
    bool m_tracing = false;
    int m_failureLimit = 5;
    std::atomic<quint64> m_starts{0};

    /// Function names of the topology the process has, copies of this worker's own:
    /// results take a reference each, which on the topology's strings would bounce their
    /// cache lines between the workers.
    QList<QString> m_functionNames;
    /// Values the process may hold in its cache (samples sent, values it read or wrote):
    /// the others are not invalidated there, without taking m_invalidMutex.
    CachedKeyFilter m_mayCache;
    bool m_trackCached = true;
    alignas(64) mutable QMutex m_invalidMutex;
    bool m_invalidAll = false;
    QSet<QString> m_invalidSensors;
    QSet<QString> m_invalidSpaceValues;
};

} // namespace twin
