// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace twin {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bindText(int column, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int column, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindInt(int column, qint64 value)
{
    sqlite3_bind_int64(m_stmt, column, value);
}

void SqliteStatement::bindDouble(int column, double value)
{
    sqlite3_bind_double(m_stmt, column, value);
}

void SqliteStatement::bindNull(int column)
{
    sqlite3_bind_null(m_stmt, column);
}

SqliteStatement::Step SqliteStatement::step()
{
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

bool SqliteStatement::run(QString *error)
{
    const Step s = step();
    if (s == Step::Error && error)
        *error = lastError();
    sqlite3_reset(m_stmt);
    return s != Step::Error;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray SqliteStatement::columnBytes(int column) const
{
    // Text first, then its length: the order SQLite documents for a stable pointer.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray::fromRawData(data, size) : QByteArray();
}

QString SqliteStatement::columnText(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QString SqliteStatement::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no statement");
}

} // namespace twin
