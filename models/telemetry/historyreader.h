// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystorecodec.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <vector>

struct sqlite3;

namespace twin {

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

/// One value read back from the history file: a number, or a text.
struct HistoryValue
{
    qint64 timestampMs = 0;
    double number = 0.0;
    QString text;
    bool isText = false;
};

/// The value of one point at a moment (HistoryReader::snapshot()).
struct HistoryPointValue
{
    QString twinId;
    QString name;
    QString dataType;
    QString unit;
    HistoryValue value;
};

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
class HistoryReader
{
public:
    explicit HistoryReader(const QString &path);
    ~HistoryReader();
    HistoryReader(const HistoryReader &) = delete;
    HistoryReader &operator=(const HistoryReader &) = delete;

    const QString &path() const { return m_path; }

    /**
     * The newest \a limit values (numbers and texts) of (twin, name) in [fromMs, toMs),
     * oldest first; equal times keep their arrival order (numbers before texts).
     * *dataType receives the point's semantic type; *truncated whether older values in
     * the range were left out. A point the file does not know has no values (not an
     * error). The work is bounded by \a limit, not by the length of the range.
     */
    bool latest(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int limit,
                QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const;

    /// Raw samples of (twin, name) in [fromMs, toMs), oldest first (equal times in arrival
    /// order), at most \a limit (0: all).
    bool range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
               QList<HistorySample> *samples, int limit, QString *error) const;
    /// [fromMs, toMs) cut into \a buckets equal buckets with min/max/avg/count; empty
    /// buckets are left out. Buckets of RollupMs or wider read the rollups.
    bool downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                    QList<HistoryBucket> *result, QString *error) const;
    /// The newest value at or before \a atMs of every point the file holds (points without
    /// one then are left out), read in one snapshot with one indexed query over all points
    /// (HistorySnapshotQuery): what every view shows of that moment.
    bool snapshot(qint64 atMs, QList<HistoryPointValue> *values, QString *error) const;
    /// The time of the first and the last value in the file (both 0 when it has none).
    bool span(qint64 *fromMs, qint64 *toMs, QString *error) const;
    /// Number of stored samples, texts included (tests, diagnostics); -1 on failure.
    qint64 sampleCount(QString *error = nullptr) const;

    /// One series the file holds for a twin.
    struct Series
    {
        QString name;
        QString dataType;
        QString unit;
    };
    /// The series stored for \a twinId, by name.
    bool series(const QString &twinId, QList<Series> *result, QString *error) const;

    /// Closes the pooled connections (no query may be running).
    void close();

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
