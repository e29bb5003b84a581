// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreshistoryschema.h"

#include "postgresconnection.h"

#include <QDateTime>

namespace twin {

bool PostgresHistorySchema::timescaleAvailable(
    PostgresConnection &db, bool *available, QString *error)
{
    PostgresConnection::Result rows;
    if (!db.query(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'", {}, &rows, error))
        return false;
    *available = rows.rows() > 0;
    return true;
}

namespace {

constexpr auto CommonTables
    = "CREATE TABLE IF NOT EXISTS twin_points ("
      " id serial PRIMARY KEY, twin_id text NOT NULL, name text NOT NULL,"
      " data_type text NOT NULL DEFAULT '', unit text NOT NULL DEFAULT '',"
      " UNIQUE (twin_id, name));"
      "CREATE TABLE IF NOT EXISTS twin_texts ("
      " point_id integer NOT NULL, ts bigint NOT NULL, text text NOT NULL,"
      " PRIMARY KEY (point_id, ts));"
      // Journal rows live until the next merge: no index, and rows that stay in their
      // page uncompressed (toast_tuple_target, see PostgresHistoryStore::JournalRowSamples).
      // The samples are packed, 16 bytes each: the server stores them without parsing.
      "CREATE TABLE IF NOT EXISTS twin_journal ("
      " id bigserial NOT NULL, writer integer NOT NULL, point_id integer[] NOT NULL,"
      " samples bytea NOT NULL, lo bigint NOT NULL, hi bigint NOT NULL)"
      " WITH (toast_tuple_target = 8160);"
      "CREATE SEQUENCE IF NOT EXISTS twin_writers;"
      // Layout 4: the marks of kept MQTT sessions, a row per batch (SessionMarks).
      "CREATE TABLE IF NOT EXISTS twin_mqtt_sessions ("
      " client_id text NOT NULL, seq bigint NOT NULL, seen bytea NOT NULL,"
      " PRIMARY KEY (client_id, seq))";

/// The functions of the layout, made with it (replacing one needs its owner: a recorder
/// of another database user opening the history does not).
constexpr auto Functions
    = // Sample i (from 1) of a journal row: its time and value, big-endian.
      "CREATE OR REPLACE FUNCTION twin_sample_ts(b bytea, i bigint) RETURNS bigint"
      " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS"
      " $$SELECT ('x' || encode(substring(b FROM (i::integer - 1) * 16 + 1 FOR 8), 'hex'))"
      "::bit(64)::bigint$$;"
      // A double from its IEEE 754 bits: every product below is exact.
      "CREATE OR REPLACE FUNCTION twin_double(bits bigint) RETURNS double precision"
      " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS"
      " $$SELECT CASE WHEN e = 2047 THEN CASE WHEN m <> 0 THEN 'NaN'::float8"
      "  WHEN bits < 0 THEN '-Infinity'::float8 ELSE 'Infinity'::float8 END"
      "  WHEN e = 0 THEN sign * m::float8 * power(2::float8, -1074)"
      "  ELSE sign * (1 + m::float8 / 4503599627370496) * power(2::float8, e - 1023) END"
      "  FROM (SELECT (bits >> 52) & 2047 AS e, bits & 4503599627370495 AS m,"
      "  CASE WHEN bits < 0 THEN -1::float8 ELSE 1::float8 END AS sign) x$$;"
      "CREATE OR REPLACE FUNCTION twin_sample_value(b bytea, i bigint) RETURNS double precision"
      " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS"
      " $$SELECT twin_double(('x' || encode(substring(b FROM (i::integer - 1) * 16 + 9 FOR 8),"
      " 'hex'))::bit(64)::bigint)$$;"
      // The rollups of a chunk's samples, as PostgresHistoryStore writes them: per 10 s
      // (HistorySchema::RollupMs, rounding down) min, max, sum and count.
      "CREATE OR REPLACE FUNCTION twin_rollups(ts bigint[], v double precision[],"
      " OUT b bigint[], OUT mn double precision[], OUT mx double precision[],"
      " OUT sm double precision[], OUT n integer[]) LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS"
      " $$SELECT array_agg(g.b ORDER BY g.b), array_agg(g.mn ORDER BY g.b), array_agg(g.mx ORDER BY g.b),"
      "  array_agg(g.sm ORDER BY g.b), array_agg(g.n ORDER BY g.b) FROM (SELECT"
      "  CASE WHEN u.t >= 0 THEN u.t / 10000 ELSE (u.t + 1) / 10000 - 1 END AS b, min(u.x) AS mn,"
      "  max(u.x) AS mx, sum(u.x) AS sm, count(*)::integer AS n FROM unnest(ts, v) u(t, x)"
      "  GROUP BY 1) g$$";

/// Layout 2's chunks given their rollups.
constexpr auto AddRollups
    = "ALTER TABLE twin_chunks ADD COLUMN r_bucket bigint[] NOT NULL DEFAULT '{}',"
      " ADD COLUMN r_min double precision[] NOT NULL DEFAULT '{}',"
      " ADD COLUMN r_max double precision[] NOT NULL DEFAULT '{}',"
      " ADD COLUMN r_sum double precision[] NOT NULL DEFAULT '{}',"
      " ADD COLUMN r_count integer[] NOT NULL DEFAULT '{}';"
      "UPDATE twin_chunks c SET (r_bucket, r_min, r_max, r_sum, r_count)"
      " = (SELECT * FROM twin_rollups(c.ts, c.value));"
      "ALTER TABLE twin_chunks ALTER COLUMN r_bucket DROP DEFAULT, ALTER COLUMN r_min DROP DEFAULT,"
      " ALTER COLUMN r_max DROP DEFAULT, ALTER COLUMN r_sum DROP DEFAULT,"
      " ALTER COLUMN r_count DROP DEFAULT";

/// Layout 2's journal rows (times and values as arrays) packed as layout 3 keeps them.
constexpr auto PackJournal
    = "ALTER TABLE twin_journal ADD COLUMN samples bytea, ADD COLUMN lo bigint,"
      " ADD COLUMN hi bigint;"
      "UPDATE twin_journal SET samples = (SELECT string_agg(int8send(t) || float8send(v), ''::bytea"
      "  ORDER BY o) FROM unnest(ts, value) WITH ORDINALITY u(t, v, o)),"
      " lo = (SELECT min(t) FROM unnest(ts) t), hi = (SELECT max(t) FROM unnest(ts) t);"
      "ALTER TABLE twin_journal DROP COLUMN ts, DROP COLUMN value,"
      " ALTER COLUMN samples SET NOT NULL, ALTER COLUMN lo SET NOT NULL,"
      " ALTER COLUMN hi SET NOT NULL";

constexpr auto Chunks
    = "CREATE TABLE IF NOT EXISTS twin_chunks ("
      " point_id integer NOT NULL, start bigint NOT NULL, last bigint NOT NULL,"
      " ts bigint[] NOT NULL, value double precision[] NOT NULL,"
      " r_bucket bigint[] NOT NULL, r_min double precision[] NOT NULL,"
      " r_max double precision[] NOT NULL, r_sum double precision[] NOT NULL,"
      " r_count integer[] NOT NULL, PRIMARY KEY (point_id, start))";

/// Chunk rows stay in their page uncompressed (PostgresHistoryStore::ChunkCapacity).
constexpr auto InPage = " WITH (toast_tuple_target = 8160)";

constexpr auto ChunksByLast = "CREATE INDEX IF NOT EXISTS twin_chunks_last ON twin_chunks (point_id, last)";

/// The chunks table: a hypertable of day chunks when \a wanted is Hypertable and
/// TimescaleDB can be had, else partitioned by day. *\a storage receives which.
bool createChunks(PostgresConnection &db, PostgresHistorySchema::Storage wanted,
    PostgresHistorySchema::Storage *storage, QString *error)
{
    using Storage = PostgresHistorySchema::Storage;
    bool available = false;
    if (wanted == Storage::Hypertable
        && !PostgresHistorySchema::timescaleAvailable(db, &available, error))
        return false;
    // Installed but not loaded (shared_preload_libraries) or not ours to create: the
    // partitions serve as well.
    // In a savepoint: the failure must not end the transaction of the layout.
    QString notUsable;
    if (available && !db.exec("SAVEPOINT timescale", error))
        return false;
    const bool loaded = available && db.exec("CREATE EXTENSION IF NOT EXISTS timescaledb", &notUsable);
    if (available && !loaded && !db.exec("ROLLBACK TO SAVEPOINT timescale", error))
        return false;
    if (loaded) {
        *storage = Storage::Hypertable;
        const QByteArray chunks = QByteArray(Chunks) + InPage;
        return db.exec(chunks.constData(), error)
            && db.exec("SELECT create_hypertable('twin_chunks', 'start',"
                       " chunk_time_interval => 86400000::bigint, if_not_exists => true)",
                error)
            && db.exec(ChunksByLast, error);
    }
    *storage = Storage::DayPartitions;
    QByteArray partitioned(Chunks);
    partitioned += " PARTITION BY RANGE (start);"
                   "CREATE TABLE IF NOT EXISTS twin_chunks_default PARTITION OF twin_chunks DEFAULT";
    partitioned += InPage;
    partitioned += ';';
    partitioned += ChunksByLast;
    return db.exec(partitioned.constData(), error);
}

const char *storageName(PostgresHistorySchema::Storage storage)
{
    return storage == PostgresHistorySchema::Storage::Hypertable ? "hypertable" : "partitions";
}

/// Layout 1's samples (one row each) as chunks of one clock hour at most, in the storage
/// they had.
bool convertLayout1(PostgresConnection &db, PostgresHistorySchema::Storage storage, QString *error)
{
    PostgresHistorySchema::Storage made = storage;
    return createChunks(db, storage, &made, error)
        && db.exec("INSERT INTO twin_chunks SELECT g.*, r.* FROM (SELECT point_id, min(ts), max(ts),"
                   " array_agg(ts ORDER BY ts) AS ts, array_agg(value ORDER BY ts) AS value"
                   " FROM twin_samples GROUP BY point_id, ts - ((ts % 3600000) + 3600000) % 3600000) g,"
                   " twin_rollups(g.ts, g.value) r;"
                   "DROP TABLE twin_samples CASCADE",
            error);
}

} // namespace

bool PostgresHistorySchema::prepare(
    PostgresConnection &db, QString *error, Storage preferred, Storage *storage)
{
    // Two recorders starting together may both create: the advisory lock orders them.
    if (!db.exec("SELECT pg_advisory_lock(7346190251)", error))
        return false;
    Storage made = Storage::DayPartitions;
    const bool ok = [&] {
        if (!db.exec("BEGIN;"
                     "CREATE TABLE IF NOT EXISTS twin_history_meta (key text PRIMARY KEY, value "
                     "text NOT NULL)",
                error))
            return false;
        PostgresConnection::Result layout;
        if (!db.query("SELECT value FROM twin_history_meta WHERE key = 'layout'", {}, &layout, error))
            return false;
        const qint64 found = layout.rows() > 0 ? layout.toInt(0, 0) : 0;
        if (found > LayoutVersion) {
            if (error)
                *error = QStringLiteral(
                    "history %1: written by a newer TwinStudio (layout %2; this one reads %3)")
                             .arg(db.url())
                             .arg(found)
                             .arg(LayoutVersion);
            return false;
        }
        PostgresConnection::Result kept, samples;
        if ((found == 2 && !db.exec(PackJournal, error)) || !db.exec(CommonTables, error)
            || (found < 3 && !db.exec(Functions, error)) // layout 4 changed none
            || !db.query(
                "SELECT value FROM twin_history_meta WHERE key = 'storage'", {}, &kept, error)
            || !db.query("SELECT to_regclass('twin_samples') IS NOT NULL", {}, &samples, error))
            return false;
        // A history made before the storage was recorded has day partitions.
        const bool known = kept.rows() > 0;
        made = known && kept.bytes(0, 0) == "hypertable" ? Storage::Hypertable : Storage::DayPartitions;
        if (samples.bytes(0, 0) == "t") {
            if (!convertLayout1(db, made, error))
                return false;
        } else if (found == 2) {
            if (!db.exec(AddRollups, error))
                return false;
        } else if (found < 2 && !createChunks(db, preferred, &made, error)) {
            return false;
        }
        const QByteArray meta = QByteArray("INSERT INTO twin_history_meta VALUES ('layout', '")
            + QByteArray::number(LayoutVersion)
            + "') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;"
              "INSERT INTO twin_history_meta VALUES ('storage', '"
            + storageName(made) + "') ON CONFLICT (key) DO NOTHING;COMMIT";
        return db.exec(meta.constData(), error);
    }();
    QString unlockError;
    if (!ok)
        db.exec("ROLLBACK", &unlockError);
    db.exec("SELECT pg_advisory_unlock(7346190251)", &unlockError);
    if (storage)
        *storage = made;
    return ok;
}

bool PostgresHistorySchema::ensureDays(
    PostgresConnection &db, const QSet<qint64> &days, QSet<qint64> *known, QString *error)
{
    const qint64 today = dayOf(QDateTime::currentMSecsSinceEpoch());
    for (const qint64 day : days) {
        if (known->contains(day))
            continue;
        if (day < today - PartitionPastDays || day > today + PartitionFutureDays) {
            known->insert(day); // the default partition takes it
            continue;
        }
        const QByteArray sql
            = QStringLiteral("CREATE TABLE IF NOT EXISTS twin_chunks_d%1 PARTITION OF twin_chunks"
                             " FOR VALUES FROM (%2) TO (%3) WITH (toast_tuple_target = 8160)")
                  .arg(day)
                  .arg(day * DayMs)
                  .arg((day + 1) * DayMs)
                  .toUtf8();
        QString why;
        if (!db.exec("SELECT pg_advisory_lock(7346190252)", error))
            return false;
        // Fails when the default partition already holds samples of that day (they came
        // while the day was outside the window): the default keeps taking them.
        db.exec(sql.constData(), &why);
        if (!db.exec("SELECT pg_advisory_unlock(7346190252)", error))
            return false;
        known->insert(day);
    }
    return true;
}

} // namespace twin
