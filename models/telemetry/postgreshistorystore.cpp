// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreshistorystore.h"

#include "historyschema.h"
#include "pointregistry.h"
#include "postgrescopybuffer.h"
#include "postgreshistoryschema.h"

#include "core/failure.h"
#include "core/logging.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <unordered_set>

namespace twin {

namespace {

/// \a text escaped for COPY's text format.
void appendCopyText(QByteArray *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\0':
            break; // PostgreSQL text cannot hold NUL
        default:
            out->append(c);
        }
    }
}

/// \a values as an array literal for a query parameter.
template<typename T> QByteArray arrayLiteral(const std::vector<T> &values)
{
    QByteArray out("{");
    for (const T &v : values) {
        if (out.size() > 1)
            out.append(',');
        out.append(QByteArray::number(v));
    }
    out.append('}');
    return out;
}

/// Merges are taken one at a time across writers: each checks what the chunks hold.
constexpr char MergeLock[] = "SELECT pg_advisory_xact_lock(7346190253)";
/// A writer holds (WriterLockSpace, its id) while it is connected: journal rows of a
/// writer whose lock can be taken are orphans.
constexpr char WriterLockSpace[] = "734619025";

bool earlier(const TimedValue &a, const TimedValue &b)
{
    return a.ts < b.ts;
}

} // namespace

bool PostgresHistoryStore::open(
    const QString &url, QString *error, PostgresHistorySchema::Storage preferred)
{
    close();
    if (!m_db.open(url, error)
        || !PostgresHistorySchema::prepare(m_db, error, preferred, &m_storage)
        || !connected(error)) {
        m_db.close();
        return false;
    }
    return true;
}

bool PostgresHistoryStore::connected(QString *error)
{
    // What this writer had pending is in its journal rows, which after a reconnection
    // are orphans like those of a writer that died: they are read back from there.
    forget();
    PostgresConnection::Result writer;
    if (!m_db.exec("CREATE TEMP TABLE IF NOT EXISTS twin_stage_points"
                   " (twin_id text, name text, data_type text, unit text) ON COMMIT DELETE ROWS;"
                   "CREATE TEMP TABLE IF NOT EXISTS twin_stage_texts"
                   " (point_id integer, ts bigint, text text) ON COMMIT DELETE ROWS",
            error)
        || !m_db.query("SELECT id, pg_advisory_lock($1::integer, id::integer)"
                       " FROM (SELECT nextval('twin_writers') AS id) w",
            { WriterLockSpace }, &writer, error))
        return false;
    m_writer = QByteArray::number(writer.toInt(0, 0));
    return claimOrphans(error);
}

bool PostgresHistoryStore::claimOrphans(QString *error)
{
    PostgresConnection::Result writers;
    if (!m_db.query("SELECT DISTINCT writer FROM twin_journal WHERE writer <> $1", { m_writer },
            &writers, error))
        return false;
    for (int i = 0; i < writers.rows(); ++i) {
        const QByteArray orphan = writers.bytes(i, 0);
        PostgresConnection::Result mine;
        if (!m_db.query("SELECT pg_try_advisory_lock($2::integer, $1::integer)",
                { orphan, WriterLockSpace }, &mine, error))
            return false;
        if (mine.bytes(0, 0) != "t")
            continue; // its writer is alive
        PostgresConnection::Result unlocked;
        if (!m_db.query("UPDATE twin_journal SET writer = $1 WHERE writer = $2", { m_writer, orphan },
                &unlocked, error)
            || !m_db.query("SELECT pg_advisory_unlock($2::integer, $1::integer)",
                { orphan, WriterLockSpace }, &unlocked, error))
            return false;
    }
    PostgresConnection::Result rows;
    if (!m_db.query("SELECT u.p, twin_sample_ts(j.samples, u.i), twin_sample_value(j.samples, u.i),"
                    " (SELECT count(*) FROM twin_journal WHERE writer = $1)"
                    " FROM twin_journal j, unnest(j.point_id) WITH ORDINALITY u(p, i)"
                    " WHERE j.writer = $1 ORDER BY j.id, u.i",
            { m_writer }, &rows, error))
        return false;
    for (int i = 0; i < rows.rows(); ++i)
        m_series[std::size_t(seriesOf(qint32(rows.toInt(i, 0))))].pending.push_back(
            { rows.toInt(i, 1), rows.toDouble(i, 2) });
    m_pendingSamples = rows.rows();
    m_journalRows = rows.rows() > 0 ? int(rows.toInt(0, 3)) : 0;
    if (m_pendingSamples > 0)
        qCInfo(lcTelemetry).noquote() << "history" << m_db.url() << ": merging" << m_pendingSamples
                                      << "journalled samples of an earlier connection";
    return m_pendingSamples == 0 || checkpoint(error);
}

