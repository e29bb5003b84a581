// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace twin {

/**
 * An owned connection to a PostgreSQL server through libpq, for the shared history.
 *
 * The URL is libpq's own (`postgresql://user@host:port/database?...`); a password is
 * never taken from the project: libpq reads it from the environment (`PGPASSWORD`) or
 * from `~/.pgpass`. Error messages name the server by shownUrl(), never with a password.
 * Connecting gives up after ConnectTimeoutSeconds when the server does not answer.
 *
 * One connection belongs to one thread at a time. Movable, not copyable.
 */
class PostgresConnection
{
public:
    /// A query's result, cleared on destruction.
    class Result
    {
    public:
        Result() = default;
        explicit Result(pg_result *result)
            : m_result(result)
        { }
        int rows() const;
        bool isNull(int row, int column) const;
        QByteArray bytes(int row, int column) const;
        QString text(int row, int column) const { return QString::fromUtf8(bytes(row, column)); }
        qint64 toInt(int row, int column) const;
        double toDouble(int row, int column) const;
        /// Rows a command changed (INSERT, UPDATE, DELETE, COPY).
        qint64 affected() const;

    private:
        struct Clear
        {
            void operator()(pg_result *result) const;
        };
        std::unique_ptr<pg_result, Clear> m_result;
    };

    /// How long open() waits for a server that does not answer, unless the URL says
    /// (`?connect_timeout=S`).
    static constexpr int ConnectTimeoutSeconds = 5;

    PostgresConnection() = default;
    ~PostgresConnection();
    PostgresConnection(PostgresConnection &&other) noexcept;
    PostgresConnection &operator=(PostgresConnection &&other) noexcept;
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    /// Whether \a location is a PostgreSQL URL rather than a file path.
    static bool isUrl(const QString &location);
    /// \a url without a password, for messages and logs.
    static QString shownUrl(const QString &url);

    bool open(const QString &url, QString *error);
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    /// Whether the connection is usable, reconnecting once when it was lost (a new
    /// server session: *\a reconnected tells, temporary tables are gone).
    bool ensureOpen(QString *error, bool *reconnected = nullptr);
    QString url() const { return m_shownUrl; }

    /// Runs \a sql (one or more statements without parameters).
    bool exec(const char *sql, QString *error);
    /// Runs one statement with text parameters ($1, $2, ...; none is NULL); *result receives
    /// its rows.
    bool query(const char *sql, const QByteArrayList &params, Result *result, QString *error);
    /// `COPY ... FROM STDIN` with \a data in the format \a copySql names (text by default,
    /// or binary); *rows receives the count.
    bool copyIn(const char *copySql, const QByteArray &data, qint64 *rows, QString *error);
    /// The SQLSTATE of the last command that failed (such as "23505", a unique key
    /// violated); empty when the connection itself failed.
    QByteArray lastErrorState() const { return m_lastErrorState; }

private:
    bool failed(const QString &what, QString *error) const;
    /// Remembers the SQLSTATE of \a result, a failed one.
    void noteFailure(const pg_result *result);

    pg_conn *m_conn = nullptr;
    QString m_url;
    QString m_shownUrl;
    QByteArray m_lastErrorState;
};

} // namespace twin
