// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planitems.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "plan/snapper.h"

#include "document/embeddedimages.h"
#include "document/plangeometry.h"
#include "document/project.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGraphicsPixmapItem>
#include <QGraphicsView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QNativeGestureEvent>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace twin;

namespace {

ProjectContent emptyFloor()
{
    ProjectContent c;
    Twin floor;
    floor.id = QStringLiteral("floor-1");
    floor.model = QStringLiteral("dtmi:twinstudio:core:Floor;1");
    floor.geometry.floor = FloorLayout{};
    c.twins = {floor};
    return c;
}

class PlanToolTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project.setContent(emptyFloor(), nullptr));
        view.resize(900, 700);
        view.show();
        QCoreApplication::processEvents();
        gv = view.findChild<QGraphicsView *>();
        ASSERT_TRUE(gv);
        // A fixed, known mapping: 1 m = 50 px, origin near the top-left.
        gv->resetTransform();
        gv->scale(0.5, 0.5);
        gv->centerOn(QPointF(500, 400));
        QObject::connect(view.scene(), &ui::PlanScene::errorOccurred, [this](const QString &m) { errors.append(m); });
    }

    void TearDown() override { EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString(); }

    QStringList errors;

    QPoint at(double x, double y) const { return gv->mapFromScene(QPointF(x, y) * ui::kPixelsPerMetre); }

    void click(double x, double y)
    {
        QTest::mouseMove(gv->viewport(), at(x, y));
        QTest::mouseClick(gv->viewport(), Qt::LeftButton, {}, at(x, y));
    }

    void doubleClick(double x, double y)
    {
        QTest::mouseDClick(gv->viewport(), Qt::LeftButton, {}, at(x, y));
    }

    /// Presses at \a from, moves in steps to \a to with the button held, releases; the
    /// event loop runs between the steps as it does between real events.
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(gv->viewport(), Qt::LeftButton, modifiers, at(from.x(), from.y()));
        for (int i = 1; i <= 6; ++i) {
            const QPointF p = from + (to - from) * (i / 6.0);
            const QPointF local = at(p.x(), p.y());
            QMouseEvent move(QEvent::MouseMove, local, gv->viewport()->mapToGlobal(local), Qt::NoButton,
                             Qt::LeftButton, modifiers);
            QCoreApplication::sendEvent(gv->viewport(), &move);
            QCoreApplication::processEvents();
        }
        QTest::mouseRelease(gv->viewport(), Qt::LeftButton, modifiers, at(to.x(), to.y()));
        QCoreApplication::processEvents();
    }

    /// A room drawn with the rectangle tool; the select tool is active afterwards.
    QString drawRoom(double x1, double y1, double x2, double y2)
    {
        view.scene()->setTool(ui::PlanTool::Kind::RectangleRoom);
        click(x1, y1);
        click(x2, y2);
        view.scene()->setTool(std::nullopt);
        QCoreApplication::processEvents();
        return rooms().isEmpty() ? QString() : rooms().last()->id;
    }

    /// Room a (0,0)-(4,3) with a thermostat at (2, 1.5) and room b (5,0)-(9,3), by id.
    std::pair<QString, QString> twoRoomsAndAThermostat()
    {
        const QString a = drawRoom(0, 0, 4, 3);
        const QString b = drawRoom(5, 0, 9, 3);
        EXPECT_TRUE(view.scene()->dropModel(QStringLiteral("dtmi:twinstudio:core:Thermostat;1"),
                                            QPointF(2, 1.5) * ui::kPixelsPerMetre));
        QCoreApplication::processEvents();
        return {a, b};
    }

    const FloorLayout &layout() const { return *project.graph()->findTwin(QStringLiteral("floor-1"))->geometry.floor; }
    QPolygonF outline(const QString &id) const { return project.graph()->findTwin(id)->geometry.outline; }

    /// Saves the project into a temporary file and opens that file into \a reopened.
    void saveAndReopen(Project *reopened)
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.twinproj"));
        QString error;
        ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
        Diagnostics diagnostics;
        ASSERT_TRUE(ProjectStore::open(file, reopened, &diagnostics));
    }

    /// The floor's layout as a save and a reopen of the project give it back.
    FloorLayout layoutAfterSaveAndReopen()
    {
        Project reopened;
        saveAndReopen(&reopened);
        const Twin *floor = reopened.graph()->findTwin(QStringLiteral("floor-1"));
        return floor && floor->geometry.floor ? *floor->geometry.floor : FloorLayout{};
    }

    /// Answers the next number dialog with \a value; the timer stops once it has.
    static std::unique_ptr<QTimer> answerNumberDialog(double value)
    {
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(10);
        QObject::connect(timer.get(), &QTimer::timeout, [timer = timer.get(), value] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                dialog->setDoubleValue(value);
                dialog->accept();
                timer->stop();
            }
        });
        timer->start();
        return timer;
    }

    QAction *action(const char *name) const
    {
        QAction *a = view.findChild<QAction *>(QString::fromLatin1(name));
        EXPECT_TRUE(a) << name;
        return a;
    }

    QList<const Twin *> rooms() const
    {
        QList<const Twin *> result;
        for (int i : project.graph()->twinIndices()) {
            if (!project.graph()->twin(i).geometry.outline.isEmpty())
                result.append(&project.graph()->twin(i));
        }
        return result;
    }

    Project project;
    ui::PlanView view{&project};
    QGraphicsView *gv = nullptr;
};

} // namespace

