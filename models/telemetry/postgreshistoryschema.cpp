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
      "INSERT INTO twin_history_meta VALUES ('layout', '1') ON CONFLICT (key) DO NOTHING";

constexpr auto Samples = "CREATE TABLE IF NOT EXISTS twin_samples ("
                         " point_id integer NOT NULL, ts bigint NOT NULL,"
                         " value double precision NOT NULL, PRIMARY KEY (point_id, ts))";

/// A new samples table: a hypertable of day chunks when TimescaleDB can be had, else
/// partitioned by day. *\a storage receives which.
bool createSamples(PostgresConnection &db, PostgresHistorySchema::Storage preferred,
    PostgresHistorySchema::Storage *storage, QString *error)
{
    using Storage = PostgresHistorySchema::Storage;
    bool available = false;
    if (preferred == Storage::Hypertable
        && !PostgresHistorySchema::timescaleAvailable(db, &available, error))
        return false;
    // Installed but not loaded (shared_preload_libraries) or not ours to create: the
    // partitions serve as well.
    QString notUsable;
    if (available && db.exec("CREATE EXTENSION IF NOT EXISTS timescaledb", &notUsable)) {
        *storage = Storage::Hypertable;
        return db.exec(Samples, error)
            && db.exec("SELECT create_hypertable('twin_samples', 'ts',"
                       " chunk_time_interval => 86400000::bigint, if_not_exists => true)",
                error)
            && db.exec("INSERT INTO twin_history_meta VALUES ('storage', 'hypertable')", error);
    }
    *storage = Storage::DayPartitions;
    QByteArray partitioned(Samples);
    partitioned
        += " PARTITION BY RANGE (ts);"
           "CREATE TABLE IF NOT EXISTS twin_samples_default PARTITION OF twin_samples DEFAULT;"
           "INSERT INTO twin_history_meta VALUES ('storage', 'partitions')";
    return db.exec(partitioned.constData(), error);
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
        if (!db.exec("CREATE TABLE IF NOT EXISTS twin_history_meta (key text PRIMARY KEY, value "
                     "text NOT NULL)",
                error))
            return false;
        PostgresConnection::Result rows;
        if (!db.query("SELECT value FROM twin_history_meta WHERE key = 'layout'", {}, &rows, error))
            return false;
        if (rows.rows() > 0 && rows.toInt(0, 0) > LayoutVersion) {
            if (error)
                *error = QStringLiteral(
                    "history %1: written by a newer TwinStudio (layout %2; this one reads %3)")
                             .arg(db.url())
                             .arg(rows.toInt(0, 0))
                             .arg(LayoutVersion);
            return false;
        }
        PostgresConnection::Result kept;
        if (!db.exec(CommonTables, error)
            || !db.query(
                "SELECT value FROM twin_history_meta WHERE key = 'storage'", {}, &kept, error))
            return false;
        if (kept.rows() > 0) {
            made = kept.bytes(0, 0) == "hypertable" ? Storage::Hypertable : Storage::DayPartitions;
            return true;
        }
        // A history made before the storage was recorded has day partitions.
        PostgresConnection::Result existing;
        if (!db.query("SELECT to_regclass('twin_samples') IS NOT NULL", {}, &existing, error))
            return false;
        if (existing.bytes(0, 0) == "t")
            return db.exec("INSERT INTO twin_history_meta VALUES ('storage', 'partitions')", error);
        return createSamples(db, preferred, &made, error);
    }();
    QString unlockError;
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
            = QStringLiteral("CREATE TABLE IF NOT EXISTS twin_samples_d%1 PARTITION OF twin_samples"
                             " FOR VALUES FROM (%2) TO (%3)")
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
