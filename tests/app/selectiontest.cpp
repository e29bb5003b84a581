// SPDX-License-Identifier: GPL-3.0-or-later
// One twin selection shared by the topology tree and list, the plan, the inspector and the
// status bar: what the user selects in one shows in all of them.
#include "inspector/inspectordock.h"
#include "mainwindow.h"
#include "plan/planitems.h"
#include "plan/planscene.h"
#include "plan/planview.h"

#include "document/project.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/inspectormodel.h"
#include "itemmodels/twinselection.h"

#include "screenshotsupport.h"
#include "support/testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

class SelectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.openDemo();
        window.resize(1400, 900);
        window.show();
        QCoreApplication::processEvents();
        tree = window.findChild<QTreeView *>(str("TopologyTree"));
        list = window.findChild<QTreeView *>(str("TwinList"));
        if (auto *topology = window.findChild<QDockWidget *>(str("TopologyDock")))
            filter = topology->findChild<QLineEdit *>();
        plan = window.findChild<ui::PlanView *>(str("plan"));
        inspector = window.findChild<ui::InspectorDock *>(str("InspectorDock"));
        label = window.findChild<QLabel *>(str("SelectionLabel"));
        ASSERT_TRUE(tree && list && filter && plan && inspector && label);
        gv = plan->findChild<QGraphicsView *>();
        ASSERT_TRUE(gv);
        plan->fitToView();
    }

    TwinSelection *selection() const { return window.selection(); }
    Project *project() const { return window.project(); }
    ui::PlanScene *scene() const { return plan->scene(); }

    QModelIndex rowOf(QTreeView *view, const QString &id) const
    {
        const QModelIndexList found = view->model()->match(view->model()->index(0, 0), ContainmentTreeModel::TwinIdRole,
                                                           id, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return found.value(0);
    }

    /// Clicks the row of \a id in \a view, as a user would (scrolled into view first).
    void clickRow(QTreeView *view, const QString &id, Qt::KeyboardModifiers modifiers = {})
    {
        const QModelIndex index = rowOf(view, id);
        ASSERT_TRUE(index.isValid()) << id.toStdString();
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
        QCoreApplication::processEvents();
    }

    /// The twins whose rows \a view shows selected.
    QStringList selectedRows(QTreeView *view) const
    {
        QStringList ids;
        for (const QModelIndex &index : view->selectionModel()->selectedRows())
            ids.append(index.data(ContainmentTreeModel::TwinIdRole).toString());
        return sorted(ids);
    }

    QString currentRow(QTreeView *view) const
    {
        return view->currentIndex().siblingAtColumn(0).data(ContainmentTreeModel::TwinIdRole).toString();
    }

    QString inspected() const { return inspector->model()->twin(); }

    QPoint at(QPointF metres) const { return gv->mapFromScene(metres * ui::kPixelsPerMetre); }

    /// A rubber band drawn with the left button from \a from to \a to (metres).
    void band(QPointF from, QPointF to)
    {
        QTest::mousePress(gv->viewport(), Qt::LeftButton, {}, at(from));
        for (int i = 1; i <= 6; ++i) {
            const QPointF local = at(from + (to - from) * (i / 6.0));
            QMouseEvent move(QEvent::MouseMove, local, gv->viewport()->mapToGlobal(local), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(gv->viewport(), &move);
            QCoreApplication::processEvents();
        }
        QTest::mouseRelease(gv->viewport(), Qt::LeftButton, {}, at(to));
        QCoreApplication::processEvents();
    }

    QAction *planAction(const char *name) const
    {
        for (QAction *a : plan->editActions()) {
            if (a->objectName() == QLatin1StringView(name))
                return a;
        }
        return nullptr;
    }

    /// Every selected id names a twin, and the tree shows exactly the selection.
    void expectNoStaleIds() const
    {
        for (const QString &id : selection()->selectedIds())
            EXPECT_TRUE(project()->graph()->findTwin(id)) << "stale id " << id.toStdString();
        EXPECT_EQ(selectedRows(tree), sorted(selection()->selectedIds()));
        EXPECT_EQ(sorted(scene()->selectedTwins()), sorted(selection()->selectedIds()));
        EXPECT_EQ(inspected(), selection()->current());
    }

    ui::MainWindow window;
    QTreeView *tree = nullptr;
    QTreeView *list = nullptr;
    QLineEdit *filter = nullptr;
    ui::PlanView *plan = nullptr;
    ui::InspectorDock *inspector = nullptr;
    QLabel *label = nullptr;
    QGraphicsView *gv = nullptr;
};

} // namespace

