// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionruntime.h"

#include "functions/functionengine.h"

#include <QMetaObject>
#include <QThread>

#include <condition_variable>
#include <mutex>

namespace twin {

class FunctionRuntime::Worker
{
public:
    struct Job
    {
        TelemetrySample sample;
        QList<int> functionSlots;
        std::shared_ptr<const FunctionTopology> topology;
    };

    Worker(FunctionRuntime *runtime, ValueStore *store)
        : m_runtime(runtime)
        , m_store(store)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("function worker"));
        m_thread->start();
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_engine != nullptr; });
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

    void post(QList<Job> &jobs)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.append(std::move(jobs));
            m_pending += 1;
        }
        m_cv.notify_all();
    }

    void waitForIdle()
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_pending == 0 && m_queue.isEmpty(); });
    }

    FunctionEngine *engine() const { return m_engine; }

private:
    void run()
    {
        FunctionEngine engine(m_store);
        engine.setDefaultTimeout(m_runtime->m_defaultTimeoutMs.load());
        {
            std::lock_guard lock(m_mutex);
            m_engine = &engine;
        }
        m_cv.notify_all();
        QList<Job> batch;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                if (m_pending > 0 && m_queue.isEmpty()) {
                    m_pending = 0;
                    m_idle.notify_all();
                }
                m_cv.wait(lock, [this] { return m_stop || !m_queue.isEmpty(); });
                if (m_stop)
                    break;
                batch.swap(m_queue);
            }
            engine.setDefaultTimeout(m_runtime->m_defaultTimeoutMs.load(std::memory_order_relaxed));
            for (const Job &job : std::as_const(batch)) {
                engine.setTopology(job.topology);
                if (job.sample.recordValue)
                    m_runtime->record(this, job.sample);
                for (int slot : job.functionSlots) {
                    if (m_runtime->m_health.isDisabled(job.topology->functions().at(slot).name))
                        continue;
                    m_runtime->finished(this, engine.invoke(slot, job.sample));
                }
            }
            batch.clear();
        }
        std::lock_guard lock(m_mutex);
        m_engine = nullptr;
    }

    FunctionRuntime *const m_runtime;
    ValueStore *const m_store;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::condition_variable m_idle;
    QList<Job> m_queue;
    int m_pending = 0;
    bool m_stop = false;
    FunctionEngine *m_engine = nullptr;
};

FunctionRuntime::FunctionRuntime(ValueStore *store, int workers, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    for (int i = 0; i < qMax(1, workers); ++i)
        m_workers.push_back(std::make_unique<Worker>(this, store));
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
    std::vector<QList<Worker::Job>> jobs;
    jobs.resize(size_t(n));
    for (const TelemetrySample &s : samples) {
        const int owner = n == 1 ? 0 : int(qHash(s.sensorId) % uint(n));
        const QList<int> &functionSlots = topology->functionsFor(s.sensorId);
        if (functionSlots.isEmpty()) {
            // Stored first, then every cache forgets the old value: a worker that read it
            // in between would otherwise keep it.
            if (s.recordValue)
                m_store->recordSensorValue(s.sensorId, StoredValue{s.dataType, s.valueText, s.timestampMs});
            for (auto &worker : m_workers)
                worker->engine()->invalidate(s.sensorId);
            continue;
        }
        // Other workers may hold the old value in their cache (record() tells them again
        // once the owner has stored the new one).
        for (int w = 0; w < n; ++w) {
            if (w != owner)
                m_workers[size_t(w)]->engine()->invalidate(s.sensorId);
        }
        jobs[size_t(owner)].append(Worker::Job{s, functionSlots, topology});
    }
    for (int w = 0; w < n; ++w) {
        if (!jobs[size_t(w)].isEmpty())
            m_workers[size_t(w)]->post(jobs[size_t(w)]);
    }
}

void FunctionRuntime::record(Worker *worker, const TelemetrySample &sample)
{
    m_store->recordSensorValue(sample.sensorId, StoredValue{sample.dataType, sample.valueText, sample.timestampMs});
    // Other workers may have read the old value since dispatch() invalidated it.
    for (auto &other : m_workers) {
        if (other.get() != worker)
            other->engine()->invalidate(sample.sensorId);
    }
}

void FunctionRuntime::waitForIdle()
{
    for (auto &w : m_workers)
        w->waitForIdle();
}

void FunctionRuntime::finished(Worker *worker, const InvocationResult &result)
{
    m_invocations.fetch_add(1, std::memory_order_relaxed);
    if (!result.ok())
        m_failures.fetch_add(1, std::memory_order_relaxed);
    for (const ValueWrite &w : result.writes) {
        const QString key = w.kind == ValueWrite::Kind::Sensor ? w.twinId : w.twinId + QChar(1) + w.name;
        for (auto &other : m_workers) {
            if (other.get() != worker)
                other->engine()->invalidate(key);
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
