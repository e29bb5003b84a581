// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresalertschema.h"

#include "postgresconnection.h"

namespace twin {

bool PostgresAlertSchema::prepare(PostgresConnection &db, QString *error)
{
    // CREATE ... IF NOT EXISTS run at once by two sessions can still collide on the catalog.
    if (!db.exec("SELECT pg_advisory_lock(7346190253)", error))
        return false;
    const bool ok = db.exec(
        "CREATE TABLE IF NOT EXISTS twin_alerts ("
        " id bigserial PRIMARY KEY, raised bigint NOT NULL, twin_id text NOT NULL,"
        " type text NOT NULL DEFAULT '', payload text NOT NULL DEFAULT '',"
        " function text NOT NULL DEFAULT '', severity text NOT NULL DEFAULT 'info',"
        " rule text NOT NULL DEFAULT '', state text NOT NULL DEFAULT 'open',"
        " ack_by text NOT NULL DEFAULT '', ack_at bigint NOT NULL DEFAULT 0,"
        " comment text NOT NULL DEFAULT '', cleared bigint NOT NULL DEFAULT 0);"
        "CREATE UNIQUE INDEX IF NOT EXISTS twin_alerts_episode ON twin_alerts (twin_id, rule)"
        " WHERE rule <> '' AND state <> 'cleared';"
        "CREATE UNIQUE INDEX IF NOT EXISTS twin_alerts_notification"
        " ON twin_alerts (twin_id, type, function, raised, md5(payload)) WHERE rule = '';"
        "CREATE INDEX IF NOT EXISTS twin_alerts_by_rule ON twin_alerts (twin_id, rule, cleared);"
        "CREATE INDEX IF NOT EXISTS twin_alerts_by_time ON twin_alerts (raised DESC, id DESC)",
        error);
    QString unlockError;
    db.exec("SELECT pg_advisory_unlock(7346190253)", &unlockError);
    return ok;
}

} // namespace twin
