// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bindingset.h"
#include "historyspool.h"
#include "historystore.h"
#include "latencyhistogram.h"
#include "livestate.h"
#include "pointregistry.h"
#include "spaceaggregator.h"
#include "stagingbatch.h"
#include "topiccatalogue.h"

#include <QObject>
#include <QVariant>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace twin {

class Project;
class SampleDispatcher;
class TelemetryIngress;
class TelemetrySink;

/**
 * The live path (DESIGN.md, "The live path"): sources deliver on their own threads into
 * sinks that decode, bind and stage samples under a short lock; one pipeline thread swaps
 * the staged batch out and applies it: live state, space aggregates, then the function
 * dispatcher (once per batch); it queues the batch's rows for the history thread, which
 * writes whatever has queued in one SQLite transaction. The GUI reads
 * live state on its own tick (LiveState::takeChanges()), never per sample.
 *
 * Bad input never stops the pipeline: oversized, malformed, unbound, wrongly typed and
 * future-dated messages are counted per topic and logged at most once per topic and
 * interval.
 */
class TelemetryPipeline : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool history = true;
        /// A file (e.g. HistoryStore::companionPath(project file)) or a postgresql:// URL.
        QString historyPath;
        /// Where batches the history cannot take wait (a database away); empty: they are
        /// counted as history errors and lost.
        QString historySpoolPath;
        qint64 historySpoolMaxBytes = 1LL << 30;
        qint64 retentionMs = 30LL * 24 * 3600 * 1000; ///< 0: keep everything
        int ringCapacity = 512;          ///< recent samples kept per point
        int maxPayloadBytes = 256 * 1024;
        qint64 futureToleranceMs = 5 * 60 * 1000; ///< later timestamps are replaced by the receive time
        qint64 logIntervalMs = 10000;    ///< per topic
        std::size_t maxStagedSamples = 2'000'000; ///< beyond: messages are dropped and counted
    };

    struct Counters
    {
        quint64 received = 0;   ///< messages delivered by sources
        quint64 processed = 0;  ///< messages applied to live state
        quint64 dropped = 0;    ///< messages dropped because the pipeline was behind
        quint64 malformed = 0;  ///< not JSON, or no value in a known form
        quint64 unbound = 0;    ///< topic matches no binding
        quint64 oversize = 0;   ///< payload over maxPayloadBytes
        quint64 wrongType = 0;  ///< value of the wrong type for its point
        quint64 futureTimestamp = 0;
        quint64 badTimestamp = 0;
        quint64 computed = 0;   ///< values written by functions
        quint64 functionsRun = 0;
        quint64 historyWritten = 0;
        quint64 historyErrors = 0;
        quint64 batches = 0;
    };

    struct TopicStats
    {
        QString topic;
        quint64 received = 0;
        quint64 malformed = 0;
        quint64 unbound = 0;
        quint64 oversize = 0;
        quint64 wrongType = 0;
        quint64 futureTimestamp = 0;
    };

    explicit TelemetryPipeline(QObject *parent = nullptr);
    ~TelemetryPipeline() override;

    /// Binds \a project's sensors and bindings (call while stopped; GUI thread). Problems
    /// with bindings go to \a diagnostics; the rest binds.
    void setProject(const Project &project, Diagnostics *diagnostics = nullptr);
    const BindingSet &bindings() const { return m_bindings; }
    /// What a source of connection profile \a connection subscribes to (empty: any).
    QList<Subscription> subscriptions(int defaultQos = 1, const QString &connection = {}) const
    {
        return m_bindings.subscriptions(defaultQos, connection);
    }

    bool start(const Options &options, QString *error);
    /// Processes what is staged, stops the thread, closes history.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    const Options &options() const { return m_options; }

    /// A sink for one source (each source thread needs its own), of connection profile
    /// \a connection (empty: any; see BindingSet). Owned by the pipeline.
    TelemetrySink *createSink(const QString &connection = {});
    /// nullptr: no functions. Call while stopped or from the pipeline thread.
    void setDispatcher(SampleDispatcher *dispatcher) { m_dispatcher.store(dispatcher); }
    /// Every message received, bound or not, is also recorded in \a catalogue (the topic
    /// browser's tap); nullptr: none. Call while stopped. While there is a tap, unbound
    /// topics are counted but not logged (the browser shows them).
    void setTopicTap(std::shared_ptr<TopicCatalogue> catalogue) { m_topicTap = std::move(catalogue); }

    /// Writes a computed value (setSensorValue / setSpaceValue) for any twin and name; the
    /// point is created on demand. Thread-safe; applied with the next batch.
    bool writeValue(const QString &twinId, const QString &name, const QVariant &value, qint64 timestampMs,
                    QString *error);

    // --- reads (any thread) ------------------------------------------------------------------
    bool latestValue(const QString &twinId, const QString &name, LiveValue *value) const;
    LiveState &liveState() { return m_live; }
    const LiveState &liveState() const { return m_live; }
    const PointRegistry &points() const { return m_points; }
    PointRegistry &points() { return m_points; }
    const SpaceAggregator &aggregator() const { return m_aggregator; }
    /// Whether history is being written (start() opened it).
    bool isWritingHistory() const { return m_history != nullptr; }
    /// Bytes waiting in the history spool (Options::historySpoolPath); any thread.
    qint64 historySpoolBytes() const;

    Counters counters() const;
    QList<TopicStats> topicStats() const;
    double latencyPercentileMs(double fraction) const { return m_latency.percentileMs(fraction); }
    /// Seconds from the first message received to the last one processed (throughput).
    double activeSeconds() const;
    /// Waits until everything delivered so far has been processed.
    bool waitIdle(int timeoutMs);

    /// The index of kept MQTT session \a clientId in staged marks (StagedMark), any thread.
    int registerSession(const QString &clientId);
    /// What the history keeps of kept session \a clientId (SessionMarks), read on the
    /// history thread; false without history or when it cannot be read. Any other thread.
    bool loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error);

