// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptyhint.h"
#include "mainwindow.h"
#include "plan/planview.h"
#include "topologydock.h"
#include "view3d/buildingview3d.h"

#include "document/project.h"

#include <QAction>
#include <QCoreApplication>
#include <QGraphicsView>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;

namespace {

ui::EmptyHint *hintIn(QWidget *widget)
{
    return widget->findChild<ui::EmptyHint *>(QStringLiteral("EmptyHint"));
}

} // namespace

TEST(EmptyHint, PlanAndTopologySayHowToStartUntilThereIsAFloor)
{
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    ui::EmptyHint *plan = hintIn(w.plan()->findChild<QGraphicsView *>());
    ui::EmptyHint *topology = hintIn(w.findChild<QTreeView *>(QStringLiteral("TopologyTree")));
    ASSERT_TRUE(plan);
    ASSERT_TRUE(topology);
    // The window starts without a project: both say what to do.
    EXPECT_TRUE(plan->isVisible());
    EXPECT_TRUE(topology->isVisible());
    EXPECT_TRUE(plan->text().contains(QStringLiteral("Ctrl+N")));
    EXPECT_EQ(plan->geometry(), plan->parentWidget()->rect()) << "it covers the plan";

    ASSERT_FALSE(w.plan()->addFloor(QStringLiteral("Ground floor"), 0.0, 3.0).isEmpty());
    // The floor is there but empty: the plan says how to draw on it.
    EXPECT_TRUE(plan->isVisible());
    EXPECT_TRUE(plan->text().startsWith(QStringLiteral("Ground floor is empty"))) << plan->text().toStdString();
    EXPECT_FALSE(topology->isVisible());
    // Undone, the project is empty again and the hints come back.
    while (w.project()->undoStack()->canUndo())
        w.project()->undoStack()->undo();
    QCoreApplication::processEvents(); // the plan follows on its next turn
    EXPECT_TRUE(plan->isVisible());
    EXPECT_TRUE(topology->isVisible());
}

TEST(EmptyHint, The3DViewSaysHowToStartUntilThereIsAFloor)
{
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    ui::EmptyHint *hint = hintIn(w.view3d());
    ASSERT_TRUE(hint);
    // Shown once its tab is; not hidden while the project is empty.
    EXPECT_FALSE(hint->isHidden());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Ctrl+N")));
    EXPECT_EQ(hint->geometry(), hint->parentWidget()->rect()) << "it covers the view below the toolbar";

    ASSERT_FALSE(w.plan()->addFloor(QStringLiteral("Ground floor"), 0.0, 3.0).isEmpty());
    QCoreApplication::processEvents();
    EXPECT_TRUE(hint->isHidden());
    while (w.project()->undoStack()->canUndo())
        w.project()->undoStack()->undo();
    QCoreApplication::processEvents();
    EXPECT_FALSE(hint->isHidden()) << "undone, the project has no floor again";
}