TEST_F(PlanToolTest, DrawsARectangleRoomByTwoClicks)
{
    view.scene()->setTool(ui::PlanTool::Kind::RectangleRoom);
    click(1, 1);
    click(5, 4);
    QCoreApplication::processEvents();
    ASSERT_EQ(rooms().size(), 1);
    const QPolygonF outline = rooms().first()->geometry.outline;
    EXPECT_NEAR(ui::polygonArea(outline), 12.0, 0.3);
    // The room hangs under the floor in the tree, as one undo step.
    EXPECT_EQ(project.graph()->parentOf(project.graph()->indexOfTwin(rooms().first()->id)),
              project.graph()->indexOfTwin(QStringLiteral("floor-1")));
    EXPECT_EQ(project.undoStack()->count(), 1);
}

// A floor with nothing on it says how to draw; the first room drawn takes the words away,
// undoing it brings them back.
TEST_F(PlanToolTest, AnEmptyFloorSaysHowToDrawOnIt)
{
    auto *hint = gv->viewport()->findChild<QLabel *>(QStringLiteral("EmptyHint"));
    ASSERT_TRUE(hint);
    QCoreApplication::processEvents();
    EXPECT_TRUE(hint->isVisibleTo(&view));
    const QString floorName = project.graph()->findTwin(QStringLiteral("floor-1"))->displayName();
    EXPECT_TRUE(hint->text().startsWith(floorName + QStringLiteral(" is empty"))) << hint->text().toStdString();
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Rectangle room (R)")));

    view.scene()->setTool(ui::PlanTool::Kind::RectangleRoom);
    click(1, 1);
    click(5, 4);
    QCoreApplication::processEvents();
    ASSERT_EQ(rooms().size(), 1);
    EXPECT_FALSE(hint->isVisibleTo(&view));
    project.undoStack()->undo();
    QCoreApplication::processEvents();
    EXPECT_TRUE(hint->isVisibleTo(&view));
}

TEST_F(PlanToolTest, DrawsAPolygonRoomClosedByDoubleClick)
{
    view.scene()->setTool(ui::PlanTool::Kind::PolygonRoom);
    click(0, 0);
    click(6, 0);
    click(6, 3);
    click(3, 5);
    doubleClick(0, 3);
    QCoreApplication::processEvents();
    ASSERT_EQ(rooms().size(), 1);
    EXPECT_EQ(rooms().first()->geometry.outline.size(), 5);
    EXPECT_NEAR(ui::polygonArea(rooms().first()->geometry.outline), 6 * 3 + 0.5 * 6 * 2, 0.5);
}

TEST_F(PlanToolTest, DrawsAWallAndUndoesBackToTheEmptyFloor)
{
    view.scene()->setTool(ui::PlanTool::Kind::Wall);
    click(0, 0);
    click(8, 0);
    doubleClick(8, 5);
    QCoreApplication::processEvents();
    const auto &layout = project.graph()->findTwin(QStringLiteral("floor-1"))->geometry.floor;
    ASSERT_TRUE(layout.has_value());
    ASSERT_EQ(layout->walls.size(), 1);
    EXPECT_EQ(layout->walls.first().path.size(), 3);
    view.scene()->setTool(ui::PlanTool::Kind::RectangleRoom);
    click(0, 0);
    click(4, 4);
    EXPECT_EQ(project.undoStack()->count(), 2);
    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    EXPECT_EQ(project.graph()->twinCount(), 1);
    EXPECT_TRUE(project.graph()->findTwin(QStringLiteral("floor-1"))->geometry.floor->walls.isEmpty());
    while (project.undoStack()->canRedo())
        project.undoStack()->redo();
    EXPECT_EQ(rooms().size(), 1);
}

