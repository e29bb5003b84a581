// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosavemanager.h"

#include "core/logging.h"
#include "document/project.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QPromise>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUndoStack>

#include <atomic>

namespace twin {

namespace {

constexpr int kDefaultInterval = 60 * 1000;

QString lockFileName(const QString &autosave)
{
    return autosave + QStringLiteral(".lock");
}

} // namespace

AutosaveManager::AutosaveManager(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_recoveryDirectory(defaultRecoveryDirectory())
{
    static std::atomic<int> counter{0};
    m_untitledName = QStringLiteral("untitled-%1-%2-%3.autosave")
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss")))
                         .arg(QCoreApplication::applicationPid())
                         .arg(++counter);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::startBackgroundWrite);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, &AutosaveManager::backgroundWriteFinished);
    connect(project->undoStack(), &QUndoStack::indexChanged, this, &AutosaveManager::changed);
    connect(project->undoStack(), &QUndoStack::cleanChanged, this, &AutosaveManager::onCleanChanged);
    // The autosave belongs to the name it was written for; a new name (save as) or new
    // content (open, new) makes it stale.
    connect(project, &Project::fileNameChanged, this, [this] {
        if (!m_written.isEmpty() && m_written != autosavePath())
            discard();
    });
    connect(project, &Project::contentReset, this, [this] {
        m_pending = false;
        m_timer.stop();
        discard();
    });
}

AutosaveManager::~AutosaveManager()
{
    // Destruction is an orderly close: the user saved or chose to drop the changes.
    discard();
}

void AutosaveManager::setRecoveryDirectory(const QString &directory)
{
    if (m_project->fileName().isEmpty() && !m_written.isEmpty())
        discard();
    m_recoveryDirectory = directory;
}

QString AutosaveManager::defaultRecoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString AutosaveManager::autosavePath() const
{
    const QString file = m_project->fileName();
    if (!file.isEmpty())
        return sidecarFileName(file);
    return QDir(m_recoveryDirectory).filePath(m_untitledName);
}

void AutosaveManager::changed()
{
    if (!m_project->isModified())
        return;
    m_pending = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void AutosaveManager::onCleanChanged(bool clean)
{
    if (!clean) {
        changed();
        return;
    }
    m_pending = false;
    m_timer.stop();
    discard();
}

bool AutosaveManager::prepareTarget(const QString &path, QString *error)
{
    if (!m_project->fileName().isEmpty() || m_untitledLock)
        return true;
    if (!QDir().mkpath(m_recoveryDirectory)) {
        *error = tr("cannot create the recovery folder %1").arg(m_recoveryDirectory);
        return false;
    }
    // Held while this instance runs, so another instance does not offer to recover work
    // that is still open here.
    m_untitledLock = std::make_unique<QLockFile>(lockFileName(path));
    if (!m_untitledLock->tryLock(0))
        qCWarning(lcStore) << "cannot lock" << lockFileName(path) << m_untitledLock->error();
    return true;
}

void AutosaveManager::written(const QString &path)
{
    if (!m_written.isEmpty() && m_written != path)
        QFile::remove(m_written);
    m_written = path;
    qCDebug(lcStore) << "autosaved" << path;
    emit autosaved(path);
}

void AutosaveManager::failed(const QString &message)
{
    qCWarning(lcStore) << "autosave failed:" << message;
    m_pending = true; // try again with the next change
    emit autosaveFailed(message);
}

bool AutosaveManager::autosaveNow(QString *error)
{
    m_timer.stop();
    settleBackgroundWrite(true);
    if (!m_pending || !m_project->isModified())
        return true;
    const QString path = autosavePath();
    QString why;
    m_pending = false;
    if (prepareTarget(path, &why) && ProjectStore::writeContent(m_project->content(), path, &why)) {
        written(path);
        return true;
    }
    if (error)
        *error = why;
    failed(why);
    return false;
}

void AutosaveManager::startBackgroundWrite()
{
    if (m_writing.isRunning())
        return; // backgroundWriteFinished() starts the next one
    if (!m_pending || !m_project->isModified())
        return;
    const QString path = autosavePath();
    QString why;
    if (!prepareTarget(path, &why)) {
        failed(why);
        return;
    }
    m_pending = false;
    m_writingPath = path;
    auto promise = std::make_shared<QPromise<QString>>();
    m_writing.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, content = m_project->content(), path] {
        QString why;
        if (!ProjectStore::writeContent(content, path, &why) && why.isEmpty())
            why = tr("the autosave could not be written");
        promise->addResult(why);
        promise->finish();
    });
}

void AutosaveManager::backgroundWriteFinished()
{
    if (m_writingPath.isEmpty())
        return; // settled and dropped meanwhile
    const QString path = std::exchange(m_writingPath, QString());
    const QString why = m_writing.future().resultCount() > 0 ? m_writing.result() : QStringLiteral("cancelled");
    if (why.isEmpty())
        written(path);
    else
        failed(why);
    if (m_pending && m_project->isModified() && !m_timer.isActive())
        m_timer.start();
}

void AutosaveManager::settleBackgroundWrite(bool keep)
{
    if (m_writingPath.isEmpty())
        return;
    m_writing.waitForFinished();
    if (keep) {
        backgroundWriteFinished();
        return;
    }
    QFile::remove(m_writingPath);
    m_writingPath.clear();
}

void AutosaveManager::discard()
{
    settleBackgroundWrite(false);
    if (!m_written.isEmpty()) {
        QFile::remove(m_written);
        qCDebug(lcStore) << "removed autosave" << m_written;
        m_written.clear();
    }
    m_untitledLock.reset(); // unlocks and removes the lock file
}

QString AutosaveManager::sidecarFileName(const QString &projectFile)
{
    return projectFile + QStringLiteral(".autosave");
}

QString AutosaveManager::recoveryAvailable(const QString &projectFile)
{
    const QString sidecar = sidecarFileName(projectFile);
    const QFileInfo autosave(sidecar);
    if (!autosave.isFile())
        return QString();
    const QFileInfo file(projectFile);
    if (file.exists() && autosave.lastModified() < file.lastModified())
        return QString();
    return sidecar;
}

QStringList AutosaveManager::orphanedAutosaves(const QString &directory)
{
    QStringList result;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("untitled-*.autosave")}, QDir::Files, QDir::Time);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockFileName(path));
        // Fails only while a running instance holds the lock; a crashed instance's lock is
        // stale and taken over.
        if (lock.tryLock(0))
            result.append(path);
    }
    return result;
}

bool AutosaveManager::recover(const QString &autosaveFile, const QString &projectFile,
                              Diagnostics *diagnostics)
{
    ProjectContent content;
    if (!ProjectStore::readContent(autosaveFile, &content, diagnostics))
        return false;
    if (!m_project->setContent(content, diagnostics))
        return false;
    m_project->setFileName(projectFile);
    m_written = autosaveFile;
    // Leaves the clean state for good: no undo step leads back to what the file holds.
    m_project->undoStack()->resetClean();
    return true;
}

} // namespace twin
