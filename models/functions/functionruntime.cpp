// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionruntime.h"

#include "functions/functionengine.h"
#include "functions/functionworkerprocess.h"

#include <QMetaObject>
#include <QThread>

#include <condition_variable>
#include <mutex>

namespace twin {

namespace {
/// Jobs a worker process is given at most at once when batches queued up (dispatch()
/// batches larger than this go whole): large enough that round trips cost little, small
/// enough that results keep flowing.
constexpr qsizetype kMaxProcessBatch = 4096;
} // namespace

class FunctionRuntime::Worker
{
public:
    struct Job
    {
        TelemetrySample sample;
        const QList<int> *functionSlots; // held by the batch's topology
    };
    /// Jobs of one dispatch() with the topology they were matched in: one reference per
    /// batch, not per job, so workers do not share a reference count per message.
    struct Batch
    {
        std::shared_ptr<const FunctionTopology> topology;
        QList<Job> jobs;
    };

    /// \a shared: other workers run beside this one.
    Worker(FunctionRuntime *runtime, ValueStore *store, Isolation isolation, bool shared)
        : m_runtime(runtime)
        , m_store(store)
        , m_isolation(isolation)
        , m_shared(shared)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("function worker"));
        m_thread->start();
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_engine != nullptr || m_process != nullptr; });
    }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread->wait();
    }

    void post(Batch &&batch)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(batch));
            m_pending += 1;
        }
        m_cv.notify_all();
    }

    void waitForIdle()
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_pending == 0 && m_queue.empty(); });
    }

    /// Values changed by another worker or the pipeline: this worker's cache forgets them.
    void invalidateSensor(const QString &sensorId)
    {
        if (m_process)
            m_process->invalidateSensor(sensorId);
        else
            m_engine->invalidateSensor(sensorId);
    }
    void invalidateSpaceValue(const QString &spaceId, const QString &name)
    {
        if (m_process)
            m_process->invalidateSpaceValue(spaceId, name);
        else
            m_engine->invalidateSpaceValue(spaceId, name);
    }

private:
    void run()
    {
        if (m_isolation == Isolation::Process) {
            runProcess();
            return;
        }
        FunctionEngine engine(m_store);
        engine.setDefaultTimeout(m_runtime->m_defaultTimeoutMs.load());
        {
            std::lock_guard lock(m_mutex);
            m_engine = &engine;
        }
        m_cv.notify_all();
        std::vector<Batch> batches;
        while (take(&batches)) {
            engine.setDefaultTimeout(m_runtime->m_defaultTimeoutMs.load(std::memory_order_relaxed));
            for (const Batch &batch : batches) {
                engine.setTopology(batch.topology);
                const QList<FunctionDefinition> &functions = batch.topology->functions();
                for (const Job &job : batch.jobs) {
                    if (job.sample.recordValue)
                        m_runtime->record(this, job.sample);
                    for (int slot : *job.functionSlots) {
                        if (m_runtime->m_health.isDisabled(functions.at(slot).name))
                            continue;
                        m_runtime->finished(this, engine.invoke(slot, job.sample));
                    }
                }
            }
            batches.clear();
        }
        std::lock_guard lock(m_mutex);
        m_engine = nullptr;
    }

    /// Takes the next batches off the queue; false when stopping.
    bool take(std::vector<Batch> *batches)
    {
        std::unique_lock lock(m_mutex);
        if (m_pending > 0 && m_queue.empty()) {
            m_pending = 0;
            m_idle.notify_all();
        }
        m_cv.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return false;
        batches->swap(m_queue);
        return true;
    }

    /// The same loop with the functions in a worker process (FunctionWorkerProcess).
    void runProcess()
    {
        FunctionWorkerProcess process(m_store);
        process.setTrackCached(m_shared);
        {
            std::lock_guard lock(m_mutex);
            m_process = &process;
        }
        m_cv.notify_all();
        const FunctionWorkerProcess::Callbacks callbacks{
            [this](const TelemetrySample &sample) { m_runtime->record(this, sample); },
            [this](const InvocationResult &result) { m_runtime->finished(this, result); },
            [this](const QString &function) { return m_runtime->m_health.isDisabled(function); },
        };
        std::vector<Batch> batches;
        QList<FunctionWorkerProcess::Job> jobs;
        while (take(&batches)) {
            process.setDefaultTimeout(m_runtime->m_defaultTimeoutMs.load(std::memory_order_relaxed));
            process.setFailureLimit(m_runtime->m_health.failureLimit());
            // A backlog goes to the process in fewer, larger batches: each costs a round
            // trip (a batch frame, wake-ups on both sides, a Done) whatever its size.
            for (size_t b = 0; b < batches.size();) {
                const std::shared_ptr<const FunctionTopology> &topology = batches[b].topology;
                jobs.clear();
                for (; b < batches.size() && batches[b].topology == topology && jobs.size() < kMaxProcessBatch; ++b) {
                    for (const Job &job : batches[b].jobs)
                        jobs.append(FunctionWorkerProcess::Job{&job.sample, job.functionSlots});
                }
                process.run(topology, jobs, callbacks);
                processRuns.fetch_add(1, std::memory_order_relaxed);
            }
            batches.clear();
        }
        std::lock_guard lock(m_mutex);
        m_process = nullptr;
    }

    FunctionRuntime *const m_runtime;
    ValueStore *const m_store;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::condition_variable m_idle;
    std::vector<Batch> m_queue;
    int m_pending = 0;
    bool m_stop = false;
    const Isolation m_isolation;
    const bool m_shared;
    FunctionEngine *m_engine = nullptr;
    FunctionWorkerProcess *m_process = nullptr;

