// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

namespace twin {

class Project;

/// Telemetry messages rebuilt from recorded history, for debug runs and replays.
class FunctionHistoryInput
{
public:
    /**
     * The readings recorded in \a history (a file or a `postgresql://` URL) for the sensors of \a twinId's subtree (the
     * whole project when empty) from \a fromMs to \a toMs, oldest first, as telemetry objects
     * `{"SensorId", "Message": "{\"SensorValue\": v}", "Timestamp": ms}` — at most \a limit
     * per sensor, the newest. False with why when the history cannot be read.
     */
    static bool messages(const Project &project, const QString &history, const QString &twinId, qint64 fromMs,
                         qint64 toMs, int limit, QList<QJsonObject> *messages, QString *error);
};

} // namespace twin
