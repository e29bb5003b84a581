// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "pointregistry.h"

#include <QMutexLocker>

#include <sqlite3.h>

#include <algorithm>

namespace twin {

namespace {

bool fail(sqlite3 *db, const QString &what, QString *error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(what, QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"));
    return false;
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : "SQLite error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

HistoryStore::HistoryStore() = default;

HistoryStore::~HistoryStore()
{
    close();
}

bool HistoryStore::open(const QString &path, QString *error)
{
    close();
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        fail(m_db, QStringLiteral("cannot open history %1").arg(path), error);
        close();
        return false;
    }
    m_path = path;
    // WAL: queries read while the pipeline writes. synchronous=NORMAL: a power cut may
    // lose the last batches, never corrupt the file.
    if (!exec(m_db,
              "PRAGMA page_size=16384;"
              "PRAGMA journal_mode=WAL;"
              "PRAGMA synchronous=NORMAL;"
              "PRAGMA cache_size=-65536;"
              "CREATE TABLE IF NOT EXISTS points(id INTEGER PRIMARY KEY, twin TEXT NOT NULL,"
              " name TEXT NOT NULL, dataType TEXT, unit TEXT, UNIQUE(twin, name));"
              "CREATE TABLE IF NOT EXISTS samples(point INTEGER NOT NULL, ts INTEGER NOT NULL,"
              " seq INTEGER NOT NULL, value, PRIMARY KEY(point, ts, seq)) WITHOUT ROWID;"
              "CREATE TABLE IF NOT EXISTS rollups(point INTEGER NOT NULL, bucket INTEGER NOT NULL,"
              " min REAL, max REAL, sum REAL, count INTEGER, PRIMARY KEY(point, bucket)) WITHOUT ROWID;",
              error)
        || !prepareWriter(error)) {
        if (error)
            *error = QStringLiteral("history %1: %2").arg(path, *error);
        close();
        return false;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT max(seq) FROM samples", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        m_seq = sqlite3_column_int64(stmt, 0) + 1;
    sqlite3_finalize(stmt);
    return true;
}

bool HistoryStore::prepareWriter(QString *error)
{
    if (sqlite3_prepare_v3(m_db, "INSERT INTO samples(point, ts, seq, value) VALUES(?, ?, ?, ?)", -1,
                           SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_db,
                              "INSERT INTO points(twin, name, dataType, unit) VALUES(?, ?, ?, ?)"
                              " ON CONFLICT(twin, name) DO NOTHING",
                              -1, SQLITE_PREPARE_PERSISTENT, &m_insertPoint, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_db, "SELECT id FROM points WHERE twin = ? AND name = ?", -1,
                              SQLITE_PREPARE_PERSISTENT, &m_selectPoint, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_db,
                              "INSERT INTO rollups(point, bucket, min, max, sum, count) VALUES(?, ?, ?, ?, ?, ?)"
                              " ON CONFLICT(point, bucket) DO UPDATE SET min = min(min, excluded.min),"
                              " max = max(max, excluded.max), sum = sum + excluded.sum,"
                              " count = count + excluded.count",
                              -1, SQLITE_PREPARE_PERSISTENT, &m_upsertRollup, nullptr)
            != SQLITE_OK)
        return fail(m_db, QStringLiteral("prepare"), error);
    return true;
}

void HistoryStore::close()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertPoint);
    sqlite3_finalize(m_selectPoint);
    sqlite3_finalize(m_upsertRollup);
    m_insert = m_insertPoint = m_selectPoint = m_upsertRollup = nullptr;
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    {
        QMutexLocker lock(&m_readMutex);
        if (m_reader)
            sqlite3_close_v2(m_reader);
        m_reader = nullptr;
    }
    m_dbPoints.clear();
    m_path.clear();
}

qint64 HistoryStore::dbPoint(int point, const PointInfo &info, QString *error)
{
    if (std::size_t(point) >= m_dbPoints.size())
        m_dbPoints.resize(std::max<std::size_t>(std::size_t(point) + 1, m_dbPoints.size() * 2), 0);
    qint64 &id = m_dbPoints[std::size_t(point)];
    if (id)
        return id;
    sqlite3_reset(m_insertPoint);
    bindText(m_insertPoint, 1, info.twinId);
    bindText(m_insertPoint, 2, info.name);
    bindText(m_insertPoint, 3, info.dataType);
    bindText(m_insertPoint, 4, info.unit);
    if (sqlite3_step(m_insertPoint) != SQLITE_DONE) {
        fail(m_db, QStringLiteral("history point"), error);
        return 0;
    }
    sqlite3_reset(m_selectPoint);
    bindText(m_selectPoint, 1, info.twinId);
    bindText(m_selectPoint, 2, info.name);
    if (sqlite3_step(m_selectPoint) == SQLITE_ROW)
        id = sqlite3_column_int64(m_selectPoint, 0);
    sqlite3_reset(m_selectPoint);
    return id;
}

bool HistoryStore::append(const HistorySample *samples, std::size_t count,
                          const PointInfo &(*info)(const void *, int), const void *context, QString *error)
{
    if (!m_db)
        return fail(nullptr, QStringLiteral("history is not open"), error);
    if (count == 0)
        return true;
    if (!exec(m_db, "BEGIN", error))
        return false;
    auto rollback = [this] {
        exec(m_db, "ROLLBACK", nullptr);
        return false;
    };
    m_sorted.clear();
    m_sorted.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const HistorySample &s = samples[i];
        const qint64 id = dbPoint(s.point, info(context, s.point), error);
        if (!id)
            return rollback();
        m_sorted.push_back({id, s.timestampMs, s.value});
    }
    // Stable: samples of one point and millisecond keep their arrival order (seq).
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [](const Row &a, const Row &b) {
        return a.point < b.point || (a.point == b.point && a.ts < b.ts);
    });
    for (const Row &r : m_sorted) {
        sqlite3_bind_int64(m_insert, 1, r.point);
        sqlite3_bind_int64(m_insert, 2, r.ts);
        sqlite3_bind_int64(m_insert, 3, m_seq++);
        sqlite3_bind_double(m_insert, 4, r.value);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE) {
            fail(m_db, QStringLiteral("history insert"), error);
            return rollback();
        }
    }
    // Rollups: the sorted rows give each (point, 10 s bucket) as one run.
    auto bucketOf = [](qint64 ts) { return ts >= 0 ? ts / RollupMs : (ts - RollupMs + 1) / RollupMs; };
    for (std::size_t i = 0; i < m_sorted.size();) {
        const qint64 point = m_sorted[i].point;
        const qint64 bucket = bucketOf(m_sorted[i].ts);
        double mn = m_sorted[i].value, mx = mn, sum = 0.0;
        qint64 n = 0;
        for (; i < m_sorted.size() && m_sorted[i].point == point && bucketOf(m_sorted[i].ts) == bucket; ++i) {
            mn = std::min(mn, m_sorted[i].value);
            mx = std::max(mx, m_sorted[i].value);
            sum += m_sorted[i].value;
            ++n;
        }
        sqlite3_bind_int64(m_upsertRollup, 1, point);
        sqlite3_bind_int64(m_upsertRollup, 2, bucket);
        sqlite3_bind_double(m_upsertRollup, 3, mn);
        sqlite3_bind_double(m_upsertRollup, 4, mx);
        sqlite3_bind_double(m_upsertRollup, 5, sum);
        sqlite3_bind_int64(m_upsertRollup, 6, n);
        const int rc = sqlite3_step(m_upsertRollup);
        sqlite3_reset(m_upsertRollup);
        if (rc != SQLITE_DONE) {
            fail(m_db, QStringLiteral("history rollup"), error);
            return rollback();
        }
    }
    return exec(m_db, "COMMIT", error);
}