TEST_F(SelectionTest, SelectingInTheTreeSelectsOnThePlanAndShowsInTheInspector)
{
    ASSERT_EQ(scene()->floor(), str("floor-1"));
    QSignalSpy changes(selection(), &TwinSelection::selectionChanged);
    clickRow(tree, str("room-201"));
    EXPECT_EQ(changes.size(), 1) << "one click, one change: no view echoes it back";
    EXPECT_EQ(selection()->selectedIds(), QStringList{str("room-201")});
    EXPECT_EQ(scene()->floor(), str("floor-2")) << "the plan shows the twin's floor";
    EXPECT_EQ(scene()->selectedTwins(), QStringList{str("room-201")});
    EXPECT_EQ(inspected(), str("room-201"));
    EXPECT_TRUE(label->text().contains(str("Office 201"))) << label->text().toStdString();

    // Ctrl-click selects a second twin, which becomes the current one.
    clickRow(tree, str("room-202"), Qt::ControlModifier);
    EXPECT_EQ(sorted(selection()->selectedIds()), (QStringList{str("room-201"), str("room-202")}));
    EXPECT_EQ(sorted(scene()->selectedTwins()), (QStringList{str("room-201"), str("room-202")}));
    EXPECT_EQ(inspected(), str("room-202"));
    EXPECT_EQ(label->text(), str("2 twins selected"));

    // Shift-click selects the range between.
    clickRow(tree, str("room-201"));
    clickRow(tree, str("room-203"), Qt::ShiftModifier);
    EXPECT_EQ(sorted(selection()->selectedIds()), (QStringList{str("room-201"), str("room-202"), str("room-203")}));
    EXPECT_EQ(scene()->selectedTwins().size(), 3);

    // A device on the other floor: the plan goes back to floor 1 and selects its marker alone.
    clickRow(tree, str("th-101"));
    EXPECT_EQ(scene()->floor(), str("floor-1"));
    EXPECT_EQ(scene()->selectedTwins(), QStringList{str("th-101")});
    EXPECT_EQ(inspected(), str("th-101"));
    expectNoStaleIds();
}

TEST_F(SelectionTest, RubberBandOnThePlanSelectsTheRowsInTheTree)
{
    ASSERT_EQ(scene()->floor(), str("floor-1"));
    // From outside the floor plate around room 101 (0..8 × 9..15 m) and what stands in it.
    band(QPointF(-2.5, 16.5), QPointF(8.4, 8.6));
    const QStringList onPlan = sorted(scene()->selectedTwins());
    ASSERT_GE(onPlan.size(), 3) << onPlan.join(u' ').toStdString();
    EXPECT_TRUE(onPlan.contains(str("room-101")));
    EXPECT_TRUE(onPlan.contains(str("th-101")));
    EXPECT_FALSE(onPlan.contains(str("room-102")));
    EXPECT_EQ(sorted(selection()->selectedIds()), onPlan);
    EXPECT_EQ(selectedRows(tree), onPlan);
    EXPECT_TRUE(onPlan.contains(inspected()));
    EXPECT_EQ(label->text(), str("%1 twins selected").arg(onPlan.size()));

    // A click on one room selects it alone, everywhere.
    QTest::mouseMove(gv->viewport(), at(QPointF(12, 14)));
    QTest::mouseClick(gv->viewport(), Qt::LeftButton, {}, at(QPointF(12, 14)));
    QCoreApplication::processEvents();
    EXPECT_EQ(scene()->selectedTwins(), QStringList{str("room-102")});
    EXPECT_EQ(selectedRows(tree), QStringList{str("room-102")});
    EXPECT_EQ(currentRow(tree), str("room-102"));
    EXPECT_EQ(inspected(), str("room-102"));

    // Escape on the plan clears the selection everywhere.
    gv->setFocus();
    QTest::keyClick(gv->viewport(), Qt::Key_Escape);
    EXPECT_TRUE(selection()->isEmpty());
    EXPECT_TRUE(selectedRows(tree).isEmpty());
    EXPECT_EQ(inspected(), QString());
    EXPECT_EQ(label->text(), QString());
}

