// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore's check that a (point, time) is stored once.
#include "historystore.h"

#include "historyreader.h"
#include "pointregistry.h"

#include "core/failure.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace twin {

namespace {

constexpr qint64 MinTs = std::numeric_limits<qint64>::min();
constexpr qint64 MaxTs = std::numeric_limits<qint64>::max();

} // namespace

bool HistoryStore::learnNewest(Series &series, QString *error)
{
    sqlite3_reset(m_selectNewest);
    sqlite3_bind_int64(m_selectNewest, 1, series.dbId);
    sqlite3_bind_int64(m_selectNewest, 2, ChunkSpanMs);
    const int rc = sqlite3_step(m_selectNewest);
    const bool any = rc == SQLITE_ROW && sqlite3_column_type(m_selectNewest, 0) != SQLITE_NULL;
    series.chunksNewest = any ? sqlite3_column_int64(m_selectNewest, 0) : MinTs;
    sqlite3_reset(m_selectNewest);
    if (rc != SQLITE_ROW)
        return fail(error, QStringLiteral("history newest sample: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    series.newest = series.chunksNewest;
    for (const TimedValue &v : series.pending)
        series.newest = std::max(series.newest, v.ts);
    series.known = true;
    return true;
}

bool HistoryStore::newestTimes(InfoFunction info, const void *context, int count, std::vector<qint64> *newest,
                               QString *error)
{
    newest->assign(std::size_t(std::max(count, 0)), MinTs);
    if (!m_db)
        return fail(error, QStringLiteral("history is not open"));
    for (int point = 0; point < count; ++point) {
        const PointInfo &p = info(context, point);
        const QByteArray twin = p.twinId.toUtf8(), name = p.name.toUtf8();
        sqlite3_bind_text(m_selectPoint, 1, twin.constData(), int(twin.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_selectPoint, 2, name.constData(), int(name.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(m_selectPoint);
        const qint64 dbId = rc == SQLITE_ROW ? sqlite3_column_int64(m_selectPoint, 0) : 0;
        sqlite3_reset(m_selectPoint);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(error, QStringLiteral("history points: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        if (rc == SQLITE_DONE)
            continue; // never stored
        // The journal's series were made on open; others have nothing pending.
        const auto known = m_seriesOfDbId.constFind(dbId);
        Series scratch;
        scratch.dbId = dbId;
        Series &series = known != m_seriesOfDbId.cend() ? m_series[std::size_t(known.value())] : scratch;
        if (!series.known && !learnNewest(series, error))
            return false;
        (*newest)[std::size_t(point)] = series.newest;
    }
    return true;
}

bool HistoryStore::dropStored(Series &series, std::size_t begin, std::size_t n, std::size_t *kept, QString *error)
{
    if (!series.known && !learnNewest(series, error))
        return false;
    // The common case: each sample newer than the one before, nothing to look up or move.
    std::size_t i = begin;
    for (; i < begin + n && m_grouped[i].ts > series.newest; ++i)
        series.newest = m_grouped[i].ts;
    std::size_t out = i;
    std::vector<TimedValue> found;
    for (; i < begin + n; ++i) {
        const TimedValue v = m_grouped[i];
        if (v.ts > series.newest) {
            series.newest = v.ts; // the common case: newer than anything stored
        } else {
            if (!series.indexed) {
                series.pendingTimes.clear();
                for (const TimedValue &p : series.pending)
                    series.pendingTimes.insert(p.ts);
                for (std::size_t k = begin; k < out; ++k)
                    series.pendingTimes.insert(m_grouped[k].ts);
                series.indexed = true;
            }
            if (series.pendingTimes.count(v.ts))
                continue;
            if (v.ts <= series.chunksNewest) {
                found.clear();
                if (!HistoryReader::readSeries(m_db, m_path, series.dbId, v.ts, v.ts < MaxTs ? v.ts + 1 : MaxTs, 1, false,
                                               &found, error))
                    return false;
                if (!found.empty())
                    continue;
            }
        }
        if (series.indexed)
            series.pendingTimes.insert(v.ts);
        m_grouped[out++] = v;
    }
    *kept = out - begin;
    return true;
}

} // namespace twin
