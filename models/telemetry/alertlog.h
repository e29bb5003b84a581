// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertstore.h"

#include "store/sqlitedatabase.h"

#include <QList>
#include <QString>

namespace twin {

/**
 * The alerts of a history file (its `alerts` table, HistorySchema): alerts as they are
 * raised, acknowledged and cleared, kept so that they survive a restart.
 *
 * It has a connection of its own to the file and waits a little for the pipeline's
 * writer (WAL, a busy timeout). Use it from one thread at a time.
 */
class AlertLog : public AlertStore
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

    QString location() const override { return m_path; }
    bool load(int limit, QList<AlertRecord> *alerts, QString *error) override;
    bool append(AlertRecord *alert, QString *error) override;
    bool update(const AlertRecord &alert, QString *error) override;

private:
    QString m_path;
    SqliteDatabase m_database;
};

} // namespace twin
