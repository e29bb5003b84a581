// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyqueries.h"
#include "historystorecodec.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <vector>

struct sqlite3;

namespace twin {

/**
 * Reads a history file (HistorySchema's layout) without writing it: for function worker
 * threads, for the charts, for a replay that reads what an earlier live run recorded,
 * and for HistoryStore's own queries.
 *
 * Thread-safe. Each query takes a read-only SQLite connection of its own from a small
 * pool (opened on first need, one per concurrent caller, kept for the next query), so
 * callers on different threads do not wait for each other, and in WAL mode no query
 * waits for the writer. A query reads one snapshot: chunks, journal and texts
 * committed together are seen together.
 */
class HistoryReader : public HistoryQueries
{
public:
    explicit HistoryReader(const QString &path);
    ~HistoryReader() override;
    HistoryReader(const HistoryReader &) = delete;
    HistoryReader &operator=(const HistoryReader &) = delete;

    const QString &path() const { return m_path; }
    QString location() const override { return m_path; }

    /// See HistoryQueries::latest().
    bool latest(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int limit,
                QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const override;

    /// See HistoryQueries::range().
    bool range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
               QList<HistorySample> *samples, int limit, QString *error) const override;
    /// See HistoryQueries::downsample(). Buckets of RollupMs or wider read the rollups.
    bool downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                    QList<HistoryBucket> *result, QString *error) const override;
    /// See HistoryQueries::snapshot(): one indexed query over all points
    /// (HistorySnapshotQuery).
    bool snapshot(qint64 atMs, QList<HistoryPointValue> *values, QString *error) const override;
    bool span(qint64 *fromMs, qint64 *toMs, QString *error) const override;
    qint64 sampleCount(QString *error = nullptr) const override;

    bool series(const QString &twinId, QList<Series> *result, QString *error) const override;

    /// Closes the pooled connections (no query may be running).
    void close() override;

    /// Samples of point \a id in [fromMs, toMs) from chunks (and the journal, \a withJournal),
    /// oldest first, at most \a limit (0: all), read through \a db (a reader's connection,
    /// or the writer's inside its transaction). \a path names the file in error messages.
    static bool readSeries(sqlite3 *db, const QString &path, qint64 id, qint64 fromMs, qint64 toMs, int limit,
                           bool withJournal, std::vector<TimedValue> *out, QString *error);
    /// The samples of point \a id in [fromMs, toMs) still in the journal, in arrival order.
    static bool readJournal(sqlite3 *db, const QString &path, qint64 id, qint64 fromMs, qint64 toMs,
                            std::vector<TimedValue> *out, QString *error);

private:
    struct Connection
    {
        sqlite3 *db = nullptr;
        bool hasTexts = false; ///< files written before texts were kept have no texts table
    };
    bool acquire(Connection *connection, QString *error) const;
    void release(const Connection &connection) const;
    /// Runs \a work on a pooled connection inside one read transaction (one snapshot: a
    /// checkpoint committing in between cannot hide or double samples).
    template<typename Work>
    bool inSnapshot(Work work, QString *error) const;
    /// The id of (twin, name) in the file; 0 when it has none, -1 on failure.
    qint64 pointId(sqlite3 *db, const QString &twinId, const QString &name, QString *error) const;
    bool query(const Connection &c, const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
               int limit, QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const;

    const QString m_path;
    mutable QMutex m_mutex;
    mutable std::vector<Connection> m_idle;
};

} // namespace twin
