// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include <vector>

struct sqlite3;

namespace twin {

/// One value read back from the history file: a number, or a text.
struct HistoryValue
{
    qint64 timestampMs = 0;
    double number = 0.0;
    QString text;
    bool isText = false;
};

/**
 * Reads a history file (HistoryStore's layout) without writing it: for function worker
 * threads, and for a replay that reads what an earlier live run recorded.
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

private:
    struct Connection
    {
        sqlite3 *db = nullptr;
        bool hasTexts = false; ///< files written before texts were kept have no texts table
    };
    bool acquire(Connection *connection, QString *error) const;
    void release(const Connection &connection) const;
    bool query(const Connection &c, const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
               int limit, QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const;

    const QString m_path;
    mutable QMutex m_mutex;
    mutable std::vector<Connection> m_idle;
};

} // namespace twin