signals:
    /// A problem worth showing (at most once per topic and interval); emitted from the
    /// pipeline or a source thread.
    void errorOccurred(const QString &message);

private:
    friend class TelemetryIngress;
    struct AtomicCounters
    {
        std::atomic<quint64> received{0}, processed{0}, dropped{0}, malformed{0}, unbound{0}, oversize{0},
            wrongType{0}, futureTimestamp{0}, badTimestamp{0}, computed{0}, functionsRun{0},
            historyWritten{0}, historyErrors{0}, batches{0};
    };

    void stage(StagingBatch &batch);
    void run();
    void process(StagingBatch &batch, quint64 mark);
    /// Gives a reading without a device time the next time of its point (strictly
    /// increasing per point), as process() meets it.
    void stampReceiveTime(StagedSample &s);
    void queueHistory(const StagingBatch &batch, quint64 mark);
    void runHistory();
    /// Wakes the history thread to write what is queued up to \a mark now.
    void requestDurable(quint64 mark);
    bool historyFlushDue() const; ///< under m_historyMutex
    /// Calls \a wake whenever the durable mark advances (an empty one: stops), per sink.
    void watchDurable(const TelemetrySink *sink, std::function<void()> wake);
    /// Sets the durable mark and wakes the sources that watch it.
    void advanceDurable(quint64 mark);
    void report(const QString &message);
    /// Turns m_historyMarks into m_sessionBatches, per client id (under m_historyMutex).
    void groupSessionMarks();

    Options m_options;
    PointRegistry m_points;
    BindingSet m_bindings;
    LiveState m_live;
    SpaceAggregator m_aggregator;
    std::unique_ptr<HistoryWriter> m_history;
    HistorySpool *m_spool = nullptr; ///< m_history when spooling
    LatencyHistogram m_latency;
    std::vector<qint64> m_lastStampMs; ///< per point, the last receive time given (pipeline thread)
    AtomicCounters m_counters;
    std::atomic<int> m_generation{0};
    std::atomic<qint64> m_firstReceivedNs{0};
    std::atomic<qint64> m_lastProcessedNs{0};
    std::atomic<SampleDispatcher *> m_dispatcher{nullptr};
    std::vector<std::unique_ptr<TelemetryIngress>> m_sinks;
    std::shared_ptr<TopicCatalogue> m_topicTap;

    std::mutex m_stageMutex;
    std::condition_variable m_wake;
    StagingBatch m_staging;
    bool m_pending = false;
    bool m_stopRequested = false;
    // Durability marks (TelemetrySink::receivedMark()): each staged batch takes the next
    // mark; a mark is durable once the history thread has written (or spooled) every
    // batch up to it, or once the pipeline thread has applied it where there is no history.
    std::atomic<quint64> m_stagedMark{0};   ///< written under m_stageMutex
    std::atomic<quint64> m_durableMark{0};
    std::atomic<quint64> m_flushWanted{0};  ///< a source waits for this mark
    std::mutex m_watchMutex;
    std::vector<std::pair<const TelemetrySink *, std::function<void()>>> m_durableWatchers; ///< under m_watchMutex
    std::atomic<bool> m_watched{false};     ///< whether m_durableWatchers has any
    quint64 m_queuedMark = 0;               ///< under m_historyMutex: marks queued for history
    std::atomic<bool> m_busy{false};
    std::thread m_thread;

    // History has a thread of its own, so that a long SQLite transaction never delays
    // what becomes visible: the pipeline thread queues rows, the writer takes them all.
    std::mutex m_historyMutex;
    std::condition_variable m_historyWake;
    std::vector<HistorySample> m_historyQueue;
    std::vector<HistoryText> m_historyTextQueue;
    std::vector<StagedMark> m_historyMarkQueue;
    std::vector<QString> m_sessionClients; ///< by StagedMark::session
    struct SessionLoad
    {
        QString clientId;
        SessionMarks::Seen seen;
        bool ok = false;
        QString error;
    };
    SessionLoad *m_sessionLoad = nullptr; ///< a loadSession() waiting for the history thread
    std::condition_variable m_sessionLoaded;
    bool m_historyStop = false;
    std::atomic<bool> m_historyBusy{false};
    std::thread m_historyThread;

    // Pipeline-thread state.
    StagingBatch m_work;
    std::vector<HistorySample> m_historyRows; // history thread
    std::vector<HistoryText> m_historyTexts;  // history thread
    std::vector<StagedMark> m_historyMarks;   // history thread
    std::vector<SessionMarks> m_sessionBatches; // history thread
    qint64 m_lastRetentionMs = 0;
    qint64 m_lastHistoryErrorLogMs = 0;
};

} // namespace twin
