// SPDX-License-Identifier: GPL-3.0-or-later
// Every undo command: redo → undo → redo gives the same state each time.
#include "document/project.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <functional>

using namespace twin;

namespace {

/// Everything observable about the document, in a canonical order.
QByteArray snapshot(const Project &project)
{
    const TwinGraph *g = project.graph();
    QJsonArray twins;
    QList<int> indices = g->twinIndices();
    std::sort(indices.begin(), indices.end(), [g](int a, int b) { return g->twin(a).id < g->twin(b).id; });
    for (int i : indices) {
        const Twin &t = g->twin(i);
        const int parent = g->parentOf(i);
        twins.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("model"), t.model},
                                 {QStringLiteral("properties"), t.properties},
                                 {QStringLiteral("geometry"), t.geometry.toJson()},
                                 {QStringLiteral("parent"), parent < 0 ? QString() : g->twin(parent).id}});
    }
    QStringList rels;
    for (int r : g->relationshipIndices()) {
        const Relationship &rel = g->relationship(r);
        rels.append(rel.source + u'|' + rel.id + u'|' + rel.name + u'|' + rel.target + u'|'
                    + QString::fromUtf8(QJsonDocument(rel.properties).toJson(QJsonDocument::Compact)));
    }
    rels.sort();
    QJsonObject all{{QStringLiteral("twins"), twins},
                    {QStringLiteral("relationships"), QJsonArray::fromStringList(rels)},
                    {QStringLiteral("models"), QJsonArray::fromStringList(project.models().interfaceIds())}};
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

Twin makeTwin(const QString &id, const QString &model)
{
    Twin t;
    t.id = id;
    t.model = model;
    t.properties.insert(QStringLiteral("name"), id.toUpper());
    return t;
}

const QString kRoom = QStringLiteral("dtmi:twinstudio:core:Room;1");
const QString kFloor = QStringLiteral("dtmi:twinstudio:core:Floor;1");
const QString kDevice = QStringLiteral("dtmi:twinstudio:core:Multisensor;1");

class CommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectContent c;
        c.twins = {makeTwin(QStringLiteral("floor"), kFloor), makeTwin(QStringLiteral("room-a"), kRoom),
                   makeTwin(QStringLiteral("room-b"), kRoom), makeTwin(QStringLiteral("dev"), kDevice)};
        c.relationships = {{QStringLiteral("c1"), QStringLiteral("floor"), QStringLiteral("contains"), QStringLiteral("room-a"), {}},
                           {QStringLiteral("c2"), QStringLiteral("floor"), QStringLiteral("contains"), QStringLiteral("room-b"), {}},
                           {QStringLiteral("c3"), QStringLiteral("room-a"), QStringLiteral("contains"), QStringLiteral("dev"), {}}};
        ASSERT_TRUE(project.setContent(c, nullptr));
    }

    /// Applies \a edit (which must push exactly one command), then checks that
    /// redo → undo → redo reproduces the states before and after.
    void checkUndoRedo(const std::function<bool()> &edit)
    {
        const QByteArray before = snapshot(project);
        const bool modifiedBefore = project.isModified();
        const int index = project.undoStack()->index();
        ASSERT_TRUE(edit());
        ASSERT_EQ(project.undoStack()->index(), index + 1);
        const QByteArray after = snapshot(project);
        ASSERT_NE(before, after);
        EXPECT_TRUE(project.isModified());
        project.undoStack()->undo();
        EXPECT_EQ(snapshot(project), before);
        EXPECT_EQ(project.isModified(), modifiedBefore);
        project.undoStack()->redo();
        EXPECT_EQ(snapshot(project), after);
        project.undoStack()->undo();
        EXPECT_EQ(snapshot(project), before);
        project.undoStack()->redo();
        EXPECT_EQ(snapshot(project), after);
    }

    Project project;
};

} // namespace

TEST_F(CommandsTest, AddTwin)
{
    checkUndoRedo([&] { return project.addTwin(makeTwin(QStringLiteral("new"), kRoom)); });
}

TEST_F(CommandsTest, AddTwinUnderParent)
{
    checkUndoRedo([&] { return project.addTwinUnder(makeTwin(QStringLiteral("new"), kRoom), QStringLiteral("floor")); });
    EXPECT_EQ(project.graph()->parentOf(project.graph()->indexOfTwin(QStringLiteral("new"))),
              project.graph()->indexOfTwin(QStringLiteral("floor")));
}

TEST_F(CommandsTest, RemoveTwinRestoresRelationshipsAndTree)
{
    checkUndoRedo([&] { return project.removeTwin(QStringLiteral("room-a")); });
    project.undoStack()->undo();
    const TwinGraph *g = project.graph();
    EXPECT_EQ(g->parentOf(g->indexOfTwin(QStringLiteral("dev"))), g->indexOfTwin(QStringLiteral("room-a")));
    EXPECT_EQ(g->relationshipCount(), 3);
}

