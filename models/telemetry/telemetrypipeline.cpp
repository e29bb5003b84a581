// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrypipeline.h"

#include "core/logging.h"
#include "core/vectorstate.h"
#include "sampledispatcher.h"
#include "telemetryingress.h"

#include <QDateTime>

#include <algorithm>
#include <chrono>
#include <limits>

namespace twin {

namespace {

/// The processed batch as the dispatcher sees it: views over the batch and the registry.
class BatchView : public SampleBatchView
{
public:
    BatchView(const StagingBatch &batch, const PointRegistry &points)
        : m_batch(batch)
        , m_points(points)
    {
    }
    int size() const override { return int(m_batch.samples.size()); }
    DispatchSample at(int index) const override
    {
        const StagedSample &s = m_batch.samples[std::size_t(index)];
        const PointInfo &info = m_points.info(s.point);
        DispatchSample d;
        d.pointId = s.point;
        d.twinId = info.twinId;
        d.name = info.name;
        d.dataType = info.dataType;
        d.kind = s.kind;
        d.number = s.number;
        if (s.kind == ValueKind::String)
            d.text = QByteArrayView(m_batch.bytes.data() + s.textOffset, s.textSize);
        d.payload = QByteArrayView(m_batch.bytes.data() + s.payloadOffset, s.payloadSize);
        d.timestampMs = s.timestampMs;
        d.receivedMs = s.receivedMs;
        d.computed = s.computed;
        return d;
    }

private:
    const StagingBatch &m_batch;
    const PointRegistry &m_points;
};

const PointInfo &pointInfo(const void *registry, int point)
{
    return static_cast<const PointRegistry *>(registry)->info(point);
}

} // namespace

TelemetryPipeline::TelemetryPipeline(QObject *parent)
    : QObject(parent)
{
}

TelemetryPipeline::~TelemetryPipeline()
{
    stop();
}

void TelemetryPipeline::setProject(const Project &project, Diagnostics *diagnostics)
{
    Q_ASSERT(!isRunning());
    m_bindings.build(project, &m_points, diagnostics);
    m_aggregator.build(project);
    m_generation.fetch_add(1, std::memory_order_release);
}

bool TelemetryPipeline::start(const Options &options, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = QStringLiteral("the telemetry pipeline is already running");
        return false;
    }
    m_options = options;
    if (options.history) {
        if (options.historyPath.isEmpty()) {
            if (error)
                *error = QStringLiteral("history is on but no history file was given");
            return false;
        }
        m_history = HistoryWriter::open(options.historyPath, error);
        if (!m_history)
            return false;
        // Receive times of a burst run ahead of the clock (one millisecond per reading of a
        // point): after a restart they go on after what is stored, or the history would
        // take the new readings for the stored ones.
        QString why;
        if (!m_history->newestTimes(&pointInfo, &m_points, m_points.count(), &m_lastStampMs, &why)) {
            if (error)
                *error = why;
            m_history.reset();
            return false;
        }
        if (!options.historySpoolPath.isEmpty()) {
            auto spool = std::make_unique<HistorySpool>(std::move(m_history), options.historyPath,
                                                        options.historySpoolPath, options.historySpoolMaxBytes);
            m_spool = spool.get();
            m_history = std::move(spool);
        }
    }
    m_stopRequested = false;
    m_lastRetentionMs = currentMsecsSinceEpoch();
    if (m_history) {
        m_historyStop = false;
        m_historyThread = std::thread([this] { runHistory(); });
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void TelemetryPipeline::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_stageMutex);
        m_stopRequested = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (m_historyThread.joinable()) {
        {
            std::lock_guard lock(m_historyMutex);
            m_historyStop = true;
        }
        m_historyWake.notify_one();
        m_historyThread.join();
    }
    m_spool = nullptr;
    m_history.reset();
}

qint64 TelemetryPipeline::historySpoolBytes() const
{
    return m_spool ? m_spool->spoolBytes() : 0;
}

TelemetrySink *TelemetryPipeline::createSink(const QString &connection)
{
    m_sinks.push_back(std::make_unique<TelemetryIngress>(this, connection));
    return m_sinks.back().get();
}

