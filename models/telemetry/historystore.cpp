// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "historyreader.h"
#include "historyschema.h"
#include "pointregistry.h"

#include "core/logging.h"

#include <QMutexLocker>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace twin {

namespace {

constexpr qint64 MinTs = std::numeric_limits<qint64>::min();
constexpr qint64 MaxTs = std::numeric_limits<qint64>::max();

bool fail(sqlite3 *db, const QString &what, QString *error)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(what, QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"));
    return false;
}

bool failWith(const QString &message, QString *error)
{
    if (error)
        *error = message;
    return false;
}

bool notOpen(QString *error)
{
    return failWith(QStringLiteral("history is not open"), error);
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

/// A statement finalized when it goes out of scope.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
    bool prepare(sqlite3 *db, const char *sql) { return sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK; }
};

/// The groups of the journal row under \a stmt (columns id, count, data); false when the
/// blob is damaged or disagrees with the row's count.
bool journalGroups(sqlite3_stmt *stmt, std::vector<historycodec::JournalGroup> *groups)
{
    qint64 total = 0;
    return historycodec::readJournal(static_cast<const char *>(sqlite3_column_blob(stmt, 2)),
                                     std::size_t(sqlite3_column_bytes(stmt, 2)), groups, &total)
        && total == sqlite3_column_int64(stmt, 1);
}

bool earlier(const TimedValue &a, const TimedValue &b)
{
    return a.ts < b.ts;
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
    QString why;
    if (!m_database.open(path, SqliteDatabase::Mode::Create, &why)) {
        failWith(QStringLiteral("cannot open history %1: %2").arg(path, why), error);
        close();
        return false;
    }
    m_db = m_database.handle();
    m_path = path;
    bool oldLayout = false;
    // WAL: queries read while the pipeline writes. synchronous=NORMAL: a power cut may
    // lose the last batches, never corrupt the file.
    if (!m_database.exec("PRAGMA page_size=16384;"
                         "PRAGMA journal_mode=WAL;"
                         "PRAGMA synchronous=NORMAL;"
                         "PRAGMA cache_size=-65536;",
                         &why)
        || !HistorySchema::create(m_database, &oldLayout, &why) || !prepareWriter(&why)
        || (oldLayout && !migrateFromLayout1(&why)) || !recoverJournal(&why)) {
        if (error)
            *error = QStringLiteral("history %1: %2").arg(path, why);
        forgetSeriesFrom(0);
        m_journalSamples = 0;
        close();
        return false;
    }
    QMutexLocker lock(&m_queriesMutex);
    m_queries = std::make_shared<HistoryReader>(path);
    return true;
}

bool HistoryStore::migrateFromLayout1(QString *error)
{
    // Layout 1 kept one row per sample in samples(point, ts, seq, value); its rollups
    // table is the same as now and stays.
    qCInfo(lcTelemetry).noquote() << "history" << m_path << ": converting samples to chunks";
    if (!m_database.exec("BEGIN", error))
        return false;
    Statement rows;
    bool ok = rows.prepare(m_db, "SELECT point, ts, value FROM samples ORDER BY point, ts, seq");
    qint64 point = 0;
    m_sorted.clear();
    int rc = SQLITE_ROW;
    while (ok && (rc = sqlite3_step(rows.stmt)) == SQLITE_ROW) {
        const qint64 p = sqlite3_column_int64(rows.stmt, 0);
        if (p != point && !m_sorted.empty()) {
            ok = writeChunks(point, m_sorted.data(), m_sorted.size(), error);
            m_sorted.clear();
        }
        point = p;
        m_sorted.push_back({sqlite3_column_int64(rows.stmt, 1), sqlite3_column_double(rows.stmt, 2)});
    }
    if (ok && rc != SQLITE_DONE)
        ok = fail(m_db, QStringLiteral("reading samples"), error);
    if (ok && !m_sorted.empty())
        ok = writeChunks(point, m_sorted.data(), m_sorted.size(), error);
    m_sorted.clear();
    sqlite3_finalize(rows.stmt);
    rows.stmt = nullptr;
    if (ok)
        ok = m_database.exec("DROP TABLE samples; " + HistorySchema::versionPragma() + "; COMMIT", error);
    if (!ok)
        m_database.exec("ROLLBACK", nullptr);
    return ok;
}

bool HistoryStore::prepareWriter(QString *error)
{
    if (sqlite3_prepare_v3(m_db, "INSERT INTO journal(count, minTs, maxTs, data) VALUES(?, ?, ?, ?)", -1,
                           SQLITE_PREPARE_PERSISTENT, &m_insertJournal, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_db, "INSERT INTO chunks(point, start, last, count, data) VALUES(?, ?, ?, ?, ?)", -1,
                              SQLITE_PREPARE_PERSISTENT, &m_insertChunk, nullptr)
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
            != SQLITE_OK
        || sqlite3_prepare_v3(m_db, "INSERT INTO texts(point, ts, value) SELECT ?1, ?2, ?3"
                              " WHERE NOT EXISTS (SELECT 1 FROM texts WHERE point = ?1 AND ts = ?2)", -1,
                              SQLITE_PREPARE_PERSISTENT, &m_insertText, nullptr)
            != SQLITE_OK
        // Chunks span less than ChunkSpanMs: the newest time is in one starting at most
        // that long before the last chunk's start (a bounded scan of the index).
        || sqlite3_prepare_v3(m_db,
                              "SELECT max(last) FROM chunks WHERE point = ?1"
                              " AND start > (SELECT max(start) FROM chunks WHERE point = ?1) - ?2",
                              -1, SQLITE_PREPARE_PERSISTENT, &m_selectNewest, nullptr)
            != SQLITE_OK)
        return fail(m_db, QStringLiteral("prepare"), error);
    return true;
}

bool HistoryStore::recoverJournal(QString *error)
{
    // What the journal holds is pending again, exactly as before the file was closed.
    Statement rows;
    if (!rows.prepare(m_db, "SELECT id, count, data FROM journal ORDER BY id"))
        return fail(m_db, QStringLiteral("journal"), error);
    std::vector<historycodec::JournalGroup> groups;
    int rc;
    while ((rc = sqlite3_step(rows.stmt)) == SQLITE_ROW) {
        if (!journalGroups(rows.stmt, &groups)) {
            return failWith(QStringLiteral("journal entry %1 is corrupt; move the file away to start a new history")
                                .arg(sqlite3_column_int64(rows.stmt, 0)),
                            error);
        }
        for (const historycodec::JournalGroup &g : groups) {
            auto it = m_seriesOfDbId.constFind(g.point);
            int index;
            if (it != m_seriesOfDbId.cend()) {
                index = it.value();
            } else {
                index = int(m_series.size());
                m_series.emplace_back();
                m_series.back().dbId = g.point;
                m_seriesOfDbId.insert(g.point, index);
            }
            std::vector<TimedValue> &pending = m_series[std::size_t(index)].pending;
            for (std::size_t i = 0; i < g.count; ++i) {
                const TimedValue v = g.at(i);
                m_pendingMinTs = m_journalSamples || i ? std::min(m_pendingMinTs, v.ts) : v.ts;
                pending.push_back(v);
                ++m_journalSamples;
            }
        }
        ++m_journalRows;
    }
    if (rc != SQLITE_DONE)
        return fail(m_db, QStringLiteral("journal"), error);
    return true;
}

void HistoryStore::close()
{
    if (m_db && m_journalSamples > 0) {
        QString error;
        if (!flush(&error))
            qCWarning(lcTelemetry).noquote() << "history" << m_path << ": pending samples stay in the journal:" << error;
    }
    for (sqlite3_stmt **stmt :
         {&m_insertJournal, &m_insertChunk, &m_insertPoint, &m_selectPoint, &m_upsertRollup, &m_insertText,
          &m_selectNewest, &m_insertSession, &m_trimSession}) {
        sqlite3_finalize(*stmt);
        *stmt = nullptr;
    }
    m_database.close();
    m_db = nullptr;
    {
        // Queries still running keep their reader until they end.
        QMutexLocker lock(&m_queriesMutex);
        m_queries.reset();
    }
    forgetSeriesFrom(0);
    m_seriesOfPoint.clear();
    m_journalSamples = 0;
    m_journalRows = 0;
    m_path.clear();
}

void HistoryStore::forgetSeriesFrom(std::size_t first)
{
    for (std::size_t i = first; i < m_series.size(); ++i) {
        const Series &s = m_series[i];
        if (s.point >= 0 && std::size_t(s.point) < m_seriesOfPoint.size())
            m_seriesOfPoint[std::size_t(s.point)] = -1;
        m_seriesOfDbId.remove(s.dbId);
    }
    if (first < m_series.size())
        m_series.resize(first);
}

int HistoryStore::seriesFor(int point, const PointInfo &(*info)(const void *, int), const void *context,
                            QString *error)
{
    if (point < 0 || point >= PointRegistry::ChunkSize * PointRegistry::MaxChunks) {
        failWith(QStringLiteral("history: invalid point id %1").arg(point), error);
        return -1;
    }
    if (std::size_t(point) >= m_seriesOfPoint.size())
        m_seriesOfPoint.resize(std::max<std::size_t>(std::size_t(point) + 1, m_seriesOfPoint.size() * 2), -1);
    const PointInfo &pi = info(context, point);
    sqlite3_reset(m_insertPoint);
    bindText(m_insertPoint, 1, pi.twinId);
    bindText(m_insertPoint, 2, pi.name);
    bindText(m_insertPoint, 3, pi.dataType);
    bindText(m_insertPoint, 4, pi.unit);
    if (sqlite3_step(m_insertPoint) != SQLITE_DONE) {
        fail(m_db, QStringLiteral("history point"), error);
        sqlite3_reset(m_insertPoint);
        return -1;
    }
    const bool created = sqlite3_changes(m_db) > 0; // a new point holds no samples yet
    sqlite3_reset(m_insertPoint);
    sqlite3_reset(m_selectPoint);
    bindText(m_selectPoint, 1, pi.twinId);
    bindText(m_selectPoint, 2, pi.name);
    const qint64 dbId = sqlite3_step(m_selectPoint) == SQLITE_ROW ? sqlite3_column_int64(m_selectPoint, 0) : 0;
    sqlite3_reset(m_selectPoint);
    if (!dbId) {
        fail(m_db, QStringLiteral("history point"), error);
        return -1;
    }
    int index;
    auto it = m_seriesOfDbId.constFind(dbId);
    if (it != m_seriesOfDbId.cend()) {
        index = it.value(); // recovered from the journal
        m_series[std::size_t(index)].point = point;
    } else {
        index = int(m_series.size());
        m_series.emplace_back();
        m_series.back().dbId = dbId;
        m_series.back().point = point;
        if (created) {
            Series &series = m_series.back();
            series.known = true;
            series.newest = series.chunksNewest = MinTs;
        }
        m_seriesOfDbId.insert(dbId, index);
    }
    m_seriesOfPoint[std::size_t(point)] = index;
    return index;
}

bool HistoryStore::begin(std::size_t count, QString *error)
{
    if (!m_db)
        return fail(nullptr, QStringLiteral("history is not open"), error);
    return count > 0 && m_database.exec("BEGIN", error);
}

int HistoryStore::seriesOf(int point, const PointInfo &(*info)(const void *, int), const void *context,
                           QString *error)
{
    const int index =
        point >= 0 && std::size_t(point) < m_seriesOfPoint.size() ? m_seriesOfPoint[std::size_t(point)] : -1;
    return index >= 0 ? index : seriesFor(point, info, context, error);
}

bool HistoryStore::append(const HistorySample *samples, std::size_t count,
                          const PointInfo &(*info)(const void *, int), const void *context, QString *error)
{
    if (count == 0 && m_db && m_sessionMarks.empty())
        return true;
    if (!begin(count + m_sessionMarks.size(), error)) {
        m_sessionMarks.clear();
        return false;
    }
    const std::size_t seriesBefore = m_series.size();
    m_pendingBefore.clear();
    auto rollback = [&] {
        m_database.exec("ROLLBACK", nullptr);
        m_sessionMarks.clear();
        m_sessionSeq.clear(); // read again from the file
        for (const auto &[index, size] : m_pendingBefore) {
            // What was learnt of the newest times included this batch: learnt again.
            Series &series = m_series[std::size_t(index)];
            series.pending.resize(size);
            series.known = series.indexed = false;
            series.pendingTimes.clear();
        }
        forgetSeriesFrom(seriesBefore);
        return false;
    };

    // Group the batch by point (a counting sort: the points are dense small integers),
    // keeping arrival order within each point.
    m_sampleSeries.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const int index = seriesOf(samples[i].point, info, context, error);
        if (index < 0)
            return rollback();
        m_sampleSeries[i] = index;
    }
    m_groupStart.assign(m_series.size() + 1, 0);
    for (std::size_t i = 0; i < count; ++i)
        ++m_groupStart[std::size_t(m_sampleSeries[i]) + 1];
    for (std::size_t s = 1; s < m_groupStart.size(); ++s)
        m_groupStart[s] += m_groupStart[s - 1];
    m_grouped.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        m_grouped[m_groupStart[std::size_t(m_sampleSeries[i])]++] = {samples[i].timestampMs, samples[i].value};
    // m_groupStart[s] is now the end of group s, the start of group s + 1.
    const bool due = m_journalRows + 1 >= JournalRows || m_journalSamples + qint64(count) >= JournalSamples;
    if (!due)
        historycodec::beginJournal(&m_blob);
    qint64 minTs = MaxTs, maxTs = MinTs, stored = 0, dropped = 0;
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const std::size_t begin = s ? m_groupStart[s - 1] : 0;
        std::size_t n = m_groupStart[s] - begin;
        if (!n)
            continue;
        Series &series = m_series[s];
        m_pendingBefore.emplace_back(int(s), series.pending.size());
        const std::size_t received = n;
        if (!dropStored(series, begin, received, &n, error))
            return rollback();
        dropped += qint64(received - n);
        if (!n)
            continue;
        stored += qint64(n);
        for (std::size_t i = begin; i < begin + n; ++i) {
            minTs = std::min(minTs, m_grouped[i].ts);
            maxTs = std::max(maxTs, m_grouped[i].ts);
        }
        series.pending.insert(series.pending.end(), m_grouped.begin() + qint64(begin),
                              m_grouped.begin() + qint64(begin + n));
        if (!due)
            historycodec::appendJournalGroup(series.dbId, m_grouped.data() + begin, n, &m_blob);
    }
    // A checkpoint takes this batch along (into chunks or the new journal row), so the
    // batch needs no journal row of its own.
    const bool written = (due ? checkpoint(false, error) : (!stored || insertJournal(stored, minTs, maxTs, error)))
        && writeSessionMarks(error);
    if (!written || !m_database.exec("COMMIT", error))
        return rollback();
    m_duplicates += dropped;
    if (due) {
        afterCheckpoint();
    } else if (stored) {
        m_pendingMinTs = m_journalSamples ? std::min(m_pendingMinTs, minTs) : minTs;
        m_journalSamples += stored;
        ++m_journalRows;
    }
    return true;
}

