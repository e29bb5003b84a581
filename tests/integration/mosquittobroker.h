// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace twintest {

/// A mosquitto of the test's own on a free local port, stopped with the object.
class MosquittoBroker
{
public:
    /// Path of the mosquitto executable, empty when it is not installed.
    static QString executable();

    struct Tls
    {
        QString caFile;
        QString certFile;
        QString keyFile;
        /// Clients must present a certificate signed by caFile.
        bool requireClientCertificate = false;
    };

    MosquittoBroker();
    ~MosquittoBroker();

    /// Before start(): keep sessions and queued messages on disk across restarts (saved
    /// when stop() ends the broker), as a production broker does.
    void setPersistence(bool persistence) { m_persistence = persistence; }
    /// Before start(): refuse anonymous clients and accept \a user with \a password only
    /// (a password file made with mosquitto_passwd); false with the reason otherwise.
    bool requireLogin(const QString &user, const QString &password, QString *error);
    /// Starts on \a port (0: a free one). Plain TCP, or TLS when \a tls is given.
    bool start(QString *error, int port = 0, const Tls *tls = nullptr);
    void stop();
    int port() const { return m_port; }
    QString url() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    bool m_tls = false;
    bool m_persistence = false;
    QString m_passwordFile;
};

/// Starts `twinctl ARGS...` and waits until its stderr says \a ready (what it prints once
/// it listens); false when it ended first. What it printed until then is in \a err.
bool startTwinctl(QProcess *process, const QStringList &args, const QByteArray &ready, QByteArray *err);
/// Starts `twinctl ingest ARGS` and waits until it says it has subscribed, so that
/// nothing is published before; false (its stderr in \a err) when it never does.
bool startIngest(QProcess *ingest, const QStringList &args, QByteArray *err);

/// Publishes one message at QoS 1 with mosquitto_pub to the broker at \a url; whether it did.
bool mosquittoPub(const QString &url, const QString &topic, const QString &payload);

/// Runs the event loop until \a condition holds or \a timeoutMs pass; whether it held.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000);

/// Runs a program (openssl) and waits; false with its stderr in \a error.
bool runProgram(const QString &program, const QStringList &args, QString *error, const QString &workDir = {});

} // namespace twintest

#define TWIN_REQUIRE_MOSQUITTO()                                                                   \
    do {                                                                                           \
        if (twintest::MosquittoBroker::executable().isEmpty())                                     \
            GTEST_SKIP() << "mosquitto is not installed (apt-get install mosquitto)";              \
    } while (false)