bool PostgresHistoryStore::ready(QString *error)
{
    bool reconnected = false;
    return m_db.ensureOpen(error, &reconnected) && (!reconnected || connected(error));
}

void PostgresHistoryStore::close()
{
    if (m_db.isOpen() && m_pendingSamples > 0) {
        QString error;
        if (!checkpoint(&error))
            qCWarning(lcTelemetry).noquote()
                << "history" << m_db.url() << ": pending samples stay in the journal:" << error;
    }
    m_db.close();
    forget();
}

void PostgresHistoryStore::forget()
{
    m_ids.clear();
    m_days.clear();
    m_series.clear();
    m_seriesOfId.clear();
    m_seriesOfPoint.clear();
    m_pendingSamples = 0;
    m_dropped = 0;
    m_journalRows = 0;
    m_pendingSince = 0;
}

int PostgresHistoryStore::seriesOf(qint32 id)
{
    const auto found = m_seriesOfId.constFind(id);
    if (found != m_seriesOfId.cend())
        return found.value();
    m_series.push_back({ id, {} });
    m_seriesOfId.insert(id, int(m_series.size() - 1));
    return int(m_series.size() - 1);
}

template<typename Row>
QSet<int> PostgresHistoryStore::newPoints(const Row *rows, std::size_t count) const
{
    QSet<int> points;
    for (std::size_t i = 0; i < count; ++i) {
        const int point = rows[i].point;
        if (point < 0 || std::size_t(point) >= m_seriesOfPoint.size()
            || m_seriesOfPoint[std::size_t(point)] < 0)
            points.insert(point);
    }
    return points;
}

bool PostgresHistoryStore::resolve(
    const QSet<int> &points, InfoFunction info, const void *context, QString *error)
{
    if (points.isEmpty())
        return true;
    // All new points in one round trip: a recorder meets thousands in its first batch.
    QHash<QPair<QString, QString>, int> byName;
    m_buffer.clear();
    for (const int point : points) {
        const PointInfo &p = info(context, point);
        byName.insert({ p.twinId, p.name }, point);
        for (const QString *field : { &p.twinId, &p.name, &p.dataType }) {
            appendCopyText(&m_buffer, *field);
            m_buffer.append('\t');
        }
        appendCopyText(&m_buffer, p.unit);
        m_buffer.append('\n');
    }
    PostgresConnection::Result rows;
    const bool ok = m_db.exec("BEGIN", error)
        && m_db.copyIn("COPY twin_stage_points FROM STDIN", m_buffer, nullptr, error)
        && m_db.query("INSERT INTO twin_points (twin_id, name, data_type, unit)"
                      " SELECT twin_id, name, data_type, unit FROM twin_stage_points"
                      " ON CONFLICT (twin_id, name) DO UPDATE SET data_type = EXCLUDED.data_type,"
                      " unit = EXCLUDED.unit RETURNING id, twin_id, name",
            {}, &rows, error)
        && m_db.exec("COMMIT", error);
    if (!ok) {
        QString alsoFailed;
        m_db.exec("ROLLBACK", &alsoFailed);
        return false;
    }
    for (int i = 0; i < rows.rows(); ++i) {
        const int point = byName.value({ rows.text(i, 1), rows.text(i, 2) });
        const qint32 id = qint32(rows.toInt(i, 0));
        m_ids.insert(point, id);
        if (point < 0)
            continue;
        if (std::size_t(point) >= m_seriesOfPoint.size())
            m_seriesOfPoint.resize(std::size_t(point) + 1, -1);
        m_seriesOfPoint[std::size_t(point)] = seriesOf(id);
    }
    return true;
}

