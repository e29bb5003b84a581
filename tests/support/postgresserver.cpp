// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace twintest {

namespace {

constexpr auto ServerUser = "postgres";

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

/// Gives \a path to the postgres user (the server runs as that user under root).
bool giveToServerUser(const QString &path, QString *error)
{
    const passwd *user = ::getpwnam(ServerUser);
    if (!user) {
        *error = QStringLiteral("running as root and there is no '%1' user to run PostgreSQL as")
                     .arg(ServerUser);
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        *error = QStringLiteral("cannot give %1 to the %2 user").arg(path, ServerUser);
        return false;
    }
    return true;
}

} // namespace

QString PostgresServer::binDir()
{
    // Debian keeps the server tools out of PATH, one folder per major version.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : found) {
        const QString bin = versions.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("pg_ctl")).isEmpty())
        return QFileInfo(initdb).canonicalPath();
    return {};
}

PostgresServer::PostgresServer()
{
    m_data = m_dir.filePath(QStringLiteral("data"));
}

PostgresServer::~PostgresServer()
{
    stop();
    if (m_watchdog.state() != QProcess::NotRunning) {
        m_watchdog.kill();
        m_watchdog.waitForFinished();
    }
}

QStringList PostgresServer::command(const QString &tool, const QStringList &arguments)
{
    const QString program = binDir() + u'/' + tool;
    if (runningAsRoot())
        return QStringList { QStringLiteral("runuser"), QStringLiteral("-u"),
            QString::fromLatin1(ServerUser), QStringLiteral("--"), program }
        + arguments;
    return QStringList { program } + arguments;
}

bool PostgresServer::watch(QString *error)
{
    if (m_watchdog.state() != QProcess::NotRunning)
        return true;
    // The watchdog reads its stdin, a pipe whose writing end only this process holds
    // (Qt opens it close-on-exec): the read ends when this process does, however it
    // ends. In a session of its own and deaf to SIGINT and SIGHUP, it outlives a Ctrl+C
    // sent to the whole terminal.
    const QString script = QStringLiteral("trap '' INT HUP TERM; dir=$1; shift; read -r _; \"$@\" "
                                          ">/dev/null 2>&1; rm -rf -- \"$dir\"");
    QStringList arguments { QStringLiteral("sh"), QStringLiteral("-c"), script,
        QStringLiteral("sh"), m_dir.path() };
    arguments += command(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
            QStringLiteral("-w"), QStringLiteral("stop") });
    const QString setsid = QStandardPaths::findExecutable(QStringLiteral("setsid"));
    if (!setsid.isEmpty())
        arguments.prepend(setsid);
    m_watchdog.setStandardOutputFile(QProcess::nullDevice());
    m_watchdog.setStandardErrorFile(QProcess::nullDevice());
    m_watchdog.start(arguments.takeFirst(), arguments, QIODevice::WriteOnly);
    if (!m_watchdog.waitForStarted()) {
        *error = QStringLiteral("cannot start the watchdog of the PostgreSQL server: %1")
                     .arg(m_watchdog.errorString());
        return false;
    }
    return true;
}

bool PostgresServer::run(
    const QString &tool, const QStringList &arguments, QString *error, int timeoutMs)
{
    QProcess process;
    QStringList line = command(tool, arguments);
    process.start(line.takeFirst(), line);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        *error = QStringLiteral("%1 failed: %2%3")
                     .arg(tool, QString::fromLocal8Bit(process.readAllStandardError()),
                         QString::fromLocal8Bit(process.readAllStandardOutput()));
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (binDir().isEmpty()) {
        *error = QStringLiteral("PostgreSQL's initdb and pg_ctl are not installed");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!stop(error))
        return false;
    if (!m_made) {
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        if (runningAsRoot() && !giveToServerUser(m_dir.path(), error))
            return false;
        if (!run(QStringLiteral("initdb"),
                { QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("twin"),
                    QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                    QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
                error))
            return false;
        m_made = true;
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("no free port");
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    return restart(error);
}

bool PostgresServer::restart(QString *error)
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"
                                           " -c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(m_dir.path());
    if (!watch(error))
        return false;
    // From here a server may run, even when pg_ctl gives up waiting for it: stop() stops it.
    m_running = true;
    if (!run(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start") },
            error)) {
        stop();
        return false;
    }
    return true;
}

bool PostgresServer::stop(QString *error)
{
    if (!m_running)
        return true;
    if (!QFileInfo::exists(m_data + QStringLiteral("/postmaster.pid"))) {
        m_running = false; // it never started, or it is gone
        return true;
    }
    QString why;
    const bool ok = run(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"),
            QStringLiteral("-w"), QStringLiteral("stop") },
        &why);
    m_running = !ok;
    if (!ok && error)
        *error = why;
    return ok;
}

bool PostgresServer::createDatabase(const QString &name, QString *error)
{
    QProcess psql;
    psql.start(binDir() + QStringLiteral("/psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url(), QStringLiteral("-c"),
            QStringLiteral("CREATE DATABASE \"%1\"").arg(name) });
    if (!psql.waitForFinished(60000) || psql.exitCode() != 0) {
        *error = QStringLiteral("CREATE DATABASE %1 failed: %2")
                     .arg(name, QString::fromLocal8Bit(psql.readAllStandardError()));
        return false;
    }
    return true;
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://twin@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

} // namespace twintest
