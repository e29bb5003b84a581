// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyreader.h"
#include "historyschema.h"
#include "historystorecodec.h"
#include "historywriter.h"

#include "store/sqlitedatabase.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace twin {

struct PointInfo;

/// One text sample (a status telemetry, a function's insight such as "Stale air").
struct HistoryText
{
    int point = -1;        ///< pipeline point id
    qint64 timestampMs = 0;
    QString text;
};

/**
 * The writer of the telemetry history: an SQLite file (layout: HistorySchema) beside the
 * project (`NAME.twinproj.history`). The project file is rewritten whole and atomically on
 * every save, while history is appended continuously by another thread; one file each
 * keeps saves fast, avoids the two writers blocking each other, and lets history be
 * deleted or archived on its own.
 *
 * Samples are stored in *chunks*, one row per run of up to ChunkCapacity samples of one
 * point spanning less than ChunkSpanMs, the samples in a compact blob. A row per chunk
 * instead of per sample is what lets the writer keep up with millions of samples per
 * second: SQLite's cost is per row and per page touched, and one batch touches every point.
 *
 * Each batch is one transaction that appends one `journal` row (the whole batch grouped
 * by point, written sequentially) and keeps the same samples in memory per point. Every
 * JournalRows batches or JournalSamples samples, a checkpoint writes points with enough
 * samples as sorted chunks, updates their rollups (per RollupMs, what
 * HistoryReader::downsample() reads for wide buckets), and replaces the journal by one row
 * holding what is still pending. A crash loses at most the batch being written; open()
 * replays the journal.
 *
 * Each (point, time) is stored once, as in the PostgreSQL history: a sample whose time
 * the point already holds (a message delivered again after a restart) is dropped. The
 * check is one comparison with the point's newest stored time; only samples not newer
 * than that look into the pending samples and the chunks. Samples arriving out of order
 * land in chunks that overlap earlier ones, and readers merge them. Text samples (values
 * that are not numbers) are rare next to numbers and are never downsampled: one row each,
 * written straight in their own transaction.
 *
 * The writer methods (append, appendTexts, flush, applyRetention) belong to one thread
 * (the pipeline's). The queries (range, downsample, sampleCount) are HistoryReader's, on
 * connections of its own, from any thread (WAL mode lets them read while the writer
 * writes).
 */
class HistoryStore : public HistoryWriter
{
public:
    HistoryStore();
    ~HistoryStore() override;
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static constexpr qint64 RollupMs = HistorySchema::RollupMs;
    static constexpr int LayoutVersion = HistorySchema::LayoutVersion;
    static constexpr int ChunkCapacity = 4096;         ///< samples per chunk at most
    static constexpr qint64 ChunkSpanMs = 3600000;     ///< last - start of a chunk stays below this
    static constexpr int JournalRows = 1024;           ///< batches between checkpoints at most
    static constexpr qint64 JournalSamples = 1 << 18;  ///< samples between checkpoints at most
    static constexpr int MinChunk = 1024;              ///< a checkpoint leaves smaller runs pending ...
    static constexpr qint64 MinChunkSpanMs = ChunkSpanMs / 4; ///< ... unless they span this long

    static QString companionPath(const QString &projectFile) { return projectFile + QStringLiteral(".history"); }

    /// Opens or creates the history file. A file of the older per-sample layout is
    /// converted; a file of a newer layout is refused.
    bool open(const QString &path, QString *error);
    /// Flushes what is pending into chunks (a failure is logged; the journal keeps it).
    void close();
    bool isOpen() const { return m_database.isOpen(); }
    QString path() const { return m_path; }
    QString location() const override { return m_path; }

    // --- writer ------------------------------------------------------------------------------
    /// Appends \a count samples in one transaction. \a info gives a point's identity the first
    /// time it is written.
    bool append(const HistorySample *samples, std::size_t count, InfoFunction info, const void *context,
                QString *error) override;
    /// Appends \a count text samples in one transaction.
    bool appendTexts(const HistoryText *texts, std::size_t count, InfoFunction info, const void *context,
                     QString *error) override;
    /// Writes every pending sample into chunks now (normally done by checkpoints and close()).
    bool flush(QString *error) override;
    /// Deletes samples older than \a beforeMs; *deleted receives how many.
    bool applyRetention(qint64 beforeMs, qint64 *deleted, QString *error) override;
    /// Samples dropped because the file held the same point and time already (a message
    /// delivered again), or the batch held it twice.
    qint64 duplicates() const override { return m_duplicates; }
    bool loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error) override;
    bool newestTimes(InfoFunction info, const void *context, int count, std::vector<qint64> *newest,
                     QString *error) override;

    // --- queries (any thread): HistoryReader's, on the open file -------------------------------
    /// Raw samples of (twin, name) in [fromMs, toMs), oldest first (equal times in arrival
    /// order), at most \a limit (0: all).
    bool range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
               QList<HistorySample> *samples, int limit, QString *error) const;
    /// [fromMs, toMs) cut into \a buckets equal buckets with min/max/avg/count; empty
    /// buckets are left out.
    bool downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                    QList<HistoryBucket> *result, QString *error) const;
    /// Number of stored samples, texts included (tests, diagnostics).
    qint64 sampleCount(QString *error = nullptr) const;

