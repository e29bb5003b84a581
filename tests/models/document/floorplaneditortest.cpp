// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's edits through the document: each one undo step that says what it did.
#include "document/floorplaneditor.h"
#include "document/project.h"
#include "document/twinclipboard.h"
#include "document/twinfactory.h"

#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

namespace {

const QString kFloor = QStringLiteral("dtmi:twinstudio:core:Floor;1");
const QString kRoom = QStringLiteral("dtmi:twinstudio:core:Room;1");
const QString kMultisensor = QStringLiteral("dtmi:twinstudio:core:Multisensor;1");

QPolygonF rectangle(double x, double y, double w, double h)
{
    return QPolygonF({QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)});
}

QStringList undoTexts(const QUndoStack *stack)
{
    QStringList texts;
    for (int i = 0; i < stack->count(); ++i)
        texts.append(stack->text(i));
    return texts;
}

class FloorPlanEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectContent c;
        Twin building;
        building.id = QStringLiteral("building");
        building.model = QStringLiteral("dtmi:twinstudio:core:Building;1");
        Twin floor;
        floor.id = QStringLiteral("floor");
        floor.model = kFloor;
        floor.properties.insert(QStringLiteral("name"), QStringLiteral("Ground floor"));
        floor.geometry.floor = FloorLayout{};
        c.twins = {building, floor};
        c.relationships = {{QStringLiteral("c1"), QStringLiteral("building"), QStringLiteral("contains"),
                            QStringLiteral("floor"), {}}};
        ASSERT_TRUE(project.setContent(c, nullptr));
    }

    const Twin &twin(const QString &id) const { return *project.graph()->findTwin(id); }
    QString parentOf(const QString &id) const
    {
        const int parent = project.graph()->parentOf(project.graph()->indexOfTwin(id));
        return parent < 0 ? QString() : project.graph()->twin(parent).id;
    }

    Project project;
    FloorPlanEditor editor{&project, QStringLiteral("floor")};
    QString error;
};

} // namespace

TEST_F(FloorPlanEditorTest, EveryPlanEditHasAnUndoTextThatNamesIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString image = dir.filePath(QStringLiteral("plan.png"));
    QImage picture(200, 100, QImage::Format_RGB32);
    picture.fill(Qt::white);
    ASSERT_TRUE(picture.save(image));

    ASSERT_TRUE(editor.addWall(QPolygonF({QPointF(0, 0), QPointF(6, 0)}), 0.2, &error)) << error.toStdString();
    ASSERT_TRUE(editor.addDoor(QPointF(3, 0.05), 0.9, 0.2, &error)) << error.toStdString();
    ASSERT_TRUE(editor.addDimension(QPointF(0, 1), QPointF(6, 1), &error)) << error.toStdString();
    ASSERT_TRUE(editor.setBackgroundImage(image, &error)) << error.toStdString();
    ASSERT_TRUE(editor.calibrateBackground(QPointF(0, 0), QPointF(2, 0), 4.0, &error)) << error.toStdString();
    ASSERT_TRUE(editor.flipDoors({0}, false, &error)) << error.toStdString();
    ASSERT_TRUE(editor.flipDoors({0}, true, &error)) << error.toStdString();
    ASSERT_TRUE(editor.addRoom(rectangle(0, 0, 4, 3), &error)) << error.toStdString();
    ASSERT_TRUE(editor.setBackgroundOpacity(0.3, 0, &error)) << error.toStdString();
    ASSERT_TRUE(editor.removeBackground(&error)) << error.toStdString();

    EXPECT_EQ(undoTexts(project.undoStack()),
              QStringList({QStringLiteral("Add Wall"), QStringLiteral("Add Door"), QStringLiteral("Add Dimension"),
                           QStringLiteral("Set Background"), QStringLiteral("Calibrate Background"),
                           QStringLiteral("Flip Door Swing"), QStringLiteral("Flip Door Hinge"),
                           QStringLiteral("Add Room 1"), QStringLiteral("Set Background Opacity"),
                           QStringLiteral("Remove Background")}));
    const FloorLayout &layout = *twin(QStringLiteral("floor")).geometry.floor;
    EXPECT_EQ(layout.walls.size(), 1);
    ASSERT_EQ(layout.openings.size(), 1);
    EXPECT_TRUE(layout.openings.first().otherSide);
    EXPECT_TRUE(layout.openings.first().hingeAtEnd);
    EXPECT_EQ(layout.dimensions.size(), 1);

    // Everything undone is the floor as it was; everything redone is the same plan again.
    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    EXPECT_EQ(twin(QStringLiteral("floor")).geometry.floor, FloorLayout{});
    EXPECT_EQ(project.graph()->twinCount(), 2);
    while (project.undoStack()->canRedo())
        project.undoStack()->redo();
    EXPECT_EQ(*twin(QStringLiteral("floor")).geometry.floor, layout);
}

