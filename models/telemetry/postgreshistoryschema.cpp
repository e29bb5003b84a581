// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreshistoryschema.h"

#include "postgresconnection.h"

#include <QDateTime>

namespace twin {

bool PostgresHistorySchema::prepare(PostgresConnection &db, QString *error)
{
    // Two recorders starting together may both create: the advisory lock orders them.
    if (!db.exec("SELECT pg_advisory_lock(7346190251)", error))
        return false;
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
        return db.exec(
            "CREATE TABLE IF NOT EXISTS twin_points ("
            " id serial PRIMARY KEY, twin_id text NOT NULL, name text NOT NULL,"
            " data_type text NOT NULL DEFAULT '', unit text NOT NULL DEFAULT '',"
            " UNIQUE (twin_id, name));"
            "CREATE TABLE IF NOT EXISTS twin_samples ("
            " point_id integer NOT NULL, ts bigint NOT NULL, value double precision NOT NULL,"
            " PRIMARY KEY (point_id, ts)) PARTITION BY RANGE (ts);"
            "CREATE TABLE IF NOT EXISTS twin_samples_default PARTITION OF twin_samples DEFAULT;"
            "CREATE TABLE IF NOT EXISTS twin_texts ("
            " point_id integer NOT NULL, ts bigint NOT NULL, text text NOT NULL,"
            " PRIMARY KEY (point_id, ts));"
            "INSERT INTO twin_history_meta VALUES ('layout', '1') ON CONFLICT (key) DO NOTHING",
            error);
    }();
    QString unlockError;
    db.exec("SELECT pg_advisory_unlock(7346190251)", &unlockError);
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
