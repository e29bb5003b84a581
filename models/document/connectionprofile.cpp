// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include "core/failure.h"

#include <QSet>
#include <QUrl>

namespace twin {

QString ConnectionProfile::withoutPassword(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.password().isEmpty())
        return url;
    return u.toString(QUrl::RemovePassword);
}

bool ConnectionProfile::isTls() const
{
    const QString scheme = QUrl(url).scheme();
    return scheme == QStringLiteral("mqtts") || scheme == QStringLiteral("ssl");
}

bool ConnectionProfile::fromJson(const QJsonObject &json, ConnectionProfile *profile, QString *error)
{
    ConnectionProfile p;
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version > FormatVersion)
        return fail(error, QStringLiteral("connection format version %1 is newer than this program's (%2)")
                               .arg(version).arg(FormatVersion));
    // Before version 1, the URL was kept under "broker", sometimes with user info.
    QString url = json.value(QStringLiteral("url")).toString();
    if (url.isEmpty() && version == 0)
        url = json.value(QStringLiteral("broker")).toString();
    const QUrl u(url);
    const QString scheme = u.scheme();
    if (url.isEmpty())
        return fail(error, QStringLiteral("a connection needs a \"url\""));
    if (scheme != QStringLiteral("mqtt") && scheme != QStringLiteral("mqtts") && scheme != QStringLiteral("tcp")
        && scheme != QStringLiteral("ssl"))
        return fail(error, QStringLiteral("connection URL '%1' must start with mqtt:// or mqtts://")
                               .arg(withoutPassword(url)));
    if (u.host().isEmpty())
        return fail(error, QStringLiteral("connection URL '%1' has no host").arg(withoutPassword(url)));
    p.username = json.value(QStringLiteral("username")).toString();
    if (p.username.isEmpty())
        p.username = u.userName();
    p.url = u.adjusted(QUrl::RemoveUserInfo).toString();
    p.id = json.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty())
        p.id = u.host() + (u.port() > 0 ? QStringLiteral("-%1").arg(u.port()) : QString());
    p.name = json.value(QStringLiteral("name")).toString();
    p.clientId = json.value(QStringLiteral("clientId")).toString();
    p.mqttVersion = json.value(QStringLiteral("mqttVersion")).toInt(4);
    if (p.mqttVersion != 4 && p.mqttVersion != 5)
        return fail(error, QStringLiteral("connection '%1': mqttVersion must be 4 (MQTT 3.1.1) or 5, not %2")
                               .arg(p.id).arg(p.mqttVersion));
    p.keepAliveSeconds = json.value(QStringLiteral("keepAliveSeconds")).toInt(30);
    if (p.keepAliveSeconds < 0 || p.keepAliveSeconds > 65535)
        return fail(error, QStringLiteral("connection '%1': keepAliveSeconds must lie in 0..65535").arg(p.id));
    p.cleanSession = json.value(QStringLiteral("cleanSession")).toBool(true);
    p.caFile = json.value(QStringLiteral("caFile")).toString();
    p.certFile = json.value(QStringLiteral("certFile")).toString();
    p.keyFile = json.value(QStringLiteral("keyFile")).toString();
    if (p.certFile.isEmpty() != p.keyFile.isEmpty())
        return fail(error, QStringLiteral("connection '%1': a client certificate needs its key, and a key its certificate")
                               .arg(p.id));
    *profile = p;
    return true;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject json{{QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("url"), QUrl(url).adjusted(QUrl::RemoveUserInfo).toString()},
                     {QStringLiteral("mqttVersion"), mqttVersion},
                     {QStringLiteral("keepAliveSeconds"), keepAliveSeconds},
                     {QStringLiteral("cleanSession"), cleanSession}};
    const auto optional = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1StringView(key), value);
    };
    optional("name", name);
    optional("clientId", clientId);
    optional("username", username);
    optional("caFile", caFile);
    optional("certFile", certFile);
    optional("keyFile", keyFile);
    return json;
}

QVariantMap ConnectionProfile::sourceConfig() const
{
    // MqttSource's keys are the profile's own, less what only the project needs.
    QVariantMap config = toJson().toVariantMap();
    for (const char *key : {"version", "id", "name"})
        config.remove(QLatin1StringView(key));
    return config;
}

QList<ConnectionProfile> ConnectionProfile::listFromJson(const QJsonArray &json, QStringList *errors)
{
    QList<ConnectionProfile> profiles;
    QSet<QString> ids;
    for (qsizetype i = 0; i < json.size(); ++i) {
        ConnectionProfile p;
        QString why;
        if (!fromJson(json.at(i).toObject(), &p, &why)) {
            if (errors)
                errors->append(QStringLiteral("connection %1: %2").arg(i + 1).arg(why));
            continue;
        }
        if (ids.contains(p.id)) {
            if (errors)
                errors->append(QStringLiteral("connection %1: the id '%2' is used twice").arg(i + 1).arg(p.id));
            continue;
        }
        ids.insert(p.id);
        profiles.append(p);
    }
    return profiles;
}

QJsonArray ConnectionProfile::sanitized(const QJsonArray &json)
{
    QJsonArray out;
    for (const QJsonValue &v : json) {
        ConnectionProfile p;
        if (fromJson(v.toObject(), &p, nullptr)) {
            out.append(p.toJson());
            continue;
        }
        // Kept as it is for the user to mend (listFromJson() says what is wrong), less any secret.
        QJsonObject entry = v.toObject();
        entry.remove(QStringLiteral("password"));
        entry.remove(QStringLiteral("keyPassword"));
        for (const char *key : {"url", "broker"}) {
            const QString k = QLatin1StringView(key);
            if (entry.contains(k))
                entry.insert(k, withoutPassword(entry.value(k).toString()));
        }
        out.append(entry);
    }
    return out;
}

QString ConnectionProfile::uniqueId(const QList<ConnectionProfile> &profiles, const QString &base)
{
    QSet<QString> ids;
    for (const ConnectionProfile &p : profiles)
        ids.insert(p.id);
    const QString stem = base.isEmpty() ? QStringLiteral("broker") : base;
    QString id = stem;
    for (int n = 2; ids.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(stem).arg(n);
    return id;
}

} // namespace twin