bool HistoryStore::appendTexts(const HistoryText *texts, std::size_t count,
                               const PointInfo &(*info)(const void *, int), const void *context, QString *error)
{
    if (count == 0 && m_db)
        return true;
    if (!begin(count, error))
        return false;
    const std::size_t seriesBefore = m_series.size();
    qint64 textDuplicates = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const int index = seriesOf(texts[i].point, info, context, error);
        bool ok = index >= 0;
        if (ok) {
            sqlite3_bind_int64(m_insertText, 1, m_series[std::size_t(index)].dbId);
            sqlite3_bind_int64(m_insertText, 2, texts[i].timestampMs);
            bindText(m_insertText, 3, texts[i].text);
            ok = sqlite3_step(m_insertText) == SQLITE_DONE || fail(m_db, QStringLiteral("history text"), error);
            if (ok && sqlite3_changes(m_db) == 0)
                ++textDuplicates; // the time held a text already: stored once
            sqlite3_reset(m_insertText);
        }
        if (!ok) {
            m_database.exec("ROLLBACK", nullptr);
            forgetSeriesFrom(seriesBefore);
            return false;
        }
    }
    if (!m_database.exec("COMMIT", error)) {
        m_database.exec("ROLLBACK", nullptr);
        forgetSeriesFrom(seriesBefore);
        return false;
    }
    m_duplicates += textDuplicates;
    return true;
}

