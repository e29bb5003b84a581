// SPDX-License-Identifier: GPL-3.0-or-later
// Where a project's history is: the project's setting (saved, undoable, never with a
// password), the history given for one run, the file beside the project by default.
#include "document/historylocationsetting.h"
#include "document/project.h"
#include "store/projectstore.h"
#include "telemetry/historyoverride.h"
#include "telemetry/historyqueries.h"
#include "telemetry/historyreader.h"
#include "telemetry/postgreshistoryreader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;

TEST(HistoryLocation, TheRunsHistoryWinsOverTheSettingWhichWinsOverTheFileBesideTheProject)
{
    const QString project = QDir::cleanPath(QDir::temp().filePath(QStringLiteral("site/site.twinproj")));
    const QString shared = QStringLiteral("postgresql://twin@db.example:5432/campus");
    EXPECT_EQ(HistoryQueries::resolve(project, QString()), project + QStringLiteral(".history"));
    EXPECT_EQ(HistoryQueries::resolve(project, shared), shared);
    EXPECT_EQ(HistoryQueries::resolve(project, QStringLiteral("records/site.history")),
              QDir::cleanPath(QDir::temp().filePath(QStringLiteral("site/records/site.history"))));
    EXPECT_EQ(HistoryQueries::resolve(project, shared, QStringLiteral("/data/other.history")),
              QStringLiteral("/data/other.history"));
    EXPECT_EQ(HistoryQueries::resolve(QString(), QString()), QString());
    EXPECT_EQ(HistoryQueries::resolve(QString(), QString(), shared), shared);

    EXPECT_TRUE(HistoryQueries::isShared(shared));
    EXPECT_TRUE(HistoryQueries::isAvailable(shared)); // the server tells on the first query
    EXPECT_FALSE(HistoryQueries::isAvailable(project + QStringLiteral(".history")));
    EXPECT_FALSE(HistoryQueries::isAvailable(QString()));
    EXPECT_TRUE(dynamic_cast<PostgresHistoryReader *>(HistoryQueries::open(shared).get()));
    EXPECT_TRUE(dynamic_cast<HistoryReader *>(HistoryQueries::open(project).get()));
    EXPECT_EQ(HistoryQueries::shown(QStringLiteral("postgresql://twin:secret@db:5432/campus")),
              QStringLiteral("postgresql://twin@db:5432/campus"));
}

TEST(HistoryLocation, TheSettingIsAnUndoableEditSavedWithTheProject)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    const QString shared = QStringLiteral("postgresql://twin@db.example:5432/campus");
    Project project;
    QString error;
    ASSERT_TRUE(HistoryLocationSetting::set(&project, QStringLiteral("  ") + shared + u' ', &error))
        << error.toStdString();
    EXPECT_EQ(HistoryLocationSetting::of(project), shared);
    EXPECT_EQ(project.undoStack()->count(), 1);
    EXPECT_TRUE(project.isModified());
    ASSERT_TRUE(HistoryLocationSetting::set(&project, shared, &error)); // unchanged: no step
    EXPECT_EQ(project.undoStack()->count(), 1);
    project.undoStack()->undo();
    EXPECT_EQ(HistoryLocationSetting::of(project), QString());
    EXPECT_EQ(HistoryQueries::locationOf(project), QString()); // never saved
    project.undoStack()->redo();

    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    Project reopened;
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::open(file, &reopened, &diagnostics));
    EXPECT_EQ(HistoryLocationSetting::of(reopened), shared);
    EXPECT_EQ(HistoryQueries::locationOf(reopened), shared);

    // The history given for one run wins, is not an edit, and goes with the project.
    HistoryOverride::set(&reopened, dir.filePath(QStringLiteral("other.history")));
    EXPECT_EQ(HistoryQueries::locationOf(reopened), dir.filePath(QStringLiteral("other.history")));
    EXPECT_FALSE(reopened.isModified());
    EXPECT_EQ(HistoryQueries::locationOf(reopened, QStringLiteral("x.history")), QStringLiteral("x.history"));
    reopened.clear();
    EXPECT_EQ(HistoryOverride::of(reopened), QString());

    // Back to the default: the setting is not saved at all.
    ASSERT_TRUE(HistoryLocationSetting::set(&project, QString(), &error));
    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    ASSERT_TRUE(ProjectStore::open(file, &reopened, &diagnostics));
    EXPECT_EQ(HistoryQueries::locationOf(reopened), file + QStringLiteral(".history"));
}

TEST(HistoryLocation, AProjectNeverKeepsAPassword)
{
    Project project;
    QString error;
    EXPECT_FALSE(HistoryLocationSetting::set(&project, QStringLiteral("postgresql://twin:secret@db:5432/campus"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("password"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("secret"))) << error.toStdString();
    EXPECT_FALSE(HistoryLocationSetting::set(&project, QStringLiteral("postgresql://db/campus?password=secret"), &error));
    EXPECT_EQ(HistoryLocationSetting::of(project), QString());
    EXPECT_EQ(project.undoStack()->count(), 0);
}