TEST_F(PlanToolTest, EscapeCancelsTheShapeBeingDrawn)
{
    view.scene()->setTool(ui::PlanTool::Kind::PolygonRoom);
    click(0, 0);
    click(3, 0);
    QTest::keyClick(gv->viewport(), Qt::Key_Escape);
    EXPECT_TRUE(view.scene()->tool()->points().isEmpty());
    EXPECT_EQ(project.undoStack()->count(), 0);
}

TEST(Snapper, VerticesWinOverAnglesAndGrid)
{
    ui::Snapper s;
    s.setGrid(0.5);
    s.setTolerance(0.3);
    s.setVertices({QPointF(2.12, 3.07)});
    auto r = s.snap(QPointF(2.2, 3.0));
    EXPECT_EQ(r.kind, ui::Snapper::Kind::Vertex);
    EXPECT_EQ(r.point, QPointF(2.12, 3.07));
    r = s.snap(QPointF(7.26, 1.1));
    EXPECT_EQ(r.kind, ui::Snapper::Kind::Grid);
    EXPECT_EQ(r.point, QPointF(7.5, 1.0));
}

TEST(Snapper, AnglesSnapTo15DegreeSteps)
{
    ui::Snapper s;
    s.setGrid(0.1);
    const auto r = s.snap(QPointF(4.0, 0.3), QPointF(0, 0));
    EXPECT_EQ(r.kind, ui::Snapper::Kind::Angle);
    EXPECT_NEAR(r.point.y(), 0.0, 1e-9);
    EXPECT_NEAR(r.point.x(), 4.0, 1e-9);
    const auto diagonal = s.snap(QPointF(3.0, -3.2), QPointF(0, 0));
    EXPECT_NEAR(std::abs(diagonal.point.x()), std::abs(diagonal.point.y()), 1e-9);
}