void TelemetryPipeline::stage(StagingBatch &batch)
{
    bool wake = false;
    {
        std::lock_guard lock(m_stageMutex);
        if (m_staging.samples.size() >= m_options.maxStagedSamples) {
            m_counters.dropped.fetch_add(batch.messages, std::memory_order_relaxed);
            return;
        }
        const auto offset = quint32(m_staging.bytes.size());
        m_staging.bytes.append(batch.bytes);
        for (StagedSample s : batch.samples) {
            s.payloadOffset += offset;
            s.textOffset += offset;
            m_staging.samples.push_back(s);
        }
        m_staging.marks.insert(m_staging.marks.end(), batch.marks.begin(), batch.marks.end());
        m_staging.messages += batch.messages;
        m_stagedMark.fetch_add(1, std::memory_order_release);
        // Wake the pipeline thread at most once per pending batch.
        if (!m_pending) {
            m_pending = true;
            wake = true;
        }
    }
    if (wake)
        m_wake.notify_one();
}

bool TelemetryPipeline::writeValue(const QString &twinId, const QString &name, const QVariant &value,
                                   qint64 timestampMs, QString *error)
{
    if (twinId.isEmpty() || name.isEmpty()) {
        if (error)
            *error = QStringLiteral("a computed value needs a twin and a name");
        return false;
    }
    StagedSample s;
    StagingBatch batch;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (value.typeId() == QMetaType::Bool) {
        s.kind = ValueKind::Bool;
        s.number = value.toBool() ? 1.0 : 0.0;
    } else if (ok && value.typeId() != QMetaType::QString) {
        s.kind = ValueKind::Number;
        s.number = number;
    } else if (value.canConvert<QString>()) {
        // Functions write strings (setSensorValue("21.5")): numeric strings stay numbers so
        // they aggregate and chart; others are text.
        const QString text = value.toString();
        const double parsed = text.toDouble(&ok);
        if (ok) {
            s.kind = ValueKind::Number;
            s.number = parsed;
        } else {
            s.kind = ValueKind::String;
            const QByteArray utf8 = text.toUtf8();
            batch.bytes.assign(utf8.constData(), std::size_t(utf8.size()));
            s.textSize = quint32(utf8.size());
        }
    } else {
        if (error)
            *error = QStringLiteral("value of type %1 cannot be stored").arg(QString::fromLatin1(value.typeName()));
        return false;
    }
    PointInfo info;
    info.twinId = twinId;
    info.name = name;
    info.dataType = name;
    info.kind = PointKind::Computed;
    info.valueKind = ValueKind::Any;
    s.point = m_points.findOrCreate(info);
    s.computed = true;
    s.firstOfMessage = false;
    s.receivedMs = currentMsecsSinceEpoch();
    s.receivedNs = monotonicNanoseconds();
    s.timestampMs = timestampMs > 0 ? timestampMs : s.receivedMs;
    // A computed value is a reading of its own, never a copy: its time (the receive time of
    // what triggered it) is made distinct per point like a receive time.
    s.receiveStamped = true;
    batch.samples.push_back(s);
    m_counters.computed.fetch_add(1, std::memory_order_relaxed);
    stage(batch);
    return true;
}

void TelemetryPipeline::run()
{
    quint64 mark = 0;
    while (true) {
        {
            std::unique_lock lock(m_stageMutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_pending || m_stopRequested; });
            if (m_stopRequested && m_staging.empty())
                break;
            m_pending = false;
            std::swap(m_staging, m_work);
            m_busy.store(!m_work.empty(), std::memory_order_release);
            mark = m_stagedMark.load(std::memory_order_relaxed);
        }
        const std::size_t processed = m_work.samples.size();
        if (!m_work.empty())
            process(m_work, mark);
        m_work.clear();
        m_busy.store(false, std::memory_order_release);
        // Linger after a small batch: under a steady stream this caps wake-ups (and the
        // context switches that dominated a profile on 2 cores) near 4,000 per second, for
        // at most a quarter of a millisecond of added latency.
        if (processed > 0 && processed < 1024)
            std::this_thread::sleep_for(std::chrono::microseconds(250));
    }
}

