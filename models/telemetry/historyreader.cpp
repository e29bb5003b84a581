// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreader.h"

#include "historystore.h"

#include <QMutexLocker>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace twin {

namespace {

struct Finalizer
{
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};
using Query = std::unique_ptr<sqlite3_stmt, Finalizer>;

Query prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    return Query(stmt);
}

bool queryFailed(sqlite3 *db, const QString &path, QString *error)
{
    if (error)
        *error = QStringLiteral("history %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    return false;
}

void bindUtf8(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

/// Where the newest \a limit numeric samples of chunks in [fromMs, toMs) begin at the
/// earliest: walking chunks from the newest, the start of the one that brings the count of
/// samples certainly in the range past \a limit. Reading from there, not from fromMs, is
/// what bounds the work by the limit instead of by the range.
bool newestStart(sqlite3 *db, qint64 id, qint64 fromMs, qint64 toMs, int limit, qint64 *start)
{
    *start = fromMs;
    const Query rows = prepare(db, "SELECT start, last, count FROM chunks WHERE point = ?1 AND start < ?2"
                                   " ORDER BY start DESC");
    if (!rows)
        return false;
    sqlite3_bind_int64(rows.get(), 1, id);
    sqlite3_bind_int64(rows.get(), 2, toMs);
    const qint64 floor = fromMs > std::numeric_limits<qint64>::min() + HistoryStore::ChunkSpanMs
        ? fromMs - HistoryStore::ChunkSpanMs
        : std::numeric_limits<qint64>::min();
    qint64 counted = 0;
    int rc;
    while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
        const qint64 first = sqlite3_column_int64(rows.get(), 0);
        const qint64 last = sqlite3_column_int64(rows.get(), 1);
        if (first < floor)
            break; // this and every earlier chunk ends before fromMs
        if (first >= fromMs && last < toMs)
            counted += sqlite3_column_int64(rows.get(), 2);
        if (counted > limit) {
            *start = first;
            break;
        }
    }
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

} // namespace

HistoryReader::HistoryReader(const QString &path)
    : m_path(path)
{
}

HistoryReader::~HistoryReader()
{
    close();
}

void HistoryReader::close()
{
    QMutexLocker lock(&m_mutex);
    for (const Connection &c : m_idle)
        sqlite3_close_v2(c.db);
    m_idle.clear();
}

bool HistoryReader::acquire(Connection *connection, QString *error) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            *connection = m_idle.back();
            m_idle.pop_back();
            return true;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        queryFailed(db, m_path, error);
        sqlite3_close_v2(db);
        return false;
    }
    // Readers wait only while the writer recovers or resets the WAL: never for long, and a
    // function's time limit is counting.
    sqlite3_busy_timeout(db, 250);
    const Query version = prepare(db, "PRAGMA user_version");
    if (!version || sqlite3_step(version.get()) != SQLITE_ROW) {
        queryFailed(db, m_path, error);
        sqlite3_close_v2(db);
        return false;
    }
    const qint64 layout = sqlite3_column_int64(version.get(), 0);
    if (layout != HistoryStore::LayoutVersion) {
        if (error) {
            *error = layout > HistoryStore::LayoutVersion
                ? QStringLiteral("history %1: layout version %2 is newer than this version of TwinStudio reads (%3)")
                      .arg(m_path)
                      .arg(layout)
                      .arg(HistoryStore::LayoutVersion)
                : QStringLiteral("history %1: not a history file of layout %2 (a live run converts an older one)")
                      .arg(m_path)
                      .arg(HistoryStore::LayoutVersion);
        }
        sqlite3_close_v2(db);
        return false;
    }
    const Query texts = prepare(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'texts'");
    connection->db = db;
    connection->hasTexts = texts && sqlite3_step(texts.get()) == SQLITE_ROW;
    return true;
}

void HistoryReader::release(const Connection &connection) const
{
    QMutexLocker lock(&m_mutex);
    m_idle.push_back(connection);
}

bool HistoryReader::series(const QString &twinId, QList<Series> *result, QString *error) const
{
    result->clear();
    Connection c;
    if (!acquire(&c, error))
        return false;
    const Query rows = prepare(c.db, "SELECT name, dataType, unit FROM points WHERE twin = ? ORDER BY name");
    bool ok = rows != nullptr || queryFailed(c.db, m_path, error);
    if (ok) {
        bindUtf8(rows.get(), 1, twinId);
        int rc = SQLITE_ROW;
        auto text = [&](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows.get(), column)));
        };
        while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW)
            result->append(Series{text(0), text(1), text(2)});
        ok = rc == SQLITE_DONE || queryFailed(c.db, m_path, error);
    }
    release(c);
    return ok;
}