TEST_F(CommandsTest, SetPropertyAndRemoveProperty)
{
    checkUndoRedo([&] { return project.setTwinProperty(QStringLiteral("room-a"), QStringLiteral("name"), QStringLiteral("Lab")); });
    checkUndoRedo([&] { return project.setTwinProperty(QStringLiteral("room-b"), QStringLiteral("name"), QJsonValue(QJsonValue::Undefined)); });
}

TEST_F(CommandsTest, SetPropertyMergesSuccessiveEdits)
{
    const int index = project.undoStack()->index();
    for (const char *v : {"L", "La", "Lab"})
        ASSERT_TRUE(project.setTwinProperty(QStringLiteral("room-a"), QStringLiteral("name"), QString::fromLatin1(v)));
    EXPECT_EQ(project.undoStack()->index(), index + 1);
    project.undoStack()->undo();
    EXPECT_EQ(project.graph()->findTwin(QStringLiteral("room-a"))->properties.value(QStringLiteral("name")).toString(),
              QStringLiteral("ROOM-A"));
}

TEST_F(CommandsTest, SetPropertyMergesOnlyEditsWithTheSameMergeKey)
{
    const QString room = QStringLiteral("room-a");
    const QString name = QStringLiteral("name");
    const int index = project.undoStack()->index();
    ASSERT_TRUE(project.setTwinProperty(room, name, QStringLiteral("A"), nullptr, QStringLiteral("part-1")));
    ASSERT_TRUE(project.setTwinProperty(room, name, QStringLiteral("AB"), nullptr, QStringLiteral("part-1")));
    EXPECT_EQ(project.undoStack()->index(), index + 1);
    ASSERT_TRUE(project.setTwinProperty(room, name, QStringLiteral("ABC"), nullptr, QStringLiteral("part-2")));
    ASSERT_TRUE(project.setTwinProperty(room, name, QStringLiteral("ABCD")));
    EXPECT_EQ(project.undoStack()->index(), index + 3);
    project.undoStack()->undo();
    project.undoStack()->undo();
    EXPECT_EQ(project.graph()->findTwin(room)->properties.value(name).toString(), QStringLiteral("AB"));
}

TEST_F(CommandsTest, AddAndRemoveRelationship)
{
    checkUndoRedo([&] {
        // A second edge between the same parent and child: the tree stays as it is.
        return project.addRelationship({QStringLiteral("also"), QStringLiteral("room-a"), QStringLiteral("contains"),
                                        QStringLiteral("dev"), {}});
    });
    checkUndoRedo([&] { return project.removeRelationship(QStringLiteral("floor"), QStringLiteral("c1")); });
}

TEST_F(CommandsTest, Reparent)
{
    checkUndoRedo([&] { return project.reparent(QStringLiteral("dev"), QStringLiteral("room-b")); });
    const TwinGraph *g = project.graph();
    EXPECT_EQ(g->parentOf(g->indexOfTwin(QStringLiteral("dev"))), g->indexOfTwin(QStringLiteral("room-b")));
    checkUndoRedo([&] { return project.reparent(QStringLiteral("dev"), QString()); });
    EXPECT_EQ(g->parentOf(g->indexOfTwin(QStringLiteral("dev"))), -1);
}

