// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace twin {

/**
 * An owned prepared statement. Text is bound and read as UTF-8 without extra copies
 * where SQLite allows it: columnBytes() views memory that stays valid until the next
 * step(), reset() or destruction.
 */
class SqliteStatement
{
public:
    enum class Step { Row, Done, Error };

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql, QString *error);
    bool isValid() const { return m_stmt != nullptr; }

    void bindText(int column, const QByteArray &utf8);   ///< copied by SQLite
    void bindText(int column, const QString &text) { bindText(column, text.toUtf8()); }
    void bindBlob(int column, const QByteArray &bytes);   ///< copied by SQLite
    void bindInt(int column, qint64 value);
    void bindDouble(int column, double value);
    void bindNull(int column);

    Step step();
    /// Steps once and resets: for INSERT/UPDATE statements. Reports SQLite's message.
    bool run(QString *error);
    void reset();

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    /// A view of a text or blob column (not a copy); valid until the next step/reset.
    QByteArray columnBytes(int column) const;
    QString columnText(int column) const;

    QString lastError() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace twin
