// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace twintest {

/**
 * A PostgreSQL server of the test's own: a cluster made with `initdb` in a temporary
 * folder, started with `pg_ctl` on a free local port (trust authentication, no fsync),
 * stopped and deleted with the object. Run as root, the server runs as the `postgres`
 * user (PostgreSQL refuses root).
 *
 * However the process ends — a failed assertion, an exception nobody catches, abort(),
 * SIGINT, SIGKILL — the cluster stops: a watchdog process started with it waits for the
 * end of a pipe that only this process holds, then stops the server and deletes its
 * folder.
 */
class PostgresServer
{
public:
    /// The folder holding initdb and pg_ctl; empty when PostgreSQL is not installed.
    static QString binDir();

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// Makes the cluster and starts it; false with the reason otherwise. Called again,
    /// stops the server first and starts it again on a new port.
    bool start(QString *error);
    /// Stops the server (fast shutdown), keeping its data for start() again.
    bool stop(QString *error = nullptr);
    /// Starts a stopped server again on the same port.
    bool restart(QString *error);
    /// Creates database \a name; false with the reason otherwise.
    bool createDatabase(const QString &name, QString *error);
    /// postgresql://twin@127.0.0.1:PORT/DATABASE
    QString url(const QString &database = QStringLiteral("postgres")) const;
    int port() const { return m_port; }

private:
    /// Runs a PostgreSQL tool from binDir() (as the postgres user when this is root).
    bool run(
        const QString &tool, const QStringList &arguments, QString *error, int timeoutMs = 60000);
    /// The command line of \a tool (through runuser when this is root).
    static QStringList command(const QString &tool, const QStringList &arguments);
    /// Starts the watchdog that stops the server when this process ends.
    bool watch(QString *error);

    QTemporaryDir m_dir;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    bool m_made = false; ///< initdb has made the cluster
    QProcess m_watchdog;
};

} // namespace twintest