private:
    /// One point's samples that are in the journal but not yet in chunks, in arrival order.
    struct Series
    {
        qint64 dbId = 0;
        int point = -1;
        std::vector<TimedValue> pending;
        bool known = false;       ///< newest and chunksNewest are read from the file
        qint64 newest = 0;        ///< the newest time stored (chunks and pending)
        qint64 chunksNewest = 0;  ///< the newest time in chunks
        /// The times of pending, made when a sample comes that is not newer than `newest`
        /// (kept up to date from then on until the next checkpoint); empty otherwise.
        std::unordered_set<qint64> pendingTimes;
        bool indexed = false;
    };
    bool migrateFromLayout1(QString *error);
    bool insertJournal(qint64 count, qint64 minTs, qint64 maxTs, QString *error);
    void afterCheckpoint();
    bool prepareWriter(QString *error);
    bool recoverJournal(QString *error);
    /// Opens the transaction of a batch of \a count samples (count > 0).
    bool begin(std::size_t count, QString *error);
    int seriesFor(int point, const PointInfo &(*info)(const void *, int), const void *context, QString *error);
    /// The index of \a point's series, created on first use; -1 on failure.
    int seriesOf(int point, const PointInfo &(*info)(const void *, int), const void *context, QString *error);
    bool checkpoint(bool all, QString *error);
    /// Reads \a series' newest stored times from the file.
    bool learnNewest(Series &series, QString *error);
    /// Drops from m_grouped[begin, begin + n) what \a series holds already for the same
    /// time, or what came before it in the same group; returns how many stay (moved to the
    /// front). Only samples not newer than the newest stored one are looked up.
    bool dropStored(Series &series, std::size_t begin, std::size_t n, std::size_t *kept, QString *error);
    bool writeChunks(qint64 dbId, const TimedValue *values, std::size_t n, QString *error);
    bool writeRollups(qint64 dbId, const TimedValue *values, std::size_t n, QString *error);
    bool trimChunks(qint64 beforeMs, qint64 *deleted, QString *error);
    void forgetSeriesFrom(std::size_t first);

    bool recomputeRollups(qint64 bucket, qint64 fromMs, QString *error);
    /// Writes m_sessionMarks (table mqttSessions) in the open transaction and empties it.
    bool writeSessionMarks(QString *error);

    /// The reader of the open file, shared with the queries running on it.
    std::shared_ptr<HistoryReader> queries() const;

    QString m_path;
    SqliteDatabase m_database;
    sqlite3 *m_db = nullptr; ///< m_database's handle, for the writer's prepared statements
    sqlite3_stmt *m_insertJournal = nullptr;
    sqlite3_stmt *m_insertChunk = nullptr;
    sqlite3_stmt *m_insertPoint = nullptr;
    sqlite3_stmt *m_selectPoint = nullptr;
    sqlite3_stmt *m_upsertRollup = nullptr;
    sqlite3_stmt *m_insertText = nullptr;
    sqlite3_stmt *m_selectNewest = nullptr;
    sqlite3_stmt *m_insertSession = nullptr; ///< prepared on first use (historystoresessions.cpp)
    sqlite3_stmt *m_trimSession = nullptr;
    QHash<QString, qint64> m_sessionSeq; ///< client id → the last batch number written
    qint64 m_duplicates = 0;

    std::vector<int> m_seriesOfPoint; ///< pipeline point id → index in m_series, -1: none yet
    std::vector<Series> m_series;
    QHash<qint64, int> m_seriesOfDbId; ///< points.id → index in m_series
    std::vector<int> m_flushed;        ///< series written by the checkpoint being committed
    qint64 m_journalSamples = 0;
    int m_journalRows = 0;
    qint64 m_pendingMinTs = 0; ///< oldest pending timestamp (when m_journalSamples > 0)

    // Scratch buffers of the writer, kept to avoid allocating per batch.
    std::vector<int> m_sampleSeries;
    std::vector<std::size_t> m_groupStart;
    std::vector<TimedValue> m_grouped;
    std::vector<TimedValue> m_sorted;
    std::vector<std::pair<int, std::size_t>> m_pendingBefore; ///< (series, pending size) for a rollback
    std::string m_blob;

    mutable QMutex m_queriesMutex;
    std::shared_ptr<HistoryReader> m_queries;
};

} // namespace twin
