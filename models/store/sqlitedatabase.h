// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace twin {

/**
 * An owned SQLite connection (the C API, which is several times faster than QtSql for
 * the bulk reads and writes of a project file). Closes the connection on destruction.
 * Movable, not copyable.
 */
class SqliteDatabase
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// Opens \a fileName (":memory:" for a private in-memory database).
    bool open(const QString &fileName, Mode mode, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    /// Runs one or more statements that return no rows of interest.
    bool exec(const char *sql, QString *error);
    bool exec(const QByteArray &sql, QString *error) { return exec(sql.constData(), error); }
    /// The first column of the first row of \a sql as an integer; \a ok tells success.
    qint64 queryInt(const char *sql, bool *ok, QString *error = nullptr);
    /// Whether a table named \a table exists.
    bool hasTable(const char *table);

    /// The message of the last failed call on this connection.
    QString lastError() const;
    /// Copies the whole of this database into \a target (the online backup API).
    bool copyTo(SqliteDatabase &target, QString *error);

private:
    sqlite3 *m_db = nullptr;
};

} // namespace twin
