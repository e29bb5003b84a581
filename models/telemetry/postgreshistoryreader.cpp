// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreshistoryreader.h"

#include "historyschema.h"
#include "postgreshistoryschema.h"
#include "postgreshistorysnapshotquery.h"

#include "core/failure.h"

#include <QMutexLocker>

#include <algorithm>
#include <limits>

namespace twin {

namespace {

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

/**
 * The samples of point $1 in [$2, $3), each time once, in no particular order: those in
 * chunks (which never hold a time twice), and those in the journal that no chunk holds
 * (a sample in two writers' journals until they merge is read once; a journal sample is
 * unpacked for the rows whose times reach the range only). $4 is the lowest
 * start of a chunk that may reach $2.
 */
constexpr char JournalSamples[]
    = "(SELECT DISTINCT ON (ts) ts, value FROM ("
      "  SELECT twin_sample_ts(j.samples, u.i) AS ts, twin_sample_value(j.samples, u.i) AS value, j.id"
      "  FROM twin_journal j, unnest(j.point_id) WITH ORDINALITY u(p, i)"
      "  WHERE j.lo < $3::bigint AND j.hi >= $2::bigint AND u.p = $1::integer) jj"
      "  WHERE jj.ts >= $2::bigint AND jj.ts < $3::bigint"
      "  AND NOT EXISTS (SELECT 1 FROM twin_chunks c WHERE c.point_id = $1::integer"
      "   AND c.start >= $4::bigint AND c.start <= jj.ts AND c.last >= jj.ts AND jj.ts = ANY (c.ts))"
      "  ORDER BY ts, id)";
const QByteArray PointSamples
    = QByteArray("SELECT u.ts, u.value FROM twin_chunks c, unnest(c.ts, c.value) u(ts, value)"
                 " WHERE c.point_id = $1::integer AND c.start < $3::bigint AND c.start >= $4::bigint"
                 " AND c.last >= $2::bigint AND u.ts >= $2::bigint AND u.ts < $3::bigint UNION ALL ")
    + JournalSamples;

/**
 * What the buckets of RollupMs or wider read, as the SQLite history does: the rollups of
 * point $1's chunks for the rollup buckets $8 to $9 (a rollup at the later of its start
 * and $2), whose chunks start in [$10, $12) and end at $11 or later, and the samples of
 * the journal in [$2, $3) as PointSamples gives them (min, max, sum, count).
 */
const QByteArray PointRollups
    = QByteArray("SELECT greatest($2::bigint, r.b * 10000) AS ts, r.mn, r.mx, r.sm, r.n"
      " FROM twin_chunks c, unnest(c.r_bucket, c.r_min, c.r_max, c.r_sum, c.r_count) r(b, mn, mx, sm, n)"
      " WHERE c.point_id = $1::integer AND c.start < $12::bigint AND c.start >= $10::bigint"
      " AND c.last >= $11::bigint AND r.b >= $8::bigint AND r.b <= $9::bigint"
      " UNION ALL SELECT ts, value, value, value, 1 FROM ")
    + JournalSamples + " j";

/// The lowest start of a chunk that may hold \a fromMs.
qint64 lowestStart(qint64 fromMs)
{
    constexpr qint64 reach = PostgresHistorySchema::ChunkSpanMs - 1;
    return fromMs < std::numeric_limits<qint64>::min() + reach ? fromMs : fromMs - reach;
}

/// The parameters $1 to $4 of PointSamples.
QByteArrayList pointSamples(const QByteArray &id, qint64 fromMs, qint64 toMs)
{
    return { id, number(fromMs), number(toMs), number(lowestStart(fromMs)) };
}

} // namespace

PostgresHistoryReader::PostgresHistoryReader(const QString &url)
    : m_url(url)
{ }

bool PostgresHistoryReader::connection(QString *error) const
{
    if (m_db.isOpen())
        return m_db.ensureOpen(error);
    if (!m_db.open(m_url, error))
        return false;
    // A history of another layout is read by the TwinStudio that writes it; a writer of this
    // one converts an older layout when it opens it.
    PostgresConnection::Result meta, layout;
    if (!m_db.query("SELECT to_regclass('twin_history_meta') IS NOT NULL", {}, &meta, error)
        || (meta.bytes(0, 0) == "t"
            && !m_db.query("SELECT value FROM twin_history_meta WHERE key = 'layout'", {}, &layout, error))) {
        m_db.close();
        return false;
    }
    const qint64 found = layout.rows() > 0 ? layout.toInt(0, 0) : PostgresHistorySchema::LayoutVersion;
    // Layout 4 only added the recorders' session marks, which readers do not read.
    if (found != PostgresHistorySchema::LayoutVersion && found != 3) {
        m_db.close();
        return fail(error,
            QStringLiteral("history %1: layout %2, this TwinStudio reads layout %3%4")
                .arg(url())
                .arg(found)
                .arg(PostgresHistorySchema::LayoutVersion)
                .arg(found < PostgresHistorySchema::LayoutVersion
                        ? QStringLiteral(" (a recorder of this version converts it when it starts)")
                        : QString()));
    }
    return true;
}

void PostgresHistoryReader::close()
{
    QMutexLocker lock(&m_mutex);
    m_db.close();
}

template<typename Work>
bool PostgresHistoryReader::withPoint(
    const QString &twinId, const QString &name, QString *dataType, QString *error, Work work) const
{
    QMutexLocker lock(&m_mutex);
    PostgresConnection::Result row;
    if (!connection(error)
        || !m_db.query("SELECT id, data_type FROM twin_points WHERE twin_id = $1 AND name = $2",
            { twinId.toUtf8(), name.toUtf8() }, &row, error))
        return false;
    if (row.rows() == 0)
        return true; // a point the history does not know has no values
    if (dataType)
        *dataType = row.text(0, 1);
    return work(row.bytes(0, 0));
}

bool PostgresHistoryReader::latest(const QString &twinId, const QString &name, qint64 fromMs,
    qint64 toMs, int limit, QList<HistoryValue> *values, QString *dataType, bool *truncated,
    QString *error) const
{
    values->clear();
    dataType->clear();
    *truncated = false;
    if (toMs <= fromMs || limit <= 0)
        return true;
    return withPoint(twinId, name, dataType, error, [&](const QByteArray &id) {
        // Newest first, numbers before texts at equal times (reversed below).
        PostgresConnection::Result rows;
        const QByteArray sql = QByteArray("SELECT ts, value, NULL::text, 0 AS kind FROM (")
            + PointSamples
            + ") s UNION ALL SELECT ts, NULL, text, 1 FROM twin_texts"
              " WHERE point_id = $1 AND ts >= $2 AND ts < $3"
              " ORDER BY ts DESC, kind DESC LIMIT $5";
        QByteArrayList params = pointSamples(id, fromMs, toMs);
        params.append(number(qint64(limit) + 1));
        if (!m_db.query(sql.constData(), params, &rows, error))
            return false;
        const int n = std::min(rows.rows(), limit);
        *truncated = rows.rows() > limit;
        values->reserve(n);
        for (int i = n - 1; i >= 0; --i) {
            HistoryValue v;
            v.timestampMs = rows.toInt(i, 0);
            v.isText = rows.toInt(i, 3) == 1;
            if (v.isText)
                v.text = rows.text(i, 2);
            else
                v.number = rows.toDouble(i, 1);
            values->append(v);
        }
        return true;
    });
}

bool PostgresHistoryReader::range(const QString &twinId, const QString &name, qint64 fromMs,
    qint64 toMs, QList<HistorySample> *samples, int limit, QString *error) const
{
    samples->clear();
    if (toMs <= fromMs)
        return true;
    return withPoint(twinId, name, nullptr, error, [&](const QByteArray &id) {
        PostgresConnection::Result rows;
        const QByteArray sql
            = QByteArray("SELECT ts, value FROM (") + PointSamples + ") s ORDER BY ts LIMIT $5";
        QByteArrayList params = pointSamples(id, fromMs, toMs);
        params.append(number(limit > 0 ? limit : std::numeric_limits<qint64>::max()));
        if (!m_db.query(sql.constData(), params, &rows, error))
            return false;
        samples->reserve(rows.rows());
        for (int i = 0; i < rows.rows(); ++i)
            samples->append(HistorySample { -1, rows.toInt(i, 0), rows.toDouble(i, 1) });
        return true;
    });
}

bool PostgresHistoryReader::downsample(const QString &twinId, const QString &name, qint64 fromMs,
    qint64 toMs, int buckets, QList<HistoryBucket> *result, QString *error) const
{
    result->clear();
    if (buckets <= 0 || toMs <= fromMs)
        return fail(error, QStringLiteral("downsample: empty range or no buckets"));
    return withPoint(twinId, name, nullptr, error, [&](const QByteArray &id) {
        // The bucket of a sample as HistoryReader computes it: double arithmetic, the last
        // bucket closed at toMs.
        const double width = (double(toMs) - double(fromMs)) / buckets;
        const QByteArray bucket
            = "SELECT LEAST($5::integer - 1, floor((ts::float8 - $6::float8) / $7::float8)::integer) AS b,";
        PostgresConnection::Result rows;
        QByteArrayList params = pointSamples(id, fromMs, toMs);
        params << number(buckets) << number(fromMs) << QByteArray::number(width, 'g', 17);
        QByteArray sql;
        if (width < double(HistorySchema::RollupMs)) {
            sql = bucket + " min(value), max(value), sum(value), count(*) FROM (" + PointSamples
                + ") s GROUP BY b ORDER BY b";
        } else {
            // Wide buckets read the chunks' rollups (a day at 1 Hz: 8,640 instead of 86,400).
            const qint64 first = HistorySchema::rollupBucket(fromMs);
            const qint64 last = HistorySchema::rollupBucket(toMs - 1);
            const qint64 firstStart = HistorySchema::rollupStart(first);
            const qint64 end = last + 1 > std::numeric_limits<qint64>::max() / HistorySchema::RollupMs
                ? std::numeric_limits<qint64>::max()
                : HistorySchema::rollupStart(last + 1);
            params << number(first) << number(last) << number(lowestStart(firstStart))
                   << number(firstStart) << number(end);
            sql = bucket + " min(mn), max(mx), sum(sm), sum(n) FROM (" + PointRollups
                + ") s(ts, mn, mx, sm, n) GROUP BY b ORDER BY b";
        }
        if (!m_db.query(sql.constData(), params, &rows, error))
            return false;
        result->reserve(rows.rows());
        for (int i = 0; i < rows.rows(); ++i) {
            const qint64 index = rows.toInt(i, 0);
            const qint64 count = rows.toInt(i, 4);
            result->append(
                HistoryBucket { fromMs + qint64(double(index) * width), rows.toDouble(i, 1),
                    rows.toDouble(i, 2), rows.toDouble(i, 3) / double(count), count });
        }
        return true;
    });
}

qint64 PostgresHistoryReader::sampleCount(QString *error) const
{
    QMutexLocker lock(&m_mutex);
    PostgresConnection::Result row;
    if (!connection(error)
        || !m_db.query(
            // Journal samples that a chunk or another journal row holds too count once.
            "SELECT (SELECT coalesce(sum(cardinality(ts)), 0) FROM twin_chunks)"
            " + (SELECT count(*) FROM (SELECT DISTINCT u.p, twin_sample_ts(j.samples, u.i) AS t"
            "  FROM twin_journal j, unnest(j.point_id) WITH ORDINALITY u(p, i)) x WHERE NOT EXISTS (SELECT 1 FROM twin_chunks c"
            "  WHERE c.point_id = x.p AND c.start <= x.t AND c.last >= x.t AND x.t = ANY (c.ts)))"
            " + (SELECT count(*) FROM twin_texts)",
            {},
            &row, error))
        return -1;
    return row.toInt(0, 0);
}

bool PostgresHistoryReader::series(
    const QString &twinId, QList<Series> *result, QString *error) const
{
    result->clear();
    QMutexLocker lock(&m_mutex);
    PostgresConnection::Result rows;
    if (!connection(error)
        || !m_db.query("SELECT name, data_type, unit FROM twin_points WHERE twin_id = $1 ORDER BY "
                       "name COLLATE \"C\"",
            { twinId.toUtf8() }, &rows, error))
        return false;
    for (int i = 0; i < rows.rows(); ++i)
        result->append(Series { rows.text(i, 0), rows.text(i, 1), rows.text(i, 2) });
    return true;
}

bool PostgresHistoryReader::snapshot(qint64 atMs, QList<HistoryPointValue> *values, QString *error) const
{
    QMutexLocker lock(&m_mutex);
    return connection(error) && PostgresHistorySnapshotQuery::read(m_db, atMs, values, error);
}

bool PostgresHistoryReader::span(qint64 *fromMs, qint64 *toMs, QString *error) const
{
    QMutexLocker lock(&m_mutex);
    return connection(error) && PostgresHistorySnapshotQuery::span(m_db, fromMs, toMs, error);
}

} // namespace twin