TEST_F(FloorPlanEditorTest, RefusedEditsSayWhyAndPushNothing)
{
    EXPECT_FALSE(editor.addDoor(QPointF(3, 3), 0.9, 0.2, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(editor.flipDoors({0}, false, &error));
    EXPECT_FALSE(editor.calibrateBackground(QPointF(0, 0), QPointF(1, 0), 1.0, &error));
    EXPECT_FALSE(editor.addRoom(QPolygonF({QPointF(0, 0), QPointF(1, 1)}), &error));
    FloorPlanEditor nowhere(&project, QStringLiteral("missing"));
    EXPECT_FALSE(nowhere.addWall(QPolygonF({QPointF(0, 0), QPointF(1, 0)}), 0.2, &error));
    EXPECT_EQ(project.undoStack()->count(), 0);
}

TEST_F(FloorPlanEditorTest, RoomsAreNumberedByTheirFloor)
{
    // Other twins of the project do not count: the first room of a floor is Room 1.
    ASSERT_TRUE(editor.addRoom(rectangle(0, 0, 4, 3), &error)) << error.toStdString();
    QString id;
    ASSERT_TRUE(editor.addRoom(rectangle(4, 0, 4, 3), &error, &id)) << error.toStdString();
    EXPECT_EQ(twin(id).displayName(), QStringLiteral("Room 2"));
    EXPECT_EQ(twin(id).model, kRoom);
    EXPECT_EQ(parentOf(id), QStringLiteral("floor"));
    EXPECT_EQ(project.undoStack()->text(1), QStringLiteral("Add Room 2"));
}

TEST_F(FloorPlanEditorTest, DroppedDeviceGetsAReadableNameAndItsRoom)
{
    QString room;
    ASSERT_TRUE(editor.addRoom(rectangle(0, 0, 4, 3), &error, &room));
    QString device;
    ASSERT_TRUE(editor.dropModel(kMultisensor, QPointF(1, 1), 0.2, &error, &device)) << error.toStdString();
    EXPECT_EQ(parentOf(device), room);
    EXPECT_EQ(twin(device).displayName(), QStringLiteral("Multisensor 1"));
    EXPECT_EQ(project.undoStack()->text(1), QStringLiteral("Add Multisensor 1"));
    QString second;
    ASSERT_TRUE(editor.dropModel(kMultisensor, QPointF(2, 1), 0.2, &error, &second)) << error.toStdString();
    EXPECT_EQ(twin(second).displayName(), QStringLiteral("Multisensor 2"));
}

TEST_F(FloorPlanEditorTest, MovingADeviceIntoAnotherRoomMovesItInTheTopologyAsOneStep)
{
    QString a, b, device;
    ASSERT_TRUE(editor.addRoom(rectangle(0, 0, 4, 3), &error, &a));
    ASSERT_TRUE(editor.addRoom(rectangle(4, 0, 4, 3), &error, &b));
    ASSERT_TRUE(editor.dropModel(kMultisensor, QPointF(1, 1), 0.2, &error, &device));
    const int steps = project.undoStack()->count();

    ASSERT_TRUE(editor.moveTwins({{device, QPointF(5, 0.5)}}, &error)) << error.toStdString();
    EXPECT_EQ(project.undoStack()->count(), steps + 1);
    EXPECT_EQ(project.undoStack()->undoText(), QStringLiteral("Move Multisensor 1"));
    EXPECT_EQ(parentOf(device), b);
    EXPECT_EQ(*twin(device).geometry.position, QPointF(6, 1.5));

    project.undoStack()->undo();
    EXPECT_EQ(parentOf(device), a);
    EXPECT_EQ(*twin(device).geometry.position, QPointF(1, 1));
    project.undoStack()->redo();
    EXPECT_EQ(parentOf(device), b);

    // Onto bare floor: the floor holds it.
    ASSERT_TRUE(editor.moveTwins({{device, QPointF(10, 0)}}, &error));
    EXPECT_EQ(parentOf(device), QStringLiteral("floor"));
}

TEST_F(FloorPlanEditorTest, AMovedRoomTakesWhatStandsInIt)
{
    QString room, device;
    ASSERT_TRUE(editor.addRoom(rectangle(0, 0, 4, 3), &error, &room));
    ASSERT_TRUE(editor.dropModel(kMultisensor, QPointF(1, 1), 0.2, &error, &device));
    ASSERT_TRUE(editor.moveTwins({{room, QPointF(10, 0)}}, &error));
    EXPECT_EQ(project.undoStack()->undoText(), QStringLiteral("Move Room 1"));
    EXPECT_EQ(twin(room).geometry.outline, rectangle(10, 0, 4, 3));
    EXPECT_EQ(*twin(device).geometry.position, QPointF(11, 1));
    EXPECT_EQ(parentOf(device), room);
}

TEST_F(FloorPlanEditorTest, DeleteTakesTwinsAndElementsInOneStep)
{
    QString room;
    ASSERT_TRUE(editor.addRoom(rectangle(0, 0, 4, 3), &error, &room));
    ASSERT_TRUE(editor.addWall(QPolygonF({QPointF(0, 0), QPointF(6, 0)}), 0.2, &error));
    const int steps = project.undoStack()->count();
    ASSERT_TRUE(editor.deleteItems({room}, {0}, {}, {}, &error)) << error.toStdString();
    EXPECT_EQ(project.undoStack()->count(), steps + 1);
    EXPECT_EQ(project.undoStack()->undoText(), QStringLiteral("Delete 2 item(s)"));
    EXPECT_FALSE(project.graph()->findTwin(room));
    EXPECT_TRUE(twin(QStringLiteral("floor")).geometry.floor->walls.isEmpty());
    project.undoStack()->undo();
    EXPECT_TRUE(project.graph()->findTwin(room));
    EXPECT_EQ(twin(QStringLiteral("floor")).geometry.floor->walls.size(), 1);
    EXPECT_FALSE(editor.deleteItems({QStringLiteral("nope")}, {}, {}, {}, &error));
}

TEST_F(FloorPlanEditorTest, EveryFloorTwinHasAPlanEvenWithoutALayout)
{
    // A floor imported from a file that knows nothing of plans.
    Twin imported;
    imported.id = QStringLiteral("level-2");
    imported.model = kFloor;
    ASSERT_TRUE(project.addTwinUnder(imported, QStringLiteral("building")));
    EXPECT_EQ(FloorPlanEditor::floors(project), QStringList({QStringLiteral("floor"), QStringLiteral("level-2")}));
    FloorPlanEditor upstairs(&project, QStringLiteral("level-2"));
    ASSERT_TRUE(upstairs.layout().has_value());
    ASSERT_TRUE(upstairs.addWall(QPolygonF({QPointF(0, 0), QPointF(3, 0)}), 0.2, &error));
    EXPECT_EQ(twin(QStringLiteral("level-2")).geometry.floor->walls.size(), 1);
    project.undoStack()->undo();
    EXPECT_FALSE(twin(QStringLiteral("level-2")).geometry.floor.has_value());
}

TEST_F(FloorPlanEditorTest, AddFloorWithNameElevationAndHeight)
{
    QString id;
    ASSERT_TRUE(editor.addFloor(QStringLiteral("building"), QStringLiteral("First floor"), 3.2, 3.5, &error, &id))
        << error.toStdString();
    EXPECT_EQ(project.undoStack()->undoText(), QStringLiteral("Add First floor"));
    EXPECT_EQ(parentOf(id), QStringLiteral("building"));
    EXPECT_DOUBLE_EQ(twin(id).geometry.floor->elevation, 3.2);
    EXPECT_DOUBLE_EQ(twin(id).geometry.floor->height, 3.5);
    // The inspector shows them as the floor's properties.
    EXPECT_EQ(twin(id).properties.value(QStringLiteral("elevation")).toDouble(), 3.2);
    EXPECT_EQ(twin(id).properties.value(QStringLiteral("height")).toDouble(), 3.5);
    EXPECT_EQ(FloorPlanEditor::floors(project).last(), id);
    EXPECT_FALSE(editor.addFloor(QStringLiteral("building"), QString(), 0, 3, &error));
    EXPECT_FALSE(editor.addFloor(QStringLiteral("building"), QStringLiteral("x"), 0, 0, &error));
}

TEST_F(FloorPlanEditorTest, TreeChildrenFollowTheOntology)
{
    const QStringList children = TwinFactory::childModels(project, QStringLiteral("building"));
    EXPECT_TRUE(children.contains(kFloor));
    EXPECT_TRUE(children.contains(kMultisensor));
    QString id;
    ASSERT_TRUE(TwinFactory::add(&project, kFloor, QStringLiteral("building"), &error, &id)) << error.toStdString();
    EXPECT_EQ(parentOf(id), QStringLiteral("building"));
    EXPECT_TRUE(twin(id).geometry.floor.has_value());
    EXPECT_EQ(project.undoStack()->undoText(), QStringLiteral("Add Floor 2"));
}

TEST_F(FloorPlanEditorTest, PastedTwinsAreNamedAsCopies)
{
    QString room;
    ASSERT_TRUE(editor.addRoom(rectangle(0, 0, 4, 3), &error, &room));
    const QByteArray payload = TwinClipboard::copy(project, {room});
    QStringList roots;
    ASSERT_TRUE(editor.paste(payload, QPointF(5, 0), &roots, &error)) << error.toStdString();
    ASSERT_EQ(roots.size(), 1);
    EXPECT_EQ(twin(roots.first()).displayName(), QStringLiteral("Room 1 (copy)"));
    EXPECT_EQ(twin(roots.first()).geometry.outline, rectangle(5, 0, 4, 3));
    EXPECT_TRUE(project.undoStack()->undoText().startsWith(QStringLiteral("Paste")));
}

// A floor's elevation and height edited as properties (the inspector) move its layout, which
// the 3D view stacks the floors by, in the same undo step.
TEST_F(FloorPlanEditorTest, FloorPropertiesAndLayoutAreOne)
{
    ASSERT_TRUE(project.setTwinProperty(QStringLiteral("floor"), QStringLiteral("height"), 4.5, &error))
        << error.toStdString();
    EXPECT_DOUBLE_EQ(twin(QStringLiteral("floor")).geometry.floor->height, 4.5);
    ASSERT_TRUE(project.setTwinProperty(QStringLiteral("floor"), QStringLiteral("elevation"), -3.0, &error));
    EXPECT_DOUBLE_EQ(twin(QStringLiteral("floor")).geometry.floor->elevation, -3.0);
    project.undoStack()->undo();
    EXPECT_DOUBLE_EQ(twin(QStringLiteral("floor")).geometry.floor->elevation, 0.0);
    project.undoStack()->undo();
    EXPECT_DOUBLE_EQ(twin(QStringLiteral("floor")).geometry.floor->height, 3.0);
    EXPECT_TRUE(twin(QStringLiteral("floor")).properties.value(QStringLiteral("height")).isUndefined());
    project.undoStack()->redo();
    EXPECT_DOUBLE_EQ(twin(QStringLiteral("floor")).geometry.floor->height, 4.5);
    // A height of zero is kept as the property's value but not as the layout's.
    ASSERT_TRUE(project.setTwinProperty(QStringLiteral("floor"), QStringLiteral("height"), 0.0, &error));
    EXPECT_DOUBLE_EQ(twin(QStringLiteral("floor")).geometry.floor->height, 4.5);
}

TEST(TwinFactory, ANewSitesGroundFloorHasItsElevationAndHeight)
{
    const ProjectContent site = TwinFactory::newSite();
    const Twin &floor = site.twins.last();
    ASSERT_TRUE(floor.geometry.floor);
    EXPECT_EQ(floor.properties.value(QStringLiteral("elevation")).toDouble(-1), floor.geometry.floor->elevation);
    EXPECT_EQ(floor.properties.value(QStringLiteral("height")).toDouble(-1), floor.geometry.floor->height);
}

// A device added from the tree to a room drawn on the plan stands in the room, each one on
// a spot of its own, so the plan and the 3D view show it.
TEST_F(FloorPlanEditorTest, DevicesAddedToARoomStandInIt)
{
    QString room;
    const QPolygonF outline({QPointF(0, 0), QPointF(5, 0), QPointF(5, 4), QPointF(0, 4)});
    ASSERT_TRUE(editor.addRoom(outline, &error, &room)) << error.toStdString();
    QString first, second;
    ASSERT_TRUE(TwinFactory::add(&project, QStringLiteral("dtmi:twinstudio:core:Multisensor;1"), room, &error, &first))
        << error.toStdString();
    ASSERT_TRUE(TwinFactory::add(&project, QStringLiteral("dtmi:twinstudio:core:Thermostat;1"), room, &error, &second));
    ASSERT_TRUE(twin(first).geometry.position);
    ASSERT_TRUE(twin(second).geometry.position);
    const QPointF a = *twin(first).geometry.position;
    const QPointF b = *twin(second).geometry.position;
    EXPECT_TRUE(outline.containsPoint(a, Qt::OddEvenFill));
    EXPECT_TRUE(outline.containsPoint(b, Qt::OddEvenFill));
    EXPECT_GE(std::hypot(a.x() - b.x(), a.y() - b.y()), 0.5);
    // The device's sensors go with it, without places of their own.
    const TwinGraph *g = project.graph();
    const QList<int> &sensors = g->childrenOf(g->indexOfTwin(first));
    EXPECT_EQ(sensors.size(), 4);
    for (int sensor : sensors)
        EXPECT_FALSE(g->twin(sensor).geometry.position);
    // Under a twin without an outline (a floor) nothing is placed.
    QString loose;
    ASSERT_TRUE(TwinFactory::add(&project, QStringLiteral("dtmi:twinstudio:core:Multisensor;1"), QStringLiteral("floor"), &error, &loose));
    EXPECT_FALSE(twin(loose).geometry.position);
}
