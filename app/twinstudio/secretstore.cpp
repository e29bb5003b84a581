// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "core/logging.h"

#include <QEventLoop>
#include <QUrl>

#ifdef TWIN_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace twin::ui {

namespace {

#ifdef TWIN_HAVE_QTKEYCHAIN
const QString kService = QStringLiteral("TwinStudio");

/// Runs \a job to its end (keychain calls answer within moments, or fail).
void runJob(QKeychain::Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    // Never the plain-text file QtKeychain falls back to.
    job->setInsecureFallback(false);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
#endif

} // namespace

SecretStore::SecretStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(keychainBuilt() ? backend : Backend::Memory)
{
}

bool SecretStore::keychainBuilt()
{
#ifdef TWIN_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

SecretStore::Backend SecretStore::defaultBackend()
{
    return keychainBuilt() && !qEnvironmentVariableIsSet("TWINSTUDIO_NO_KEYCHAIN") ? Backend::Keychain
                                                                                    : Backend::Memory;
}

QString SecretStore::keyFor(const QString &user, const QString &url)
{
    const QUrl u(url);
    return QStringLiteral("mqtt:%1@%2:%3").arg(user, u.host()).arg(u.port());
}

QString SecretStore::keyPassphraseFor(const QString &keyFile)
{
    return QStringLiteral("key:%1").arg(keyFile);
}

QString SecretStore::secret(const QString &key)
{
    if (const auto it = m_memory.constFind(key); it != m_memory.cend())
        return *it;
#ifdef TWIN_HAVE_QTKEYCHAIN
    if (m_backend == Backend::Keychain && !m_keychainFailed) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        runJob(&job);
        if (job.error() == QKeychain::NoError) {
            m_memory.insert(key, job.textData());
            return job.textData();
        }
        if (job.error() != QKeychain::EntryNotFound) {
            qCWarning(lcTelemetry).noquote() << "the system keychain cannot be read; passwords are kept for this run only:"
                                             << job.errorString();
            m_keychainFailed = true;
        }
    }
#endif
    return QString();
}

bool SecretStore::setSecret(const QString &key, const QString &value, QString *error)
{
    m_memory.insert(key, value);
#ifdef TWIN_HAVE_QTKEYCHAIN
    if (m_backend == Backend::Keychain && !m_keychainFailed) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setTextData(value);
        runJob(&job);
        if (job.error() != QKeychain::NoError) {
            m_keychainFailed = true;
            if (error)
                *error = job.errorString();
            return false;
        }
    }
#else
    Q_UNUSED(error)
#endif
    return true;
}

void SecretStore::forget(const QString &key)
{
    m_memory.remove(key);
#ifdef TWIN_HAVE_QTKEYCHAIN
    if (m_backend == Backend::Keychain && !m_keychainFailed) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        runJob(&job);
    }
#endif
}

} // namespace twin::ui
