// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace twin::ui {

/**
 * Where the desktop app keeps broker passwords and key passphrases: in the system
 * keychain through QtKeychain when the build has it and a keychain answers, else in memory
 * for this run only (the user is asked once per start). Never in the project, the
 * settings or a log: QtKeychain's plain-text fallback stays off.
 *
 * Keys name what the secret opens, never a project: keyFor() for a broker login,
 * keyPassphraseFor() for a client key.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Keychain, Memory };

    /// \a backend Keychain falls back to Memory when the build has no QtKeychain.
    explicit SecretStore(Backend backend = defaultBackend(), QObject *parent = nullptr);

    /// Whether this build has QtKeychain.
    static bool keychainBuilt();
    /// Keychain when built, unless TWINSTUDIO_NO_KEYCHAIN is set (machines without one).
    static Backend defaultBackend();
    Backend backend() const { return m_backend; }
    /// Whether secrets outlive this run (a keychain that answered).
    bool isPersistent() const { return m_backend == Backend::Keychain && !m_keychainFailed; }

    /// The key of \a user's password at the broker \a url (its scheme, host and port).
    static QString keyFor(const QString &user, const QString &url);
    /// The key of the passphrase of the client key file \a keyFile.
    static QString keyPassphraseFor(const QString &keyFile);

    /// The secret kept under \a key: from memory, else from the keychain; a null string
    /// when there is none.
    QString secret(const QString &key);
    /// Keeps \a value under \a key in memory, and in the keychain when there is one; false
    /// with why when the keychain refused it (it is then kept in memory only).
    bool setSecret(const QString &key, const QString &value, QString *error = nullptr);
    /// Forgets \a key (a wrong password), in memory and in the keychain.
    void forget(const QString &key);

private:
    Backend m_backend;
    bool m_keychainFailed = false; ///< no secret service: memory only from then on
    QHash<QString, QString> m_memory;
};

} // namespace twin::ui