bool HistoryStore::insertJournal(qint64 count, qint64 minTs, qint64 maxTs, QString *error)
{
    sqlite3_bind_int64(m_insertJournal, 1, count);
    sqlite3_bind_int64(m_insertJournal, 2, minTs);
    sqlite3_bind_int64(m_insertJournal, 3, maxTs);
    sqlite3_bind_blob64(m_insertJournal, 4, m_blob.data(), m_blob.size(), SQLITE_STATIC);
    const int rc = sqlite3_step(m_insertJournal);
    sqlite3_reset(m_insertJournal);
    if (rc != SQLITE_DONE)
        return fail(m_db, QStringLiteral("history journal"), error);
    return true;
}

bool HistoryStore::checkpoint(bool all, QString *error)
{
    // Decide first: runs too small to make a good chunk stay pending, unless together
    // they would keep too much in the journal.
    m_flushed.clear();
    qint64 kept = 0;
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        const std::vector<TimedValue> &p = m_series[s].pending;
        if (p.empty())
            continue;
        bool write = all || p.size() >= std::size_t(MinChunk);
        if (!write) {
            const auto [lo, hi] = std::minmax_element(p.begin(), p.end(), earlier);
            write = quint64(hi->ts) - quint64(lo->ts) >= quint64(MinChunkSpanMs);
        }
        if (write)
            m_flushed.push_back(int(s));
        else
            kept += qint64(p.size());
    }
    if (kept > JournalSamples / 2) {
        m_flushed.clear();
        kept = 0;
        for (std::size_t s = 0; s < m_series.size(); ++s) {
            if (!m_series[s].pending.empty())
                m_flushed.push_back(int(s));
        }
    }
    for (const int s : m_flushed) {
        const Series &series = m_series[std::size_t(s)];
        const TimedValue *values = series.pending.data();
        const std::size_t n = series.pending.size();
        if (!std::is_sorted(series.pending.begin(), series.pending.end(), earlier)) {
            // Stable: equal timestamps keep their arrival order.
            m_sorted.assign(series.pending.begin(), series.pending.end());
            std::stable_sort(m_sorted.begin(), m_sorted.end(), earlier);
            values = m_sorted.data();
        }
        if (!writeChunks(series.dbId, values, n, error) || !writeRollups(series.dbId, values, n, error))
            return false;
    }
    if (!m_database.exec("DELETE FROM journal", error))
        return false;
    if (!kept)
        return true;
    // What stays pending becomes one journal row, in arrival order per point.
    historycodec::beginJournal(&m_blob);
    qint64 minTs = MaxTs, maxTs = MinTs;
    std::size_t next = 0;
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        if (next < m_flushed.size() && std::size_t(m_flushed[next]) == s) {
            ++next;
            continue;
        }
        const std::vector<TimedValue> &p = m_series[s].pending;
        if (p.empty())
            continue;
        historycodec::appendJournalGroup(m_series[s].dbId, p.data(), p.size(), &m_blob);
        const auto [lo, hi] = std::minmax_element(p.begin(), p.end(), earlier);
        minTs = std::min(minTs, lo->ts);
        maxTs = std::max(maxTs, hi->ts);
    }
    return insertJournal(kept, minTs, maxTs, error);
}

