// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace twin {

/**
 * One broker connection of a project (Project::connections()): where to connect and how,
 * never a secret. Passwords and key passphrases live in the system keychain or in memory;
 * a URL's `user:password@` is split on reading, the user name kept, the password dropped.
 *
 * JSON (format version 1):
 * \code
 * { "version": 1,
 *   "id": "site-a",                       // unique in the project; bindings name it
 *   "name": "Site A gateway",             // shown in menus and the status bar
 *   "url": "mqtts://broker.example:8883", // mqtt:// or mqtts:// (tcp://, ssl:// too)
 *   "clientId": "twinstudio-site-a",      // empty: one is made up per connection
 *   "username": "operator",
 *   "mqttVersion": 4,                     // 4: MQTT 3.1.1, 5: MQTT 5
 *   "keepAliveSeconds": 30,
 *   "cleanSession": true,                 // false: a persistent session
 *   "caFile": "", "certFile": "", "keyFile": "" }
 * \endcode
 * Entries written before the format had a version (no "version") are migrated on reading:
 * "broker" stands for "url", a "password" or "keyPassword" is dropped.
 */
struct ConnectionProfile
{
    static constexpr int FormatVersion = 1;

    QString id;
    QString name;
    QString url;
    QString clientId;
    QString username;
    int mqttVersion = 4;
    int keepAliveSeconds = 30;
    bool cleanSession = true;
    QString caFile;
    QString certFile;
    QString keyFile;

    /// Reads (and migrates) a profile; false with what is wrong in \a error.
    static bool fromJson(const QJsonObject &json, ConnectionProfile *profile, QString *error);
    /// The profile as kept in the project: never a password.
    QJsonObject toJson() const;
    /// The name to show: name, else id.
    QString displayName() const { return name.isEmpty() ? id : name; }
    /// Whether the broker is reached over TLS (mqtts://, ssl://).
    bool isTls() const;
    /// MqttSource's configuration for this profile (url, clientId, username, keepAliveSeconds,
    /// cleanSession, mqttVersion, TLS files), without subscriptions and without a password.
    QVariantMap sourceConfig() const;

    /// \a url without the password of its user info.
    static QString withoutPassword(const QString &url);
    /// Reads a project's list; entries that are wrong are left out, with "connection N:
    /// why" in \a errors.
    static QList<ConnectionProfile> listFromJson(const QJsonArray &json, QStringList *errors = nullptr);
    /// \a json with every entry read and written again: what may be kept in a project (the
    /// format version set, secrets dropped); entries that cannot be read stay for the user
    /// to mend, less any secret.
    static QJsonArray sanitized(const QJsonArray &json);
    /// An id not used by \a profiles, derived from \a base.
    static QString uniqueId(const QList<ConnectionProfile> &profiles, const QString &base);
};

} // namespace twin
