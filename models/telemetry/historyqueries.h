// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace twin {

class Project;

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

/// One value read back from the history: a number, or a text.
struct HistoryValue
{
    qint64 timestampMs = 0;
    double number = 0.0;
    QString text;
    bool isText = false;
};

/// The value of one point at a moment (HistoryQueries::snapshot()).
struct HistoryPointValue
{
    QString twinId;
    QString name;
    QString dataType;
    QString unit;
    HistoryValue value;
};

/**
 * The read side of a history, whatever holds it: an SQLite file beside the project
 * (HistoryReader) or a shared PostgreSQL database that recorders fill (PostgresHistoryReader).
 * Charts, the time cursor, dashboard sparklines, function history, `twinctl history` and
 * replay checks read through it, so each works on either store.
 *
 * Both give the same answers for the same input; both keep one sample per (point, time),
 * the first to come (readings without a device time are given distinct times upstream).
 * Implementations are thread-safe. Alerts and their acknowledgements, read and written,
 * are kept in the same history through AlertStore::open() of the same location.
 */
class HistoryQueries
{
public:
    /// One series the history holds for a twin.
    struct Series
    {
        QString name;
        QString dataType;
        QString unit;
    };

    virtual ~HistoryQueries() = default;

    /**
     * The reader for the history at \a location: a `postgresql://` URL (credentials from
     * the environment, PGPASSFILE or ~/.pgpass, never from the project) or a file path.
     * Nothing is opened before the first query.
     */
    static std::shared_ptr<HistoryQueries> open(const QString &location);
    /// Whether there is something to read at \a location: a file that exists, or a URL
    /// (whether its server answers shows on the first query).
    static bool isAvailable(const QString &location);
    /**
     * The history a project reads (and a live run records): \a override (a `--history`
     * option) when given, else the project's setting \a setting (HistoryLocationSetting;
     * a relative path is taken from the project's folder), else the file beside the
     * project (HistoryStore::companionPath()). Empty for a project never saved that has
     * neither.
     */
    static QString resolve(const QString &projectFile, const QString &setting, const QString &override = {});
    /// resolve() for \a project: its file, its setting and \a override, else the history
    /// given for this run (HistoryOverride).
    static QString locationOf(const Project &project, const QString &override = {});
    /// Whether \a location is a shared history on a server (a `postgresql://` URL).
    static bool isShared(const QString &location);
    /// \a location as messages show it: a file path as it is, a URL without its password.
    static QString shown(const QString &location);

    /// The file's path, or the URL without a password: for messages.
    virtual QString location() const = 0;

    /**
     * The newest \a limit values (numbers and texts) of (twin, name) in [fromMs, toMs),
     * oldest first; equal times keep their arrival order (numbers before texts).
     * *dataType receives the point's semantic type; *truncated whether older values in
     * the range were left out. A point the history does not know has no values (not an
     * error). The work is bounded by \a limit, not by the length of the range.
     */
    virtual bool latest(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int limit,
                        QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const = 0;
    /// Raw samples of (twin, name) in [fromMs, toMs), oldest first (equal times in arrival
    /// order), at most \a limit (0: all).
    virtual bool range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                       QList<HistorySample> *samples, int limit, QString *error) const = 0;
    /// [fromMs, toMs) cut into \a buckets equal buckets with min/max/avg/count; empty
    /// buckets are left out.
    virtual bool downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                            QList<HistoryBucket> *result, QString *error) const = 0;
    /// The newest value at or before \a atMs of every point the history holds (points
    /// without one then are left out), read in one snapshot: what every view shows of
    /// that moment.
    virtual bool snapshot(qint64 atMs, QList<HistoryPointValue> *values, QString *error) const = 0;
    /// The time of the first and the last value (both 0 when there is none).
    virtual bool span(qint64 *fromMs, qint64 *toMs, QString *error) const = 0;
    /// Number of stored samples, texts included (tests, diagnostics); -1 on failure.
    virtual qint64 sampleCount(QString *error = nullptr) const = 0;
    /// The series stored for \a twinId, by name.
    virtual bool series(const QString &twinId, QList<Series> *result, QString *error) const = 0;
    /// Closes the connections (no query may be running); the next query opens again.
    virtual void close() = 0;
};

} // namespace twin
