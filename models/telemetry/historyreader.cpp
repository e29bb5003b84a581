// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyreader.h"

#include "historyschema.h"
#include "historysnapshotquery.h"
#include "historystore.h"

#include "store/sqlitestatement.h"

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

constexpr qint64 MinTs = std::numeric_limits<qint64>::min();

bool failWith(const QString &message, QString *error)
{
    if (error)
        *error = message;
    return false;
}

bool statementFailed(const SqliteStatement &stmt, const QString &path, QString *error)
{
    return failWith(QStringLiteral("history %1: %2").arg(path, stmt.lastError()), error);
}

bool earlier(const TimedValue &a, const TimedValue &b)
{
    return a.ts < b.ts;
}

/// The groups of the journal row under \a rows (columns id, count, data); false when the
/// blob is damaged or disagrees with the row's count.
bool journalGroups(const SqliteStatement &rows, std::vector<historycodec::JournalGroup> *groups)
{
    const QByteArray data = rows.columnBytes(2);
    qint64 total = 0;
    return historycodec::readJournal(data.constData(), std::size_t(data.size()), groups, &total)
        && total == rows.columnInt(1);
}

/// Folds a time-ordered stream into buckets of equal width.
class BucketBuilder
{
public:
    BucketBuilder(qint64 fromMs, qint64 toMs, int buckets, QList<HistoryBucket> *out)
        : m_from(fromMs), m_width((double(toMs) - double(fromMs)) / buckets), m_buckets(buckets), m_out(out)
    {
    }
    double width() const { return m_width; }
    void add(qint64 ts, double mn, double mx, double sum, qint64 n)
    {
        const int index = std::min(m_buckets - 1, int((double(ts) - double(m_from)) / m_width));
        if (index != m_current) {
            finish();
            m_current = index;
            m_bucket = HistoryBucket{m_from + qint64(index * m_width), mn, mx, 0.0, 0};
            m_sum = 0.0;
        }
        m_bucket.min = std::min(m_bucket.min, mn);
        m_bucket.max = std::max(m_bucket.max, mx);
        m_sum += sum;
        m_bucket.count += n;
    }
    void add(const TimedValue &v) { add(v.ts, v.value, v.value, v.value, 1); }
    void finish()
    {
        if (m_current >= 0 && m_bucket.count > 0) {
            m_bucket.average = m_sum / double(m_bucket.count);
            m_out->append(m_bucket);
            m_bucket.count = 0;
        }
    }

private:
    qint64 m_from;
    double m_width;
    int m_buckets;
    QList<HistoryBucket> *m_out;
    int m_current = -1;
    HistoryBucket m_bucket;
    double m_sum = 0.0;
};

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
    if (layout < HistorySchema::OldestReadableVersion || layout > HistorySchema::LayoutVersion) {
        if (error) {
            *error = layout > HistorySchema::LayoutVersion
                ? QStringLiteral("history %1: layout version %2 is newer than this version of TwinStudio reads (%3)")
                      .arg(m_path)
                      .arg(layout)
                      .arg(HistorySchema::LayoutVersion)
                : QStringLiteral("history %1: not a history file of layout %2 (a live run converts an older one)")
                      .arg(m_path)
                      .arg(HistorySchema::LayoutVersion);
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
    return inSnapshot([&](const Connection &c) {
        return query(c, twinId, name, fromMs, toMs, limit, values, dataType, truncated, error);
    }, error);
}

template<typename Work>
bool HistoryReader::inSnapshot(Work work, QString *error) const
{
    Connection c;
    if (!acquire(&c, error))
        return false;
    bool ok = sqlite3_exec(c.db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK || queryFailed(c.db, m_path, error);
    if (ok) {
        ok = work(c);
        sqlite3_exec(c.db, "COMMIT", nullptr, nullptr, nullptr);
    }
    release(c);
    return ok;
}

qint64 HistoryReader::pointId(sqlite3 *db, const QString &twinId, const QString &name, QString *error) const
{
    SqliteStatement stmt;
    QString why;
    if (!stmt.prepare(db, "SELECT id FROM points WHERE twin = ?1 AND name = ?2", &why)) {
        failWith(QStringLiteral("history %1: %2").arg(m_path, why), error);
        return -1;
    }
    stmt.bindText(1, twinId);
    stmt.bindText(2, name);
    switch (stmt.step()) {
    case SqliteStatement::Step::Row:
        return stmt.columnInt(0);
    case SqliteStatement::Step::Done:
        return 0;
    case SqliteStatement::Step::Error:
        break;
    }
    statementFailed(stmt, m_path, error);
    return -1;
}

bool HistoryReader::range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                          QList<HistorySample> *samples, int limit, QString *error) const
{
    samples->clear();
    return inSnapshot([&](const Connection &c) {
        const qint64 id = pointId(c.db, twinId, name, error);
        if (id < 0)
            return false;
        if (id == 0 || toMs <= fromMs)
            return true;
        std::vector<TimedValue> values;
        if (!readSeries(c.db, m_path, id, fromMs, toMs, limit, true, &values, error))
            return false;
        samples->reserve(qsizetype(values.size()));
        for (const TimedValue &v : values)
            samples->append({-1, v.ts, v.value});
        return true;
    }, error);
}

bool HistoryReader::downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                               int buckets, QList<HistoryBucket> *result, QString *error) const
{
    result->clear();
    if (buckets <= 0 || toMs <= fromMs)
        return failWith(QStringLiteral("downsample: empty range or no buckets"), error);
    return inSnapshot([&](const Connection &c) {
        const qint64 id = pointId(c.db, twinId, name, error);
        if (id < 0)
            return false;
        if (id == 0)
            return true;
        // Bucketing in C++ over time-ordered data: SQLite's GROUP BY on a computed bucket
        // sorts through a temporary B-tree (measured several times slower). Wide buckets
        // read the rollups of what is in chunks (a rollup counts in the bucket where it
        // starts) plus the samples still in the journal; narrow ones read the samples.
        BucketBuilder builder(fromMs, toMs, buckets, result);
        std::vector<TimedValue> values;
        if (builder.width() < double(HistorySchema::RollupMs)) {
            if (!readSeries(c.db, m_path, id, fromMs, toMs, 0, true, &values, error))
                return false;
            for (const TimedValue &v : values)
                builder.add(v);
            builder.finish();
            return true;
        }
        if (!readJournal(c.db, m_path, id, fromMs, toMs, &values, error))
            return false;
        if (!std::is_sorted(values.begin(), values.end(), earlier))
            std::stable_sort(values.begin(), values.end(), earlier);
        SqliteStatement rows;
        QString why;
        if (!rows.prepare(c.db, "SELECT bucket, min, max, sum, count FROM rollups"
                                " WHERE point = ?1 AND bucket >= ?2 AND bucket < ?3 ORDER BY bucket", &why))
            return failWith(QStringLiteral("history %1: %2").arg(m_path, why), error);
        rows.bindInt(1, id);
        rows.bindInt(2, HistorySchema::rollupBucket(fromMs));
        rows.bindInt(3, HistorySchema::rollupBucket(toMs - 1) + 1);
        std::size_t next = 0;
        SqliteStatement::Step step;
        while ((step = rows.step()) == SqliteStatement::Step::Row) {
            const qint64 ts = std::max(fromMs, HistorySchema::rollupStart(rows.columnInt(0)));
            for (; next < values.size() && values[next].ts < ts; ++next)
                builder.add(values[next]);
            builder.add(ts, rows.columnDouble(1), rows.columnDouble(2), rows.columnDouble(3), rows.columnInt(4));
        }
        if (step != SqliteStatement::Step::Done)
            return statementFailed(rows, m_path, error);
        for (; next < values.size(); ++next)
            builder.add(values[next]);
        builder.finish();
        return true;
    }, error);
}