bool HistoryStore::applyRetention(qint64 beforeMs, qint64 *deleted, QString *error)
{
    if (!m_db)
        return fail(nullptr, QStringLiteral("history is not open"), error);
    // Per point, so that each delete is a range scan of the primary key.
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "DELETE FROM samples WHERE point IN (SELECT id FROM points) AND ts < ?",
                           -1, &stmt, nullptr)
        != SQLITE_OK)
        return fail(m_db, QStringLiteral("retention"), error);
    sqlite3_bind_int64(stmt, 1, beforeMs);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(m_db, QStringLiteral("retention"), error);
    if (deleted)
        *deleted = sqlite3_changes64(m_db);
    if (sqlite3_prepare_v2(m_db, "DELETE FROM rollups WHERE point IN (SELECT id FROM points) AND bucket < ?", -1,
                           &stmt, nullptr)
        != SQLITE_OK)
        return fail(m_db, QStringLiteral("retention"), error);
    sqlite3_bind_int64(stmt, 1, beforeMs / RollupMs);
    const int rc2 = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc2 != SQLITE_DONE)
        return fail(m_db, QStringLiteral("retention"), error);
    return true;
}

bool HistoryStore::openReader(QString *error) const
{
    if (m_reader)
        return true;
    if (m_path.isEmpty())
        return fail(nullptr, QStringLiteral("history is not open"), error);
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_reader, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK) {
        fail(m_reader, QStringLiteral("history %1").arg(m_path), error);
        sqlite3_close_v2(m_reader);
        m_reader = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_reader, 2000);
    return true;
}

