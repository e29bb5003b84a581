// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/project.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/twinlistmodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace twin;

namespace {

Twin makeTwin(const QString &id, const QString &model = QStringLiteral("dtmi:twinstudio:core:Room;1"))
{
    Twin t;
    t.id = id;
    t.model = model;
    return t;
}

/// A sequence of edits that exercises inserts, moves, removals, undo and resets.
void exercise(Project &p)
{
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("site"), QStringLiteral("dtmi:twinstudio:core:Site;1"))));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("b1")), QStringLiteral("site")));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("f1")), QStringLiteral("b1")));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("f2")), QStringLiteral("b1")));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("r%1").arg(i)), QStringLiteral("f1")));
    ASSERT_TRUE(p.reparent(QStringLiteral("r2"), QStringLiteral("f2")));
    ASSERT_TRUE(p.reparent(QStringLiteral("r3"), QString()));
    ASSERT_TRUE(p.setTwinProperty(QStringLiteral("r1"), QStringLiteral("name"), QStringLiteral("Kitchen")));
    ASSERT_TRUE(p.removeTwin(QStringLiteral("f1")));
    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    while (p.undoStack()->canRedo())
        p.undoStack()->redo();
    ProjectContent c;
    c.twins = {makeTwin(QStringLiteral("x1")), makeTwin(QStringLiteral("x2"))};
    c.relationships = {{QStringLiteral("c"), QStringLiteral("x1"), QStringLiteral("contains"), QStringLiteral("x2"), {}}};
    ASSERT_TRUE(p.importContent(c, nullptr));
    p.undoStack()->undo();
    p.clear();
}

} // namespace

TEST(ContainmentTreeModel, PassesModelTesterThroughEdits)
{
    Project p;
    ContainmentTreeModel model(&p);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    exercise(p);
}

TEST(ContainmentTreeModel, MirrorsTheGraph)
{
    Project p;
    ContainmentTreeModel model(&p);
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("site"))));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("b1")), QStringLiteral("site")));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("b2")), QStringLiteral("site")));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex site = model.index(0, 0);
    EXPECT_EQ(model.data(site, ContainmentTreeModel::TwinIdRole).toString(), QStringLiteral("site"));
    ASSERT_EQ(model.rowCount(site), 2);
    EXPECT_EQ(model.data(model.index(1, 0, site), ContainmentTreeModel::TwinIdRole).toString(), QStringLiteral("b2"));
    EXPECT_EQ(model.parent(model.index(1, 0, site)), site);
    const QModelIndex b2 = model.indexOfTwin(p.graph()->indexOfTwin(QStringLiteral("b2")));
    EXPECT_EQ(b2.row(), 1);
}

TEST(TwinListModel, PassesModelTesterThroughEdits)
{
    Project p;
    TwinListModel model(&p);
    TwinFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    exercise(p);
}

TEST(TwinListModel, FiltersByTextAndCategory)
{
    Project p;
    TwinListModel model(&p);
    TwinFilterModel filter;
    filter.setSourceModel(&model);
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("room-1"))));
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("hall"))));
    ASSERT_TRUE(p.setTwinProperty(QStringLiteral("hall"), QStringLiteral("name"), QStringLiteral("Main hall")));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setText(QStringLiteral("MAIN"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.data(filter.index(0, TwinListModel::IdColumn)).toString(), QStringLiteral("hall"));
    filter.setText(QString());
    filter.setCategory(Category::Device);
    EXPECT_EQ(filter.rowCount(), 0);
    // Removing the middle row keeps the mapping in order.
    filter.setCategory(std::nullopt);
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("z"))));
    ASSERT_TRUE(p.removeTwin(QStringLiteral("hall")));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(1, 0)).toString(), QStringLiteral("z"));
    p.undoStack()->undo();
    EXPECT_EQ(model.data(model.index(1, 0)).toString(), QStringLiteral("hall"));
}
