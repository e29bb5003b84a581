// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtttlsprobe.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QUrl>

namespace twin {

namespace {

QSslKey readKey(const QString &path, const QByteArray &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, password);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

QString MqttTlsProbe::handshakeError(const QUrl &url, const QVariantMap &config, int timeoutMs)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const QString ca = config.value(QStringLiteral("caFile")).toString();
    if (!ca.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(ca);
        if (authorities.isEmpty())
            return QStringLiteral("no certificate in %1").arg(ca);
        ssl.setCaCertificates(authorities);
    }
    const QString cert = config.value(QStringLiteral("certFile")).toString();
    if (!cert.isEmpty()) {
        const QList<QSslCertificate> own = QSslCertificate::fromPath(cert);
        if (own.isEmpty())
            return QStringLiteral("no certificate in %1").arg(cert);
        ssl.setLocalCertificate(own.constFirst());
    }
    const QString keyFile = config.value(QStringLiteral("keyFile")).toString();
    if (!keyFile.isEmpty()) {
        const QSslKey key = readKey(keyFile, config.value(QStringLiteral("keyPassword")).toString().toUtf8());
        if (key.isNull())
            return QStringLiteral("cannot read the private key %1").arg(keyFile);
        ssl.setPrivateKey(key);
    }
    const bool verify = config.value(QStringLiteral("verify"), true).toBool();
    ssl.setPeerVerifyMode(verify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);

    QSslSocket socket;
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(url.host(), quint16(url.port(8883)));
    if (socket.waitForEncrypted(timeoutMs)) {
        socket.abort();
        return {};
    }
    QStringList reasons;
    for (const QSslError &e : socket.sslHandshakeErrors())
        reasons << e.errorString();
    if (reasons.isEmpty())
        reasons << socket.errorString();
    reasons.removeDuplicates();
    return reasons.join(QStringLiteral("; "));
}

} // namespace twin
