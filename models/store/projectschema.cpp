// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectschema.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <iterator>

namespace twin {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Version 1, as it was first written. Never edit: later changes are migration steps.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE models (seq INTEGER PRIMARY KEY, dtmi TEXT NOT NULL UNIQUE, json TEXT NOT NULL);
CREATE TABLE twins (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    model TEXT NOT NULL,
    properties TEXT,
    geometry TEXT
);
CREATE TABLE relationships (
    seq INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    target TEXT NOT NULL,
    properties TEXT,
    UNIQUE (source, id)
);
CREATE TABLE functions (seq INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE view_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('format', 'twinstudio-project'), ('application', 'TwinStudio');
PRAGMA application_id = 1415006542;
PRAGMA user_version = 1;
)sql";

struct Migration
{
    int from; ///< the step turns version `from` into `from + 1`
    const char *sql;
};

// Ordered: step i migrates version i + 1 to i + 2. Each ends by setting user_version.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE bindings (seq INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE connections (seq INTEGER PRIMARY KEY, json TEXT NOT NULL);
PRAGMA user_version = 2;
)sql"},
    {2, R"sql(
CREATE TABLE images (seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, data BLOB NOT NULL);
PRAGMA user_version = 3;
)sql"},
    // Connection profiles get their format version (ConnectionProfile), and lose any secret
    // an older file kept beside them; a password inside a URL is dropped when the profile
    // is read.
    {3, R"sql(
UPDATE connections SET json = json_set(json_remove(json, '$.password', '$.keyPassword'), '$.version', 1)
    WHERE json_valid(json) AND json_type(json) = 'object';
PRAGMA user_version = 4;
)sql"},
};

static_assert(ProjectSchema::ApplicationId == 1415006542, "the literal in kVersion1 must match");
static_assert(std::size(kMigrations) == ProjectSchema::CurrentVersion - 1,
              "one migration step per version after the first");

int userVersion(SqliteDatabase &db, bool *ok)
{
    return int(db.queryInt("PRAGMA user_version", ok));
}

bool setMetaVersion(SqliteDatabase &db, int version, QString *error)
{
    SqliteStatement st;
    if (!st.prepare(db.handle(), "INSERT OR REPLACE INTO meta (key, value) VALUES ('schemaVersion', ?1)", error))
        return false;
    st.bindText(1, QByteArray::number(version));
    return st.run(error);
}

} // namespace

bool ProjectSchema::create(SqliteDatabase &db, int version, QString *error)
{
    if (version < 1 || version > CurrentVersion)
        return fail(error, QStringLiteral("schema version %1 does not exist").arg(version));
    if (!db.exec(kVersion1, error) || !setMetaVersion(db, 1, error))
        return false;
    return migrate(db, version, error);
}

bool ProjectSchema::migrate(SqliteDatabase &db, int target, QString *error)
{
    bool ok = false;
    int version = userVersion(db, &ok);
    if (!ok)
        return fail(error, db.lastError());
    if (target > CurrentVersion || version > target)
        return fail(error, QStringLiteral("cannot migrate schema version %1 to %2").arg(version).arg(target));
    for (const Migration &m : kMigrations) {
        if (m.from < version)
            continue;
        if (m.from >= target)
            break;
        QString why;
        if (!db.exec(m.sql, &why) || !setMetaVersion(db, m.from + 1, &why))
            return fail(error, QStringLiteral("migrating schema version %1 to %2 failed: %3")
                                   .arg(m.from).arg(m.from + 1).arg(why));
        version = m.from + 1;
    }
    return true;
}

bool ProjectSchema::identify(SqliteDatabase &db, int *version, QString *error)
{
    bool ok = false;
    const qint64 appId = db.queryInt("PRAGMA application_id", &ok, error);
    if (!ok)
        return false;
    QString format;
    if (db.hasTable("meta")) {
        SqliteStatement st;
        if (st.prepare(db.handle(), "SELECT value FROM meta WHERE key = 'format'", nullptr)
            && st.step() == SqliteStatement::Step::Row)
            format = st.columnText(0);
    }
    if (appId != ApplicationId && format != formatName()) {
        return fail(error, appId != 0
                               ? QStringLiteral("not a TwinStudio project (an SQLite database of another application)")
                               : QStringLiteral("not a TwinStudio project (an SQLite database without the project tables)"));
    }
    const int v = userVersion(db, &ok);
    if (!ok)
        return fail(error, db.lastError());
    if (v < 1)
        return fail(error, QStringLiteral("damaged project: its schema version is %1").arg(v));
    *version = v;
    return true;
}

} // namespace twin
