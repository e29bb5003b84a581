// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

/**
 * One alert as the alerts panel shows it and the history file keeps it: a notification a
 * function or an alert rule raised, and what became of it (open → acknowledged, with who,
 * when and a comment → cleared).
 */
struct AlertRecord
{
    enum class State { Open, Acknowledged, Cleared };

    qint64 id = 0;          ///< its row in the history file; 0 while it is not stored
    qint64 raisedMs = 0;    ///< when it was raised (ms since the epoch)
    QString twinId;
    QString type;
    QString payload;
    QString function;       ///< the function that raised it (empty for an alert rule)
    QString severity = QStringLiteral("info"); ///< "critical", "warning" or "info"
    QString rule;           ///< the alert rule that raised it, which clears it again
    State state = State::Open;
    QString acknowledgedBy;
    qint64 acknowledgedMs = 0;
    QString comment;
    qint64 clearedMs = 0;

    static QString stateName(State state);
    /// The state named \a name; Open for a name it does not know.
    static State stateFromName(const QString &name);

    bool operator==(const AlertRecord &) const = default;
};

} // namespace twin
