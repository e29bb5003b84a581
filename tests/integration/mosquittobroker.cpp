// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"

#include "support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <unistd.h>

namespace twintest {

QString MosquittoBroker::executable()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    }
    return path;
}

MosquittoBroker::MosquittoBroker() = default;

MosquittoBroker::~MosquittoBroker()
{
    stop();
}

QString MosquittoBroker::url() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(m_tls ? QStringLiteral("mqtts") : QStringLiteral("mqtt"),
             m_tls ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"))
        .arg(m_port);
}

bool MosquittoBroker::requireLogin(const QString &user, const QString &password, QString *error)
{
    // mosquitto may read the file as its own user: it and its folder must be readable by all.
    m_passwordFile = m_dir.filePath(QStringLiteral("passwords"));
    if (!runProgram(QStringLiteral("mosquitto_passwd"), {QStringLiteral("-c"), QStringLiteral("-b"), m_passwordFile, user, password},
                    error))
        return false;
    const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!QFile::setPermissions(m_passwordFile, readable)
        || !QFile::setPermissions(m_dir.path(), readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                                     | QFileDevice::ExeOther)) {
        *error = QStringLiteral("cannot make %1 readable").arg(m_passwordFile);
        return false;
    }
    return true;
}

bool MosquittoBroker::start(QString *error, int port, const Tls *tls)
{
    stop();
    if (port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        port = probe.serverPort();
    }
    m_port = port;
    m_tls = tls != nullptr;
    QString config = QStringLiteral("listener %1 127.0.0.1\n"
                                    // QoS 1 to a slow subscriber must never be dropped.
                                    "max_queued_messages 0\n"
                                    "log_type error\n")
                         .arg(port);
    config += m_passwordFile.isEmpty() ? QStringLiteral("allow_anonymous true\n")
                                       : QStringLiteral("allow_anonymous false\npassword_file %1\n").arg(m_passwordFile);
    config += m_persistence ? QStringLiteral("persistence true\npersistence_location %1/\n").arg(m_dir.path())
                            : QStringLiteral("persistence false\n");
    // Started as root, mosquitto drops to the "mosquitto" user before it reads the TLS
    // files, which lie in our private temporary directory: keep it as it is.
    if (::geteuid() == 0)
        config += QStringLiteral("user root\n");
    if (tls) {
        config += QStringLiteral("cafile %1\ncertfile %2\nkeyfile %3\n").arg(tls->caFile, tls->certFile, tls->keyFile);
        if (tls->requireClientCertificate)
            config += QStringLiteral("require_certificate true\n");
    }
    const QString configPath = m_dir.filePath(QStringLiteral("mosquitto.conf"));
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) < 0) {
        *error = f.errorString();
        return false;
    }
    f.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(executable(), {QStringLiteral("-c"), configPath});
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("mosquitto did not start: %1").arg(m_process->errorString());
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(100)) {
            socket.disconnectFromHost();
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        QThread::msleep(25);
    }
    *error = QStringLiteral("mosquitto is not listening on port %1: %2")
                 .arg(port)
                 .arg(QString::fromUtf8(m_process->readAll()));
    stop();
    return false;
}

void MosquittoBroker::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.reset();
}

bool startTwinctl(QProcess *process, const QStringList &args, const QByteArray &ready, QByteArray *err)
{
    process->start(binaryPath(QStringLiteral("twinctl")), args);
    if (!process->waitForStarted(10000))
        return false;
    while (!err->contains(ready) && process->state() == QProcess::Running) {
        process->waitForReadyRead(200);
        *err += process->readAllStandardError();
    }
    return err->contains(ready);
}

bool startIngest(QProcess *ingest, const QStringList &args, QByteArray *err)
{
    return startTwinctl(ingest, QStringList{QStringLiteral("ingest")} + args, "subscribed", err);
}

bool mosquittoPub(const QString &url, const QString &topic, const QString &payload)
{
    const QUrl u(url);
    return QProcess::execute(QStringLiteral("mosquitto_pub"),
                             {QStringLiteral("-h"), u.host(), QStringLiteral("-p"), QString::number(u.port()),
                              QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"), topic, QStringLiteral("-m"),
                              payload})
        == 0;
}

bool runProgram(const QString &program, const QStringList &args, QString *error, const QString &workDir)
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(5000) || !p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(u' '), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace twintest