bool PostgresHistoryStore::append(const HistorySample *samples, std::size_t count,
    InfoFunction info, const void *context, QString *error)
{
    if (count == 0 && m_sessionMarks.empty())
        return true;
    // Session marks go in the batch's transaction; without them the COPY is one on its own.
    const bool marks = !m_sessionMarks.empty();
    const auto abandon = [&] {
        m_sessionMarks.clear();
        if (marks) {
            QString alsoFailed;
            m_db.exec("ROLLBACK", &alsoFailed);
        }
        return false;
    };
    if (!ready(error))
        return abandon();
    // A due merge goes first: when it fails, nothing of this batch is stored and the
    // caller may send it again.
    if ((m_pendingSamples + qint64(count) > CheckpointSamples || m_journalRows >= CheckpointRows)
        && !checkpoint(error))
        return abandon();
    if (!resolve(newPoints(samples, count), info, context, error))
        return abandon();
    if (marks && !m_db.exec("BEGIN", error))
        return abandon();
    if (count == 0)
        return (writeSessionMarks(error) && m_db.exec("COMMIT", error)) || abandon();

    // The batch as one journal row: one row per batch is what keeps PostgreSQL's cost per
    // sample low (its cost is per row and per index entry).
    // Rows small enough to stay in the table's page (toast_tuple_target): a row that
    // PostgreSQL must compress or move out of line costs more than several small ones.
    m_buffer.reserve(qsizetype(count) * 32 + qsizetype(count / JournalRowSamples + 1) * 96 + 32);
    PostgresCopyBuffer copy(&m_buffer);
    copy.begin();
    const qint32 writer = qint32(m_writer.toInt());
    for (std::size_t at = 0; at < count; at += JournalRowSamples) {
        const HistorySample *row = samples + at;
        const std::size_t n = std::min<std::size_t>(JournalRowSamples, count - at);
        qint64 lo = row[0].timestampMs, hi = row[0].timestampMs;
        for (std::size_t i = 1; i < n; ++i) {
            lo = std::min(lo, row[i].timestampMs);
            hi = std::max(hi, row[i].timestampMs);
        }
        copy.row(5);
        copy.int4(writer);
        copy.array(PostgresCopyBuffer::Type::Int4, n,
            [&](std::size_t i) { return m_series[std::size_t(m_seriesOfPoint[std::size_t(row[i].point)])].id; });
        // Times and values packed: the server stores them without parsing each one.
        copy.pairs(n, [&](std::size_t i) { return row[i].timestampMs; }, [&](std::size_t i) { return row[i].value; });
        copy.int8(lo);
        copy.int8(hi);
    }
    copy.end();
    if (!m_db.copyIn("COPY twin_journal (writer, point_id, samples, lo, hi) FROM STDIN (FORMAT binary)",
            m_buffer, nullptr, error)
        || (marks && !(writeSessionMarks(error) && m_db.exec("COMMIT", error))))
        return abandon();
    for (std::size_t i = 0; i < count; ++i)
        m_series[std::size_t(m_seriesOfPoint[std::size_t(samples[i].point)])].pending.push_back(
            { samples[i].timestampMs, samples[i].value });
    m_pendingSamples += qint64(count);
    ++m_journalRows;
    if (m_pendingSince == 0)
        m_pendingSince = QDateTime::currentMSecsSinceEpoch();
    return true;
}

bool PostgresHistoryStore::flush(QString *error)
{
    return m_pendingSamples == 0 || (ready(error) && checkpoint(error));
}

void PostgresHistoryStore::idle()
{
    if (m_pendingSamples == 0
        || QDateTime::currentMSecsSinceEpoch() - m_pendingSince < CheckpointAfterMs)
        return;
    QString why;
    if (!ready(&why) || !checkpoint(&why)) {
        qCWarning(lcTelemetry).noquote()
            << "history" << m_db.url() << ": merging the journal failed, retried later:" << why;
        m_pendingSince = QDateTime::currentMSecsSinceEpoch();
    }
}

