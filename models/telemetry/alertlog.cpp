// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlog.h"

#include "historyschema.h"

#include "store/sqlitestatement.h"

namespace twin {

bool AlertLog::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    QString why;
    bool oldLayout = false;
    if (!m_database.open(path, SqliteDatabase::Mode::Create, &why)
        || !m_database.exec("PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL;", &why)
        || !HistorySchema::create(m_database, &oldLayout, &why)) {
        *error = QStringLiteral("history %1: %2").arg(path, why);
        close();
        return false;
    }
    // A file of layout 1 is converted by the history writer; its alerts table is there now.
    return true;
}

bool AlertLog::load(int limit, QList<AlertRecord> *alerts, QString *error)
{
    SqliteStatement q;
    if (!q.prepare(m_database.handle(),
                   "SELECT id, raised, twin, type, payload, function, severity, rule, state, ackBy, ackAt, comment,"
                   " cleared FROM alerts ORDER BY raised DESC, id DESC LIMIT ?1",
                   error))
        return false;
    q.bindInt(1, limit);
    alerts->clear();
    SqliteStatement::Step step;
    while ((step = q.step()) == SqliteStatement::Step::Row) {
        AlertRecord a;
        a.id = q.columnInt(0);
        a.raisedMs = q.columnInt(1);
        a.twinId = q.columnText(2);
        a.type = q.columnText(3);
        a.payload = q.columnText(4);
        a.function = q.columnText(5);
        a.severity = q.columnText(6);
        a.rule = q.columnText(7);
        a.state = AlertRecord::stateFromName(q.columnText(8));
        a.acknowledgedBy = q.columnText(9);
        a.acknowledgedMs = q.columnInt(10);
        a.comment = q.columnText(11);
        a.clearedMs = q.columnInt(12);
        alerts->append(a);
    }
    if (step == SqliteStatement::Step::Error) {
        *error = QStringLiteral("history %1: %2").arg(m_path, q.lastError());
        return false;
    }
    return true;
}

bool AlertLog::append(AlertRecord *alert, QString *error)
{
    SqliteStatement q;
    if (!q.prepare(m_database.handle(),
                   "INSERT INTO alerts(raised, twin, type, payload, function, severity, rule, state, ackBy, ackAt,"
                   " comment, cleared) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                   error))
        return false;
    q.bindInt(1, alert->raisedMs);
    q.bindText(2, alert->twinId);
    q.bindText(3, alert->type);
    q.bindText(4, alert->payload);
    q.bindText(5, alert->function);
    q.bindText(6, alert->severity);
    q.bindText(7, alert->rule);
    q.bindText(8, AlertRecord::stateName(alert->state));
    q.bindText(9, alert->acknowledgedBy);
    q.bindInt(10, alert->acknowledgedMs);
    q.bindText(11, alert->comment);
    q.bindInt(12, alert->clearedMs);
    QString why;
    if (!q.run(&why)) {
        *error = QStringLiteral("history %1: cannot store an alert: %2").arg(m_path, why);
        return false;
    }
    bool ok = false;
    alert->id = m_database.queryInt("SELECT last_insert_rowid()", &ok);
    return true;
}

bool AlertLog::update(const AlertRecord &alert, QString *error)
{
    SqliteStatement q;
    if (!q.prepare(m_database.handle(),
                   "UPDATE alerts SET state = CASE WHEN state = 'cleared' OR ?2 = 'cleared' THEN 'cleared'"
                   " WHEN state = 'acknowledged' OR ?2 = 'acknowledged' THEN 'acknowledged' ELSE 'open' END,"
                   " ackBy = CASE WHEN ?3 <> '' THEN ?3 ELSE ackBy END,"
                   " ackAt = CASE WHEN ?4 <> 0 THEN ?4 ELSE ackAt END,"
                   " comment = CASE WHEN ?3 <> '' THEN ?5 ELSE comment END,"
                   " cleared = CASE WHEN cleared <> 0 THEN cleared ELSE ?6 END WHERE id = ?1",
                   error))
        return false;
    q.bindInt(1, alert.id);
    q.bindText(2, AlertRecord::stateName(alert.state));
    q.bindText(3, alert.acknowledgedBy);
    q.bindInt(4, alert.acknowledgedMs);
    q.bindText(5, alert.comment);
    q.bindInt(6, alert.clearedMs);
    QString why;
    if (!q.run(&why)) {
        *error = QStringLiteral("history %1: cannot store alert %2: %3").arg(m_path).arg(alert.id).arg(why);
        return false;
    }
    return true;
}

} // namespace twin
