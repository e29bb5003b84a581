// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore's marks of kept MQTT sessions (SessionMarks), table mqttSessions.
#include "historystore.h"

#include "core/failure.h"

#include <sqlite3.h>

namespace twin {

namespace {

bool sqliteFailed(sqlite3 *db, const QString &what, QString *error)
{
    return fail(error, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

void bindClient(sqlite3_stmt *stmt, const QByteArray &client)
{
    sqlite3_bind_text(stmt, 1, client.constData(), int(client.size()), SQLITE_TRANSIENT);
}

/// Steps \a stmt to its end and resets it.
bool run(sqlite3 *db, sqlite3_stmt *stmt, QString *error)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE || sqliteFailed(db, QStringLiteral("history sessions"), error);
}

} // namespace

bool HistoryStore::writeSessionMarks(QString *error)
{
    if (m_sessionMarks.empty())
        return true;
    if (!m_insertSession
        && (sqlite3_prepare_v3(m_db, "INSERT OR REPLACE INTO mqttSessions(client, seq, seen) VALUES(?1, ?2, ?3)", -1,
                SQLITE_PREPARE_PERSISTENT, &m_insertSession, nullptr)
                != SQLITE_OK
            || sqlite3_prepare_v3(m_db, "DELETE FROM mqttSessions WHERE client = ?1 AND seq <= ?2", -1,
                   SQLITE_PREPARE_PERSISTENT, &m_trimSession, nullptr)
                != SQLITE_OK))
        return sqliteFailed(m_db, QStringLiteral("prepare"), error);
    const std::vector<SessionMarks> marks = std::move(m_sessionMarks);
    m_sessionMarks.clear();
    for (const SessionMarks &m : marks) {
        const QByteArray client = m.clientId.toUtf8();
        auto seq = m_sessionSeq.find(m.clientId);
        if (seq == m_sessionSeq.end()) {
            sqlite3_stmt *last = nullptr;
            if (sqlite3_prepare_v2(m_db, "SELECT coalesce(max(seq), 0) FROM mqttSessions WHERE client = ?1", -1,
                    &last, nullptr)
                != SQLITE_OK)
                return sqliteFailed(m_db, QStringLiteral("history sessions"), error);
            bindClient(last, client);
            const bool ok = sqlite3_step(last) == SQLITE_ROW;
            const qint64 found = ok ? sqlite3_column_int64(last, 0) : 0;
            sqlite3_finalize(last);
            if (!ok)
                return sqliteFailed(m_db, QStringLiteral("history sessions"), error);
            seq = m_sessionSeq.insert(m.clientId, found);
        }
        const qint64 next = ++seq.value();
        // A reset forgets every earlier batch; otherwise those beyond the kept window go.
        bindClient(m_trimSession, client);
        sqlite3_bind_int64(m_trimSession, 2, m.reset ? next : next - SessionMarks::KeptBatches);
        if (!run(m_db, m_trimSession, error))
            return false;
        bindClient(m_insertSession, client);
        sqlite3_bind_int64(m_insertSession, 2, next);
        sqlite3_bind_blob(m_insertSession, 3, m.seen.constData(), int(m.seen.size()), SQLITE_STATIC);
        if (!run(m_db, m_insertSession, error))
            return false;
    }
    return true;
}

bool HistoryStore::loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error)
{
    if (!m_db)
        return fail(error, QStringLiteral("history is not open"));
    sqlite3_stmt *rows = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT seen FROM mqttSessions WHERE client = ?1 ORDER BY seq", -1, &rows, nullptr)
        != SQLITE_OK)
        return sqliteFailed(m_db, QStringLiteral("history sessions"), error);
    bindClient(rows, clientId.toUtf8());
    int rc;
    bool whole = true;
    while ((rc = sqlite3_step(rows)) == SQLITE_ROW) {
        const QByteArray blob(static_cast<const char *>(sqlite3_column_blob(rows, 0)), sqlite3_column_bytes(rows, 0));
        whole = SessionMarks::read(blob, seen) && whole;
    }
    sqlite3_finalize(rows);
    if (rc != SQLITE_DONE)
        return sqliteFailed(m_db, QStringLiteral("history sessions"), error);
    return whole || fail(error, QStringLiteral("%1: a session mark of %2 is corrupt").arg(m_path, clientId));
}

} // namespace twin
