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
}

bool PostgresServer::run(
    const QString &tool, const QStringList &arguments, QString *error, int timeoutMs)
{
    QProcess process;
    const QString program = binDir() + u'/' + tool;
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QString::fromLatin1(ServerUser),
                QStringLiteral("--"), program }
                + arguments);
    else
        process.start(program, arguments);
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
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    if (runningAsRoot() && !giveToServerUser(m_dir.path(), error))
        return false;
    if (!run(QStringLiteral("initdb"),
            { QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("twin"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
            error))
        return false;
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
    if (!run(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start") },
            error))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::stop(QString *error)
{
    if (!m_running)
        return true;
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