void TelemetryPipeline::process(StagingBatch &batch, quint64 mark)
{
    clearUpperVectorState(); // see core/vectorstate.h
    QString text;
    m_live.beginUpdate();
    m_aggregator.beginUpdate();
    for (StagedSample &s : batch.samples) {
        if (s.receiveStamped)
            stampReceiveTime(s);
        const PointInfo &info = m_points.info(s.point);
        m_aggregator.attach(s.point, info);
        const QString *textPtr = nullptr;
        if (s.kind == ValueKind::String) {
            text = QString::fromUtf8(batch.bytes.data() + s.textOffset, qsizetype(s.textSize));
            textPtr = &text;
        }
        bool had = false;
        double previous = 0.0;
        if (m_live.set(s.point, s.kind, s.number, textPtr, s.timestampMs, &had, &previous)
            && s.kind != ValueKind::String)
            m_aggregator.update(s.point, had, previous, s.number);
    }
    m_aggregator.endUpdate();
    m_live.endUpdate();

    const qint64 visibleNs = monotonicNanoseconds();
    quint64 messages = 0;
    for (const StagedSample &s : batch.samples) {
        if (s.firstOfMessage) {
            ++messages;
            m_latency.record(visibleNs - s.receivedNs);
        }
    }
    m_counters.processed.fetch_add(messages, std::memory_order_relaxed);
    if (messages)
        m_lastProcessedNs.store(visibleNs, std::memory_order_relaxed);
    m_counters.batches.fetch_add(1, std::memory_order_relaxed);

    if (m_historyThread.joinable())
        queueHistory(batch, mark);
    else
        advanceDurable(mark);

    if (SampleDispatcher *dispatcher = m_dispatcher.load()) {
        const BatchView view(batch, m_points);
        const int ran = dispatcher->dispatch(view);
        if (ran > 0)
            m_counters.functionsRun.fetch_add(quint64(ran), std::memory_order_relaxed);
    }
}

void TelemetryPipeline::stampReceiveTime(StagedSample &s)
{
    if (std::size_t(s.point) >= m_lastStampMs.size())
        m_lastStampMs.resize(std::size_t(s.point) + 1, std::numeric_limits<qint64>::min());
    qint64 &last = m_lastStampMs[std::size_t(s.point)];
    // Readings of one point received in one millisecond are distinct readings: each
    // takes the next free millisecond, so neither store takes one for a copy.
    if (s.timestampMs <= last)
        s.timestampMs = last + 1;
    last = s.timestampMs;
}

void TelemetryPipeline::queueHistory(const StagingBatch &batch, quint64 mark)
{
    bool wake = false;
    {
        std::lock_guard lock(m_historyMutex);
        for (const StagedSample &s : batch.samples) {
            if (s.kind != ValueKind::String) {
                m_historyQueue.push_back({s.point, s.timestampMs, s.number});
            } else {
                m_historyTextQueue.push_back(
                    {s.point, s.timestampMs, QString::fromUtf8(batch.bytes.data() + s.textOffset, qsizetype(s.textSize))});
            }
        }
        m_historyMarkQueue.insert(m_historyMarkQueue.end(), batch.marks.begin(), batch.marks.end());
        m_queuedMark = mark;
        wake = historyFlushDue();
    }
    // No wake-up unless a source waits for this batch: the history thread collects every
    // 20 ms, fewer, larger transactions.
    if (wake)
        m_historyWake.notify_one();
}

bool TelemetryPipeline::historyFlushDue() const
{
    const quint64 wanted = m_flushWanted.load(std::memory_order_acquire);
    return wanted > m_durableMark.load(std::memory_order_acquire) && m_queuedMark >= wanted;
}

void TelemetryPipeline::requestDurable(quint64 mark)
{
    quint64 wanted = m_flushWanted.load(std::memory_order_relaxed);
    while (wanted < mark && !m_flushWanted.compare_exchange_weak(wanted, mark, std::memory_order_acq_rel))
        ;
    bool wake = false;
    {
        std::lock_guard lock(m_historyMutex);
        wake = historyFlushDue();
    }
    if (wake)
        m_historyWake.notify_one();
}