void HistoryStore::afterCheckpoint()
{
    for (const int s : m_flushed) {
        Series &series = m_series[std::size_t(s)];
        series.chunksNewest = series.newest;
        series.pending.clear();
        series.pendingTimes.clear();
        series.indexed = false;
    }
    m_flushed.clear();
    m_journalSamples = 0;
    m_journalRows = 0;
    for (const Series &series : m_series) {
        if (series.pending.empty())
            continue;
        const qint64 lo = std::min_element(series.pending.begin(), series.pending.end(), earlier)->ts;
        m_pendingMinTs = m_journalSamples ? std::min(m_pendingMinTs, lo) : lo;
        m_journalSamples += qint64(series.pending.size());
        m_journalRows = 1;
    }
}

bool HistoryStore::writeChunks(qint64 dbId, const TimedValue *values, std::size_t n, QString *error)
{
    for (std::size_t i = 0; i < n;) {
        const qint64 start = values[i].ts;
        std::size_t j = i + 1;
        while (j < n && j - i < std::size_t(ChunkCapacity) && quint64(values[j].ts) - quint64(start) < quint64(ChunkSpanMs))
            ++j;
        m_blob.clear();
        historycodec::encodeChunk(values + i, j - i, &m_blob);
        sqlite3_bind_int64(m_insertChunk, 1, dbId);
        sqlite3_bind_int64(m_insertChunk, 2, start);
        sqlite3_bind_int64(m_insertChunk, 3, values[j - 1].ts);
        sqlite3_bind_int64(m_insertChunk, 4, qint64(j - i));
        sqlite3_bind_blob64(m_insertChunk, 5, m_blob.data(), m_blob.size(), SQLITE_STATIC);
        const int rc = sqlite3_step(m_insertChunk);
        sqlite3_reset(m_insertChunk);
        if (rc != SQLITE_DONE)
            return fail(m_db, QStringLiteral("history chunk"), error);
        i = j;
    }
    return true;
}