bool PostgresHistoryStore::checkpoint(QString *error)
{
    // Each point's samples sorted by time, a time met twice kept once (the first to come),
    // in place: what is dropped is a copy, also when this merge fails and is tried again
    // (m_dropped counts it until a merge succeeds).
    struct Merge
    {
        qint32 id;
        std::vector<TimedValue> *values;
    };
    std::vector<Merge> merges;
    merges.reserve(m_series.size());
    std::vector<qint32> ids;
    std::vector<qint64> oldest;
    QSet<qint64> days;
    for (Series &series : m_series) {
        if (series.pending.empty())
            continue;
        std::vector<TimedValue> &values = series.pending;
        // Samples mostly come in time order: sorted and without a time twice, nothing to do.
        const auto step = std::adjacent_find(values.begin(), values.end(),
            [](const TimedValue &a, const TimedValue &b) { return b.ts <= a.ts; });
        if (step != values.end()) {
            std::stable_sort(values.begin(), values.end(), earlier);
            const auto end = std::unique(values.begin(), values.end(),
                [](const TimedValue &a, const TimedValue &b) { return a.ts == b.ts; });
            m_dropped += values.end() - end;
            values.erase(end, values.end());
        }
        Merge m { series.id, &values };
        ids.push_back(series.id);
        oldest.push_back(values.front().ts);
        // Sorted: a day is looked up when it changes only.
        qint64 day = PostgresHistorySchema::dayOf(values.front().ts);
        days.insert(day);
        for (const TimedValue &v : values) {
            if (v.ts >= (day + 1) * PostgresHistorySchema::DayMs) {
                day = PostgresHistorySchema::dayOf(v.ts);
                days.insert(day);
            }
        }
        merges.push_back(std::move(m));
    }
    // Partitions are made outside the transaction: making one may fail (see ensureDays).
    if (m_storage == PostgresHistorySchema::Storage::DayPartitions
        && !PostgresHistorySchema::ensureDays(m_db, days, &m_days, error))
        return false;

    if (!m_db.exec("BEGIN", error))
        return false;
    const bool ok = [&] {
        // Merges one at a time: what the chunks hold from each point's oldest pending time
        // on is what another writer (or this one before a crash) stored already.
        PostgresConnection::Result stored;
        if (!m_db.exec(MergeLock, error)
            || !m_db.query("SELECT q.p, u.t FROM unnest($1::integer[], $2::bigint[]) q(p, lo)"
                           " JOIN twin_chunks c ON c.point_id = q.p AND c.last >= q.lo,"
                           " unnest(c.ts) u(t) WHERE u.t >= q.lo",
                { arrayLiteral(ids), arrayLiteral(oldest) }, &stored, error))
            return false;
        QHash<qint32, std::unordered_set<qint64>> held;
        for (int i = 0; i < stored.rows(); ++i)
            held[qint32(stored.toInt(i, 0))].insert(stored.toInt(i, 1));
        PostgresCopyBuffer copy(&m_buffer);
        copy.begin();
        for (Merge &m : merges) {
            const auto found = held.constFind(m.id);
            if (found != held.cend()) {
                const auto end = std::remove_if(m.values->begin(), m.values->end(),
                    [&](const TimedValue &v) { return found->count(v.ts) > 0; });
                m_dropped += m.values->end() - end;
                m.values->erase(end, m.values->end());
            }
            appendChunks(copy, m.id, m.values->data(), m.values->size());
        }
        copy.end();
        PostgresConnection::Result deleted;
        return m_db.copyIn("COPY twin_chunks (point_id, start, last, ts, value, r_bucket, r_min,"
                           " r_max, r_sum, r_count) FROM STDIN (FORMAT binary)",
                   m_buffer, nullptr, error)
            && m_db.query(
                "DELETE FROM twin_journal WHERE writer = $1", { m_writer }, &deleted, error)
            && m_db.exec("COMMIT", error);
    }();
    if (!ok) {
        // The failure above is what the caller reports; a failed ROLLBACK (the connection
        // is gone) ends the transaction as well.
        QString alsoFailed;
        m_db.exec("ROLLBACK", &alsoFailed);
        return false;
    }
    m_duplicates += m_dropped;
    m_dropped = 0;
    for (Series &series : m_series)
        series.pending.clear();
    m_pendingSamples = 0;
    m_journalRows = 0;
    m_pendingSince = 0;
    return true;
}

