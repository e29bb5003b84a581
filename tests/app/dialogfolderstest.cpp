// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogfolders.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin::ui;
using Kind = DialogFolders::Kind;

namespace {

struct DialogFoldersTest : ::testing::Test
{
    DialogFoldersTest() { QSettings().remove(QStringLiteral("dialogFolders")); }
    ~DialogFoldersTest() override { QSettings().remove(QStringLiteral("dialogFolders")); }
    QTemporaryDir dir;
};

} // namespace

// The first dialog opens in the documents folder (or home), not where the program started.
TEST_F(DialogFoldersTest, StartInTheDocumentsFolder)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString expected = QDir(documents).exists() ? documents : QDir::homePath();
    EXPECT_EQ(DialogFolders::folder(Kind::Projects), expected);
    EXPECT_NE(DialogFolders::folder(Kind::Projects), QDir::currentPath());
}

TEST_F(DialogFoldersTest, RememberTheFolderOfTheLastChoiceOfEachKind)
{
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("projects")));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("rec")));
    DialogFolders::remember(Kind::Projects, dir.filePath(QStringLiteral("projects/site.twinproj")));
    EXPECT_EQ(DialogFolders::folder(Kind::Projects), dir.filePath(QStringLiteral("projects")));
    // A kind not chosen yet starts beside the projects.
    EXPECT_EQ(DialogFolders::folder(Kind::Topologies), dir.filePath(QStringLiteral("projects")));
    // A folder chosen (an ontology folder) is remembered as it is.
    DialogFolders::remember(Kind::Ontologies, dir.filePath(QStringLiteral("rec")));
    EXPECT_EQ(DialogFolders::folder(Kind::Ontologies), dir.filePath(QStringLiteral("rec")));
    // A remembered folder that is gone is not offered.
    ASSERT_TRUE(QDir(dir.filePath(QStringLiteral("rec"))).removeRecursively());
    EXPECT_EQ(DialogFolders::folder(Kind::Ontologies), dir.filePath(QStringLiteral("projects")));
    // A cancelled dialog (an empty path) forgets nothing.
    DialogFolders::remember(Kind::Projects, QString());
    EXPECT_EQ(DialogFolders::folder(Kind::Projects), dir.filePath(QStringLiteral("projects")));
}

TEST_F(DialogFoldersTest, SuggestAFileNameSafeForTheFileSystem)
{
    DialogFolders::remember(Kind::Projects, dir.filePath(QStringLiteral("x.twinproj")));
    EXPECT_EQ(DialogFolders::suggestion(Kind::Projects, QStringLiteral("Riverside Campus"), QStringLiteral(".twinproj")),
              dir.filePath(QStringLiteral("Riverside Campus.twinproj")));
    EXPECT_EQ(DialogFolders::suggestion(Kind::Projects, QStringLiteral("A/B: \"C\"?"), QStringLiteral(".twinproj")),
              dir.filePath(QStringLiteral("A B C.twinproj")));
    EXPECT_EQ(DialogFolders::suggestion(Kind::Projects, QStringLiteral("../.."), QStringLiteral(".twinproj")),
              dir.filePath(QStringLiteral("Untitled.twinproj")));
    EXPECT_EQ(DialogFolders::suggestion(Kind::Projects, QString(), QStringLiteral(".twinproj")),
              dir.filePath(QStringLiteral("Untitled.twinproj")));
}
