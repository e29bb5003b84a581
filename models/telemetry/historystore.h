// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QString>

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
 * Schema: `points(id, twin, name, dataType, unit)` and a WITHOUT ROWID table
 * `samples(point, ts, seq, value)` keyed by (point, ts, seq): one B-tree, ordered for
 * time-range queries of a point; seq keeps samples with equal timestamps apart. Each
 * batch is inserted sorted by that key, so that a transaction touches each point's pages
 * once. Beside it, `rollups(point, bucket, min, max, sum, count)` aggregates every
 * 10 seconds, updated with each batch: downsampling to buckets of 10 s or wider reads
 * those (8,640 rows for a day instead of 86,400), a rollup counting in the bucket where
 * it starts; narrower buckets read the samples.
 *
 * The writer methods (append, applyRetention) belong to one thread (the pipeline's); the
 * query methods use their own connection and may be called from any thread (WAL mode lets
 * them read while the writer writes).
 */
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static constexpr qint64 RollupMs = 10000;

    static QString companionPath(const QString &projectFile) { return projectFile + QStringLiteral(".history"); }

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    // --- writer ------------------------------------------------------------------------------
    /// Appends \a count samples in one transaction. \a info gives a point's identity the first
    /// time it is written.
    bool append(const HistorySample *samples, std::size_t count,
                const PointInfo &(*info)(const void *context, int point), const void *context,
                QString *error);
    /// Deletes samples older than \a beforeMs; *deleted receives how many.
    bool applyRetention(qint64 beforeMs, qint64 *deleted, QString *error);

    // --- queries (any thread) ----------------------------------------------------------------
    /// Raw samples of (twin, name) in [fromMs, toMs), oldest first, at most \a limit.
    bool range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
               QList<HistorySample> *samples, int limit, QString *error) const;
    /// [fromMs, toMs) cut into \a buckets equal buckets with min/max/avg/count; empty
    /// buckets are left out.
    bool downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                    QList<HistoryBucket> *result, QString *error) const;
    /// Number of stored samples (tests, diagnostics).
    qint64 sampleCount(QString *error = nullptr) const;

private:
    bool prepareWriter(QString *error);
    qint64 dbPoint(int point, const PointInfo &info, QString *error);
    qint64 lookupPoint(const QString &twinId, const QString &name, QString *error) const;
    bool openReader(QString *error) const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_insertPoint = nullptr;
    sqlite3_stmt *m_selectPoint = nullptr;
    sqlite3_stmt *m_upsertRollup = nullptr;
    std::vector<qint64> m_dbPoints;
    struct Row
    {
        qint64 point;
        qint64 ts;
        double value;
    };
    std::vector<Row> m_sorted; ///< pipeline point id → points.id (0: unknown)
    qint64 m_seq = 0;

    mutable QMutex m_readMutex;
    mutable sqlite3 *m_reader = nullptr;
};

} // namespace twin
