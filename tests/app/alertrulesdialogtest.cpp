// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulesdialog.h"
#include "mainwindow.h"

#include "document/project.h"
#include "live/setalertrulescommand.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QRadioButton>
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

template<typename T>
T *part(const ui::AlertRulesDialog &dialog, const char *name)
{
    return dialog.findChild<T *>(str(name));
}

/// Fills the selected rule: every sensor's Temperature above \a threshold, critical.
void fillTemperatureRule(const ui::AlertRulesDialog &dialog, double threshold)
{
    part<QRadioButton>(dialog, "AlertRuleEveryTwin")->setChecked(true);
    auto *interface = part<QComboBox>(dialog, "AlertRuleInterface");
    interface->setCurrentIndex(interface->findData(str("dtmi:twinstudio:core:Sensor;1")));
    part<QComboBox>(dialog, "AlertRuleValue")->setEditText(str("Temperature"));
    auto *condition = part<QComboBox>(dialog, "AlertRuleCondition");
    condition->setCurrentIndex(condition->findData(str("above")));
    part<QDoubleSpinBox>(dialog, "AlertRuleThreshold")->setValue(threshold);
    auto *severity = part<QComboBox>(dialog, "AlertRuleSeverity");
    severity->setCurrentIndex(severity->findData(str("critical")));
}

QAction *actionNamed(QWidget *w, const QString &text)
{
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

} // namespace

TEST(AlertRulesDialog, ANewRuleIsStoredAsOneUndoStep)
{
    ui::MainWindow w;
    w.openDemo();
    const QJsonArray before = SetAlertRulesCommand::rulesOf(*w.project());
    ui::AlertRulesDialog dialog(w.project(), QString());
    dialog.addRule();
    fillTemperatureRule(dialog, 28.5);
    EXPECT_TRUE(dialog.firstError().isEmpty()) << dialog.firstError().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const QJsonArray after = SetAlertRulesCommand::rulesOf(*w.project());
    ASSERT_EQ(after.size(), before.size() + 1);
    const QJsonObject rule = after.last().toObject();
    EXPECT_EQ(rule.value(str("interface")).toString(), str("dtmi:twinstudio:core:Sensor;1"));
    EXPECT_EQ(rule.value(str("value")).toString(), str("Temperature"));
    EXPECT_EQ(rule.value(str("condition")).toString(), str("above"));
    EXPECT_EQ(rule.value(str("threshold")).toDouble(), 28.5);
    EXPECT_EQ(rule.value(str("severity")).toString(), str("critical"));
    EXPECT_EQ(w.project()->undoStack()->undoText(), str("Edit Alert Rules"));
    w.project()->undoStack()->undo();
    EXPECT_EQ(SetAlertRulesCommand::rulesOf(*w.project()), before);

    // Opened again, the dialog shows the stored rules.
    w.project()->undoStack()->redo();
    ui::AlertRulesDialog again(w.project(), QString());
    ASSERT_EQ(again.rules().size(), after.size());
    again.selectRule(int(after.size()) - 1);
    EXPECT_EQ(part<QDoubleSpinBox>(again, "AlertRuleThreshold")->value(), 28.5);
    EXPECT_EQ(part<QComboBox>(again, "AlertRuleValue")->currentText(), str("Temperature"));
}

TEST(AlertRulesDialog, AWrongRuleKeepsTheDialogOpenAndSaysWhichAndWhy)
{
    ui::MainWindow w;
    w.openDemo();
    const QJsonArray before = SetAlertRulesCommand::rulesOf(*w.project());
    ui::AlertRulesDialog dialog(w.project(), str("no-such-twin"));
    dialog.selectRule(-1);
    dialog.addRule(); // watches the given twin, no value yet
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *error = part<QLabel>(dialog, "AlertRuleError");
    EXPECT_TRUE(error->text().contains(str("Rule %1").arg(before.size() + 1))) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(str("value"))) << error->text().toStdString();
    part<QComboBox>(dialog, "AlertRuleValue")->setEditText(str("Temperature"));
    dialog.accept();
    EXPECT_TRUE(error->text().contains(str("no-such-twin"))) << error->text().toStdString();
    EXPECT_EQ(SetAlertRulesCommand::rulesOf(*w.project()), before);
}

TEST(AlertRulesDialog, EachConditionShowsItsOwnFields)
{
    ui::MainWindow w;
    w.openDemo();
    ui::AlertRulesDialog dialog(w.project(), QString());
    dialog.show();
    dialog.addRule();
    auto *condition = part<QComboBox>(dialog, "AlertRuleCondition");
    auto *threshold = part<QDoubleSpinBox>(dialog, "AlertRuleThreshold");
    auto *low = part<QDoubleSpinBox>(dialog, "AlertRuleLow");
    auto *forSeconds = part<QDoubleSpinBox>(dialog, "AlertRuleForSeconds");
    condition->setCurrentIndex(condition->findData(str("outside")));
    EXPECT_FALSE(threshold->isVisible());
    EXPECT_TRUE(low->isVisible());
    EXPECT_FALSE(forSeconds->isVisible());
    condition->setCurrentIndex(condition->findData(str("noData")));
    EXPECT_FALSE(low->isVisible());
    EXPECT_TRUE(forSeconds->isVisible());
    EXPECT_EQ(dialog.rules().last().value(str("condition")).toString(), str("noData"));
    EXPECT_GT(dialog.rules().last().value(str("forSeconds")).toDouble(), 0.0);
}

// A rule added while the simulator runs raises its alert without reconnecting by hand.
TEST(AlertRulesDialog, EditedRulesApplyToTheRunningSession)
{
    ui::MainWindow w;
    w.openDemo();
    w.show();
    QAction *simulate = actionNamed(&w, str("Run Simulator"));
    ASSERT_TRUE(simulate);
    simulate->trigger();
    auto *notifications = w.findChild<QTreeView *>(str("NotificationsView"));
    ASSERT_TRUE(notifications);
    const auto alerted = [&] {
        for (int row = 0; row < notifications->model()->rowCount(); ++row) {
            if (notifications->model()->index(row, 3).data().toString().contains(str("\"alert\":\"raised\"")))
                return true;
        }
        return false;
    };
    QTest::qWait(300);
    ASSERT_FALSE(alerted());
    ui::AlertRulesDialog dialog(w.project(), QString());
    dialog.addRule();
    fillTemperatureRule(dialog, -1000);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(QTest::qWaitFor(alerted, 10000));
    QAction *disconnect = actionNamed(&w, str("Disconnect"));
    ASSERT_TRUE(disconnect);
    disconnect->trigger();
}
