// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/bindingfixtures.h"

#include "document/project.h"
#include "itemmodels/bindingtablemodel.h"
#include "telemetry/setbindingscommand.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace twin;

TEST(BindingTableModel, ListsEditsDeletesAndMarksBindingsThatNoLongerFit)
{
    Project project;
    twintest::climateSite(project);
    QString error;
    ASSERT_TRUE(SetBindingsCommand::add(&project,
                                        QJsonObject{{QStringLiteral("twin"), QStringLiteral("zone-a")},
                                                    {QStringLiteral("name"), QStringLiteral("temperature")},
                                                    {QStringLiteral("topic"), QStringLiteral("v/a")}},
                                        &error));
    ASSERT_TRUE(SetBindingsCommand::add(&project,
                                        QJsonObject{{QStringLiteral("model"), twintest::climateDtmi()},
                                                    {QStringLiteral("name"), QStringLiteral("humidity")},
                                                    {QStringLiteral("topic"), QStringLiteral("v/{twin}/rh")}},
                                        &error));
    BindingTableModel model(&project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, BindingTableModel::TwinColumn).data().toString(),
              QStringLiteral("every dtmi:test:Climate;1"));
    EXPECT_EQ(model.index(0, BindingTableModel::StatusColumn).data().toString(), QStringLiteral("OK"));

    // An edit with the picker's checks: a wrong name is refused with why.
    EXPECT_FALSE(model.setData(model.index(0, BindingTableModel::NameColumn), QStringLiteral("settings")));
    EXPECT_EQ(model.lastError(), QStringLiteral("The schema of settings is not a number, boolean, string or enum"));
    EXPECT_TRUE(model.setData(model.index(0, BindingTableModel::ScaleColumn), 0.1));
    EXPECT_EQ(project.bindings().at(0).toObject().value(QStringLiteral("scale")).toDouble(), 0.1);

    // The twin goes: the binding stays, marked.
    ASSERT_TRUE(project.removeTwin(QStringLiteral("zone-a"), &error));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.problem(0), QStringLiteral("The twin 'zone-a' does not exist"));
    EXPECT_TRUE(model.index(0, BindingTableModel::TwinColumn).data(Qt::ForegroundRole).isValid());

    ASSERT_TRUE(model.removeBinding(0, &error));
    ASSERT_EQ(model.rowCount(), 1);
    project.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 2);
}
