// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreshistorystore.h"

#include "pointregistry.h"
#include "postgreshistoryschema.h"

#include <cmath>
#include <cstdio>

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

} // namespace

bool PostgresHistoryStore::open(const QString &url, QString *error)
{
    close();
    if (!m_db.open(url, error) || !PostgresHistorySchema::prepare(m_db, error)
        || !createStaging(error)) {
        m_db.close();
        return false;
    }
    return true;
}

bool PostgresHistoryStore::createStaging(QString *error)
{
    return m_db.exec("CREATE TEMP TABLE IF NOT EXISTS twin_stage_samples"
                     " (point_id integer, ts bigint, value double precision) ON COMMIT DELETE ROWS;"
                     "CREATE TEMP TABLE IF NOT EXISTS twin_stage_points"
                     " (twin_id text, name text, data_type text, unit text) ON COMMIT DELETE ROWS;"
                     "CREATE TEMP TABLE IF NOT EXISTS twin_stage_texts"
                     " (point_id integer, ts bigint, text text) ON COMMIT DELETE ROWS",
        error);
}

bool PostgresHistoryStore::ready(QString *error)
{
    bool reconnected = false;
    return m_db.ensureOpen(error, &reconnected) && (!reconnected || createStaging(error));
}

void PostgresHistoryStore::close()
{
    m_db.close();
    m_ids.clear();
    m_days.clear();
}

template<typename Row>
QSet<int> PostgresHistoryStore::newPoints(const Row *rows, std::size_t count) const
{
    QSet<int> points;
    for (std::size_t i = 0; i < count; ++i) {
        if (!m_ids.contains(rows[i].point))
            points.insert(rows[i].point);
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
    for (int i = 0; i < rows.rows(); ++i)
        m_ids.insert(byName.value({ rows.text(i, 1), rows.text(i, 2) }), rows.toInt(i, 0));
    return true;
}

bool PostgresHistoryStore::storeStaged(const char *copySql, const char *insertSql, QString *error)
{
    if (!m_db.exec("BEGIN", error))
        return false;
    qint64 staged = 0;
    PostgresConnection::Result inserted;
    if (!m_db.copyIn(copySql, m_buffer, &staged, error)
        || !m_db.query(insertSql, {}, &inserted, error) || !m_db.exec("COMMIT", error)) {
        // The failure above is what the caller reports; a failed ROLLBACK (the connection
        // is gone) ends the transaction as well.
        QString alsoFailed;
        m_db.exec("ROLLBACK", &alsoFailed);
        return false;
    }
    m_duplicates += staged - inserted.affected();
    return true;
}

bool PostgresHistoryStore::append(const HistorySample *samples, std::size_t count,
    InfoFunction info, const void *context, QString *error)
{
    if (count == 0)
        return true;
    if (!ready(error))
        return false;
    QSet<qint64> days;
    for (std::size_t i = 0; i < count; ++i)
        days.insert(PostgresHistorySchema::dayOf(samples[i].timestampMs));
    if (!resolve(newPoints(samples, count), info, context, error)
        || !PostgresHistorySchema::ensureDays(m_db, days, &m_days, error))
        return false;
    m_buffer.clear();
    m_buffer.reserve(qsizetype(count) * 40);
    char line[96];
    for (std::size_t i = 0; i < count; ++i) {
        const HistorySample &s = samples[i];
        if (!std::isfinite(s.value)) {
            m_buffer.append(QByteArray::number(m_ids.value(s.point)) + '\t'
                + QByteArray::number(s.timestampMs)
                + (std::isnan(s.value) ? "\tNaN\n"
                        : s.value > 0  ? "\tInfinity\n"
                                       : "\t-Infinity\n"));
            continue;
        }
        const int n = std::snprintf(line, sizeof line, "%lld\t%lld\t%.17g\n",
            static_cast<long long>(m_ids.value(s.point)), static_cast<long long>(s.timestampMs),
            s.value);
        m_buffer.append(line, n);
    }
    return storeStaged("COPY twin_stage_samples FROM STDIN",
        "INSERT INTO twin_samples SELECT point_id, ts, value FROM twin_stage_samples"
        " ON CONFLICT DO NOTHING",
        error);
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
    return storeStaged("COPY twin_stage_texts FROM STDIN",
        "INSERT INTO twin_texts SELECT point_id, ts, text FROM twin_stage_texts ON CONFLICT DO "
        "NOTHING",
        error);
}

bool PostgresHistoryStore::applyRetention(qint64 beforeMs, qint64 *deleted, QString *error)
{
    const QByteArray before = QByteArray::number(beforeMs);
    PostgresConnection::Result samples, texts;
    if (!m_db.query("DELETE FROM twin_samples WHERE ts < $1", { before }, &samples, error)
        || !m_db.query("DELETE FROM twin_texts WHERE ts < $1", { before }, &texts, error))
        return false;
    if (deleted)
        *deleted = samples.affected() + texts.affected();
    return true;
}

} // namespace twin
