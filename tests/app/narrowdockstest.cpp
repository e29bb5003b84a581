// SPDX-License-Identifier: GPL-3.0-or-later
// What stays in sight when the docks are narrow: the topics' binding state, long room
// names, the floor plan's tools. Positions are compared with each other and with the
// widths the texts need, never with pixel counts of a font.
#include "mainwindow.h"
#include "plan/planview.h"
#include "topics/topicbrowserdock.h"

#include "document/project.h"
#include "itemmodels/topictreemodel.h"
#include "itemmodels/twinselection.h"
#include "live/livesession.h"
#include "support/bindingfixtures.h"
#include "support/twinfixtures.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace twin;

TEST(NarrowDocks, TheTopicsBindingColumnStaysInSight)
{
    Project project;
    twintest::climateSite(project);
    LiveSession session(&project);
    TwinSelection selection(&project);
    ui::TopicBrowserDock dock(&project, &session, &selection);
    const auto catalogue = session.topicCatalogue();
    catalogue->record("vendor/b1/zone-a/climate", R"({"tF": 68})", false, false, 1000);
    catalogue->record("vendor/b1/status", "online", true, false, 1000);
    dock.resize(440, 500);
    dock.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dock));
    dock.refresh();
    dock.view()->expandAll();
    QApplication::processEvents();

    const QHeaderView *header = dock.view()->header();
    const int viewport = dock.view()->viewport()->width();
    const int bound = TopicTreeModel::BoundColumn;
    EXPECT_EQ(header->visualIndex(bound), 1) << "right after the topic";
    EXPECT_LE(header->sectionViewportPosition(bound) + header->sectionSize(bound), viewport);
    EXPECT_GE(header->sectionSize(bound), header->fontMetrics().horizontalAdvance(QStringLiteral("Binding")));
    EXPECT_GE(header->sectionSize(bound), dock.view()->fontMetrics().horizontalAdvance(QStringLiteral("unbound")));
    for (int column : {int(TopicTreeModel::CountColumn), int(TopicTreeModel::RateColumn),
                       int(TopicTreeModel::RetainedColumn)})
        EXPECT_LE(header->sectionViewportPosition(column) + header->sectionSize(column), viewport) << column;

    // A wider dock gives the room to the topic names.
    const int topicWidth = header->sectionSize(TopicTreeModel::TopicColumn);
    dock.resize(640, 500);
    QApplication::processEvents();
    EXPECT_EQ(header->sectionSize(TopicTreeModel::TopicColumn), topicWidth + dock.view()->viewport()->width() - viewport);
}

TEST(NarrowDocks, LongRoomNamesAreElidedInTheMiddleWithTheNameInTheTooltip)
{
    ui::MainWindow w;
    Twin room = twintest::makeTwin(QStringLiteral("room-102"));
    room.properties.insert(QStringLiteral("name"), QStringLiteral("Meeting Room 102 of the east wing"));
    ASSERT_TRUE(w.project()->addTwin(room));
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("TopologyTree"));
    ASSERT_TRUE(tree);
    EXPECT_EQ(tree->textElideMode(), Qt::ElideMiddle);
    const QString tip = tree->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Meeting Room 102 of the east wing\nroom-102"))) << tip.toStdString();
}

// At the first run's size on a laptop screen the demo's room names show whole: the tree
// does not spend the dock on indentation.
TEST(NarrowDocks, RoomNamesShowWholeInTheDefaultLayout)
{
    ui::MainWindow w;
    w.openDemo();
    w.resize(1280, 740);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("TopologyTree"));
    ASSERT_TRUE(tree);
    tree->expandToDepth(2);
    QApplication::processEvents();
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole,
                                                       QStringLiteral("Meeting Room 102"), 1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1);
    const QRect cell = tree->visualRect(found.first());
    const int icon = tree->iconSize().isValid() ? tree->iconSize().width()
                                                : tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, tree);
    const int needed = icon + tree->fontMetrics().horizontalAdvance(QStringLiteral("Meeting Room 102")) + 12;
    EXPECT_GE(cell.width(), needed) << "dock " << tree->width() << ", indentation " << tree->indentation();
}

TEST(NarrowDocks, TheFloorPlanToolbarFitsBesideTheTopicsDock)
{
    ui::MainWindow w;
    w.openDemo();
    w.resize(1600, 1000);
    w.show();
    w.topics()->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QApplication::processEvents();
    const auto bars = w.plan()->findChildren<QToolBar *>();
    ASSERT_EQ(bars.size(), 1);
    QToolBar *tools = bars.first();
    auto *more = tools->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    EXPECT_TRUE(!more || !more->isVisible()) << "tools hidden behind the extension button: toolbar "
                                             << tools->width() << " of " << tools->sizeHint().width() << " needed";
    for (QAction *a : tools->actions()) {
        if (!a->isSeparator()) {
            EXPECT_TRUE(tools->widgetForAction(a) && tools->widgetForAction(a)->isVisible()) << a->text().toStdString();
        }
    }
    // What left the toolbar is in the Plan menu, the calibration key still works.
    auto *opacity = w.plan()->findChild<QSlider *>(QStringLiteral("backgroundOpacity"));
    ASSERT_TRUE(opacity);
    bool inMenu = false;
    for (QAction *a : w.plan()->planMenu()->actions())
        inMenu = inMenu || a->objectName() == QStringLiteral("backgroundOpacityAction");
    EXPECT_TRUE(inMenu);
    QAction *calibrate = nullptr;
    for (QAction *a : w.plan()->actions())
        calibrate = a->shortcut() == QKeySequence(Qt::Key_K) ? a : calibrate;
    ASSERT_TRUE(calibrate);
    EXPECT_FALSE(tools->actions().contains(calibrate));
}