bool HistoryReader::snapshot(qint64 atMs, QList<HistoryPointValue> *values, QString *error) const
{
    values->clear();
    return inSnapshot([&](const Connection &c) {
        return HistorySnapshotQuery::read(c.db, m_path, c.hasTexts, atMs, values, error);
    }, error);
}

bool HistoryReader::span(qint64 *fromMs, qint64 *toMs, QString *error) const
{
    *fromMs = *toMs = 0;
    return inSnapshot([&](const Connection &c) {
        return HistorySnapshotQuery::span(c.db, m_path, c.hasTexts, fromMs, toMs, error);
    }, error);
}

qint64 HistoryReader::sampleCount(QString *error) const
{
    qint64 count = -1;
    const bool ok = inSnapshot([&](const Connection &c) {
        SqliteStatement stmt;
        QString why;
        const char *sql = c.hasTexts ? "SELECT (SELECT coalesce(sum(count), 0) FROM chunks)"
                                       " + (SELECT coalesce(sum(count), 0) FROM journal) + (SELECT count(*) FROM texts)"
                                     : "SELECT (SELECT coalesce(sum(count), 0) FROM chunks)"
                                       " + (SELECT coalesce(sum(count), 0) FROM journal)";
        if (!stmt.prepare(c.db, sql, &why))
            return failWith(QStringLiteral("history %1: %2").arg(m_path, why), error);
        if (stmt.step() != SqliteStatement::Step::Row)
            return statementFailed(stmt, m_path, error);
        count = stmt.columnInt(0);
        return true;
    }, error);
    return ok ? count : -1;
}

