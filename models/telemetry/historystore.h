// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystorecodec.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace twin {

struct PointInfo;

/// One stored sample.
struct HistorySample
{
    int point = -1;        ///< pipeline point id (when writing)
    qint64 timestampMs = 0;
    double value = 0.0;
};

/// One text sample (a status telemetry, a function's insight such as "Stale air").
struct HistoryText
{
    int point = -1;        ///< pipeline point id
    qint64 timestampMs = 0;
    QString text;
};

/// One bucket of a downsampled series.
struct HistoryBucket
{
    qint64 startMs = 0;
    double min = 0.0;
    double max = 0.0;
    double average = 0.0;
    qint64 count = 0;
};

/**
 * Telemetry history in SQLite (C API), in a companion file beside the project
 * (`NAME.twinproj.history`): the project file is rewritten whole and atomically on every
 * save, while history is appended continuously by another thread; one file each keeps
 * saves fast, avoids the two writers blocking each other, and lets history be deleted or
 * archived on its own.
 *
 * Layout (version 2, `PRAGMA user_version`): samples are stored in *chunks*, one row per
 * run of up to ChunkCapacity samples of one point spanning less than ChunkSpanMs:
 * `chunks(id, point, start, last, count, data)` with an index on (point, start), the
 * samples in a compact blob (see historystorecodec.h). A row per chunk instead of per
 * sample is what lets the writer keep up with millions of samples per second: SQLite's
 * cost is per row and per page touched, and one batch touches every point.
 *
 * Each batch is one transaction that appends one `journal` row (the whole batch grouped
 * by point, written sequentially) and keeps the same samples in memory per point. Every
 * JournalRows batches or JournalSamples samples, a checkpoint writes points with enough
 * samples as sorted chunks, updates `rollups(point, bucket, min, max, sum, count)` (per
 * 10 s) with them, and replaces the journal by one row holding what is still pending.
 * A crash loses at most the batch being written; open() replays the journal. Queries read
 * chunks and journal in one read transaction, so they see every committed batch.
 *
 * Samples with equal timestamps keep their arrival order; samples arriving out of order
 * land in chunks that overlap earlier ones, and queries merge them.
 *
 * Text samples (values that are not numbers) are rare next to numbers and are never
 * downsampled: they are kept one row each in `texts(point, ts, value)` with an index on
 * (point, ts), written straight in their own transaction. The table came after layout 2
 * was first released; it is created on open and a reader treats a file without it as
 * having no texts, so the layout version stays 2.
 *
 * The writer methods (append, appendTexts, flush, applyRetention) belong to one thread
 * (the pipeline's); the query methods use their own connection and may be called from any
 * thread (WAL mode lets them read while the writer writes). HistoryReader reads a file
 * without a writer, on connections of its own.
 */
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static constexpr qint64 RollupMs = 10000;
    static constexpr int LayoutVersion = 2;
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
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    // --- writer ------------------------------------------------------------------------------
    /// Appends \a count samples in one transaction. \a info gives a point's identity the first
    /// time it is written.
    bool append(const HistorySample *samples, std::size_t count,
                const PointInfo &(*info)(const void *context, int point), const void *context,
                QString *error);
    /// Appends \a count text samples in one transaction.
    bool appendTexts(const HistoryText *texts, std::size_t count,
                     const PointInfo &(*info)(const void *context, int point), const void *context, QString *error);
    /// Writes every pending sample into chunks now (normally done by checkpoints and close()).
    bool flush(QString *error);
    /// Deletes samples older than \a beforeMs; *deleted receives how many.
    bool applyRetention(qint64 beforeMs, qint64 *deleted, QString *error);

    // --- queries (any thread) ----------------------------------------------------------------
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
    friend class HistoryReader;
    /// One point's samples that are in the journal but not yet in chunks, in arrival order.
    struct Series
    {
        qint64 dbId = 0;
        int point = -1;
        std::vector<TimedValue> pending;
    };
    bool createSchema(bool *oldLayout, QString *error);
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
    bool writeChunks(qint64 dbId, const TimedValue *values, std::size_t n, QString *error);
    bool writeRollups(qint64 dbId, const TimedValue *values, std::size_t n, QString *error);
    bool trimChunks(qint64 beforeMs, qint64 *deleted, QString *error);
    void forgetSeriesFrom(std::size_t first);

    qint64 lookupPoint(const QString &twinId, const QString &name, QString *error) const;
    bool openReader(QString *error) const;
    /// Samples of point \a id in [fromMs, toMs) from chunks (and the journal, \a withJournal),
    /// read through \a db (the reader's connection, or the writer's inside its transaction).
    /// \a path names the file in error messages.
    static bool readSeries(sqlite3 *db, const QString &path, qint64 id, qint64 fromMs, qint64 toMs, int limit,
                           bool withJournal, std::vector<TimedValue> *out, QString *error);
    static bool readJournal(sqlite3 *db, const QString &path, qint64 id, qint64 fromMs, qint64 toMs,
                            std::vector<TimedValue> *out, QString *error);
    bool recomputeRollups(qint64 bucket, qint64 fromMs, QString *error);

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insertJournal = nullptr;
    sqlite3_stmt *m_insertChunk = nullptr;
    sqlite3_stmt *m_insertPoint = nullptr;
    sqlite3_stmt *m_selectPoint = nullptr;
    sqlite3_stmt *m_upsertRollup = nullptr;
    sqlite3_stmt *m_insertText = nullptr;

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

    mutable QMutex m_readMutex;
    mutable sqlite3 *m_reader = nullptr;
};

} // namespace twin
