// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planitems.h"
#include "plan/planlivelayer.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "view3d/colourrulesdialog.h"

#include "document/project.h"
#include "functions/demoproject.h"
#include "live/colourrule.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;
const QColor kCool(0x45, 0x75, 0xb4);
const QColor kWarm(0xd0, 0x30, 0x30);

ui::RoomItem *room(ui::PlanScene *scene, const QString &id)
{
    for (QGraphicsItem *item : scene->items()) {
        if (auto *r = dynamic_cast<ui::RoomItem *>(item); r && r->twinId() == id && item->isEnabled())
            return r;
    }
    return nullptr;
}

class ColourRulesDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Diagnostics d;
        ASSERT_TRUE(project.setContent(demoProjectContent(), &d));
        ColourRule warm;
        warm.valueName = QStringLiteral("Temperature");
        warm.ranges = {{-qInf(), 22, kCool}, {22, qInf(), kWarm}};
        ColourRule::setRules(&project, {warm});
        view.scene()->setFloor(QStringLiteral("floor-1"));
        ASSERT_TRUE(view.liveLayer()->colourByRule(QStringLiteral("Temperature")));
        view.liveLayer()->record({LiveReading{QStringLiteral("ms-101-temp"), QStringLiteral("Temperature"),
                                              QStringLiteral("Temperature"), QStringLiteral("degreeCelsius"), 25.0, kNow}},
                                 kNow);
    }

    QJsonArray storedRules() const
    {
        return project.viewState().value(QLatin1String(ColourRule::ViewStateKey)).toArray();
    }

    Project project;
    ui::PlanView view{&project};
};

} // namespace

TEST_F(ColourRulesDialogTest, OfferTheOntologysTelemetryAndTheComputedValueNames)
{
    const QStringList names = ui::ColourRulesDialog::valueNames(&project, nullptr);
    EXPECT_TRUE(names.contains(QStringLiteral("Temperature")));
    EXPECT_TRUE(names.contains(QStringLiteral("AvailableAndFresh"))) << "set by the demo's availability function";
    ui::ColourRulesDialog dialog(&project, names);
    ASSERT_TRUE(dialog.nameEdit()->completer());
    EXPECT_EQ(dialog.nameEdit()->completer()->model()->rowCount(), names.size());
}

TEST_F(ColourRulesDialogTest, AnEditIsOneUndoStepThatThePlanFollows)
{
    ui::RoomItem *shown = room(view.scene(), QStringLiteral("room-101"));
    ASSERT_TRUE(shown);
    ASSERT_EQ(shown->tint(), kWarm);
    const QJsonArray before = storedRules();
    const int steps = project.undoStack()->count();

    ui::ColourRulesDialog dialog(&project, {});
    ASSERT_EQ(dialog.ruleList()->count(), 1);
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("Temperature"));
    ASSERT_EQ(dialog.entryTable()->rowCount(), 2);
    // Warm rooms turn orange; the legend shows it before anything is applied.
    dialog.entryTable()->item(1, ui::ColourRulesDialog::ColourColumn)->setText(QStringLiteral("#ff8000"));
    EXPECT_TRUE(dialog.legendPreview()->text().contains(QStringLiteral("#ff8000")));
    EXPECT_EQ(storedRules(), before);
    // A second rule, by the demo's computed value: values → colours.
    dialog.addRule();
    dialog.nameEdit()->setText(QStringLiteral("AvailableAndFresh"));
    dialog.kindBox()->setCurrentIndex(1);
    dialog.entryTable()->item(0, ui::ColourRulesDialog::FromColumn)->setText(QStringLiteral("Available"));
    dialog.entryTable()->item(0, ui::ColourRulesDialog::ColourColumn)->setText(QStringLiteral("#2e9e44"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    EXPECT_EQ(project.undoStack()->count(), steps + 1) << "one undo step";
    const QList<ColourRule> rules = ColourRule::rulesOf(&project);
    ASSERT_EQ(rules.size(), 2);
    EXPECT_EQ(rules[0].ranges[1].colour, QColor(0xff, 0x80, 0x00));
    EXPECT_EQ(rules[1].valueName, QStringLiteral("AvailableAndFresh"));
    ASSERT_EQ(rules[1].values.size(), 1);
    EXPECT_EQ(rules[1].values[0].value, QStringLiteral("Available"));
    EXPECT_EQ(shown->tint(), QColor(0xff, 0x80, 0x00)) << "the plan follows the edited rule";

    project.undoStack()->undo();
    EXPECT_EQ(storedRules(), before);
    EXPECT_EQ(shown->tint(), kWarm) << "and the undo";
    project.undoStack()->redo();
    EXPECT_EQ(ColourRule::rulesOf(&project).size(), 2);
}

TEST_F(ColourRulesDialogTest, DeletingTheRuleShownStopsColouringAndWhatDoesNotReadIsRefused)
{
    ui::ColourRulesDialog dialog(&project, {});
    dialog.entryTable()->item(0, ui::ColourRulesDialog::FromColumn)->setText(QStringLiteral("cold"));
    QString error;
    EXPECT_TRUE(dialog.rules(&error).isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("cold"))) << error.toStdString();
    EXPECT_FALSE(dialog.apply());
    dialog.entryTable()->item(0, ui::ColourRulesDialog::FromColumn)->setText(QString());

    dialog.deleteRule();
    EXPECT_EQ(dialog.ruleList()->count(), 0);
    ASSERT_TRUE(dialog.apply());
    EXPECT_TRUE(ColourRule::rulesOf(&project).isEmpty());
    EXPECT_EQ(view.liveLayer()->tint(), LivePlanOverlay::Tint::None);
    project.undoStack()->undo();
    EXPECT_EQ(ColourRule::rulesOf(&project).size(), 1);
}
