// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerlogin.h"

#include "cli.h"

#include <QFile>
#include <QUrl>

namespace twinctl {

BrokerLogin::BrokerLogin()
    : m_usernameOption(QStringLiteral("username"),
                       QStringLiteral("User name for a broker that asks for a login (the password comes from "
                                      "--password-file or TWINSTUDIO_MQTT_PASSWORD)."),
                       QStringLiteral("NAME"))
    , m_passwordFileOption(QStringLiteral("password-file"),
                           QStringLiteral("File whose first line is the broker password."), QStringLiteral("FILE"))
{
}

QList<QCommandLineOption> BrokerLogin::options() const
{
    return {m_usernameOption, m_passwordFileOption};
}

int BrokerLogin::read(const QCommandLineParser &parser, const QString &command, const QString &url)
{
    const QUrl u(url);
    m_username = u.userName(QUrl::FullyDecoded);
    m_password = u.password(QUrl::FullyDecoded);
    if (parser.isSet(m_usernameOption))
        m_username = parser.value(m_usernameOption);
    if (parser.isSet(m_passwordFileOption)) {
        const QString path = parser.value(m_passwordFileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(command, QStringLiteral("cannot read --password-file %1: %2").arg(path, file.errorString()));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        m_password = QString::fromUtf8(line);
    } else if (m_password.isEmpty() && qEnvironmentVariableIsSet(passwordVariable().toLatin1().constData())) {
        m_password = qEnvironmentVariable(passwordVariable().toLatin1().constData());
    }
    QUrl shown = u.adjusted(QUrl::RemovePassword);
    shown.setUserName(m_username);
    m_shownUrl = shown.toDisplayString();
    // Without a URL the project's connection profiles name their users.
    if (m_username.isEmpty() && parser.isSet(m_passwordFileOption) && !url.isEmpty())
        return usageError(command, QStringLiteral("--password-file needs --username or a user name in the URL"));
    return ExitOk;
}

void BrokerLogin::addProfileLogin(const QString &username, QVariantMap *config) const
{
    if (username.isEmpty())
        return;
    config->insert(QStringLiteral("username"), username);
    config->insert(QStringLiteral("password"), m_password);
}

void BrokerLogin::addTo(QVariantMap *config) const
{
    if (m_username.isEmpty())
        return;
    config->insert(QStringLiteral("username"), m_username);
    config->insert(QStringLiteral("password"), m_password);
}

} // namespace twinctl