bool HistoryReader::latest(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int limit,
                           QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const
{
    values->clear();
    dataType->clear();
    *truncated = false;
    if (toMs <= fromMs || limit <= 0)
        return true;
    Connection c;
    if (!acquire(&c, error))
        return false;
    // One snapshot: a checkpoint committing in between cannot hide or double samples.
    bool ok = sqlite3_exec(c.db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK || queryFailed(c.db, m_path, error);
    if (ok) {
        ok = query(c, twinId, name, fromMs, toMs, limit, values, dataType, truncated, error);
        sqlite3_exec(c.db, "COMMIT", nullptr, nullptr, nullptr);
    }
    release(c);
    return ok;
}

bool HistoryReader::query(const Connection &c, const QString &twinId, const QString &name, qint64 fromMs,
                          qint64 toMs, int limit, QList<HistoryValue> *values, QString *dataType, bool *truncated,
                          QString *error) const
{
    const Query point = prepare(c.db, "SELECT id, dataType FROM points WHERE twin = ? AND name = ?");
    if (!point)
        return queryFailed(c.db, m_path, error);
    bindUtf8(point.get(), 1, twinId);
    bindUtf8(point.get(), 2, name);
    const int rc = sqlite3_step(point.get());
    if (rc == SQLITE_DONE)
        return true;
    if (rc != SQLITE_ROW)
        return queryFailed(c.db, m_path, error);
    const qint64 id = sqlite3_column_int64(point.get(), 0);
    *dataType = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(point.get(), 1)));

    qint64 from = fromMs;
    if (!newestStart(c.db, id, fromMs, toMs, limit, &from))
        return queryFailed(c.db, m_path, error);
    std::vector<TimedValue> numbers;
    if (!HistoryStore::readSeries(c.db, m_path, id, from, toMs, 0, true, &numbers, error))
        return false;

    // Texts: the newest limit + 1 (the one more says whether older ones were left out),
    // read newest first and turned around.
    QList<HistoryValue> texts;
    if (c.hasTexts) {
        const Query rows = prepare(c.db, "SELECT ts, value FROM texts WHERE point = ? AND ts >= ? AND ts < ?"
                                         " ORDER BY ts DESC, rowid DESC LIMIT ?");
        if (!rows)
            return queryFailed(c.db, m_path, error);
        sqlite3_bind_int64(rows.get(), 1, id);
        sqlite3_bind_int64(rows.get(), 2, fromMs);
        sqlite3_bind_int64(rows.get(), 3, toMs);
        sqlite3_bind_int64(rows.get(), 4, qint64(limit) + 1);
        int step;
        while ((step = sqlite3_step(rows.get())) == SQLITE_ROW) {
            HistoryValue v;
            v.timestampMs = sqlite3_column_int64(rows.get(), 0);
            v.text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows.get(), 1)),
                                       sqlite3_column_bytes(rows.get(), 1));
            v.isText = true;
            texts.append(std::move(v));
        }
        if (step != SQLITE_DONE)
            return queryFailed(c.db, m_path, error);
        std::reverse(texts.begin(), texts.end());
    }

    // Merge both time-ordered lists, keeping the newest limit.
    const std::size_t total = numbers.size() + std::size_t(texts.size());
    const std::size_t skip = total > std::size_t(limit) ? total - std::size_t(limit) : 0;
    *truncated = skip > 0;
    values->reserve(qsizetype(total - skip));
    std::size_t n = 0, t = 0;
    for (std::size_t i = 0; i < total; ++i) {
        const bool number = t >= std::size_t(texts.size())
            || (n < numbers.size() && numbers[n].ts <= texts[qsizetype(t)].timestampMs);
        if (i < skip) {
            number ? ++n : ++t;
            continue;
        }
        if (number) {
            values->append(HistoryValue{numbers[n].ts, numbers[n].value, QString(), false});
            ++n;
        } else {
            values->append(texts[qsizetype(t++)]);
        }
    }
    return true;
}

} // namespace twin