TEST_F(CommandsTest, ReparentRefusesCycles)
{
    QString error;
    EXPECT_FALSE(project.reparent(QStringLiteral("floor"), QStringLiteral("dev"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(project.isModified());
}

TEST_F(CommandsTest, SetGeometryAndDragMergesIntoOneStep)
{
    Geometry g;
    g.outline = QPolygonF({QPointF(0, 0), QPointF(3, 0), QPointF(3, 3)});
    checkUndoRedo([&] { return project.setGeometry(QStringLiteral("room-a"), g); });
    const int index = project.undoStack()->index();
    const int drag = project.newDragId();
    for (int step = 1; step <= 10; ++step) {
        Geometry moved;
        moved.position = QPointF(step * 0.1, 0);
        ASSERT_TRUE(project.setGeometry(QStringLiteral("dev"), moved, drag));
    }
    EXPECT_EQ(project.undoStack()->index(), index + 1);
    // A second drag is a second step.
    const int second = project.newDragId();
    for (int step = 1; step <= 3; ++step) {
        Geometry moved;
        moved.position = QPointF(2, step * 0.1);
        ASSERT_TRUE(project.setGeometry(QStringLiteral("dev"), moved, second));
    }
    EXPECT_EQ(project.undoStack()->index(), index + 2);
    project.undoStack()->undo();
    project.undoStack()->undo();
    EXPECT_FALSE(project.graph()->findTwin(QStringLiteral("dev"))->geometry.position.has_value());
}

TEST_F(CommandsTest, ImportIsOneStep)
{
    ProjectContent c;
    c.models = {QJsonObject{{QStringLiteral("@id"), QStringLiteral("dtmi:example:Lamp;1")},
                            {QStringLiteral("@type"), QStringLiteral("Interface")},
                            {QStringLiteral("@context"), QStringLiteral("dtmi:dtdl:context;3")},
                            {QStringLiteral("extends"), QStringLiteral("dtmi:twinstudio:core:Device;1")}}};
    for (int i = 0; i < 50; ++i)
        c.twins.append(makeTwin(QStringLiteral("lamp-%1").arg(i), QStringLiteral("dtmi:example:Lamp;1")));
    for (int i = 0; i < 50; ++i)
        c.relationships.append({QStringLiteral("l%1").arg(i), QStringLiteral("room-b"), QStringLiteral("contains"),
                                QStringLiteral("lamp-%1").arg(i), {}});
    checkUndoRedo([&] { return project.importContent(c, nullptr); });
    EXPECT_EQ(project.graph()->twinCount(), 54);
}

TEST_F(CommandsTest, RemoveTwinsTakesWhatTheyContainAsOneStep)
{
    checkUndoRedo([&] { return project.removeTwins({QStringLiteral("room-a"), QStringLiteral("room-b")}); });
    const TwinGraph *g = project.graph();
    EXPECT_EQ(g->twinCount(), 1); // the device went with its room
    EXPECT_EQ(g->relationshipCount(), 0);
    project.undoStack()->undo();
    EXPECT_EQ(g->parentOf(g->indexOfTwin(QStringLiteral("dev"))), g->indexOfTwin(QStringLiteral("room-a")));
    EXPECT_EQ(g->relationshipCount(), 3);
    // A twin listed together with its container is removed once.
    checkUndoRedo([&] { return project.removeTwins({QStringLiteral("dev"), QStringLiteral("room-a")}); });
    QString error;
    EXPECT_FALSE(project.removeTwins({QStringLiteral("room-b"), QStringLiteral("nope")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nope")));
    EXPECT_NE(g->indexOfTwin(QStringLiteral("room-b")), -1);
}

TEST_F(CommandsTest, RetypeTwinKeepsTheCompatibleProperties)
{
    ASSERT_TRUE(project.setTwinProperty(QStringLiteral("floor"), QStringLiteral("elevation"), 3.0));
    checkUndoRedo([&] { return project.retypeTwin(QStringLiteral("floor"), QStringLiteral("dtmi:twinstudio:core:Building;1")); });
    const Twin *floor = project.graph()->findTwin(QStringLiteral("floor"));
    EXPECT_EQ(floor->model, QStringLiteral("dtmi:twinstudio:core:Building;1"));
    EXPECT_EQ(floor->properties.value(QStringLiteral("name")).toString(), QStringLiteral("FLOOR"));
    EXPECT_FALSE(floor->properties.contains(QStringLiteral("elevation")));
    project.undoStack()->undo();
    EXPECT_EQ(project.graph()->findTwin(QStringLiteral("floor"))->properties.value(QStringLiteral("elevation")).toDouble(), 3.0);
    checkUndoRedo([&] { return project.retypeTwin(QStringLiteral("room-b"), QStringLiteral("dtmi:twinstudio:core:Zone;1")); });
}

TEST_F(CommandsTest, RetypeTwinIsRefusedWhenARelationshipWouldNotFit)
{
    const int index = project.undoStack()->index();
    QString error;
    // A sensor cannot contain the device room-a holds.
    EXPECT_FALSE(project.retypeTwin(QStringLiteral("room-a"), QStringLiteral("dtmi:twinstudio:core:MotionSensor;1"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(project.retypeTwin(QStringLiteral("room-a"), QStringLiteral("dtmi:example:Unknown;1"), &error));
    EXPECT_FALSE(project.retypeTwin(QStringLiteral("missing"), kRoom, &error));
    EXPECT_EQ(project.undoStack()->index(), index);
    EXPECT_EQ(project.graph()->findTwin(QStringLiteral("room-a"))->model, kRoom);
}

TEST_F(CommandsTest, SetGeometriesOfSeveralTwinsIsOneStep)
{
    Geometry a, b;
    a.outline = QPolygonF({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1)});
    b.position = QPointF(2, 3);
    checkUndoRedo([&] {
        return project.setGeometries({{QStringLiteral("room-a"), a}, {QStringLiteral("dev"), b}}, QStringLiteral("Move"));
    });
    EXPECT_EQ(project.graph()->findTwin(QStringLiteral("room-a"))->geometry, a);
    EXPECT_EQ(*project.graph()->findTwin(QStringLiteral("dev"))->geometry.position, QPointF(2, 3));
    QString error;
    EXPECT_FALSE(project.setGeometries({{QStringLiteral("nope"), a}}, QStringLiteral("Move"), &error));
}

TEST_F(CommandsTest, ADragBackToItsStartLeavesNoStep)
{
    Geometry g;
    g.position = QPointF(1, 1);
    ASSERT_TRUE(project.setGeometry(QStringLiteral("dev"), g));
    const int index = project.undoStack()->index();
    const int drag = project.newDragId();
    Geometry moved = g;
    moved.position = QPointF(4, 1);
    ASSERT_TRUE(project.setGeometry(QStringLiteral("dev"), moved, drag));
    ASSERT_TRUE(project.setGeometry(QStringLiteral("dev"), g, drag));
    EXPECT_EQ(project.undoStack()->index(), index);
    EXPECT_EQ(*project.graph()->findTwin(QStringLiteral("dev"))->geometry.position, QPointF(1, 1));
}
