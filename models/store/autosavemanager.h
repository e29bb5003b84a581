// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace twin {

class Project;

/**
 * Keeps a recovery copy of a modified project beside it, and finds such copies after
 * a crash.
 *
 * While the project has unsaved changes the manager writes them, \a interval after the
 * first change since the last autosave, to `FILE.twinproj.autosave` (a complete project
 * file, written as atomically as a save), or for an untitled project to
 * `untitled-*.autosave` in the recovery folder. The copy goes away when the project
 * becomes clean (saved, or undone back to the saved state), when other content is
 * loaded, and when the manager is destroyed, i.e. on every orderly close; only a crash
 * leaves it behind. On the next start the application asks recoveryAvailable() for the
 * file it opens (and orphanedAutosaves() for untitled work) and offers recover().
 *
 * Timed autosaves take a snapshot of the document on the calling thread (cheap: the
 * containers are shared, not copied) and write it on a pool thread, so a large project
 * does not stall the interface while it is written.
 */
class AutosaveManager : public QObject
{
    Q_OBJECT

public:
    explicit AutosaveManager(Project *project, QObject *parent = nullptr);
    ~AutosaveManager() override;

    /// Delay from the first unsaved change to the autosave, in milliseconds (default 60 s).
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    /// Where untitled projects are autosaved; defaults to defaultRecoveryDirectory().
    QString recoveryDirectory() const { return m_recoveryDirectory; }
    void setRecoveryDirectory(const QString &directory);
    static QString defaultRecoveryDirectory();

    /// The file the next autosave writes.
    QString autosavePath() const;
    /// The autosave on disk now, or empty.
    QString currentAutosave() const { return m_written; }

    /// Writes the autosave now, on this thread, when there are changes it does not hold
    /// yet (waits for a timed autosave in progress first).
    bool autosaveNow(QString *error = nullptr);
    /// Whether a timed autosave is being written on a pool thread.
    bool isWriting() const { return m_writing.isRunning(); }
    /// Removes the autosave (the changes were saved or are to be dropped).
    void discard();

    static QString sidecarFileName(const QString &projectFile);
    /// The autosave of \a projectFile when there is one at least as new as the file (or
    /// the file is gone); empty otherwise.
    static QString recoveryAvailable(const QString &projectFile);
    /// Autosaves of untitled projects in \a directory whose application is no longer
    /// running (a running instance holds a lock on its own).
    static QStringList orphanedAutosaves(const QString &directory = defaultRecoveryDirectory());
    /// Loads \a autosaveFile into the project, names it \a projectFile (empty: untitled)
    /// and leaves it modified, since the recovered changes are not in the file yet. The
    /// autosave then belongs to this manager: it is replaced by the next autosave and
    /// removed like one.
    bool recover(const QString &autosaveFile, const QString &projectFile, Diagnostics *diagnostics);

signals:
    void autosaved(const QString &path);
    void autosaveFailed(const QString &message);

private:
    void changed();
    void onCleanChanged(bool clean);
    void startBackgroundWrite();
    void backgroundWriteFinished();
    bool prepareTarget(const QString &path, QString *error);
    void written(const QString &path);
    void failed(const QString &message);
    /// Waits for a background write; with \a keep false its file is removed again.
    void settleBackgroundWrite(bool keep);

    Project *const m_project;
    QTimer m_timer;
    QString m_recoveryDirectory;
    QString m_untitledName;
    QString m_written;
    std::unique_ptr<QLockFile> m_untitledLock;
    QFutureWatcher<QString> m_writing; ///< result: empty on success, else why not
    QString m_writingPath;
    bool m_pending = false;
};

} // namespace twin