bool HistoryStore::writeRollups(qint64 dbId, const TimedValue *values, std::size_t n, QString *error)
{
    // Sorted: each 10 s bucket is one run.
    for (std::size_t i = 0; i < n;) {
        const qint64 bucket = HistorySchema::rollupBucket(values[i].ts);
        double mn = values[i].value, mx = mn, sum = 0.0;
        qint64 count = 0;
        for (; i < n && HistorySchema::rollupBucket(values[i].ts) == bucket; ++i) {
            mn = std::min(mn, values[i].value);
            mx = std::max(mx, values[i].value);
            sum += values[i].value;
            ++count;
        }
        sqlite3_bind_int64(m_upsertRollup, 1, dbId);
        sqlite3_bind_int64(m_upsertRollup, 2, bucket);
        sqlite3_bind_double(m_upsertRollup, 3, mn);
        sqlite3_bind_double(m_upsertRollup, 4, mx);
        sqlite3_bind_double(m_upsertRollup, 5, sum);
        sqlite3_bind_int64(m_upsertRollup, 6, count);
        const int rc = sqlite3_step(m_upsertRollup);
        sqlite3_reset(m_upsertRollup);
        if (rc != SQLITE_DONE)
            return fail(m_db, QStringLiteral("history rollup"), error);
    }
    return true;
}

