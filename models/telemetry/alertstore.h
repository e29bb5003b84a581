// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"

#include <QList>
#include <QString>

#include <memory>

namespace twin {

/**
 * Where alerts and their acknowledgements are kept, beside the samples of the same
 * history: the `alerts` table of an SQLite history file (AlertLog) or the `twin_alerts`
 * table of a shared PostgreSQL history (PostgresAlertStore). The history location a
 * project reads (HistoryQueries::locationOf()) chooses the store, so a desktop and a
 * recorder on the same history see the same alerts.
 *
 * update() merges: an alert never goes back from acknowledged to open or from cleared to
 * acknowledged, and an acknowledgement or clearing already stored is kept when \a alert
 * has none. So two writers (a recorder clearing, a desktop acknowledging) never undo
 * each other's work.
 */
class AlertStore
{
public:
    virtual ~AlertStore() = default;

    /// The store of the history at \a location (a `postgresql://` URL or a file path),
    /// opened; nullptr with \a error when it cannot be. May block for the connect timeout.
    static std::shared_ptr<AlertStore> open(const QString &location, QString *error);

    /// The file's path, or the URL without a password: for messages.
    virtual QString location() const = 0;
    /// The newest \a limit alerts, newest first.
    virtual bool load(int limit, QList<AlertRecord> *alerts, QString *error) = 0;
    /// Stores \a alert as a new alert and sets its id. A shared store keeps an alert once
    /// however many writers raise it: the id is then the one stored first.
    virtual bool append(AlertRecord *alert, QString *error) = 0;
    /// Stores what changed of a stored alert (its state, acknowledgement and clearing),
    /// merged with what the store holds.
    virtual bool update(const AlertRecord &alert, QString *error) = 0;
};

} // namespace twin