void PostgresHistoryStore::appendChunks(
    PostgresCopyBuffer &copy, qint32 id, const TimedValue *values, std::size_t n)
{
    // The rollups of the chunk being made: what the charts' wide buckets read.
    struct Rollup
    {
        qint64 bucket;
        double min, max, sum;
        qint32 count;
    };
    std::vector<Rollup> rollups;
    for (std::size_t i = 0; i < n;) {
        const qint64 start = values[i].ts;
        rollups.clear();
        std::size_t j = i;
        // A chunk ends at ChunkCapacity samples, ChunkSpanMs, or when its bytes (a sample
        // 16, a rollup 36) would no longer fit in its page.
        while (j < n && j - i < std::size_t(ChunkCapacity)
            && quint64(values[j].ts) - quint64(start) < quint64(PostgresHistorySchema::ChunkSpanMs)) {
            const qint64 bucket = HistorySchema::rollupBucket(values[j].ts);
            const bool opens = rollups.empty() || rollups.back().bucket != bucket;
            if (16 * (j - i + 1) + 36 * (rollups.size() + (opens ? 1 : 0)) > std::size_t(ChunkBytes))
                break;
            const double v = values[j].value;
            if (opens) {
                rollups.push_back({ bucket, v, v, v, 1 });
            } else {
                Rollup &r = rollups.back();
                r.min = std::min(r.min, v);
                r.max = std::max(r.max, v);
                r.sum += v;
                ++r.count;
            }
            ++j;
        }
        const TimedValue *chunk = values + i;
        copy.row(10);
        copy.int4(id);
        copy.int8(start);
        copy.int8(values[j - 1].ts);
        copy.array(PostgresCopyBuffer::Type::Int8, j - i, [&](std::size_t k) { return chunk[k].ts; });
        copy.array(PostgresCopyBuffer::Type::Float8, j - i, [&](std::size_t k) { return chunk[k].value; });
        const std::size_t m = rollups.size();
        copy.array(PostgresCopyBuffer::Type::Int8, m, [&](std::size_t k) { return rollups[k].bucket; });
        copy.array(PostgresCopyBuffer::Type::Float8, m, [&](std::size_t k) { return rollups[k].min; });
        copy.array(PostgresCopyBuffer::Type::Float8, m, [&](std::size_t k) { return rollups[k].max; });
        copy.array(PostgresCopyBuffer::Type::Float8, m, [&](std::size_t k) { return rollups[k].sum; });
        copy.array(PostgresCopyBuffer::Type::Int4, m, [&](std::size_t k) { return rollups[k].count; });
        i = j;
    }
}

bool PostgresHistoryStore::appendTexts(const HistoryText *texts, std::size_t count,
    InfoFunction info, const void *context, QString *error)
{
    if (count == 0)
        return true;
    if (!ready(error))
        return false;
    if (!resolve(newPoints(texts, count), info, context, error))
        return false;
    m_buffer.clear();
    for (std::size_t i = 0; i < count; ++i) {
        m_buffer.append(QByteArray::number(m_ids.value(texts[i].point)));
        m_buffer.append('\t');
        m_buffer.append(QByteArray::number(texts[i].timestampMs));
        m_buffer.append('\t');
        appendCopyText(&m_buffer, texts[i].text);
        m_buffer.append('\n');
    }
    if (!m_db.exec("BEGIN", error))
        return false;
    qint64 staged = 0;
    PostgresConnection::Result inserted;
    if (!m_db.copyIn("COPY twin_stage_texts FROM STDIN", m_buffer, &staged, error)
        || !m_db.query("INSERT INTO twin_texts SELECT point_id, ts, text FROM twin_stage_texts"
                       " ON CONFLICT DO NOTHING",
            {}, &inserted, error)
        || !m_db.exec("COMMIT", error)) {
        QString alsoFailed;
        m_db.exec("ROLLBACK", &alsoFailed);
        return false;
    }
    m_duplicates += staged - inserted.affected();
    return true;
}

bool PostgresHistoryStore::applyRetention(qint64 beforeMs, qint64 *deleted, QString *error)
{
    // Pending samples are merged first: the chunks are where the trimming happens.
    if (!flush(error))
        return false;
    const QByteArray before = QByteArray::number(beforeMs);
    PostgresConnection::Result samples, texts;
    // Chunks reaching past the limit keep their newer part, as a chunk of its own.
    if (!m_db.query("WITH cut AS (DELETE FROM twin_chunks WHERE start < $1 RETURNING *),"
                    " kept AS (INSERT INTO twin_chunks SELECT g.*, r.* FROM (SELECT cut.point_id,"
                    "  min(u.t), max(u.t), array_agg(u.t ORDER BY u.t) AS ts, array_agg(u.v ORDER BY u.t)"
                    "  AS value FROM cut, unnest(cut.ts, cut.value) u(t, v) WHERE u.t >= $1"
                    "  GROUP BY cut.point_id, cut.start) g, twin_rollups(g.ts, g.value) r RETURNING ts)"
                    " SELECT (SELECT coalesce(sum(cardinality(ts)), 0) FROM cut)"
                    "  - (SELECT coalesce(sum(cardinality(ts)), 0) FROM kept)",
            { before }, &samples, error)
        || !m_db.query("DELETE FROM twin_texts WHERE ts < $1", { before }, &texts, error))
        return false;
    if (deleted)
        *deleted = samples.toInt(0, 0) + texts.affected();
    return true;
}