public:
    // Counted per worker, on a cache line of their own: workers do not share a counter.
    alignas(64) std::atomic<quint64> invocations{0};
    std::atomic<quint64> failures{0};
    std::atomic<quint64> processRuns{0};
    char padding[64 - 3 * sizeof(std::atomic<quint64>)];
};

FunctionRuntime::FunctionRuntime(ValueStore *store, int workers, QObject *parent)
    : FunctionRuntime(store, workers, defaultIsolation(), parent)
{
}

FunctionRuntime::FunctionRuntime(ValueStore *store, int workers, Isolation isolation, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_isolation(isolation)
{
    for (int i = 0; i < qMax(1, workers); ++i)
        m_workers.push_back(std::make_unique<Worker>(this, store, isolation, workers > 1));
}

FunctionRuntime::Isolation FunctionRuntime::defaultIsolation()
{
    const QString configured = qEnvironmentVariable("TWINSTUDIO_FUNCTION_ISOLATION");
    if (configured == QStringLiteral("thread"))
        return Isolation::Thread;
    if (configured == QStringLiteral("process"))
        return Isolation::Process;
    // Worker processes contain what the in-process watchdog cannot stop, for about 1 us more
    // per invocation on the comfort bench (docs/functions.md#worker-processes).
    return Isolation::Process;
}

FunctionRuntime::~FunctionRuntime()
{
    m_workers.clear();
}

void FunctionRuntime::setTopology(const std::shared_ptr<const FunctionTopology> &topology)
{
    std::atomic_store(&m_topology, topology);
}

void FunctionRuntime::setDefaultTimeout(int ms)
{
    m_defaultTimeoutMs.store(qMax(1, ms));
}

void FunctionRuntime::setResultHandler(std::function<void(const InvocationResult &)> handler)
{
    m_handler = std::move(handler);
}

void FunctionRuntime::dispatch(const QList<TelemetrySample> &samples)
{
    const std::shared_ptr<const FunctionTopology> topology = std::atomic_load(&m_topology);
    if (!topology)
        return;
    const int n = int(m_workers.size());
    for (const TelemetrySample &s : samples) {
        if (s.recordValue)
            m_store->expectSensorValues(s.sensorId);
    }
    std::vector<Worker::Batch> jobs(static_cast<size_t>(n));
    for (const TelemetrySample &s : samples) {
        const QList<int> &functionSlots = topology->functionsFor(s.sensorId);
        if (functionSlots.isEmpty()) {
            // Stored first, then every cache forgets the old value: a worker that read it
            // in between would otherwise keep it.
            if (s.recordValue)
                m_store->recordSensorValue(s.sensorId, StoredValue{s.dataType, s.valueText, s.timestampMs});
            for (auto &worker : m_workers)
                worker->invalidateSensor(s.sensorId);
            continue;
        }
        // Sensors that run a function only: the map stays as small as the topology.
        const int owner = n == 1 ? 0 : ownerOf(s.sensorId);
        // Other workers may hold the old value in their cache (record() tells them again
        // once the owner has stored the new one).
        for (int w = 0; w < n; ++w) {
            if (w != owner)
                m_workers[size_t(w)]->invalidateSensor(s.sensorId);
        }
        jobs[size_t(owner)].jobs.append(Worker::Job{s, &functionSlots});
    }
    for (int w = 0; w < n; ++w) {
        if (!jobs[size_t(w)].jobs.isEmpty()) {
            jobs[size_t(w)].topology = topology;
            m_workers[size_t(w)]->post(std::move(jobs[size_t(w)]));
        }
    }
}

int FunctionRuntime::ownerOf(const QString &sensorId)
{
    QMutexLocker lock(&m_ownersMutex);
    const auto it = m_owners.constFind(sensorId);
    if (it != m_owners.cend())
        return *it;
    const int owner = int(m_owners.size() % qsizetype(m_workers.size()));
    m_owners.insert(sensorId, owner);
    return owner;
}

void FunctionRuntime::record(Worker *worker, const TelemetrySample &sample)
{
    m_store->recordSensorValue(sample.sensorId, StoredValue{sample.dataType, sample.valueText, sample.timestampMs});
    // Other workers may have read the old value since dispatch() invalidated it.
    if (m_workers.size() == 1)
        return;
    for (auto &other : m_workers) {
        if (other.get() != worker)
            other->invalidateSensor(sample.sensorId);
    }
}

quint64 FunctionRuntime::invocations() const
{
    quint64 n = 0;
    for (const auto &w : m_workers)
        n += w->invocations.load(std::memory_order_relaxed);
    return n;
}

quint64 FunctionRuntime::processRuns() const
{
    quint64 n = 0;
    for (const auto &w : m_workers)
        n += w->processRuns.load(std::memory_order_relaxed);
    return n;
}

quint64 FunctionRuntime::failures() const
{
    quint64 n = 0;
    for (const auto &w : m_workers)
        n += w->failures.load(std::memory_order_relaxed);
    return n;
}

void FunctionRuntime::waitForIdle()
{
    for (auto &w : m_workers)
        w->waitForIdle();
}

void FunctionRuntime::finished(Worker *worker, const InvocationResult &result)
{
    worker->invocations.fetch_add(1, std::memory_order_relaxed);
    if (!result.ok())
        worker->failures.fetch_add(1, std::memory_order_relaxed);
    if (m_workers.size() > 1) {
        for (const ValueWrite &w : result.writes) {
            for (auto &other : m_workers) {
                if (other.get() == worker)
                    continue;
                if (w.kind == ValueWrite::Kind::Sensor)
                    other->invalidateSensor(w.twinId);
                else
                    other->invalidateSpaceValue(w.twinId, w.name);
            }
        }
    }
    if (m_health.record(result.function, result.ok(), result.ok() ? QString() : result.error.format(result.function))) {
        const QString reason = m_health.disabledReason(result.function);
        QMetaObject::invokeMethod(this, [this, name = result.function, reason] { emit functionDisabled(name, reason); },
                                  Qt::QueuedConnection);
    }
    if (m_handler)
        m_handler(result);
}

} // namespace twin
