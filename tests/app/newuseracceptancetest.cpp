// SPDX-License-Identifier: GPL-3.0-or-later
// The whole way a new user goes, with no file prepared by hand: New, a floor, rooms,
// a wall and a door by their keys, a device dropped and moved, undo texts, save, reopen,
// export and import into a new project.
#include "interchangeactions.h"
#include "mainwindow.h"
#include "plan/planitems.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "topologydock.h"

#include "document/project.h"
#include "interchange/topologyimport.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/twinselection.h"

#include <QAction>
#include <QGraphicsView>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace twin;

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

QAction *findIn(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

class NewUser
{
public:
    explicit NewUser(ui::MainWindow *window)
        : m_window(window)
        , m_view(window->plan()->findChild<QGraphicsView *>())
    {
    }

    QPoint at(double x, double y) const { return m_view->mapFromScene(QPointF(x, y) * ui::kPixelsPerMetre); }

    void key(Qt::Key key) { QTest::keyClick(m_window->focusWidget() ? m_window->focusWidget() : m_window, key); }

    void click(double x, double y)
    {
        QTest::mouseMove(m_view->viewport(), at(x, y));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(x, y));
        QCoreApplication::processEvents();
    }

    void clickPixel(QPoint p)
    {
        QTest::mouseMove(m_view->viewport(), p);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, p);
        QCoreApplication::processEvents();
    }

    void doubleClick(double x, double y)
    {
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, at(x, y));
        QCoreApplication::processEvents();
    }

    void drag(QPointF from, QPointF to)
    {
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, at(from.x(), from.y()));
        for (int i = 1; i <= 8; ++i) {
            const QPointF p = from + (to - from) * (i / 8.0);
            const QPoint local = at(p.x(), p.y());
            QMouseEvent move(QEvent::MouseMove, local, m_view->viewport()->mapToGlobal(local), Qt::NoButton,
                             Qt::LeftButton, {});
            QCoreApplication::sendEvent(m_view->viewport(), &move);
            QCoreApplication::processEvents();
        }
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, at(to.x(), to.y()));
        QCoreApplication::processEvents();
    }

private:
    ui::MainWindow *const m_window;
    QGraphicsView *const m_view;
};

QSet<QString> twinsOf(const Project &project)
{
    QSet<QString> result;
    for (int i : project.graph()->twinIndices())
        result.insert(project.graph()->twin(i).id + u'|' + project.graph()->twin(i).model);
    return result;
}

QSet<QString> relationshipsOf(const Project &project)
{
    QSet<QString> result;
    for (int r : project.graph()->relationshipIndices()) {
        const Relationship &rel = project.graph()->relationship(r);
        result.insert(rel.source + u'|' + rel.name + u'|' + rel.target);
    }
    return result;
}

QString parentOf(const Project &project, const QString &id)
{
    const int parent = project.graph()->parentOf(project.graph()->indexOfTwin(id));
    return parent < 0 ? QString() : project.graph()->twin(parent).id;
}

} // namespace