TEST_F(SelectionTest, AClickInARoomSelectsTheRoomNotTheOuterWallAroundIt)
{
    // The envelope is one closed wall around the whole floor: only its stroke is the wall.
    QTest::mouseMove(gv->viewport(), at(QPointF(3, 2)));
    QTest::mouseClick(gv->viewport(), Qt::LeftButton, {}, at(QPointF(3, 2)));
    QCoreApplication::processEvents();
    EXPECT_TRUE(scene()->selectedElements().isEmpty());
    EXPECT_EQ(scene()->selectedTwins(), QStringList{str("room-105")});
    EXPECT_EQ(selectedRows(tree), QStringList{str("room-105")});
    // On the wall itself (away from the room's edge handle), the wall.
    QTest::mouseClick(gv->viewport(), Qt::LeftButton, {}, at(QPointF(4.5, 0)));
    QCoreApplication::processEvents();
    ASSERT_EQ(scene()->selectedElements().size(), 1);
    EXPECT_EQ(scene()->selectedElements().first().index, 0);
    EXPECT_TRUE(selection()->isEmpty());
}

TEST_F(SelectionTest, PasteOnThePlanSelectsTheCopiesInTheTree)
{
    ASSERT_TRUE(window.selectTwin(str("room-101")));
    QAction *copy = planAction("copy");
    QAction *paste = planAction("paste");
    ASSERT_TRUE(copy && paste);
    copy->trigger();
    const int twins = project()->graph()->twinCount();
    paste->trigger();
    QCoreApplication::processEvents();
    ASSERT_GT(project()->graph()->twinCount(), twins);
    const QStringList copies = selection()->selectedIds();
    ASSERT_EQ(copies.size(), 1);
    const QString copyId = copies.first();
    EXPECT_NE(copyId, str("room-101"));
    const TwinGraph *g = project()->graph();
    ASSERT_TRUE(g->findTwin(copyId));
    EXPECT_EQ(g->twin(g->parentOf(g->indexOfTwin(copyId))).id, str("floor-1"));
    EXPECT_EQ(selectedRows(tree), copies);
    EXPECT_EQ(currentRow(tree), copyId);
    EXPECT_EQ(scene()->selectedTwins(), copies);
    EXPECT_EQ(inspected(), copyId);

    // Undoing the paste takes the copy out of the selection, and out of every view.
    project()->undoStack()->undo();
    QCoreApplication::processEvents();
    EXPECT_TRUE(selection()->isEmpty());
    expectNoStaleIds();
}

TEST_F(SelectionTest, DeleteThenUndoKeepsNoStaleIds)
{
    clickRow(tree, str("room-101"));
    clickRow(tree, str("room-102"), Qt::ControlModifier);
    ASSERT_EQ(scene()->selectedTwins().size(), 2);
    QAction *del = planAction("delete");
    ASSERT_TRUE(del);
    del->trigger();
    QCoreApplication::processEvents();
    ASSERT_FALSE(project()->graph()->findTwin(str("room-101")));
    EXPECT_TRUE(selection()->isEmpty());
    EXPECT_EQ(label->text(), QString());
    expectNoStaleIds();

    project()->undoStack()->undo();
    QCoreApplication::processEvents();
    ASSERT_TRUE(project()->graph()->findTwin(str("room-101")));
    expectNoStaleIds();

    // Selected again after the undo, the twins leave the selection when the redo removes
    // them again, in the tree too.
    clickRow(tree, str("ms-101"));
    clickRow(tree, str("room-203"), Qt::ControlModifier);
    ASSERT_EQ(selection()->count(), 2);
    project()->undoStack()->redo();
    QCoreApplication::processEvents();
    EXPECT_EQ(selection()->selectedIds(), QStringList{str("room-203")});
    EXPECT_EQ(inspected(), str("room-203"));
    expectNoStaleIds();
}

