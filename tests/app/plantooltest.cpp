// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planitems.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "plan/snapper.h"

#include "document/project.h"
#include "store/projectstore.h"

#include <QTemporaryDir>

#include <QGraphicsView>
#include <QTest>

#include <gtest/gtest.h>

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

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("design.twinproj"));
    QString error;
    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    Project reopened;
    Diagnostics diagnostics;
    ASSERT_TRUE(ProjectStore::open(file, &reopened, &diagnostics));
    EXPECT_EQ(reopened.content().twins, designed.twins);
    EXPECT_EQ(reopened.content().relationships, designed.relationships);
    EXPECT_EQ(reopened.graph()->findTwin(first)->properties.value(QStringLiteral("name")).toString(),
              QStringLiteral("Focus room"));
}