void TelemetryPipeline::watchDurable(const TelemetrySink *sink, std::function<void()> wake)
{
    std::lock_guard lock(m_watchMutex);
    std::erase_if(m_durableWatchers, [sink](const auto &w) { return w.first == sink; });
    if (wake)
        m_durableWatchers.emplace_back(sink, std::move(wake));
    m_watched.store(!m_durableWatchers.empty(), std::memory_order_release);
}

void TelemetryPipeline::advanceDurable(quint64 mark)
{
    // The history thread comes by every 20 ms with nothing new: wake no one for that.
    if (m_durableMark.exchange(mark, std::memory_order_acq_rel) == mark || !m_watched.load(std::memory_order_acquire))
        return;
    std::lock_guard lock(m_watchMutex);
    for (const auto &w : m_durableWatchers)
        w.second();
}

void TelemetryPipeline::runHistory()
{
    while (true) {
        quint64 mark = 0;
        {
            std::unique_lock lock(m_historyMutex);
            m_historyWake.wait_for(lock, std::chrono::milliseconds(20),
                                   [this] { return m_historyStop || historyFlushDue() || m_sessionLoad; });
            if (m_sessionLoad) {
                // A source resuming a kept session asks what was stored of it before.
                m_sessionLoad->ok = m_history->loadSession(m_sessionLoad->clientId, &m_sessionLoad->seen,
                                                           &m_sessionLoad->error);
                m_sessionLoad = nullptr;
                m_sessionLoaded.notify_all();
            }
            if (m_historyStop && m_historyQueue.empty() && m_historyTextQueue.empty())
                break;
            mark = m_queuedMark;
            std::swap(m_historyQueue, m_historyRows);
            std::swap(m_historyTextQueue, m_historyTexts);
            std::swap(m_historyMarkQueue, m_historyMarks);
            if (!m_historyMarks.empty())
                groupSessionMarks();
            m_historyBusy.store(!m_historyRows.empty() || !m_historyTexts.empty(), std::memory_order_release);
        }
        if (!m_historyRows.empty() || !m_historyTexts.empty() || !m_sessionBatches.empty()) {
            QString error;
            m_history->setSessionMarks(std::move(m_sessionBatches));
            m_sessionBatches.clear();
            if (m_history->append(m_historyRows.data(), m_historyRows.size(), &pointInfo, &m_points, &error)
                && m_history->appendTexts(m_historyTexts.data(), m_historyTexts.size(), &pointInfo, &m_points, &error)) {
                m_counters.historyWritten.fetch_add(m_historyRows.size() + m_historyTexts.size(),
                                                    std::memory_order_relaxed);
            } else {
                m_counters.historyErrors.fetch_add(1, std::memory_order_relaxed);
                const qint64 now = currentMsecsSinceEpoch();
                if (now - m_lastHistoryErrorLogMs >= m_options.logIntervalMs) {
                    m_lastHistoryErrorLogMs = now;
                    qCWarning(lcTelemetry).noquote() << "history:" << error;
                    report(QStringLiteral("history: %1").arg(error));
                }
            }
            // Stored, spooled, or (no spool, history failing) counted as errors: either
            // way nothing of it is waited for any longer.
            advanceDurable(mark);
            m_historyRows.clear();
            m_historyTexts.clear();
            m_historyBusy.store(false, std::memory_order_release);
        } else {
            advanceDurable(mark);
            m_history->idle();
        }
        const qint64 now = currentMsecsSinceEpoch();
        if (m_options.retentionMs > 0 && now - m_lastRetentionMs > 60000) {
            m_lastRetentionMs = now;
            QString error;
            qint64 deleted = 0;
            if (!m_history->applyRetention(now - m_options.retentionMs, &deleted, &error))
                report(QStringLiteral("history retention failed: %1").arg(error));
        }
    }
}

