// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include "document/project.h"
#include "store/autosavemanager.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace twin;

namespace {

Twin room(const QString &id)
{
    // The sample content loads one model, so twins must use it.
    return Twin{id, QStringLiteral("dtmi:example:Lab;1"), {{QStringLiteral("name"), id}}, {}};
}

void setModified(const QString &file, const QDateTime &time)
{
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.setFileTime(time, QFileDevice::FileModificationTime));
}

class AutosaveManagerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_dir.filePath(QStringLiteral("site.twinproj"));
        ASSERT_TRUE(m_project.setContent(twintest::sampleContent(), nullptr));
        QString error;
        ASSERT_TRUE(ProjectStore::save(&m_project, m_file, &error)) << error.toStdString();
    }

    QTemporaryDir m_dir;
    Project m_project;
    QString m_file;
};

} // namespace

TEST_F(AutosaveManagerTest, WritesTheSidecarAfterAChangeAndRemovesItOnSave)
{
    AutosaveManager autosave(&m_project);
    autosave.setInterval(20);
    const QString sidecar = AutosaveManager::sidecarFileName(m_file);
    EXPECT_EQ(autosave.autosavePath(), sidecar);
    EXPECT_EQ(sidecar, m_file + QStringLiteral(".autosave"));

    QSignalSpy autosaved(&autosave, &AutosaveManager::autosaved);
    ASSERT_TRUE(m_project.addTwin(room(QStringLiteral("new-room"))));
    EXPECT_FALSE(QFile::exists(sidecar)); // not before the interval
    ASSERT_TRUE(autosaved.wait(5000));
    EXPECT_EQ(autosaved.first().first().toString(), sidecar);
    EXPECT_TRUE(QFile::exists(sidecar));
    EXPECT_FALSE(autosave.isWriting());
    EXPECT_EQ(autosave.currentAutosave(), sidecar);

    // What a crash leaves behind: the sidecar, newer than the file, with the change.
    EXPECT_EQ(AutosaveManager::recoveryAvailable(m_file), sidecar);
    ProjectContent recovered;
    ASSERT_TRUE(ProjectStore::readContent(sidecar, &recovered, nullptr));
    EXPECT_EQ(recovered.twins.size(), m_project.graph()->twinCount());

    QString error;
    ASSERT_TRUE(ProjectStore::save(&m_project, m_file, &error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(sidecar));
    EXPECT_TRUE(AutosaveManager::recoveryAvailable(m_file).isEmpty());
}

TEST_F(AutosaveManagerTest, NothingIsWrittenForACleanProject)
{
    AutosaveManager autosave(&m_project);
    autosave.setInterval(10);
    QString error;
    EXPECT_TRUE(autosave.autosaveNow(&error));
    QTest::qWait(50);
    EXPECT_FALSE(QFile::exists(autosave.autosavePath()));
}

TEST_F(AutosaveManagerTest, UndoBackToTheSavedStateRemovesTheSidecar)
{
    AutosaveManager autosave(&m_project);
    autosave.setInterval(60000);
    ASSERT_TRUE(m_project.addTwin(room(QStringLiteral("r2"))));
    ASSERT_TRUE(autosave.autosaveNow());
    ASSERT_TRUE(QFile::exists(autosave.autosavePath()));
    m_project.undoStack()->undo();
    EXPECT_FALSE(m_project.isModified());
    EXPECT_FALSE(QFile::exists(autosave.autosavePath()));
}

TEST_F(AutosaveManagerTest, OrderlyCloseRemovesTheSidecar)
{
    const QString sidecar = AutosaveManager::sidecarFileName(m_file);
    {
        AutosaveManager autosave(&m_project);
        ASSERT_TRUE(m_project.addTwin(room(QStringLiteral("r2"))));
        ASSERT_TRUE(autosave.autosaveNow());
        ASSERT_TRUE(QFile::exists(sidecar));
    }
    EXPECT_FALSE(QFile::exists(sidecar));
}

TEST_F(AutosaveManagerTest, FailedAutosaveIsReportedAndKeepsTheFile)
{
    AutosaveManager autosave(&m_project);
    ASSERT_TRUE(m_project.addTwin(room(QStringLiteral("r2"))));
    // A folder where the sidecar should go makes the write fail.
    ASSERT_TRUE(QDir().mkpath(AutosaveManager::sidecarFileName(m_file)));
    const QByteArray before = twintest::readBytes(m_file);
    QString error;
    int failures = 0;
    QObject::connect(&autosave, &AutosaveManager::autosaveFailed, [&] { ++failures; });
    EXPECT_FALSE(autosave.autosaveNow(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(failures, 1);
    EXPECT_EQ(twintest::readBytes(m_file), before);
}

TEST_F(AutosaveManagerTest, RecoveryIsOfferedOnlyForASidecarNewerThanTheFile)
{
    const QString sidecar = AutosaveManager::sidecarFileName(m_file);
    EXPECT_TRUE(AutosaveManager::recoveryAvailable(m_file).isEmpty());
    ASSERT_TRUE(ProjectStore::writeContent(twintest::sampleContent(), sidecar, nullptr));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setModified(m_file, now.addSecs(-60));
    setModified(sidecar, now);
    EXPECT_EQ(AutosaveManager::recoveryAvailable(m_file), sidecar);
    setModified(m_file, now.addSecs(60)); // saved since, by another instance
    EXPECT_TRUE(AutosaveManager::recoveryAvailable(m_file).isEmpty());
    QFile::remove(m_file); // the file is gone: the sidecar is all there is
    EXPECT_EQ(AutosaveManager::recoveryAvailable(m_file), sidecar);
}

TEST_F(AutosaveManagerTest, RecoverLoadsTheSidecarAndLeavesTheProjectModified)
{
    const QString sidecar = AutosaveManager::sidecarFileName(m_file);
    {
        // An instance that crashed: its sidecar holds a change the file does not.
        Project crashed;
        ASSERT_TRUE(ProjectStore::open(m_file, &crashed, nullptr));
        ASSERT_TRUE(crashed.addTwin(room(QStringLiteral("unsaved-room"))));
        ASSERT_TRUE(ProjectStore::writeContent(crashed.content(), sidecar, nullptr));
    }
    Project project;
    AutosaveManager autosave(&project);
    autosave.setInterval(60000);
    ASSERT_EQ(AutosaveManager::recoveryAvailable(m_file), sidecar);
    Diagnostics diagnostics;
    ASSERT_TRUE(autosave.recover(sidecar, m_file, &diagnostics));
    EXPECT_EQ(project.fileName(), m_file);
    EXPECT_TRUE(project.isModified());
    EXPECT_TRUE(project.graph()->findTwin(QStringLiteral("unsaved-room")));
    EXPECT_EQ(autosave.currentAutosave(), sidecar);
    EXPECT_TRUE(QFile::exists(sidecar)); // still the only copy of the change

    QString error;
    ASSERT_TRUE(ProjectStore::save(&project, m_file, &error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(sidecar));
    Project reopened;
    ASSERT_TRUE(ProjectStore::open(m_file, &reopened, nullptr));
    EXPECT_TRUE(reopened.graph()->findTwin(QStringLiteral("unsaved-room")));
}

TEST(AutosaveManagerUntitled, GoesToTheRecoveryFolderAndIsOfferedOnlyWhenOrphaned)
{
    QTemporaryDir dir;
    const QString recovery = dir.filePath(QStringLiteral("recovery"));
    Project project;
    auto *autosave = new AutosaveManager(&project);
    autosave->setRecoveryDirectory(recovery);
    ASSERT_TRUE(project.addTwin(Twin{QStringLiteral("r1"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}}));
    QString error;
    ASSERT_TRUE(autosave->autosaveNow(&error)) << error.toStdString();
    const QString path = autosave->currentAutosave();
    EXPECT_TRUE(QFileInfo(path).fileName().startsWith(QStringLiteral("untitled-")));
    EXPECT_EQ(QFileInfo(path).absolutePath(), QFileInfo(recovery).absoluteFilePath());
    EXPECT_TRUE(QFile::exists(path));
    // This instance is alive and holds its autosave: nothing to offer.
    EXPECT_TRUE(AutosaveManager::orphanedAutosaves(recovery).isEmpty());

    // An autosave without a live owner (its instance crashed) is offered.
    const QString orphan = QDir(recovery).filePath(QStringLiteral("untitled-20240101-000000-1-1.autosave"));
    ASSERT_TRUE(ProjectStore::writeContent(project.content(), orphan, nullptr));
    EXPECT_EQ(AutosaveManager::orphanedAutosaves(recovery), QStringList{orphan});

    // Saving under a name moves the autosave next to the file and drops the untitled one.
    const QString file = dir.filePath(QStringLiteral("named.twinproj"));
    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    ASSERT_TRUE(project.addTwin(room(QStringLiteral("r2"))));
    ASSERT_TRUE(autosave->autosaveNow(&error));
    EXPECT_EQ(autosave->currentAutosave(), AutosaveManager::sidecarFileName(file));
    delete autosave;
    EXPECT_FALSE(QFile::exists(AutosaveManager::sidecarFileName(file)));
}

TEST_F(AutosaveManagerTest, ChangesDuringABackgroundWriteGetTheirOwnAutosave)
{
    AutosaveManager autosave(&m_project);
    autosave.setInterval(1);
    QSignalSpy autosaved(&autosave, &AutosaveManager::autosaved);
    ASSERT_TRUE(m_project.addTwin(room(QStringLiteral("r2"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return autosave.isWriting() || autosaved.count() > 0; }, 5000));
    ASSERT_TRUE(m_project.addTwin(room(QStringLiteral("r3"))));
    ASSERT_TRUE(QTest::qWaitFor([&] {
        ProjectContent c;
        return !autosave.isWriting() && QFile::exists(autosave.autosavePath())
            && ProjectStore::readContent(autosave.autosavePath(), &c, nullptr)
            && c.twins.size() == m_project.graph()->twinCount();
    }, 5000));
}

TEST_F(AutosaveManagerTest, SavingDuringABackgroundWriteLeavesNoSidecar)
{
    const QString sidecar = AutosaveManager::sidecarFileName(m_file);
    AutosaveManager autosave(&m_project);
    autosave.setInterval(1);
    ASSERT_TRUE(m_project.addTwin(room(QStringLiteral("r2"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return autosave.isWriting() || QFile::exists(sidecar); }, 5000));
    QString error;
    ASSERT_TRUE(ProjectStore::save(&m_project, m_file, &error)) << error.toStdString();
    QTest::qWait(50); // let a late completion arrive
    EXPECT_FALSE(QFile::exists(sidecar));
    EXPECT_TRUE(autosave.currentAutosave().isEmpty());
}
