// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planitems.h"
#include "plan/planscene.h"
#include "plan/planview.h"

#include "document/project.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsView>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace twin;

namespace {

/// A floor with one wall along the x axis, a door 1 m wide at 2 m and a window at 5 m.
Twin floorWithDoor()
{
    Twin floor{QStringLiteral("floor-1"), QStringLiteral("dtmi:twinstudio:core:Floor;1"),
               {{QStringLiteral("name"), QStringLiteral("Ground")}}, {}};
    floor.geometry.floor = FloorLayout{};
    floor.geometry.floor->walls.append(Wall{QPolygonF({QPointF(0, 0), QPointF(8, 0)}), 0.2});
    floor.geometry.floor->openings.append(Opening{0, 2.0, 1.0, 2.1, QStringLiteral("door")});
    floor.geometry.floor->openings.append(Opening{0, 5.0, 1.2, 1.2, QStringLiteral("window")});
    return floor;
}

class PlanDoorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project.addTwin(floorWithDoor()));
        project.undoStack()->clear();
        view.resize(800, 500);
        view.show();
        view.scene()->setFloor(QStringLiteral("floor-1"));
        QCoreApplication::processEvents();
    }

    Opening door() const
    {
        return project.graph()->findTwin(QStringLiteral("floor-1"))->geometry.floor->openings.at(0);
    }

    ui::OpeningItem *item(int index) const
    {
        for (QGraphicsItem *i : view.scene()->items()) {
            auto *opening = dynamic_cast<ui::OpeningItem *>(i);
            if (opening && opening->element().index == index)
                return opening;
        }
        return nullptr;
    }

    /// Lets the coalesced rebuild run.
    static void settle() { QCoreApplication::processEvents(); }

    QAction *action(const char *name) const { return view.findChild<QAction *>(QString::fromLatin1(name)); }

    Project project;
    ui::PlanView view{&project};
};

} // namespace

TEST_F(PlanDoorTest, TheDoorIsAGapWithASwingArc)
{
    ui::OpeningItem *d = item(0);
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->isDoor());
    EXPECT_FALSE(item(1)->isDoor());
    // Hinged at the start of the gap, the open leaf as long as the door is wide.
    EXPECT_EQ(d->hinge(), QPointF(2, 0) * ui::kPixelsPerMetre);
    EXPECT_NEAR(QLineF(d->hinge(), d->leafEnd()).length(), 1.0 * ui::kPixelsPerMetre, 1e-6);
    EXPECT_NEAR(d->leafEnd().x(), d->hinge().x(), 1e-6);
    // The wall is cut where the door is: nothing of the wall's path lies in the gap.
    for (QGraphicsItem *i : view.scene()->items()) {
        if (auto *wall = dynamic_cast<ui::WallItem *>(i)) {
            EXPECT_FALSE(wall->path().contains(QPointF(2.5, 0) * ui::kPixelsPerMetre));
        }
    }
}

TEST_F(PlanDoorTest, FlippingTheSwingAndTheHingeIsUndoable)
{
    ASSERT_TRUE(item(0));
    const double side = item(0)->leafEnd().y();
    ASSERT_NE(side, 0.0);
    EXPECT_FALSE(view.scene()->flipSelectedDoors(false)) << "nothing selected";
    item(0)->setSelected(true);

    ASSERT_TRUE(view.scene()->flipSelectedDoors(false));
    EXPECT_TRUE(door().otherSide);
    settle();
    EXPECT_DOUBLE_EQ(item(0)->leafEnd().y(), -side);
    EXPECT_TRUE(item(0)->isSelected()) << "the door stays selected for the next flip";

    ASSERT_TRUE(view.scene()->flipSelectedDoors(true));
    EXPECT_TRUE(door().hingeAtEnd);
    settle();
    // Hinged at the far end, still opening to the side it was flipped to.
    EXPECT_EQ(item(0)->hinge(), QPointF(3, 0) * ui::kPixelsPerMetre);
    EXPECT_DOUBLE_EQ(item(0)->leafEnd().y(), -side);
    EXPECT_EQ(project.undoStack()->count(), 2);

    project.undoStack()->undo();
    EXPECT_FALSE(door().hingeAtEnd);
    EXPECT_TRUE(door().otherSide);
    project.undoStack()->undo();
    EXPECT_EQ(door(), floorWithDoor().geometry.floor->openings.at(0));
    project.undoStack()->redo();
    project.undoStack()->redo();
    EXPECT_TRUE(door().hingeAtEnd && door().otherSide);

    // Saved and read back.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("doors.twinproj"));
    QString error;
    ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    Project reopened;
    ASSERT_TRUE(ProjectStore::open(file, &reopened, nullptr));
    EXPECT_EQ(reopened.graph()->findTwin(QStringLiteral("floor-1"))->geometry, project.graph()->findTwin(QStringLiteral("floor-1"))->geometry);
}

TEST_F(PlanDoorTest, KeysFlipTheSelectedDoorAndLeaveWindowsAlone)
{
    QAction *swing = action("flipDoorSwing");
    QAction *hinge = action("flipDoorHinge");
    ASSERT_TRUE(swing && hinge);
    EXPECT_TRUE(view.planMenu()->actions().contains(swing));
    EXPECT_EQ(swing->shortcut(), QKeySequence(Qt::Key_X));
    EXPECT_EQ(hinge->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_X));

    item(1)->setSelected(true);
    swing->trigger();
    EXPECT_EQ(project.undoStack()->count(), 0) << "a window has no swing";

    view.scene()->clearSelection();
    item(0)->setSelected(true);
    auto *graphics = view.findChild<QGraphicsView *>();
    ASSERT_TRUE(graphics);
    graphics->setFocus();
    QTest::keyClick(graphics->viewport(), Qt::Key_X);
    EXPECT_TRUE(door().otherSide);
    settle();
    QTest::keyClick(graphics->viewport(), Qt::Key_X, Qt::ShiftModifier);
    EXPECT_TRUE(door().hingeAtEnd);
    EXPECT_EQ(project.undoStack()->count(), 2);
}

TEST_F(PlanDoorTest, TheContextMenuOfADoorOffersTheFlips)
{
    auto *graphics = view.findChild<QGraphicsView *>();
    ASSERT_TRUE(graphics && item(0));
    // Inside the swing area, a little off the wall.
    const QPointF inside = (item(0)->hinge() + item(0)->leafEnd()) / 2 + QPointF(20, 0);
    const QPoint at = graphics->mapFromScene(inside);
    QStringList offered;
    QTimer::singleShot(50, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions())
                offered.append(a->objectName());
            menu->actions().at(0)->trigger();
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, graphics->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(graphics->viewport(), &event);
    EXPECT_EQ(offered.mid(0, 2), (QStringList{QStringLiteral("flipDoorSwing"), QStringLiteral("flipDoorHinge")}));
    EXPECT_TRUE(offered.contains(QStringLiteral("delete")));
    EXPECT_FALSE(offered.contains(QStringLiteral("copy")));
    EXPECT_TRUE(door().otherSide);
}