TEST_F(PlanToolTest, DropsADeviceIntoARoomWithItsSensors)
{
    view.scene()->setTool(ui::PlanTool::Kind::RectangleRoom);
    click(1, 1);
    click(5, 4);
    QCoreApplication::processEvents();
    ASSERT_EQ(rooms().size(), 1);
    const QString room = rooms().first()->id;
    view.scene()->setTool(std::nullopt);
    QString error;
    ASSERT_TRUE(view.scene()->dropModel(QStringLiteral("dtmi:twinstudio:core:Multisensor;1"),
                                        QPointF(3, 2.5) * ui::kPixelsPerMetre, &error))
        << error.toStdString();
    QCoreApplication::processEvents();
    const TwinGraph *g = project.graph();
    const QList<int> inRoom = g->childrenOf(g->indexOfTwin(room));
    ASSERT_EQ(inRoom.size(), 1);
    const Twin &device = g->twin(inRoom.first());
    EXPECT_EQ(device.model, QStringLiteral("dtmi:twinstudio:core:Multisensor;1"));
    EXPECT_EQ(*device.geometry.position, QPointF(3, 2.5));
    EXPECT_EQ(g->childrenOf(inRoom.first()).size(), 4);

    // A sensor dropped on the device's marker is attached to it.
    ASSERT_TRUE(view.scene()->dropModel(QStringLiteral("dtmi:twinstudio:core:IlluminanceSensor;1"),
                                        QPointF(3, 2.5) * ui::kPixelsPerMetre, &error))
        << error.toStdString();
    EXPECT_EQ(g->childrenOf(inRoom.first()).size(), 5);
    // Dropped elsewhere it is refused with a reason.
    EXPECT_FALSE(view.scene()->dropModel(QStringLiteral("dtmi:twinstudio:core:IlluminanceSensor;1"),
                                         QPointF(20, 20) * ui::kPixelsPerMetre, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(project.undoStack()->count(), 3);
}

TEST_F(PlanToolTest, DesignSessionUndoesToTheEmptyFloorAndSurvivesSaveAndReopen)
{
    view.scene()->setTool(ui::PlanTool::Kind::RectangleRoom);
    click(0, 0);
    click(4, 3);
    view.scene()->setTool(ui::PlanTool::Kind::PolygonRoom);
    click(4, 0);
    click(9, 0);
    click(9, 3);
    doubleClick(4, 3);
    QCoreApplication::processEvents();
    ASSERT_EQ(rooms().size(), 2);
    const QString first = rooms().first()->id;
    view.scene()->setTool(std::nullopt);
    ASSERT_TRUE(view.scene()->dropModel(QStringLiteral("dtmi:twinstudio:core:Thermostat;1"),
                                        QPointF(2, 1.5) * ui::kPixelsPerMetre));
    ASSERT_TRUE(project.setTwinProperty(first, QStringLiteral("name"), QStringLiteral("Focus room")));
    const ProjectContent designed = project.content();
    const int steps = project.undoStack()->count();
    EXPECT_EQ(steps, 4);

    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    EXPECT_EQ(project.graph()->twinCount(), 1); // the empty floor
    while (project.undoStack()->canRedo())
        project.undoStack()->redo();
    EXPECT_EQ(project.content().twins, designed.twins);

    Project reopened;
    ASSERT_NO_FATAL_FAILURE(saveAndReopen(&reopened));
    EXPECT_EQ(reopened.content().twins, designed.twins);
    EXPECT_EQ(reopened.content().relationships, designed.relationships);
    EXPECT_EQ(reopened.graph()->findTwin(first)->properties.value(QStringLiteral("name")).toString(),
              QStringLiteral("Focus room"));
}

TEST_F(PlanToolTest, EnterBeforeTheFirstClickSetsTheWallThickness)
{
    view.scene()->setTool(ui::PlanTool::Kind::Wall);
    const auto answer = answerNumberDialog(0.35);
    QTest::keyClick(gv->viewport(), Qt::Key_Return);
    EXPECT_FALSE(answer->isActive());
    EXPECT_DOUBLE_EQ(view.scene()->tool()->wallThickness(), 0.35);
    click(0, 0);
    doubleClick(5, 0);
    ASSERT_EQ(layout().walls.size(), 1);
    EXPECT_DOUBLE_EQ(layout().walls.first().thickness, 0.35);
}

TEST_F(PlanToolTest, DraggingARoomCornerIsOneSnappedUndoStep)
{
    const QString room = drawRoom(0, 0, 4, 3);
    ASSERT_TRUE(view.scene()->selectTwin(room));
    const int steps = project.undoStack()->count();
    drag(QPointF(4, 3), QPointF(5.03, 4.02));
    EXPECT_EQ(project.undoStack()->count(), steps + 1);
    const QPolygonF moved = outline(room);
    ASSERT_EQ(moved.size(), 4);
    EXPECT_TRUE(moved.contains(QPointF(5, 4))) << "the corner snaps to the grid: " << moved.at(2).x() << "," << moved.at(2).y();
    EXPECT_TRUE(moved.contains(QPointF(0, 0)));
    project.undoStack()->undo();
    EXPECT_NEAR(ui::polygonArea(outline(room)), 12.0, 1e-9);
}

TEST_F(PlanToolTest, DraggingARoomEdgeMovesBothItsCorners)
{
    const QString room = drawRoom(0, 0, 4, 3);
    ASSERT_TRUE(view.scene()->selectTwin(room));
    drag(QPointF(4, 1.5), QPointF(6, 1.5));
    const QPolygonF moved = outline(room);
    EXPECT_TRUE(moved.contains(QPointF(6, 0)));
    EXPECT_TRUE(moved.contains(QPointF(6, 3)));
    EXPECT_NEAR(ui::polygonArea(moved), 18.0, 1e-9);
    EXPECT_EQ(project.undoStack()->count(), 2);
}

TEST_F(PlanToolTest, DraggingAWallEndSnapsTo15DegreeStepsUnlessAltIsHeld)
{
    view.scene()->setTool(ui::PlanTool::Kind::Wall);
    click(0, 0);
    doubleClick(8, 0);
    view.scene()->setTool(std::nullopt);
    QCoreApplication::processEvents();
    click(4, 0); // selects the wall, which shows its handles
    ASSERT_EQ(view.scene()->selectedElements().size(), 1);
    drag(QPointF(8, 0), QPointF(7.6, 2.9));
    QPointF end = layout().walls.first().path.last();
    const double angle = QLineF(QPointF(0, 0), end).angle();
    EXPECT_NEAR(std::remainder(angle, 15.0), 0.0, 1e-6) << angle;
    EXPECT_EQ(project.undoStack()->count(), 2);
    // With Alt the end goes where the pointer is.
    drag(end, QPointF(7.6, 2.9), Qt::AltModifier);
    end = layout().walls.first().path.last();
    EXPECT_NEAR(end.x(), 7.6, 0.03);
    EXPECT_NEAR(end.y(), 2.9, 0.03);
}

TEST_F(PlanToolTest, RubberBandSelectsSeveralItemsAndDeleteRemovesThemAsOneStep)
{
    const auto [a, b] = twoRoomsAndAThermostat();
    const int twins = project.graph()->twinCount();
    const int steps = project.undoStack()->count();
    // A band that starts inside a room not yet selected is a rubber band too; it selects
    // what lies wholly inside it.
    drag(QPointF(0.5, 0.5), QPointF(3, 2.5));
    ASSERT_EQ(view.scene()->selectedTwins().size(), 1);
    EXPECT_NE(view.scene()->selectedTwins().first(), a);
    drag(QPointF(-1, -1), QPointF(4.5, 3.5));
    QStringList selected = view.scene()->selectedTwins();
    selected.sort();
    ASSERT_EQ(selected.size(), 2) << selected.join(u' ').toStdString(); // room a and its thermostat
    EXPECT_TRUE(selected.contains(a));
    EXPECT_FALSE(selected.contains(b));
    QTest::keyClick(gv->viewport(), Qt::Key_Delete);
    QCoreApplication::processEvents();
    EXPECT_EQ(project.undoStack()->count(), steps + 1);
    EXPECT_EQ(project.graph()->indexOfTwin(a), -1);
    EXPECT_NE(project.graph()->indexOfTwin(b), -1);
    // The thermostat's sensors went with it.
    EXPECT_EQ(project.graph()->twinCount(), 2);
    project.undoStack()->undo();
    EXPECT_EQ(project.graph()->twinCount(), twins);
}

TEST_F(PlanToolTest, ShiftClickAddsToTheSelectionAndAMoveOfSeveralIsOneStep)
{
    const auto [a, b] = twoRoomsAndAThermostat();
    click(1, 2.5);
    EXPECT_EQ(view.scene()->selectedTwins(), QStringList{a});
    QTest::mouseClick(gv->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(8, 2.5));
    EXPECT_EQ(view.scene()->selectedTwins().size(), 2);
    const int steps = project.undoStack()->count();
    drag(QPointF(1, 2.5), QPointF(1, 6.5));
    EXPECT_EQ(project.undoStack()->count(), steps + 1);
    EXPECT_EQ(outline(a).first() - QPointF(0, 0), QPointF(0, 4));
    EXPECT_TRUE(outline(b).contains(QPointF(5, 4)));
    // The thermostat in room a moved with it.
    const TwinGraph *g = project.graph();
    const int thermostat = g->childrenOf(g->indexOfTwin(a)).first();
    EXPECT_EQ(*g->twin(thermostat).geometry.position, QPointF(2, 5.5));
    project.undoStack()->undo();
    EXPECT_TRUE(outline(a).contains(QPointF(0, 0)));
    EXPECT_EQ(*g->twin(thermostat).geometry.position, QPointF(2, 1.5));
}

TEST_F(PlanToolTest, CopyAndPasteARoomWithItsDeviceIsOneStep)
{
    const QString room = drawRoom(0, 0, 4, 3);
    ASSERT_TRUE(view.scene()->dropModel(QStringLiteral("dtmi:twinstudio:core:Thermostat;1"),
                                        QPointF(2, 1.5) * ui::kPixelsPerMetre));
    QCoreApplication::processEvents();
    ASSERT_TRUE(view.scene()->selectTwin(room));
    const int twins = project.graph()->twinCount();
    const int steps = project.undoStack()->count();
    action("copy")->trigger();
    action("paste")->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(project.undoStack()->count(), steps + 1);
    EXPECT_EQ(project.graph()->twinCount(), 2 * twins - 1); // all but the floor
    const QStringList pasted = view.scene()->selectedTwins();
    ASSERT_EQ(pasted.size(), 1);
    EXPECT_NE(pasted.first(), room);
    EXPECT_EQ(outline(pasted.first()).first(), outline(room).first() + QPointF(1, 1));
    // Pasting again goes further, not onto the first copy.
    action("paste")->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(outline(view.scene()->selectedTwins().value(0)).first(), outline(room).first() + QPointF(2, 2));
    project.undoStack()->undo();
    project.undoStack()->undo();
    EXPECT_EQ(project.graph()->twinCount(), twins);
}

TEST_F(PlanToolTest, DoorToolCutsADoorIntoTheWallAndItCanBeDeleted)
{
    view.scene()->setTool(ui::PlanTool::Kind::Wall);
    click(0, 0);
    doubleClick(8, 0);
    view.scene()->setTool(ui::PlanTool::Kind::Door);
    click(4, 0.05);
    ASSERT_EQ(layout().openings.size(), 1);
    EXPECT_EQ(layout().openings.first().wall, 0);
    EXPECT_NEAR(layout().openings.first().offset, 4.0 - 0.45, 0.03);
    EXPECT_DOUBLE_EQ(layout().openings.first().width, 0.9);
    // The wall is drawn in two pieces around the gap.
    QCoreApplication::processEvents();
    int wallPieces = 0;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *wall = dynamic_cast<ui::WallItem *>(item))
            wallPieces += int(wall->path().toSubpathPolygons().size());
    }
    EXPECT_EQ(wallPieces, 2);
    // Far from any wall: refused with a reason.
    click(4, 3);
    ASSERT_EQ(errors.size(), 1);
    errors.clear();
    EXPECT_EQ(layout().openings.size(), 1);

    view.scene()->setTool(std::nullopt);
    click(4.0, -0.3); // inside the door's swing
    ASSERT_EQ(view.scene()->selectedElements().size(), 1);
    EXPECT_EQ(view.scene()->selectedElements().first().kind, ui::FloorElement::Kind::Opening);
    QTest::keyClick(gv->viewport(), Qt::Key_Delete);
    EXPECT_TRUE(layout().openings.isEmpty());
    EXPECT_EQ(layout().walls.size(), 1);
    project.undoStack()->undo();
    EXPECT_EQ(layout().openings.size(), 1);
}