qint64 HistoryStore::lookupPoint(const QString &twinId, const QString &name, QString *error) const
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_reader, "SELECT id FROM points WHERE twin = ? AND name = ?", -1, &stmt, nullptr)
        != SQLITE_OK) {
        fail(m_reader, QStringLiteral("history query"), error);
        return -1;
    }
    bindText(stmt, 1, twinId);
    bindText(stmt, 2, name);
    qint64 id = 0;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        id = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return id;
}

bool HistoryStore::range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                         QList<HistorySample> *samples, int limit, QString *error) const
{
    QMutexLocker lock(&m_readMutex);
    samples->clear();
    if (!openReader(error))
        return false;
    const qint64 id = lookupPoint(twinId, name, error);
    if (id < 0)
        return false;
    if (id == 0)
        return true;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_reader,
                           "SELECT ts, value FROM samples WHERE point = ? AND ts >= ? AND ts < ?"
                           " ORDER BY ts, seq LIMIT ?",
                           -1, &stmt, nullptr)
        != SQLITE_OK)
        return fail(m_reader, QStringLiteral("history query"), error);
    sqlite3_bind_int64(stmt, 1, id);
    sqlite3_bind_int64(stmt, 2, fromMs);
    sqlite3_bind_int64(stmt, 3, toMs);
    sqlite3_bind_int(stmt, 4, limit > 0 ? limit : -1);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        samples->append({-1, sqlite3_column_int64(stmt, 0), sqlite3_column_double(stmt, 1)});
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(m_reader, QStringLiteral("history query"), error);
    return true;
}

bool HistoryStore::downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                              int buckets, QList<HistoryBucket> *result, QString *error) const
{
    QMutexLocker lock(&m_readMutex);
    result->clear();
    if (buckets <= 0 || toMs <= fromMs) {
        if (error)
            *error = QStringLiteral("downsample: empty range or no buckets");
        return false;
    }
    if (!openReader(error))
        return false;
    const qint64 id = lookupPoint(twinId, name, error);
    if (id < 0)
        return false;
    if (id == 0)
        return true;
    // Bucketing in C++ over the key-ordered scan: SQLite's GROUP BY on a computed bucket
    // sorts through a temporary B-tree (measured several times slower), while the scan is
    // already in time order. Wide buckets read the 10 s rollups instead of the samples.
    const double width = double(toMs - fromMs) / buckets;
    const bool fromRollups = width >= double(RollupMs);
    sqlite3_stmt *stmt = nullptr;
    const char *sql = fromRollups
        ? "SELECT bucket * 10000, min, max, sum, count FROM rollups WHERE point = ? AND bucket >= ? AND bucket < ?"
        : "SELECT ts, value, value, value, 1 FROM samples WHERE point = ? AND ts >= ? AND ts < ?";
    if (sqlite3_prepare_v2(m_reader, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return fail(m_reader, QStringLiteral("history query"), error);
    sqlite3_bind_int64(stmt, 1, id);
    sqlite3_bind_int64(stmt, 2, fromRollups ? fromMs / RollupMs : fromMs);
    sqlite3_bind_int64(stmt, 3, fromRollups ? (toMs + RollupMs - 1) / RollupMs : toMs);
    int current = -1;
    HistoryBucket b;
    double sum = 0.0;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 ts = std::max(fromMs, sqlite3_column_int64(stmt, 0));
        const double mn = sqlite3_column_double(stmt, 1);
        const double mx = sqlite3_column_double(stmt, 2);
        const double s = sqlite3_column_double(stmt, 3);
        const qint64 n = sqlite3_column_int64(stmt, 4);
        const int index = std::min(buckets - 1, int(double(ts - fromMs) / width));
        if (index != current) {
            if (current >= 0) {
                b.average = sum / double(b.count);
                result->append(b);
            }
            current = index;
            b = HistoryBucket{fromMs + qint64(index * width), mn, mx, 0.0, 0};
            sum = 0.0;
        }
        b.min = std::min(b.min, mn);
        b.max = std::max(b.max, mx);
        sum += s;
        b.count += n;
    }
    sqlite3_finalize(stmt);
    if (current >= 0) {
        b.average = sum / double(b.count);
        result->append(b);
    }
    if (rc != SQLITE_DONE)
        return fail(m_reader, QStringLiteral("history query"), error);
    return true;
}

qint64 HistoryStore::sampleCount(QString *error) const
{
    QMutexLocker lock(&m_readMutex);
    if (!openReader(error))
        return -1;
    sqlite3_stmt *stmt = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(m_reader, "SELECT count(*) FROM samples", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

} // namespace twin