bool HistoryStore::flush(QString *error)
{
    if (!m_db)
        return fail(nullptr, QStringLiteral("history is not open"), error);
    if (m_journalSamples == 0)
        return true;
    if (!m_database.exec("BEGIN", error))
        return false;
    if (!checkpoint(true, error) || !m_database.exec("COMMIT", error)) {
        m_database.exec("ROLLBACK", nullptr);
        return false;
    }
    afterCheckpoint();
    return true;
}

bool HistoryStore::applyRetention(qint64 beforeMs, qint64 *deleted, QString *error)
{
    if (!m_db)
        return fail(nullptr, QStringLiteral("history is not open"), error);
    if (deleted)
        *deleted = 0;
    if (!m_database.exec("BEGIN", error))
        return false;
    // Pending samples that are due go to chunks first, where the trimming happens.
    const bool flushing = m_journalSamples > 0 && m_pendingMinTs < beforeMs;
    qint64 n = 0;
    Statement rollups;
    bool ok = (!flushing || checkpoint(true, error)) && trimChunks(beforeMs, &n, error);
    if (ok && !rollups.prepare(m_db, "DELETE FROM rollups WHERE point IN (SELECT id FROM points) AND bucket < ?"))
        ok = fail(m_db, QStringLiteral("retention"), error);
    const qint64 boundary = HistorySchema::rollupBucket(beforeMs);
    if (ok) {
        sqlite3_bind_int64(rollups.stmt, 1, boundary);
        if (sqlite3_step(rollups.stmt) != SQLITE_DONE)
            ok = fail(m_db, QStringLiteral("retention"), error);
    }
    // The bucket the limit cuts through is counted again from what is left of it.
    if (ok && HistorySchema::rollupStart(boundary) < beforeMs)
        ok = recomputeRollups(boundary, beforeMs, error);
    Statement texts;
    if (ok && !texts.prepare(m_db, "DELETE FROM texts WHERE point IN (SELECT id FROM points) AND ts < ?"))
        ok = fail(m_db, QStringLiteral("retention"), error);
    if (ok) {
        sqlite3_bind_int64(texts.stmt, 1, beforeMs);
        if (sqlite3_step(texts.stmt) == SQLITE_DONE)
            n += sqlite3_changes64(m_db);
        else
            ok = fail(m_db, QStringLiteral("retention"), error);
    }
    if (!ok || !m_database.exec("COMMIT", error)) {
        m_database.exec("ROLLBACK", nullptr);
        m_flushed.clear();
        return false;
    }
    if (flushing)
        afterCheckpoint();
    if (deleted)
        *deleted = n;
    return true;
}