TEST_F(PlanToolTest, DimensionLineIsStoredOnTheFloorAndDeletable)
{
    view.scene()->setTool(ui::PlanTool::Kind::Dimension);
    click(0, 5);
    click(4.02, 5.01);
    ASSERT_EQ(layout().dimensions.size(), 1);
    EXPECT_EQ(layout().dimensions.first().from, QPointF(0, 5));
    EXPECT_NEAR(layout().dimensions.first().to.x(), 4.0, 1e-9);
    EXPECT_NEAR(layout().dimensions.first().to.y(), 5.0, 1e-9);
    EXPECT_EQ(project.undoStack()->count(), 1);
    QCoreApplication::processEvents();
    view.scene()->setTool(std::nullopt);
    click(2, 5);
    ASSERT_EQ(view.scene()->selectedElements().size(), 1);
    QTest::keyClick(gv->viewport(), Qt::Key_Delete);
    EXPECT_TRUE(layout().dimensions.isEmpty());
    project.undoStack()->undo();
    EXPECT_EQ(layout().dimensions.size(), 1);
}

TEST_F(PlanToolTest, DroppingASpaceTypeOnARoomRetypesIt)
{
    const QString room = drawRoom(0, 0, 4, 3);
    QString error;
    ASSERT_TRUE(view.scene()->dropModel(QStringLiteral("dtmi:twinstudio:core:Zone;1"),
                                        QPointF(2, 2) * ui::kPixelsPerMetre, &error))
        << error.toStdString();
    const Twin *t = project.graph()->findTwin(room);
    EXPECT_EQ(t->model, QStringLiteral("dtmi:twinstudio:core:Zone;1"));
    EXPECT_FALSE(t->properties.value(QStringLiteral("name")).toString().isEmpty());
    EXPECT_EQ(project.graph()->twinCount(), 2);
    project.undoStack()->undo();
    EXPECT_EQ(project.graph()->findTwin(room)->model, QStringLiteral("dtmi:twinstudio:core:Room;1"));
}

