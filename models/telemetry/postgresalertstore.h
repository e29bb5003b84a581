// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertstore.h"
#include "postgresconnection.h"

#include <QMutex>

namespace twin {

/**
 * The alerts of a shared PostgreSQL history (PostgresAlertSchema): what recorders raise
 * and clear and what desktops acknowledge, each stored once. Reconnects once per call
 * when the server was away. Thread-safe (one connection, taken in turn).
 */
class PostgresAlertStore : public AlertStore
{
public:
    /// Connects to \a url (within the connect timeout) and creates the tables it lacks.
    bool open(const QString &url, QString *error);

    QString location() const override { return m_db.url(); }
    bool load(int limit, QList<AlertRecord> *alerts, QString *error) override;
    bool append(AlertRecord *alert, QString *error) override;
    bool update(const AlertRecord &alert, QString *error) override;

private:
    /// The connection, opened again (and the tables made) when it was lost.
    bool ready(QString *error);

    mutable QMutex m_mutex;
    PostgresConnection m_db;
};

} // namespace twin
