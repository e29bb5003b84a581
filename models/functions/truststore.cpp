// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststore.h"

#include "core/logging.h"
#include "document/project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

namespace twin {

namespace {

const QString kTrust = QStringLiteral("trust");
const QString kCreatedBy = QStringLiteral("createdBy");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

} // namespace

TrustStore::TrustStore(const QString &fileName)
    : m_fileName(fileName.isEmpty() ? defaultFileName() : fileName)
{
    load();
}

QString TrustStore::defaultFileName()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("trusted-projects.json"));
}

QByteArray TrustStore::functionsHash(const QJsonArray &functions)
{
    // What runs, not whether it runs: disabling a failing function (the runtime does,
    // for the user) or enabling it again does not ask for trust again.
    QJsonArray code;
    for (const QJsonValue &f : functions) {
        QJsonObject o = f.toObject();
        o.remove(QStringLiteral("enabled"));
        o.remove(QStringLiteral("disabledReason"));
        code.append(o);
    }
    return QCryptographicHash::hash(QJsonDocument(code).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

bool TrustStore::load()
{
    QFile f(m_fileName);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        m_trusted.insert(it.key(), it.value().toString().toLatin1());
    return true;
}

bool TrustStore::save(QString *error) const
{
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QJsonObject o;
    for (auto it = m_trusted.cbegin(); it != m_trusted.cend(); ++it)
        o.insert(it.key(), QString::fromLatin1(it.value()));
    QSaveFile f(m_fileName);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_fileName, f.errorString());
        return false;
    }
    return true;
}

bool TrustStore::isTrusted(const QString &projectPath, const QByteArray &hash) const
{
    const auto it = m_trusted.constFind(canonical(projectPath));
    return it != m_trusted.cend() && *it == hash;
}

bool TrustStore::trust(const QString &projectPath, const QByteArray &hash, QString *error)
{
    m_trusted.insert(canonical(projectPath), hash);
    return save(error);
}

bool TrustStore::revoke(const QString &projectPath, QString *error)
{
    m_trusted.remove(canonical(projectPath));
    return save(error);
}

QString TrustStore::creatorId()
{
    QByteArray user = qgetenv("USER");
    if (user.isEmpty())
        user = qgetenv("USERNAME");
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QSysInfo::machineUniqueId() + '\n' + user), QCryptographicHash::Sha256).toHex());
}

void TrustStore::markCreatedHere(Project *project)
{
    QJsonObject state = project->viewState();
    QJsonObject trust = state.value(kTrust).toObject();
    trust.insert(kCreatedBy, creatorId());
    state.insert(kTrust, trust);
    project->setViewState(state);
}

bool TrustStore::isCreatedHere(const Project &project)
{
    return project.viewState().value(kTrust).toObject().value(kCreatedBy).toString() == creatorId();
}

bool TrustStore::mayRun(const Project &project) const
{
    if (project.functions().isEmpty() || isCreatedHere(project))
        return true;
    return !project.fileName().isEmpty() && isTrusted(project.fileName(), functionsHash(project.functions()));
}

} // namespace twin
