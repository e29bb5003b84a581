// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace twin {

class PostgresConnection;

/**
 * The layout of the shared history on PostgreSQL:
 *
 *   twin_history_meta (key, value)           layout version, storage
 *   twin_points  (id, twin_id, name, data_type, unit), unique (twin_id, name)
 *   twin_chunks  (point_id, start, last, ts[], value[],
 *                 r_bucket[], r_min[], r_max[], r_sum[], r_count[])
 *                primary key (point_id, start), index (point_id, last), by day of start
 *   twin_journal (id, writer, point_id[], samples, lo, hi)  batches not merged yet
 *   twin_texts   (point_id, ts, text)        primary key (point_id, ts)
 *   twin_writers                             sequence of writer ids
 *   twin_mqtt_sessions (client_id, seq, seen) primary key (client_id, seq): per MQTT
 *                client id of a recorder, its QoS 1 messages' packet ids and digests of
 *                the last SessionMarks::KeptBatches batches, written with each batch
 *
 * Times are milliseconds since the epoch (UTC), as in the SQLite history. Like the file,
 * samples are kept per point in chunks: the times and values of up to
 * PostgresHistoryStore::ChunkCapacity samples sorted by time, spanning less than
 * ChunkSpanMs, one row each, with the rollups of its samples per HistorySchema::RollupMs
 * bucket (what a chart's wide buckets read, as in the file). Writers append each batch as
 * one journal row and merge their journal into chunks now and then (PostgresHistoryStore);
 * readers read the chunks and the journal. Each (point, time) is stored once: the merges,
 * one at a time, drop what the chunks already hold, and no two chunks of a point start at
 * the same time.
 *
 * Chunks are kept in one partition per UTC day of their start, created as days arrive
 * (between a year back and two days ahead; other times go to a default partition), so
 * retention drops whole days and a query over a day reads one partition. Where the server
 * offers the TimescaleDB extension (pg_available_extensions), a new history's chunks table
 * is a hypertable on the chunk start with one TimescaleDB chunk per day instead: the same
 * columns, key and queries. A history keeps the storage it was made with
 * (twin_history_meta's 'storage').
 *
 * A journal row's samples are packed in one bytea, 16 bytes each (time as int8, value as
 * float8, big-endian, as int8send and float8send give them), point i of point_id[] being
 * sample i's; lo and hi are its lowest and highest time. The server stores them without
 * parsing them; readers unpack the samples they need in SQL (twin_sample_ts and
 * twin_sample_value, made with the tables).
 *
 * Layout 1 kept one row per sample (twin_samples); opening it converts its samples to
 * chunks of one hour at most. Layout 2 kept the journal's times and values as arrays and
 * no rollups; opening it packs the journal and adds the rollups. Layout 3 had no
 * twin_mqtt_sessions; opening it with a writer adds the table (readers read both).
 */
class PostgresHistorySchema
{
public:
    static constexpr int LayoutVersion = 4;
    static constexpr qint64 ChunkSpanMs = 3600000; ///< last - start of a chunk stays below
    static constexpr qint64 DayMs = 86400000;
    static constexpr qint64 PartitionPastDays = 400;
    static constexpr qint64 PartitionFutureDays = 2;

    /// How the samples are kept in time slices.
    enum class Storage { DayPartitions, Hypertable };

    /// Creates what is missing; refuses a database of a newer layout. A new history is a
    /// hypertable when \a preferred is Hypertable and TimescaleDB is available; *\a storage
    /// receives the storage of the history.
    static bool prepare(PostgresConnection &db, QString *error,
        Storage preferred = Storage::Hypertable, Storage *storage = nullptr);
    /// Whether the server offers TimescaleDB (installed, whether created here or not).
    static bool timescaleAvailable(PostgresConnection &db, bool *available, QString *error);
    /// Makes sure the day partitions for the samples' days in \a days exist; \a known
    /// holds the days already made (or found) by this connection.
    static bool ensureDays(
        PostgresConnection &db, const QSet<qint64> &days, QSet<qint64> *known, QString *error);
    /// The UTC day of \a ts (floor division), or a value outside the partition window.
    static qint64 dayOf(qint64 ts) { return ts >= 0 ? ts / DayMs : -((-ts + DayMs - 1) / DayMs); }
};

} // namespace twin
