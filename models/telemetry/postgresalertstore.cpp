// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresalertstore.h"

#include "postgresalertschema.h"

#include <QMutexLocker>

namespace twin {

namespace {

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

bool PostgresAlertStore::open(const QString &url, QString *error)
{
    QMutexLocker lock(&m_mutex);
    return m_db.open(url, error) && PostgresAlertSchema::prepare(m_db, error);
}

bool PostgresAlertStore::ready(QString *error)
{
    bool reconnected = false;
    if (!m_db.ensureOpen(error, &reconnected))
        return false;
    return !reconnected || PostgresAlertSchema::prepare(m_db, error);
}

bool PostgresAlertStore::load(int limit, QList<AlertRecord> *alerts, QString *error)
{
    QMutexLocker lock(&m_mutex);
    PostgresConnection::Result rows;
    if (!ready(error)
        || !m_db.query("SELECT id, raised, twin_id, type, payload, function, severity, rule, state, ack_by,"
                       " ack_at, comment, cleared FROM twin_alerts ORDER BY raised DESC, id DESC LIMIT $1::bigint",
                       {number(limit)}, &rows, error))
        return false;
    alerts->clear();
    alerts->reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row) {
        AlertRecord a;
        a.id = rows.toInt(row, 0);
        a.raisedMs = rows.toInt(row, 1);
        a.twinId = rows.text(row, 2);
        a.type = rows.text(row, 3);
        a.payload = rows.text(row, 4);
        a.function = rows.text(row, 5);
        a.severity = rows.text(row, 6);
        a.rule = rows.text(row, 7);
        a.state = AlertRecord::stateFromName(rows.text(row, 8));
        a.acknowledgedBy = rows.text(row, 9);
        a.acknowledgedMs = rows.toInt(row, 10);
        a.comment = rows.text(row, 11);
        a.clearedMs = rows.toInt(row, 12);
        alerts->append(a);
    }
    return true;
}

bool PostgresAlertStore::append(AlertRecord *alert, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!ready(error))
        return false;
    const QByteArrayList params{number(alert->raisedMs),
                                alert->twinId.toUtf8(),
                                alert->type.toUtf8(),
                                alert->payload.toUtf8(),
                                alert->function.toUtf8(),
                                alert->severity.toUtf8(),
                                alert->rule.toUtf8(),
                                AlertRecord::stateName(alert->state).toUtf8(),
                                alert->acknowledgedBy.toUtf8(),
                                number(alert->acknowledgedMs),
                                alert->comment.toUtf8(),
                                number(alert->clearedMs)};
    // Another writer may have stored this alert already: its open episode (the unique
    // indexes), or the episode it cleared since this raise (the NOT EXISTS).
    PostgresConnection::Result inserted;
    if (!m_db.query("INSERT INTO twin_alerts(raised, twin_id, type, payload, function, severity, rule, state,"
                    " ack_by, ack_at, comment, cleared)"
                    " SELECT $1::bigint, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text,"
                    " $10::bigint, $11::text, $12::bigint"
                    " WHERE $7 = '' OR NOT EXISTS (SELECT 1 FROM twin_alerts WHERE twin_id = $2 AND rule = $7"
                    " AND state = 'cleared' AND cleared >= $1::bigint)"
                    " ON CONFLICT DO NOTHING RETURNING id",
                    params, &inserted, error))
        return false;
    if (inserted.rows() == 1) {
        alert->id = inserted.toInt(0, 0);
        return true;
    }
    PostgresConnection::Result existing;
    const bool found = alert->rule.isEmpty()
        ? m_db.query("SELECT id FROM twin_alerts WHERE rule = '' AND twin_id = $1 AND type = $2 AND function = $3"
                     " AND raised = $4::bigint AND md5(payload) = md5($5) LIMIT 1",
                     {params.at(1), params.at(2), params.at(4), params.at(0), params.at(3)}, &existing, error)
        : m_db.query("SELECT id FROM twin_alerts WHERE twin_id = $1 AND rule = $2"
                     " AND (state <> 'cleared' OR cleared >= $3::bigint) ORDER BY raised DESC LIMIT 1",
                     {params.at(1), params.at(6), params.at(0)}, &existing, error);
    if (!found)
        return false;
    if (existing.rows() != 1) {
        // Deleted between the two statements (retention): nothing to point at.
        *error = QStringLiteral("history %1: alert on %2 neither stored nor found").arg(m_db.url(), alert->twinId);
        return false;
    }
    alert->id = existing.toInt(0, 0);
    return true;
}

bool PostgresAlertStore::update(const AlertRecord &alert, QString *error)
{
    QMutexLocker lock(&m_mutex);
    PostgresConnection::Result changed;
    if (!ready(error)
        || !m_db.query("UPDATE twin_alerts SET state = CASE WHEN state = 'cleared' OR $2 = 'cleared' THEN 'cleared'"
                       " WHEN state = 'acknowledged' OR $2 = 'acknowledged' THEN 'acknowledged' ELSE 'open' END,"
                       " ack_by = CASE WHEN $3 <> '' THEN $3 ELSE ack_by END,"
                       " ack_at = CASE WHEN $4::bigint <> 0 THEN $4::bigint ELSE ack_at END,"
                       " comment = CASE WHEN $3 <> '' THEN $5 ELSE comment END,"
                       " cleared = CASE WHEN cleared <> 0 THEN cleared ELSE $6::bigint END WHERE id = $1::bigint",
                       {number(alert.id), AlertRecord::stateName(alert.state).toUtf8(), alert.acknowledgedBy.toUtf8(),
                        number(alert.acknowledgedMs), alert.comment.toUtf8(), number(alert.clearedMs)},
                       &changed, error))
        return false;
    if (changed.affected() != 1) {
        *error = QStringLiteral("history %1: alert %2 is not stored").arg(m_db.url()).arg(alert.id);
        return false;
    }
    return true;
}

} // namespace twin
