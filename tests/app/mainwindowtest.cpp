// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "document/project.h"
#include "support/twinfixtures.h"

#include <QAction>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using twintest::makeTwin;
using namespace twin;

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text().remove(u'&').startsWith(text))
            return a;
    }
    return nullptr;
}

} // namespace

// The window must fit a 1366 × 768 laptop screen (less its frame): rows of controls wrap,
// toolbars overflow; nothing forces it wider.
TEST(MainWindow, FitsALaptopScreen)
{
    ui::MainWindow window;
    window.show();
    for (QTabWidget *views : window.findChildren<QTabWidget *>(QStringLiteral("Views"))) {
        for (int i = 0; i < views->count(); ++i)
            views->setCurrentIndex(i); // each page as the user shows it
    }
    QCoreApplication::processEvents();
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    EXPECT_LE(minimum.width(), 1366 - 40) << minimum.width();
    EXPECT_LE(minimum.height(), 768 - 80) << minimum.height();
}

TEST(MainWindow, TitleFollowsModifiedState)
{
    ui::MainWindow w;
    EXPECT_FALSE(w.isWindowModified());
    ASSERT_TRUE(w.project()->addTwin(makeTwin(QStringLiteral("a"))));
    EXPECT_TRUE(w.isWindowModified());
    w.project()->undoStack()->undo();
    EXPECT_FALSE(w.isWindowModified());
}

TEST(MainWindow, UndoAndRedoActionsDriveTheProject)
{
    ui::MainWindow w;
    w.show();
    ASSERT_TRUE(w.project()->addTwin(makeTwin(QStringLiteral("a"))));
    QAction *undo = findAction(&w, QStringLiteral("Undo"));
    QAction *redo = findAction(&w, QStringLiteral("Redo"));
    ASSERT_TRUE(undo && redo);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    EXPECT_EQ(w.project()->graph()->twinCount(), 0);
    redo->trigger();
    EXPECT_EQ(w.project()->graph()->twinCount(), 1);
}

TEST(MainWindow, TopologyTreeShowsTheContainmentHierarchy)
{
    ui::MainWindow w;
    ASSERT_TRUE(w.project()->addTwin(makeTwin(QStringLiteral("site"))));
    ASSERT_TRUE(w.project()->addTwinUnder(makeTwin(QStringLiteral("room")), QStringLiteral("site")));
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("TopologyTree"));
    ASSERT_TRUE(tree);
    ASSERT_EQ(tree->model()->rowCount(), 1);
    EXPECT_EQ(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
    EXPECT_TRUE(w.selectTwin(QStringLiteral("room")));
    EXPECT_FALSE(w.selectTwin(QStringLiteral("ghost")));
}

TEST(MainWindow, ViewsCanBeBroughtToFront)
{
    ui::MainWindow w;
    auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("Views"));
    ASSERT_TRUE(tabs);
    for (const char *name : {"plan", "3d", "chart", "dashboard", "functions"}) {
        ASSERT_TRUE(w.showView(QString::fromLatin1(name)));
        EXPECT_EQ(tabs->currentWidget()->objectName(), QString::fromLatin1(name));
    }
    EXPECT_TRUE(w.showView(QStringLiteral("main")));
    EXPECT_FALSE(w.showView(QStringLiteral("nonsense")));
}
