// SPDX-License-Identifier: GPL-3.0-or-later
#include "../functions/functionfixture.h"

#include "itemmodels/functionstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

TEST(FunctionStatusModel, FollowsTheProjectsFunctionsAndTheRun)
{
    FunctionFixture f;
    FunctionStatusModel model(&f.project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    f.add(makeFunction(QStringLiteral("a"), QStringLiteral("function process() {}")));
    f.add(makeFunction(QStringLiteral("b"), QStringLiteral("function process() {}")));
    ASSERT_EQ(model.rowCount(), 2);
    const int a = model.rowOf(QStringLiteral("a"));
    const int b = model.rowOf(QStringLiteral("b"));
    ASSERT_GE(a, 0);
    ASSERT_GE(b, 0);
    EXPECT_EQ(model.rowOf(QStringLiteral("ghost")), -1);
    EXPECT_EQ(model.data(model.index(a, FunctionStatusModel::StateColumn)).toString(), QStringLiteral("Enabled"));

    model.setRunState(FunctionStatusModel::RunState::Untrusted);
    EXPECT_TRUE(model.data(model.index(a, FunctionStatusModel::StateColumn)).toString().contains(QStringLiteral("not trusted")));
    model.setRunState(FunctionStatusModel::RunState::Running);
    EXPECT_EQ(model.data(model.index(a, FunctionStatusModel::StateColumn)).toString(), QStringLiteral("Running"));

    QHash<QString, FunctionStats> stats;
    stats.insert(QStringLiteral("a"), {7, 2, QStringLiteral("a.js:3:5: boom"), 85000, 2400000});
    model.setStats(stats);
    EXPECT_EQ(model.data(model.index(a, FunctionStatusModel::MeanTimeColumn)).toString(), QStringLiteral("85 µs"));
    EXPECT_EQ(model.data(model.index(a, FunctionStatusModel::P99TimeColumn)).toString(), QStringLiteral("2.40 ms"));
    EXPECT_DOUBLE_EQ(model.data(model.index(a, 0), FunctionStatusModel::P99TimeRole).toDouble(), 2.4);
    EXPECT_TRUE(model.data(model.index(b, FunctionStatusModel::MeanTimeColumn)).toString().isEmpty());
    EXPECT_EQ(model.data(model.index(a, FunctionStatusModel::InvocationsColumn)).toULongLong(), 7u);
    EXPECT_EQ(model.data(model.index(a, FunctionStatusModel::FailuresColumn)).toULongLong(), 2u);
    EXPECT_EQ(model.data(model.index(b, FunctionStatusModel::InvocationsColumn)).toULongLong(), 0u);
    EXPECT_TRUE(model.data(model.index(a, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("boom")));

    // Disabled by the runtime: the reason shows, in red, and survives a reload.
    ASSERT_TRUE(f.editor.setEnabled(QStringLiteral("a"), false, QStringLiteral("failed 5 times in a row")));
    const int row = model.rowOf(QStringLiteral("a"));
    EXPECT_FALSE(model.data(model.index(row, 0), FunctionStatusModel::EnabledRole).toBool());
    EXPECT_EQ(model.data(model.index(row, 0), FunctionStatusModel::DisabledReasonRole).toString(),
              QStringLiteral("failed 5 times in a row"));
    EXPECT_TRUE(model.data(model.index(row, FunctionStatusModel::StateColumn)).toString().contains(QStringLiteral("failed 5 times")));
    EXPECT_EQ(model.data(model.index(row, 0), Qt::ToolTipRole).toString(), QStringLiteral("failed 5 times in a row"));
    EXPECT_TRUE(model.data(model.index(row, 0), Qt::ForegroundRole).value<QBrush>().color().red() > 150);
    EXPECT_EQ(model.data(model.index(row, FunctionStatusModel::InvocationsColumn)).toULongLong(), 7u);

    f.project.undoStack()->undo();
    EXPECT_TRUE(model.data(model.index(model.rowOf(QStringLiteral("a")), 0), FunctionStatusModel::EnabledRole).toBool());
}
