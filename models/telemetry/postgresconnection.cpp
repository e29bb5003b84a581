// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresconnection.h"

#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

namespace twin {

int PostgresConnection::Result::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool PostgresConnection::Result::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column);
}

QByteArray PostgresConnection::Result::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(
        PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PostgresConnection::Result::toInt(int row, int column) const
{
    return isNull(row, column) ? 0
                               : std::strtoll(PQgetvalue(m_result.get(), row, column), nullptr, 10);
}

double PostgresConnection::Result::toDouble(int row, int column) const
{
    return isNull(row, column) ? 0.0
                               : std::strtod(PQgetvalue(m_result.get(), row, column), nullptr);
}

qint64 PostgresConnection::Result::affected() const
{
    return m_result ? std::strtoll(PQcmdTuples(m_result.get()), nullptr, 10) : 0;
}

void PostgresConnection::Result::Clear::operator()(pg_result *result) const
{
    PQclear(result);
}

PostgresConnection::~PostgresConnection()
{
    close();
}

PostgresConnection::PostgresConnection(PostgresConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr))
    , m_url(std::move(other.m_url))
    , m_shownUrl(std::move(other.m_shownUrl))
{ }

PostgresConnection &PostgresConnection::operator=(PostgresConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_conn = std::exchange(other.m_conn, nullptr);
        m_url = std::move(other.m_url);
        m_shownUrl = std::move(other.m_shownUrl);
    }
    return *this;
}

bool PostgresConnection::isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

QString PostgresConnection::shownUrl(const QString &url)
{
    QUrl parsed(url);
    if (parsed.isValid() && !parsed.password().isEmpty()) {
        parsed.setPassword(QString());
        return parsed.toString();
    }
    // Parameters in the query part: password=... is left out too.
    QString shown = url;
    shown.replace(QRegularExpression(QStringLiteral("([?&])password=[^&]*")),
        QStringLiteral("\\1password=***"));
    return shown;
}

bool PostgresConnection::open(const QString &url, QString *error)
{
    close();
    m_url = url;
    m_shownUrl = shownUrl(url);
    const QByteArray utf8 = url.toUtf8();
    // A server that does not answer (a firewall dropping packets, a port that never
    // accepts) is given up after ConnectTimeoutSeconds; the URL's own connect_timeout,
    // expanded after it, wins.
    const QByteArray timeout = QByteArray::number(ConnectTimeoutSeconds);
    const char *const keywords[] = { "connect_timeout", "dbname", nullptr };
    const char *const values[] = { timeout.constData(), utf8.constData(), nullptr };
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).simplified()
                                   : QStringLiteral("out of memory");
        close();
        if (error)
            *error = QStringLiteral("history %1: cannot connect: %2").arg(m_shownUrl, why);
        return false;
    }
    // Quiet NOTICEs ("relation already exists, skipping") stay out of stderr.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    return true;
}

void PostgresConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PostgresConnection::ensureOpen(QString *error, bool *reconnected)
{
    if (reconnected)
        *reconnected = false;
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return true;
    if (m_url.isEmpty())
        return failed(QStringLiteral("not connected"), error);
    if (reconnected)
        *reconnected = true;
    return open(m_url, error);
}

bool PostgresConnection::failed(const QString &what, QString *error) const
{
    if (error) {
        const QString why = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                                   : QStringLiteral("not connected");
        *error = QStringLiteral("history %1: %2: %3").arg(m_shownUrl, what, why);
    }
    return false;
}

void PostgresConnection::noteFailure(const pg_result *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    m_lastErrorState = state ? QByteArray(state) : QByteArray();
}

namespace {

bool succeeded(const pg_result *result)
{
    const ExecStatusType status = PQresultStatus(result);
    return result && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK);
}

} // namespace

bool PostgresConnection::exec(const char *sql, QString *error)
{
    if (!m_conn)
        return failed(QStringLiteral("query"), error);
    pg_result *raw = PQexec(m_conn, sql);
    const Result result(raw);
    if (succeeded(raw))
        return true;
    noteFailure(raw);
    return failed(QStringLiteral("query"), error);
}

bool PostgresConnection::query(
    const char *sql, const QByteArrayList &params, Result *result, QString *error)
{
    if (!m_conn)
        return failed(QStringLiteral("query"), error);
    std::vector<const char *> values;
    values.reserve(std::size_t(params.size()));
    for (const QByteArray &p : params)
        values.push_back(p.constData()); // never NULL: a null QByteArray is the empty text
    pg_result *raw = PQexecParams(
        m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const bool ok = succeeded(raw);
    if (!ok)
        noteFailure(raw);
    *result = Result(raw);
    return ok || failed(QStringLiteral("query"), error);
}

bool PostgresConnection::copyIn(
    const char *copySql, const QByteArray &data, qint64 *rows, QString *error)
{
    m_lastErrorState.clear();
    if (!m_conn)
        return failed(QStringLiteral("copy"), error);
    {
        pg_result *raw = PQexec(m_conn, copySql);
        const Result start(raw);
        if (PQresultStatus(raw) != PGRES_COPY_IN) {
            noteFailure(raw);
            return failed(QStringLiteral("copy"), error);
        }
    }
    // In slices: libpq buffers what it cannot send at once.
    constexpr qsizetype Slice = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += Slice) {
        const int n = int(std::min(Slice, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, n) != 1) {
            PQputCopyEnd(m_conn, "send failed");
            return failed(QStringLiteral("copy"), error);
        }
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failed(QStringLiteral("copy"), error);
    bool ok = true;
    qint64 copied = 0;
    while (pg_result *raw = PQgetResult(m_conn)) {
        const Result end(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK) {
            if (ok)
                noteFailure(raw);
            ok = false;
        } else
            copied += end.affected();
    }
    if (rows)
        *rows = copied;
    return ok || failed(QStringLiteral("copy"), error);
}

} // namespace twin
