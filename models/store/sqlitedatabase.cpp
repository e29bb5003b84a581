// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include "core/failure.h"

#include <sqlite3.h>

#include <utility>

namespace twin {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

bool SqliteDatabase::open(const QString &fileName, Mode mode, QString *error)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(fileName.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db))
                                   : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return fail(error, message);
    }
    sqlite3_extended_result_codes(db, 1);
    m_db = db;
    return true;
}

void SqliteDatabase::close()
{
    if (m_db) {
        // Every statement is owned by an RAII object that ended before this point.
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

bool SqliteDatabase::exec(const char *sql, QString *error)
{
    if (!m_db)
        return fail(error, QStringLiteral("the database is not open"));
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return fail(error, text);
    }
    return true;
}

qint64 SqliteDatabase::queryInt(const char *sql, bool *ok, QString *error)
{
    *ok = false;
    if (!m_db) {
        fail(error, QStringLiteral("the database is not open"));
        return 0;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        fail(error, lastError());
        return 0;
    }
    qint64 value = 0;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
        *ok = true;
    } else if (rc == SQLITE_DONE) {
        *ok = true;
    } else {
        fail(error, lastError());
    }
    sqlite3_finalize(stmt);
    return value;
}

bool SqliteDatabase::hasTable(const char *table)
{
    if (!m_db)
        return false;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                           -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
    const bool found = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return found;
}

QString SqliteDatabase::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("the database is not open");
}

bool SqliteDatabase::copyTo(SqliteDatabase &target, QString *error)
{
    if (!m_db || !target.m_db)
        return fail(error, QStringLiteral("the database is not open"));
    sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup)
        return fail(error, target.lastError());
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(error, QString::fromUtf8(sqlite3_errstr(rc)));
    return true;
}

} // namespace twin