TEST_F(SelectionTest, DelInTheTreeDeletesTheSelectedTwinsAsOneStep)
{
    clickRow(tree, str("room-101"));
    clickRow(tree, str("room-203"), Qt::ControlModifier);
    const int steps = project()->undoStack()->count();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QCoreApplication::processEvents();
    EXPECT_FALSE(project()->graph()->findTwin(str("room-101")));
    EXPECT_FALSE(project()->graph()->findTwin(str("room-203")));
    EXPECT_FALSE(project()->graph()->findTwin(str("ms-101"))) << "what a room contains goes with it";
    EXPECT_EQ(project()->undoStack()->count(), steps + 1);
    EXPECT_TRUE(selection()->isEmpty());
    expectNoStaleIds();

    project()->undoStack()->undo();
    EXPECT_TRUE(project()->graph()->findTwin(str("room-101")));
    EXPECT_TRUE(project()->graph()->findTwin(str("ms-101")));
    // Nothing selected: Del does nothing.
    QTest::keyClick(tree, Qt::Key_Delete);
    EXPECT_EQ(project()->undoStack()->index(), steps);
}

TEST_F(SelectionTest, ANewDocumentClearsTheSelectionEverywhereAndItKeepsWorking)
{
    clickRow(tree, str("room-201"));
    clickRow(tree, str("room-202"), Qt::ControlModifier);
    window.openDemo();
    QCoreApplication::processEvents();
    EXPECT_TRUE(selection()->isEmpty());
    EXPECT_EQ(label->text(), QString());
    expectNoStaleIds();

    clickRow(tree, str("room-105"));
    EXPECT_EQ(scene()->floor(), str("floor-1"));
    EXPECT_EQ(scene()->selectedTwins(), QStringList{str("room-105")});
    EXPECT_EQ(inspected(), str("room-105"));
}

TEST_F(SelectionTest, TheFilteredListSelectsSeveralAndFilteringKeepsTheSelection)
{
    clickRow(tree, str("room-101"));
    // room-101 is not listed for this text, but stays selected.
    filter->setText(str("Meeting"));
    QCoreApplication::processEvents();
    ASSERT_TRUE(list->isVisible());
    EXPECT_EQ(selection()->selectedIds(), QStringList{str("room-101")});
    EXPECT_EQ(inspected(), str("room-101"));

    clickRow(list, str("room-102"));
    clickRow(list, str("room-202"), Qt::ControlModifier);
    EXPECT_EQ(sorted(selection()->selectedIds()), (QStringList{str("room-102"), str("room-202")}));
    EXPECT_EQ(selectedRows(list), (QStringList{str("room-102"), str("room-202")}));
    EXPECT_EQ(inspected(), str("room-202"));
    EXPECT_EQ(scene()->selectedTwins(), QStringList{str("room-202")}) << "the plan shows the current twin's floor";

    // Back to the tree: it shows what was selected in the list.
    filter->clear();
    QCoreApplication::processEvents();
    EXPECT_EQ(selectedRows(tree), (QStringList{str("room-102"), str("room-202")}));
}

TEST_F(SelectionTest, SelectOptionSelectsEverywhere)
{
    // What --select does at start-up.
    ASSERT_TRUE(window.selectTwin(str("th-201")));
    EXPECT_FALSE(window.selectTwin(str("ghost")));
    EXPECT_EQ(scene()->floor(), str("floor-2"));
    EXPECT_EQ(scene()->selectedTwins(), QStringList{str("th-201")});
    EXPECT_EQ(selectedRows(tree), QStringList{str("th-201")});
    EXPECT_EQ(currentRow(tree), str("th-201"));
    EXPECT_TRUE(tree->isExpanded(rowOf(tree, str("room-201"))));
    EXPECT_EQ(inspected(), str("th-201"));
}

TEST(SelectionScreenshot, SelectOptionDrawsTheRoomSelectedOnItsFloor)
{
    TWIN_REQUIRE_DISPLAY();
    const auto plan = [](const QStringList &extra) {
        return twintest::planPixels(twintest::screenshot(
            QStringList{str("--demo"), str("--view"), str("plan"), str("--after"), str("300")} + extra));
    };
    const twintest::PlanPixels none = plan({});
    const twintest::PlanPixels selected = plan({str("--select"), str("room-203")});
    EXPECT_EQ(none.selected, 0);
    ASSERT_FALSE(selected.walls.isEmpty()) << "no walls drawn";
    // Room 203 is 10 m × 6 m of the 32 m × 15 m floor 2: an eighth of the floor as drawn
    // (less its label and device markers).
    EXPECT_GT(selected.selected, selected.wallSamples() / 14) << selected.selected << " of " << selected.wallSamples();
    EXPECT_LT(selected.selected, selected.wallSamples() / 6) << "only the room should be drawn selected";
}