TEST_F(PlanToolTest, BackgroundImageIsCalibratedByTwoPointsAndSurvivesSaveAndReopen)
{
    QTemporaryDir dir;
    const QString image = dir.filePath(QStringLiteral("scan.png"));
    QImage scan(400, 200, QImage::Format_RGB32);
    scan.fill(Qt::darkGreen);
    ASSERT_TRUE(scan.save(image));
    QString error;
    EXPECT_FALSE(view.scene()->editor().setBackgroundImage(dir.filePath(QStringLiteral("missing.png")), &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(view.scene()->editor().setBackgroundImage(image, &error)) << error.toStdString();
    QCoreApplication::processEvents();
    // The picture is in the project, not just its path.
    QFile file(image);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString key = EmbeddedImages::keyFor(file.readAll());
    EXPECT_EQ(layout().background.path, EmbeddedImages::pathFor(key));
    EXPECT_FALSE(project.image(key).isEmpty());
    int pixmaps = 0;
    for (QGraphicsItem *item : view.scene()->items())
        pixmaps += dynamic_cast<QGraphicsPixmapItem *>(item) != nullptr;
    EXPECT_EQ(pixmaps, 1);

    // Two clicks 2 m apart on the uncalibrated image (200 px), then "8" metres typed.
    view.scene()->setTool(ui::PlanTool::Kind::Calibrate);
    const auto answer = answerNumberDialog(8.0);
    click(1, 1);
    click(3, 1);
    EXPECT_FALSE(answer->isActive());
    EXPECT_NEAR(layout().background.metresPerPixel, 0.04, 1e-3);
    EXPECT_NEAR(PlanGeometry::imageToPlan(layout().background, QPointF(100, 100)).x(), 1.0, 0.03);

    auto *opacity = view.findChild<QSlider *>(QStringLiteral("backgroundOpacity"));
    ASSERT_TRUE(opacity);
    EXPECT_TRUE(opacity->isEnabled());
    opacity->setValue(30);
    EXPECT_DOUBLE_EQ(layout().background.opacity, 0.3);
    EXPECT_EQ(project.undoStack()->count(), 3);
    // Without the image file the project still has its picture.
    ASSERT_TRUE(QFile::remove(image));
    EXPECT_EQ(layoutAfterSaveAndReopen(), layout());
    Project reopened;
    saveAndReopen(&reopened);
    ui::PlanScene scene(&reopened);
    scene.setFloor(QStringLiteral("floor-1"));
    pixmaps = 0;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *pixmap = dynamic_cast<QGraphicsPixmapItem *>(item))
            pixmaps += pixmap->pixmap().width() == 400;
    }
    EXPECT_EQ(pixmaps, 1);

    while (project.undoStack()->canUndo())
        project.undoStack()->undo();
    EXPECT_TRUE(layout().background.isNull());
}