bool PostgresHistoryStore::writeSessionMarks(QString *error)
{
    const std::vector<SessionMarks> marks = std::move(m_sessionMarks);
    m_sessionMarks.clear();
    for (const SessionMarks &m : marks) {
        // One round trip: the next batch number, the trim (or, on a reset, every earlier
        // batch) and the new row. The DELETE does not see the row the INSERT adds.
        PostgresConnection::Result done;
        if (!m_db.query("WITH next AS (SELECT coalesce(max(seq), 0) + 1 AS seq FROM twin_mqtt_sessions"
                        " WHERE client_id = $1),"
                        " gone AS (DELETE FROM twin_mqtt_sessions s USING next WHERE s.client_id = $1"
                        " AND (s.seq <= next.seq - $4::bigint OR $3::boolean))"
                        " INSERT INTO twin_mqtt_sessions SELECT $1, next.seq, decode($2, 'hex') FROM next",
                {m.clientId.toUtf8(), m.seen.toHex(), m.reset ? QByteArray("true") : QByteArray("false"),
                    QByteArray::number(SessionMarks::KeptBatches)},
                &done, error))
            return false;
    }
    return true;
}

bool PostgresHistoryStore::loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error)
{
    if (!ready(error))
        return false;
    PostgresConnection::Result rows;
    if (!m_db.query("SELECT encode(seen, 'hex') FROM twin_mqtt_sessions WHERE client_id = $1 ORDER BY seq",
            {clientId.toUtf8()}, &rows, error))
        return false;
    for (int row = 0; row < rows.rows(); ++row) {
        if (!SessionMarks::read(QByteArray::fromHex(rows.bytes(row, 0)), seen))
            return fail(error, QStringLiteral("history %1: a session mark of %2 is corrupt").arg(url(), clientId));
    }
    return true;
}

bool PostgresHistoryStore::newestTimes(InfoFunction info, const void *context, int count,
    std::vector<qint64> *newest, QString *error)
{
    newest->assign(std::size_t(std::max(count, 0)), std::numeric_limits<qint64>::min());
    if (count <= 0)
        return true;
    if (!ready(error))
        return false;
    // Receive times from now on are not earlier than now: only times stored later matter,
    // which are in chunks starting within a chunk span of now (today's partitions) and in
    // the journal. A journal row's hi is the newest time of all its points: for some, later
    // than their own newest, which only moves their next receive time on a little.
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    PostgresConnection::Result rows;
    if (!m_db.query("WITH later AS ("
                    " SELECT point_id, last AS t FROM twin_chunks WHERE start > $1::bigint - $2::bigint"
                    " AND last >= $1::bigint"
                    " UNION ALL SELECT unnest(point_id), hi FROM twin_journal WHERE hi >= $1::bigint)"
                    " SELECT p.twin_id, p.name, max(l.t) FROM later l JOIN twin_points p ON p.id = l.point_id"
                    " GROUP BY p.twin_id, p.name",
            {now, QByteArray::number(PostgresHistorySchema::ChunkSpanMs)}, &rows, error))
        return false;
    QHash<QString, qint64> stored;
    for (int row = 0; row < rows.rows(); ++row) {
        if (!rows.isNull(row, 2))
            stored.insert(rows.text(row, 0) + QChar(0) + rows.text(row, 1), rows.toInt(row, 2));
    }
    for (int point = 0; point < count; ++point) {
        const PointInfo &p = info(context, point);
        const auto found = stored.constFind(p.twinId + QChar(0) + p.name);
        if (found != stored.cend())
            (*newest)[std::size_t(point)] = found.value();
    }
    return true;
}

} // namespace twin
