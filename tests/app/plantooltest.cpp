// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planitems.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "plan/snapper.h"

#include "document/project.h"

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
