// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace twin {

class PostgresConnection;

/**
 * The layout of the shared history on PostgreSQL:
 *
 *   twin_history_meta (key, value)         layout version
 *   twin_points  (id, twin_id, name, data_type, unit), unique (twin_id, name)
 *   twin_samples (point_id, ts, value)     primary key (point_id, ts), partitioned by day
 *   twin_texts   (point_id, ts, text)      primary key (point_id, ts)
 *
 * Times are milliseconds since the epoch (UTC), as in the SQLite history. The key on
 * (point, time) is what makes a replayed or redelivered batch land once: two writers (or
 * one writer after a restart) storing the same sample store one row. Samples are kept in
 * one partition per UTC day, created as days arrive (between a year back and two days
 * ahead; other times go to a default partition), so retention drops whole days and a
 * query over a day reads one partition.
 */
class PostgresHistorySchema
{
public:
    static constexpr int LayoutVersion = 1;
    static constexpr qint64 DayMs = 86400000;
    static constexpr qint64 PartitionPastDays = 400;
    static constexpr qint64 PartitionFutureDays = 2;

    /// Creates what is missing; refuses a database of a newer layout.
    static bool prepare(PostgresConnection &db, QString *error);
    /// Makes sure the day partitions for the samples' days in \a days exist; \a known
    /// holds the days already made (or found) by this connection.
    static bool ensureDays(
        PostgresConnection &db, const QSet<qint64> &days, QSet<qint64> *known, QString *error);
    /// The UTC day of \a ts (floor division), or a value outside the partition window.
    static qint64 dayOf(qint64 ts) { return ts >= 0 ? ts / DayMs : -((-ts + DayMs - 1) / DayMs); }
};

} // namespace twin
