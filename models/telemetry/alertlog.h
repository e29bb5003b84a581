// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"

#include "store/sqlitedatabase.h"

#include <QList>
#include <QString>

namespace twin {

/**
 * The alerts of a history file (its `alerts` table, HistorySchema): alerts as they are
 * raised, acknowledged and cleared, kept so that they survive a restart.
 *
 * It has a connection of its own to the file and waits a little for the pipeline's
 * writer (WAL, a busy timeout). Use it from one thread (the GUI's).
 */
class AlertLog
{
public:
    AlertLog() = default;
    AlertLog(const AlertLog &) = delete;
    AlertLog &operator=(const AlertLog &) = delete;

    /// Opens (or creates) the history file \a path, upgrading an older layout.
    bool open(const QString &path, QString *error);
    void close() { m_database.close(); }
    bool isOpen() const { return m_database.isOpen(); }
    const QString &path() const { return m_path; }

    /// The newest \a limit alerts, newest first.
    bool load(int limit, QList<AlertRecord> *alerts, QString *error);
    /// Stores \a alert as a new row and sets its id.
    bool append(AlertRecord *alert, QString *error);
    /// Stores what changed of a stored alert: its state, acknowledgement and clearing.
    bool update(const AlertRecord &alert, QString *error);

private:
    QString m_path;
    SqliteDatabase m_database;
};

} // namespace twin