void TelemetryPipeline::groupSessionMarks()
{
    // Under m_historyMutex (m_sessionClients); a batch holds one session's marks or few.
    m_sessionBatches.clear();
    for (const StagedMark &m : m_historyMarks) {
        auto batch = std::find_if(m_sessionBatches.begin(), m_sessionBatches.end(), [&](const SessionMarks &b) {
            return b.clientId == m_sessionClients[std::size_t(m.session)];
        });
        if (batch == m_sessionBatches.end()) {
            m_sessionBatches.push_back({m_sessionClients[std::size_t(m.session)], false, {}});
            batch = m_sessionBatches.end() - 1;
        }
        if (m.reset) {
            batch->reset = true;
            batch->seen.clear(); // what came before the reset is of the old session
        }
        SessionMarks::put(&batch->seen, m.packetId, m.digest);
    }
    m_historyMarks.clear();
}

int TelemetryPipeline::registerSession(const QString &clientId)
{
    std::lock_guard lock(m_historyMutex);
    const auto found = std::find(m_sessionClients.begin(), m_sessionClients.end(), clientId);
    if (found != m_sessionClients.end())
        return int(found - m_sessionClients.begin());
    m_sessionClients.push_back(clientId);
    return int(m_sessionClients.size()) - 1;
}

bool TelemetryPipeline::loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error)
{
    if (!m_historyThread.joinable())
        return false;
    SessionLoad load;
    load.clientId = clientId;
    std::unique_lock lock(m_historyMutex);
    m_sessionLoaded.wait(lock, [this] { return m_sessionLoad == nullptr; });
    m_sessionLoad = &load;
    m_historyWake.notify_one();
    if (!m_sessionLoaded.wait_for(lock, std::chrono::seconds(30), [&] { return m_sessionLoad != &load; })) {
        m_sessionLoad = nullptr;
        m_sessionLoaded.notify_all();
        if (error)
            *error = QStringLiteral("history %1 did not answer in time").arg(m_options.historyPath);
        return false;
    }
    if (!load.ok && error)
        *error = load.error;
    *seen = std::move(load.seen);
    return load.ok;
}

void TelemetryPipeline::report(const QString &message)
{
    emit errorOccurred(message);
}

bool TelemetryPipeline::latestValue(const QString &twinId, const QString &name, LiveValue *value) const
{
    const int point = m_points.find(twinId, name);
    return point >= 0 && m_live.latest(point, value);
}

TelemetryPipeline::Counters TelemetryPipeline::counters() const
{
    const auto r = [](const std::atomic<quint64> &a) { return a.load(std::memory_order_relaxed); };
    Counters c;
    c.received = r(m_counters.received);
    c.processed = r(m_counters.processed);
    c.dropped = r(m_counters.dropped);
    c.malformed = r(m_counters.malformed);
    c.unbound = r(m_counters.unbound);
    c.oversize = r(m_counters.oversize);
    c.wrongType = r(m_counters.wrongType);
    c.futureTimestamp = r(m_counters.futureTimestamp);
    c.badTimestamp = r(m_counters.badTimestamp);
    c.computed = r(m_counters.computed);
    c.functionsRun = r(m_counters.functionsRun);
    c.historyWritten = r(m_counters.historyWritten);
    c.historyErrors = r(m_counters.historyErrors);
    c.batches = r(m_counters.batches);
    return c;
}

QList<TelemetryPipeline::TopicStats> TelemetryPipeline::topicStats() const
{
    QList<TopicStats> result;
    for (const auto &sink : m_sinks) {
        sink->forEachTopic([&](const TelemetryIngress::TopicEntry &e) {
            result.append({QString::fromStdString(e.topic), e.received, e.malformed, e.unbound, e.oversize,
                           e.wrongType, e.future});
        });
    }
    return result;
}

double TelemetryPipeline::activeSeconds() const
{
    const qint64 first = m_firstReceivedNs.load(std::memory_order_relaxed);
    const qint64 last = m_lastProcessedNs.load(std::memory_order_relaxed);
    return first && last > first ? double(last - first) / 1e9 : 0.0;
}

bool TelemetryPipeline::waitIdle(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        {
            std::scoped_lock lock(m_stageMutex, m_historyMutex);
            if (m_staging.empty() && !m_busy.load(std::memory_order_acquire) && m_historyQueue.empty()
                && m_historyTextQueue.empty() && !m_historyBusy.load(std::memory_order_acquire))
                return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

} // namespace twin