bool HistoryStore::trimChunks(qint64 beforeMs, qint64 *deleted, QString *error)
{
    // Per point, so that each statement is a range scan of the (point, start) index.
    Statement count, remove, straddling, update;
    if (!count.prepare(m_db, "SELECT coalesce(sum(count), 0) FROM chunks WHERE point IN (SELECT id FROM points)"
                             " AND start < ?1 AND last < ?1")
        || !remove.prepare(m_db, "DELETE FROM chunks WHERE point IN (SELECT id FROM points) AND start < ?1 AND last < ?1")
        || !straddling.prepare(m_db, "SELECT id, start, last, count, data FROM chunks"
                                     " WHERE point IN (SELECT id FROM points) AND start < ?1")
        || !update.prepare(m_db, "UPDATE chunks SET start = ?, count = ?, data = ? WHERE id = ?"))
        return fail(m_db, QStringLiteral("retention"), error);
    sqlite3_bind_int64(count.stmt, 1, beforeMs);
    if (sqlite3_step(count.stmt) != SQLITE_ROW)
        return fail(m_db, QStringLiteral("retention"), error);
    *deleted = sqlite3_column_int64(count.stmt, 0);
    sqlite3_bind_int64(remove.stmt, 1, beforeMs);
    if (sqlite3_step(remove.stmt) != SQLITE_DONE)
        return fail(m_db, QStringLiteral("retention"), error);
    // Chunks reaching past the limit keep their newer part.
    struct Trimmed
    {
        qint64 id;
        qint64 removed;
        std::vector<TimedValue> kept;
    };
    std::vector<Trimmed> trimmed;
    sqlite3_bind_int64(straddling.stmt, 1, beforeMs);
    int rc;
    while ((rc = sqlite3_step(straddling.stmt)) == SQLITE_ROW) {
        Trimmed t{sqlite3_column_int64(straddling.stmt, 0), sqlite3_column_int64(straddling.stmt, 3), {}};
        if (!historycodec::decodeChunk(static_cast<const char *>(sqlite3_column_blob(straddling.stmt, 4)),
                                       std::size_t(sqlite3_column_bytes(straddling.stmt, 4)),
                                       sqlite3_column_int64(straddling.stmt, 1), sqlite3_column_int64(straddling.stmt, 2),
                                       t.removed, beforeMs, MaxTs, &t.kept)
            || t.kept.empty())
            return failWith(QStringLiteral("history %1: chunk %2 is corrupt").arg(m_path).arg(t.id), error);
        t.removed -= qint64(t.kept.size());
        trimmed.push_back(std::move(t));
    }
    if (rc != SQLITE_DONE)
        return fail(m_db, QStringLiteral("retention"), error);
    for (const Trimmed &t : trimmed) {
        m_blob.clear();
        historycodec::encodeChunk(t.kept.data(), t.kept.size(), &m_blob);
        sqlite3_bind_int64(update.stmt, 1, t.kept.front().ts);
        sqlite3_bind_int64(update.stmt, 2, qint64(t.kept.size()));
        sqlite3_bind_blob64(update.stmt, 3, m_blob.data(), m_blob.size(), SQLITE_STATIC);
        sqlite3_bind_int64(update.stmt, 4, t.id);
        rc = sqlite3_step(update.stmt);
        sqlite3_reset(update.stmt);
        if (rc != SQLITE_DONE)
            return fail(m_db, QStringLiteral("retention"), error);
        *deleted += t.removed;
    }
    return true;
}

