// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QVariantMap>

namespace twinctl {

/// How a live command logs in to a broker: the URL's `user:password@`, or --username with
/// the password from --password-file, the URL or else TWINSTUDIO_MQTT_PASSWORD. The password goes to
/// the MQTT source only: every message shows the URL without it.
class BrokerLogin
{
public:
    BrokerLogin();

    QList<QCommandLineOption> options() const;
    /// Reads the login for \a url; prints a usage error and returns ExitUsage when the
    /// password file cannot be read, otherwise ExitOk.
    int read(const QCommandLineParser &parser, const QString &command, const QString &url);
    /// Adds `username` and `password`, when there is a login, to a source configuration.
    void addTo(QVariantMap *config) const;
    /// Adds \a username and the password given (--password-file, the environment) to a
    /// connection profile's source configuration; nothing when \a username is empty.
    void addProfileLogin(const QString &username, QVariantMap *config) const;
    /// The broker URL as it may be shown: without user info's password.
    const QString &shownUrl() const { return m_shownUrl; }

    static QString passwordVariable() { return QStringLiteral("TWINSTUDIO_MQTT_PASSWORD"); }

private:
    QCommandLineOption m_usernameOption;
    QCommandLineOption m_passwordFileOption;
    QString m_shownUrl;
    QString m_username;
    QString m_password;
};

} // namespace twinctl
