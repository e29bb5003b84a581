// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

class PostgresConnection;

/**
 * The alerts of the shared history on PostgreSQL, beside its samples
 * (PostgresHistorySchema):
 *
 *   twin_alerts (id, raised, twin_id, type, payload, function, severity, rule, state,
 *                ack_by, ack_at, comment, cleared)
 *
 * the columns of the SQLite history's `alerts` table, times in milliseconds since the
 * epoch. Several recorders (and desktops) running the same alert rules on the same data
 * raise the same alert each; two unique indexes make it land once:
 *
 * - an alert rule's alert is an episode of (twin, rule): at most one of them is not
 *   cleared (twin_alerts_episode). A raise while one is open is the same alert; a raise
 *   at or before the clearing of the last episode is a late copy of that one.
 * - a function's notification (no rule) is the same when twin, type, function, time and
 *   payload are (twin_alerts_notification).
 */
class PostgresAlertSchema
{
public:
    /// Creates what is missing (idempotent; two writers starting together are ordered).
    static bool prepare(PostgresConnection &db, QString *error);
};

} // namespace twin