TEST(NewUserAcceptance, FromFileNewToAnImportedCopy)
{
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    Project *project = w.project();

    // File → New: a site with a building and its ground floor, shown on the plan.
    QAction *newAction = findAction(&w, QStringLiteral("New"));
    ASSERT_TRUE(newAction);
    newAction->trigger();
    QCoreApplication::processEvents();
    ui::PlanScene *scene = w.plan()->scene();
    ASSERT_EQ(scene->floors(), QStringList{QStringLiteral("ground-floor")});
    EXPECT_EQ(scene->floor(), QStringLiteral("ground-floor"));
    EXPECT_FALSE(project->isModified());

    // Another building from the tree's context menu, and a floor in it from the plan.
    auto *topology = w.findChild<ui::TopologyDock *>();
    ASSERT_TRUE(topology);
    std::unique_ptr<QMenu> siteMenu(topology->contextMenu(QStringLiteral("site")));
    QAction *addBuilding = findIn(siteMenu.get(), QStringLiteral("Add Building"));
    ASSERT_TRUE(addBuilding);
    addBuilding->trigger();
    EXPECT_EQ(project->undoStack()->undoText(), QStringLiteral("Add Building 2"));
    ASSERT_FALSE(w.plan()->addFloor(QStringLiteral("First floor"), 3.0, 3.0).isEmpty());
    EXPECT_EQ(scene->floors().size(), 2);
    scene->setFloor(QStringLiteral("ground-floor"));
    QCoreApplication::processEvents();
    w.plan()->findChild<QGraphicsView *>()->setFocus();

    NewUser user(&w);
    // Two rooms by the rectangle tool's key, and a polygon room closed on its first corner.
    user.key(Qt::Key_R);
    ASSERT_TRUE(scene->tool());
    user.click(0, 0);
    user.click(3, 2);
    user.click(3, 0);
    user.click(6, 2);
    user.key(Qt::Key_P);
    ASSERT_EQ(scene->tool()->kind(), ui::PlanTool::Kind::PolygonRoom);
    user.click(0, 3);
    user.click(4, 3);
    user.click(2, 5);
    user.clickPixel(user.at(0, 3) + QPoint(4, 3));
    // A wall and a door by their keys.
    user.key(Qt::Key_W);
    ASSERT_EQ(scene->tool()->kind(), ui::PlanTool::Kind::Wall);
    user.click(0, 6);
    user.doubleClick(6, 6);
    user.key(Qt::Key_D);
    ASSERT_EQ(scene->tool()->kind(), ui::PlanTool::Kind::Door);
    user.click(3, 6);
    user.key(Qt::Key_V);
    EXPECT_FALSE(scene->tool());

    QStringList rooms;
    for (int i : project->graph()->twinIndices()) {
        if (project->graph()->twin(i).geometry.outline.size() >= 3)
            rooms.append(project->graph()->twin(i).id);
    }
    ASSERT_EQ(rooms.size(), 3);
    const FloorLayout &layout = *project->graph()->findTwin(QStringLiteral("ground-floor"))->geometry.floor;
    EXPECT_EQ(layout.walls.size(), 1);
    EXPECT_EQ(layout.openings.size(), 1);

    // A multisensor dropped in the first room is selected; dragged into the second, the
    // tree follows.
    ASSERT_TRUE(scene->dropModel(QStringLiteral("dtmi:twinstudio:core:Multisensor;1"),
                                 QPointF(1, 1) * ui::kPixelsPerMetre));
    QCoreApplication::processEvents();
    const QString device = w.selection()->current();
    ASSERT_FALSE(device.isEmpty());
    EXPECT_EQ(project->graph()->findTwin(device)->displayName(), QStringLiteral("Multisensor 1"));
    const QString firstRoom = parentOf(*project, device);
    EXPECT_EQ(project->graph()->findTwin(firstRoom)->displayName(), QStringLiteral("Room 1"));
    user.drag(QPointF(1, 1), QPointF(4.5, 1));
    const QString secondRoom = parentOf(*project, device);
    EXPECT_EQ(project->graph()->findTwin(secondRoom)->displayName(), QStringLiteral("Room 2"));
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("TopologyTree"));
    ASSERT_TRUE(tree);
    auto *treeModel = qobject_cast<ContainmentTreeModel *>(tree->model());
    ASSERT_TRUE(treeModel);
    const QModelIndex deviceRow = treeModel->indexOfTwin(project->graph()->indexOfTwin(device));
    EXPECT_EQ(deviceRow.parent().data(ContainmentTreeModel::TwinIdRole).toString(), secondRoom);
    EXPECT_TRUE(tree->isExpanded(deviceRow.parent()));
    EXPECT_TRUE(tree->selectionModel()->isRowSelected(deviceRow.row(), deviceRow.parent()));

    // Every step is named in the undo history.
    QStringList texts;
    for (int i = 0; i < project->undoStack()->count(); ++i)
        texts.append(project->undoStack()->text(i));
    EXPECT_EQ(texts, QStringList({QStringLiteral("Add Building 2"), QStringLiteral("Add First floor"),
                                  QStringLiteral("Add Room 1"), QStringLiteral("Add Room 2"),
                                  QStringLiteral("Add Room 3"), QStringLiteral("Add Wall"), QStringLiteral("Add Door"),
                                  QStringLiteral("Add Multisensor 1"), QStringLiteral("Move Multisensor 1")}));

    // Save, reopen, export, import into a new project.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("office.twinproj"));
    ASSERT_TRUE(w.saveFile(file));
    ui::MainWindow reopened;
    ASSERT_TRUE(reopened.openFile(file, true));
    EXPECT_EQ(twinsOf(*reopened.project()), twinsOf(*project));
    EXPECT_EQ(relationshipsOf(*reopened.project()), relationshipsOf(*project));
    EXPECT_EQ(parentOf(*reopened.project(), device), secondRoom);

    const QStringList exports = ui::InterchangeActions::exportFilters();
    const auto adt = std::find_if(exports.cbegin(), exports.cend(),
                                  [](const QString &f) { return f.contains(QLatin1String("*.ndjson")); });
    ASSERT_NE(adt, exports.cend());
    ASSERT_TRUE(reopened.interchange()->exportFile(dir.filePath(QStringLiteral("office")), *adt));
    const QString ndjson = dir.filePath(QStringLiteral("office.ndjson"));
    ASSERT_TRUE(QFile::exists(ndjson));

    Project imported;
    Diagnostics diagnostics;
    ASSERT_TRUE(TopologyImport::importFile(&imported, nullptr, ndjson, &diagnostics))
        << (diagnostics.isEmpty() ? std::string() : diagnostics.first().format().toStdString());
    EXPECT_EQ(twinsOf(imported), twinsOf(*project));
    EXPECT_EQ(relationshipsOf(imported), relationshipsOf(*project));
    for (int i : imported.graph()->twinIndices())
        EXPECT_TRUE(imported.models().contains(imported.graph()->twin(i).model));
    // The imported floors have a plan to draw on, even without geometry in the file.
    ui::PlanView plan(&imported);
    EXPECT_EQ(plan.scene()->floors().size(), 2);
}