bool HistoryStore::recomputeRollups(qint64 bucket, qint64 fromMs, QString *error)
{
    Statement points, update, remove;
    if (!points.prepare(m_db, "SELECT point FROM rollups WHERE bucket = ?")
        || !update.prepare(m_db, "UPDATE rollups SET min = ?, max = ?, sum = ?, count = ? WHERE point = ? AND bucket = ?")
        || !remove.prepare(m_db, "DELETE FROM rollups WHERE point = ? AND bucket = ?"))
        return fail(m_db, QStringLiteral("retention"), error);
    std::vector<qint64> ids;
    sqlite3_bind_int64(points.stmt, 1, bucket);
    while (sqlite3_step(points.stmt) == SQLITE_ROW)
        ids.push_back(sqlite3_column_int64(points.stmt, 0));
    const qint64 toMs = fromMs > MaxTs - RollupMs ? MaxTs : HistorySchema::rollupStart(bucket) + RollupMs;
    std::vector<TimedValue> values;
    for (const qint64 id : ids) {
        values.clear();
        if (!HistoryReader::readSeries(m_db, m_path, id, fromMs, toMs, 0, false, &values, error))
            return false;
        sqlite3_stmt *stmt = values.empty() ? remove.stmt : update.stmt;
        int column = 1;
        if (!values.empty()) {
            double mn = values.front().value, mx = mn, sum = 0.0;
            for (const TimedValue &v : values) {
                mn = std::min(mn, v.value);
                mx = std::max(mx, v.value);
                sum += v.value;
            }
            sqlite3_bind_double(stmt, column++, mn);
            sqlite3_bind_double(stmt, column++, mx);
            sqlite3_bind_double(stmt, column++, sum);
            sqlite3_bind_int64(stmt, column++, qint64(values.size()));
        }
        sqlite3_bind_int64(stmt, column++, id);
        sqlite3_bind_int64(stmt, column, bucket);
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            return fail(m_db, QStringLiteral("retention"), error);
    }
    return true;
}

bool HistoryStore::range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                         QList<HistorySample> *samples, int limit, QString *error) const
{
    const std::shared_ptr<HistoryReader> reader = queries();
    samples->clear();
    return reader ? reader->range(twinId, name, fromMs, toMs, samples, limit, error) : notOpen(error);
}

bool HistoryStore::downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                              int buckets, QList<HistoryBucket> *result, QString *error) const
{
    const std::shared_ptr<HistoryReader> reader = queries();
    result->clear();
    return reader ? reader->downsample(twinId, name, fromMs, toMs, buckets, result, error) : notOpen(error);
}

qint64 HistoryStore::sampleCount(QString *error) const
{
    const std::shared_ptr<HistoryReader> reader = queries();
    return reader ? reader->sampleCount(error) : (notOpen(error), -1);
}

std::shared_ptr<HistoryReader> HistoryStore::queries() const
{
    QMutexLocker lock(&m_queriesMutex);
    return m_queries;
}

} // namespace twin
