// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/project.h"
#include "document/twinvalidator.h"
#include "support/twinfixtures.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using twintest::makeTwin;
using namespace twin;

TEST(Project, ModifiedFollowsTheUndoStack)
{
    Project p;
    QSignalSpy modified(&p, &Project::modifiedChanged);
    EXPECT_FALSE(p.isModified());
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("a"))));
    EXPECT_TRUE(p.isModified());
    p.markSaved();
    EXPECT_FALSE(p.isModified());
    p.undoStack()->undo();
    EXPECT_TRUE(p.isModified());
    EXPECT_GE(modified.count(), 3);
}

TEST(Project, RejectsInvalidTwinsWithAReason)
{
    Project p;
    QString error;
    EXPECT_FALSE(p.addTwin(makeTwin(QString()), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(p.addTwin(makeTwin(QStringLiteral("x"), QStringLiteral("not-a-dtmi")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not-a-dtmi")));
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("x"))));
    EXPECT_FALSE(p.addTwin(makeTwin(QStringLiteral("x")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists")));
    EXPECT_EQ(p.undoStack()->count(), 1);
}

TEST(Project, RejectsRelationshipsToMissingTwins)
{
    Project p;
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("a"))));
    QString error;
    EXPECT_FALSE(p.addRelationship({QStringLiteral("r"), QStringLiteral("a"), QStringLiteral("contains"),
                                    QStringLiteral("ghost"), {}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("ghost")));
}

TEST(Project, ImportIsAllOrNothingAndReportsEveryError)
{
    Project p;
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("existing"))));
    ProjectContent c;
    c.twins = {makeTwin(QStringLiteral("n1")), makeTwin(QStringLiteral("existing")), makeTwin(QStringLiteral("n1")),
               makeTwin(QStringLiteral("bad"), QStringLiteral("nope"))};
    c.relationships = {{QStringLiteral("r"), QStringLiteral("n1"), QStringLiteral("contains"), QStringLiteral("ghost"), {}}};
    Diagnostics d;
    const int twins = p.graph()->twinCount();
    const int steps = p.undoStack()->count();
    EXPECT_FALSE(p.importContent(c, &d, QStringLiteral("in.json")));
    EXPECT_EQ(d.size(), 4);
    EXPECT_EQ(p.graph()->twinCount(), twins);
    EXPECT_EQ(p.undoStack()->count(), steps);
    for (const Diagnostic &x : d)
        EXPECT_EQ(x.file, QStringLiteral("in.json"));
}

TEST(Project, ContentRoundTripsThroughSetContent)
{
    Project p;
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("a"))));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("b")), QStringLiteral("a")));
    const ProjectContent c = p.content();
    Project q;
    QSignalSpy reset(&q, &Project::contentReset);
    ASSERT_TRUE(q.setContent(c, nullptr));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_FALSE(q.isModified());
    EXPECT_EQ(q.undoStack()->count(), 0);
    EXPECT_EQ(q.content().twins, c.twins);
    EXPECT_EQ(q.content().relationships, c.relationships);
}

TEST(Project, UniqueIds)
{
    Project p;
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("room"))));
    EXPECT_EQ(p.uniqueTwinId(QStringLiteral("room")), QStringLiteral("room-2"));
    EXPECT_EQ(p.uniqueTwinId(QStringLiteral("hall")), QStringLiteral("hall"));
}

TEST(Project, CoreOntologyIsBuiltInAndNotPartOfTheContent)
{
    Project p;
    EXPECT_TRUE(p.models().contains(QStringLiteral("dtmi:twinstudio:core:Room;1")));
    EXPECT_TRUE(p.isBuiltInModel(QStringLiteral("dtmi:twinstudio:core:Space;1")));
    EXPECT_TRUE(p.content().models.isEmpty());
    // Validation works on the project's own registry after it was replaced by setContent.
    ASSERT_TRUE(p.setContent(ProjectContent(), nullptr));
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("floor"), QStringLiteral("dtmi:twinstudio:core:Floor;1"))));
    QString error;
    EXPECT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("room")), QStringLiteral("floor"), &error))
        << error.toStdString();
    EXPECT_EQ(p.categoryOf(p.graph()->indexOfTwin(QStringLiteral("room"))), Category::Space);
}

TEST(Project, CopiedRegistriesStayValid)
{
    Project p;
    ModelRegistry copy = p.models();
    ModelRegistry assigned;
    assigned = copy;
    EXPECT_TRUE(twin::TwinValidator(assigned)
                    .validateRelationship(QStringLiteral("dtmi:twinstudio:core:Floor;1"), QStringLiteral("contains"),
                                          QStringLiteral("dtmi:twinstudio:core:Room;1"))
                    .isEmpty());
}

TEST(Project, CategoryMapEditsAreUndoableAndStored)
{
    Project p;
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("room"))));
    const int room = p.graph()->indexOfTwin(QStringLiteral("room"));
    EXPECT_EQ(p.categoryOf(room), Category::Space);
    QSignalSpy changed(&p, &Project::categoriesChanged);

    QHash<QString, Category> roots = p.models().categoryRoots();
    roots.insert(QStringLiteral("dtmi:twinstudio:core:Room;1"), Category::Other);
    QString error;
    ASSERT_TRUE(p.setCategoryRoots(roots, &error)) << error.toStdString();
    EXPECT_EQ(p.categoryOf(room), Category::Other);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(p.content().categoryRoots.value(QStringLiteral("dtmi:twinstudio:core:Room;1")), Category::Other);

    p.undoStack()->undo();
    EXPECT_EQ(p.categoryOf(room), Category::Space);
    EXPECT_TRUE(p.content().categoryRoots.isEmpty()); // the built-in map is not stored
    p.undoStack()->redo();
    EXPECT_EQ(p.categoryOf(room), Category::Other);

    // A map that names an interface nobody loaded is refused and changes nothing.
    roots.insert(QStringLiteral("dtmi:example:Unknown;1"), Category::Device);
    EXPECT_FALSE(p.setCategoryRoots(roots, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("dtmi:example:Unknown;1")));
    EXPECT_EQ(p.undoStack()->count(), 2);
    // The same map again is no step.
    roots.remove(QStringLiteral("dtmi:example:Unknown;1"));
    EXPECT_TRUE(p.setCategoryRoots(roots));
    EXPECT_EQ(p.undoStack()->count(), 2);
}