TEST_F(PlanToolTest, DoorsAndDimensionLinesSurviveSaveAndReopen)
{
    view.scene()->setTool(ui::PlanTool::Kind::Wall);
    click(0, 0);
    click(6, 0);
    doubleClick(6, 4);
    view.scene()->setTool(ui::PlanTool::Kind::Door);
    click(6.05, 2);
    view.scene()->setTool(ui::PlanTool::Kind::Dimension);
    click(0, 1);
    click(6, 1);
    ASSERT_EQ(layout().openings.size(), 1);
    ASSERT_EQ(layout().dimensions.size(), 1);
    EXPECT_EQ(layoutAfterSaveAndReopen(), layout());
}

TEST_F(PlanToolTest, ZoomToFitAndPinchZoom)
{
    drawRoom(0, 0, 4, 3);
    gv->resetTransform();
    action("fit")->trigger();
    const double fitted = gv->transform().m11();
    EXPECT_GT(fitted, 0.5); // a 4 m room fills a 900 px view
    EXPECT_TRUE(action("fit")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_0)));
    const QPointF centre = gv->viewport()->rect().center();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, centre, centre,
                              gv->viewport()->mapToGlobal(centre), 0.5, QPointF());
    QCoreApplication::sendEvent(gv->viewport(), &pinch);
    EXPECT_NEAR(gv->transform().m11(), fitted * 1.5, 1e-9);
}

