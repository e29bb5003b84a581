// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyschema.h"

#include "store/sqlitedatabase.h"

#include <limits>

namespace twin {

bool HistorySchema::create(SqliteDatabase &db, bool *oldLayout, QString *error)
{
    bool ok = false;
    QString why;
    const qint64 found = db.queryInt("PRAGMA user_version", &ok, &why);
    if (!ok) {
        if (error)
            *error = QStringLiteral("not a history file: %1").arg(why);
        return false;
    }
    if (found > LayoutVersion) {
        if (error) {
            *error = QStringLiteral("layout version %1 is newer than this version of TwinStudio reads (%2);"
                                    " move the file away to start a new history")
                         .arg(found)
                         .arg(LayoutVersion);
        }
        return false;
    }
    *oldLayout = found < LayoutVersion && db.hasTable("samples");
    // An old file gets its version with the conversion, in the same transaction.
    return db.exec("CREATE TABLE IF NOT EXISTS points(id INTEGER PRIMARY KEY, twin TEXT NOT NULL,"
                   " name TEXT NOT NULL, dataType TEXT, unit TEXT, UNIQUE(twin, name));"
                   "CREATE TABLE IF NOT EXISTS chunks(id INTEGER PRIMARY KEY, point INTEGER NOT NULL,"
                   " start INTEGER NOT NULL, last INTEGER NOT NULL, count INTEGER NOT NULL, data BLOB NOT NULL);"
                   "CREATE INDEX IF NOT EXISTS chunksByTime ON chunks(point, start);"
                   "CREATE TABLE IF NOT EXISTS journal(id INTEGER PRIMARY KEY, count INTEGER NOT NULL,"
                   " minTs INTEGER NOT NULL, maxTs INTEGER NOT NULL, data BLOB NOT NULL);"
                   "CREATE TABLE IF NOT EXISTS rollups(point INTEGER NOT NULL, bucket INTEGER NOT NULL,"
                   " min REAL, max REAL, sum REAL, count INTEGER, PRIMARY KEY(point, bucket)) WITHOUT ROWID;"
                   "CREATE TABLE IF NOT EXISTS texts(point INTEGER NOT NULL, ts INTEGER NOT NULL, value TEXT NOT NULL);"
                   "CREATE INDEX IF NOT EXISTS textsByTime ON texts(point, ts);"
                   "CREATE TABLE IF NOT EXISTS alerts(id INTEGER PRIMARY KEY, raised INTEGER NOT NULL,"
                   " twin TEXT NOT NULL, type TEXT, payload TEXT, function TEXT, severity TEXT NOT NULL,"
                   " rule TEXT, state TEXT NOT NULL, ackBy TEXT, ackAt INTEGER, comment TEXT, cleared INTEGER);"
                   "CREATE INDEX IF NOT EXISTS alertsByTime ON alerts(raised);"
                   "CREATE TABLE IF NOT EXISTS mqttSessions(client TEXT NOT NULL, seq INTEGER NOT NULL,"
                   " seen BLOB NOT NULL, PRIMARY KEY(client, seq)) WITHOUT ROWID;",
                   error)
        && (*oldLayout || db.exec(versionPragma(), error));
}

QByteArray HistorySchema::versionPragma()
{
    return "PRAGMA user_version = " + QByteArray::number(LayoutVersion);
}

qint64 HistorySchema::rollupBucket(qint64 ts)
{
    return ts >= 0 ? ts / RollupMs : (ts + 1) / RollupMs - 1;
}

qint64 HistorySchema::rollupStart(qint64 bucket)
{
    constexpr qint64 minTs = std::numeric_limits<qint64>::min();
    return bucket < minTs / RollupMs ? minTs : bucket * RollupMs;
}

} // namespace twin