bool HistoryReader::readJournal(sqlite3 *db, const QString &path, qint64 id, qint64 fromMs, qint64 toMs,
                                std::vector<TimedValue> *out, QString *error)
{
    SqliteStatement rows;
    QString why;
    if (!rows.prepare(db, "SELECT id, count, data FROM journal WHERE minTs < ?2 AND maxTs >= ?1 ORDER BY id", &why))
        return failWith(QStringLiteral("history %1: %2").arg(path, why), error);
    rows.bindInt(1, fromMs);
    rows.bindInt(2, toMs);
    std::vector<historycodec::JournalGroup> groups;
    SqliteStatement::Step step;
    while ((step = rows.step()) == SqliteStatement::Step::Row) {
        if (!journalGroups(rows, &groups)) {
            return failWith(QStringLiteral("history %1: journal entry %2 is corrupt").arg(path).arg(rows.columnInt(0)),
                            error);
        }
        for (const historycodec::JournalGroup &g : groups) {
            if (g.point != id)
                continue;
            for (std::size_t i = 0; i < g.count; ++i) {
                const TimedValue v = g.at(i);
                if (v.ts >= fromMs && v.ts < toMs)
                    out->push_back(v);
            }
        }
    }
    if (step != SqliteStatement::Step::Done)
        return statementFailed(rows, path, error);
    return true;
}

bool HistoryReader::readSeries(sqlite3 *db, const QString &path, qint64 id, qint64 fromMs, qint64 toMs, int limit,
                               bool withJournal, std::vector<TimedValue> *out, QString *error)
{
    // A chunk spans less than ChunkSpanMs, so the ones reaching into the range start after
    // fromMs - ChunkSpanMs: a bounded scan of the (point, start) index.
    SqliteStatement rows;
    QString why;
    if (!rows.prepare(db, "SELECT id, start, last, count, data FROM chunks"
                          " WHERE point = ?1 AND start >= ?2 AND start < ?3 AND last >= ?4 ORDER BY start, id", &why))
        return failWith(QStringLiteral("history %1: %2").arg(path, why), error);
    rows.bindInt(1, id);
    rows.bindInt(2, fromMs > MinTs + HistoryStore::ChunkSpanMs ? fromMs - HistoryStore::ChunkSpanMs + 1 : MinTs);
    rows.bindInt(3, toMs);
    rows.bindInt(4, fromMs);
    struct Segment
    {
        std::size_t begin, end;
        qint64 chunk;
    };
    std::vector<Segment> segments;
    bool overlapping = false;
    qint64 lastSoFar = MinTs;
    SqliteStatement::Step step;
    while ((step = rows.step()) == SqliteStatement::Step::Row) {
        const qint64 chunk = rows.columnInt(0);
        const qint64 start = rows.columnInt(1);
        const qint64 last = rows.columnInt(2);
        // Later chunks cannot come before the first `limit` samples collected so far.
        if (limit > 0 && out->size() >= std::size_t(limit) && !segments.empty() && start > lastSoFar) {
            step = SqliteStatement::Step::Done;
            break;
        }
        if (!segments.empty() && start <= lastSoFar)
            overlapping = true;
        lastSoFar = segments.empty() ? last : std::max(lastSoFar, last);
        const std::size_t begin = out->size();
        const QByteArray data = rows.columnBytes(4);
        if (!historycodec::decodeChunk(data.constData(), std::size_t(data.size()), start, last, rows.columnInt(3),
                                       fromMs, toMs, out)) {
            return failWith(
                QStringLiteral("history %1: chunk %2 (point %3, from %4) is corrupt").arg(path).arg(chunk).arg(id).arg(start),
                error);
        }
        segments.push_back({begin, out->size(), chunk});
    }
    if (step != SqliteStatement::Step::Done)
        return statementFailed(rows, path, error);
    if (overlapping) {
        // Out-of-order arrivals: lay the chunks out in the order they were written, then a
        // stable sort by time keeps equal timestamps in arrival order.
        std::stable_sort(segments.begin(), segments.end(),
                         [](const Segment &a, const Segment &b) { return a.chunk < b.chunk; });
        std::vector<TimedValue> byArrival;
        byArrival.reserve(out->size());
        for (const Segment &s : segments)
            byArrival.insert(byArrival.end(), out->begin() + qint64(s.begin), out->begin() + qint64(s.end));
        out->swap(byArrival);
    }
    // Samples not yet in chunks arrived after every chunk.
    const std::size_t journalBegin = out->size();
    if (withJournal && !readJournal(db, path, id, fromMs, toMs, out, error))
        return false;
    if (overlapping || journalBegin != out->size()) {
        if (!std::is_sorted(out->begin(), out->end(), earlier))
            std::stable_sort(out->begin(), out->end(), earlier);
    }
    if (limit > 0 && out->size() > std::size_t(limit))
        out->resize(std::size_t(limit));
    return true;
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
    if (!readSeries(c.db, m_path, id, from, toMs, 0, true, &numbers, error))
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