TEST_F(PlanToolTest, CalibratingWithoutABackgroundSaysSo)
{
    view.scene()->setTool(ui::PlanTool::Kind::Calibrate);
    click(1, 1);
    click(3, 1);
    ASSERT_EQ(errors.size(), 1);
    errors.clear();
    EXPECT_EQ(project.undoStack()->count(), 0);
    QString error;
    EXPECT_FALSE(view.scene()->editor().calibrateBackground(QPointF(1, 1), QPointF(3, 1), 2.0, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(PlanToolTest, RoomsLetTheBackgroundImageShowThrough)
{
    ASSERT_FALSE(drawRoom(0, 0, 4, 3).isEmpty());
    auto roomAlpha = [this] {
        for (QGraphicsItem *item : view.scene()->items()) {
            if (auto *r = dynamic_cast<ui::RoomItem *>(item))
                return r->brush().color().alpha();
        }
        return -1;
    };
    EXPECT_EQ(roomAlpha(), 255);
    QTemporaryDir dir;
    const QString image = dir.filePath(QStringLiteral("scan.png"));
    QImage scan(40, 20, QImage::Format_RGB32);
    scan.fill(Qt::black);
    ASSERT_TRUE(scan.save(image));
    ASSERT_TRUE(view.scene()->editor().setBackgroundImage(image));
    QCoreApplication::processEvents();
    EXPECT_LT(roomAlpha(), 200);
    // The picture is under the room: the room's centre is darker than without it.
    const QImage shot = gv->viewport()->grab().toImage();
    EXPECT_LT(qGray(shot.pixel(at(0.2, 0.1))), 200);
    ASSERT_TRUE(view.scene()->editor().removeBackground());
    QCoreApplication::processEvents();
    EXPECT_EQ(roomAlpha(), 255);
}

TEST_F(PlanToolTest, PolygonRoomClosesByAClickNearItsFirstCorner)
{
    view.scene()->setTool(ui::PlanTool::Kind::PolygonRoom);
    click(0, 0);
    click(6, 0);
    click(6, 3);
    click(0, 3);
    // A few screen pixels off the first corner, where magnetism would put the point
    // somewhere else.
    const QPoint near = at(0, 0) + QPoint(5, 4);
    QTest::mouseMove(gv->viewport(), near);
    QTest::mouseClick(gv->viewport(), Qt::LeftButton, {}, near);
    QCoreApplication::processEvents();
    ASSERT_EQ(rooms().size(), 1);
    EXPECT_EQ(rooms().first()->geometry.outline.size(), 4);
    EXPECT_NEAR(ui::polygonArea(rooms().first()->geometry.outline), 18.0, 0.01);
    EXPECT_TRUE(view.scene()->tool()->points().isEmpty());
}

TEST_F(PlanToolTest, FinishedPolygonKeepsOnlyItsCorners)
{
    view.scene()->setTool(ui::PlanTool::Kind::PolygonRoom);
    click(0, 0);
    click(3, 0); // on the straight run to the next corner
    click(6, 0);
    click(6, 3);
    click(6, 3); // twice: the press of a double-click
    doubleClick(0, 3);
    QCoreApplication::processEvents();
    ASSERT_EQ(rooms().size(), 1);
    EXPECT_EQ(rooms().first()->geometry.outline.size(), 4) << rooms().first()->geometry.outline.size();
}

TEST_F(PlanToolTest, EachPlanEditNamesItsUndoStep)
{
    view.scene()->setTool(ui::PlanTool::Kind::Wall);
    click(0, 0);
    doubleClick(8, 0);
    view.scene()->setTool(ui::PlanTool::Kind::Door);
    click(4, 0);
    view.scene()->setTool(ui::PlanTool::Kind::Dimension);
    click(0, 2);
    click(8, 2);
    QTemporaryDir dir;
    const QString image = dir.filePath(QStringLiteral("scan.png"));
    ASSERT_TRUE(QImage(100, 100, QImage::Format_RGB32).save(image));
    ASSERT_TRUE(view.scene()->editor().setBackgroundImage(image));
    view.scene()->setTool(std::nullopt);
    QCoreApplication::processEvents();
    for (QGraphicsItem *item : view.scene()->items()) {
        if (dynamic_cast<ui::OpeningItem *>(item))
            item->setSelected(true);
    }
    action("flipDoorSwing")->trigger();
    action("flipDoorHinge")->trigger();
    QStringList texts;
    for (int i = 0; i < project.undoStack()->count(); ++i)
        texts.append(project.undoStack()->text(i));
    EXPECT_EQ(texts, QStringList({QStringLiteral("Add Wall"), QStringLiteral("Add Door"), QStringLiteral("Add Dimension"),
                                  QStringLiteral("Set Background"), QStringLiteral("Flip Door Swing"),
                                  QStringLiteral("Flip Door Hinge")}));
}
