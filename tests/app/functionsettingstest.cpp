// SPDX-License-Identifier: GPL-3.0-or-later
// The Functions tab's matcher editor, assignment picker and enabled switch.
#include "functionfixture.h"

#include "functions/functioncodeeditor.h"
#include "functions/functionsettingspanel.h"
#include "functions/functionsview.h"
#include "itemmodels/twinselection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

struct SettingsFixture
{
    SettingsFixture()
    {
        f.add(makeFunction(QStringLiteral("seen"),
                           QStringLiteral("function process(telemetry, executionContext) {\n    log(telemetry.Value);\n}\n"),
                           {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}, QStringLiteral("room-1")));
        view.resize(1000, 700);
    }
    FunctionDefinition stored()
    {
        FunctionDefinition d;
        EXPECT_TRUE(f.editor.function(QStringLiteral("seen"), &d));
        return d;
    }
    /// Types \a text into an editable field and leaves it, as a user does.
    static void enter(QComboBox *box, const QString &text)
    {
        box->setCurrentText(text);
        emit box->lineEdit()->editingFinished();
    }
    int undoSteps() const { return f.project.undoStack()->count(); }

    FunctionFixture f;
    ui::FunctionsView view{&f.project, nullptr};
    ui::FunctionSettingsPanel *panel = view.settings();
};

} // namespace

TEST(FunctionSettings, AChangedConditionIsOneUndoStepAndUndoShowsTheOldOne)
{
    SettingsFixture s;
    ASSERT_EQ(s.panel->matchers()->topLevelItemCount(), 1);
    QComboBox *value = s.panel->field(0, 0, ui::FunctionSettingsPanel::ValueColumn);
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(value->currentText(), QStringLiteral("CarbonDioxide"));
    // The project's data types are offered.
    EXPECT_GE(value->findText(QStringLiteral("Motion")), 0);

    const int steps = s.undoSteps();
    SettingsFixture::enter(value, QStringLiteral("Motion"));
    EXPECT_EQ(s.undoSteps(), steps + 1);
    EXPECT_EQ(s.stored().matchers.value(0).conditions.value(0).value, QStringLiteral("Motion"));
    // Leaving the field again without a change stores nothing.
    SettingsFixture::enter(s.panel->field(0, 0, ui::FunctionSettingsPanel::ValueColumn), QStringLiteral("Motion"));
    EXPECT_EQ(s.undoSteps(), steps + 1);

    s.panel->field(0, 0, ui::FunctionSettingsPanel::ComparisonColumn)->setCurrentIndex(2); // Contains
    EXPECT_EQ(s.undoSteps(), steps + 2);
    EXPECT_EQ(s.stored().matchers.value(0).conditions.value(0).comparison, MatcherCondition::Comparison::Contains);
    s.panel->field(0, 0, ui::FunctionSettingsPanel::TargetColumn)->setCurrentIndex(2); // SensorSpace
    SettingsFixture::enter(s.panel->field(0, 0, ui::FunctionSettingsPanel::PathColumn), QStringLiteral("$.name"));
    EXPECT_EQ(s.undoSteps(), steps + 4);
    EXPECT_EQ(s.stored().matchers.value(0).conditions.value(0).target, MatcherCondition::Target::SensorSpace);
    EXPECT_EQ(s.stored().matchers.value(0).conditions.value(0).path, QStringLiteral("$.name"));

    s.f.project.undoStack()->undo();
    s.f.project.undoStack()->undo();
    s.f.project.undoStack()->undo();
    EXPECT_EQ(s.panel->field(0, 0, ui::FunctionSettingsPanel::ValueColumn)->currentText(), QStringLiteral("Motion"));
    EXPECT_EQ(s.panel->field(0, 0, ui::FunctionSettingsPanel::ComparisonColumn)->currentText(), QStringLiteral("Equals"));
    EXPECT_EQ(s.panel->field(0, 0, ui::FunctionSettingsPanel::TargetColumn)->currentText(), QStringLiteral("Sensor"));
    s.f.project.undoStack()->undo();
    EXPECT_EQ(s.panel->field(0, 0, ui::FunctionSettingsPanel::ValueColumn)->currentText(), QStringLiteral("CarbonDioxide"));
}

TEST(FunctionSettings, MatchersAndConditionsAreAddedAndRemovedOneStepEach)
{
    SettingsFixture s;
    const int steps = s.undoSteps();
    s.panel->addMatcher();
    ASSERT_EQ(s.stored().matchers.size(), 2);
    EXPECT_EQ(s.panel->matchers()->topLevelItemCount(), 2);
    s.panel->matchers()->setCurrentItem(s.panel->matchers()->topLevelItem(1));
    s.panel->addCondition();
    EXPECT_EQ(s.stored().matchers.value(1).conditions.size(), 2);
    EXPECT_EQ(s.undoSteps(), steps + 2);
    s.panel->matchers()->setCurrentItem(s.panel->matchers()->topLevelItem(1)->child(0));
    s.panel->removeSelected();
    EXPECT_EQ(s.stored().matchers.value(1).conditions.size(), 1);
    s.panel->matchers()->setCurrentItem(s.panel->matchers()->topLevelItem(1));
    s.panel->removeSelected();
    EXPECT_EQ(s.stored().matchers.size(), 1);
    EXPECT_EQ(s.undoSteps(), steps + 4);
    s.f.project.undoStack()->undo();
    EXPECT_EQ(s.panel->matchers()->topLevelItemCount(), 2);
}

TEST(FunctionSettings, TheAssignmentIsPickedFromAFilteredListOrTheTopologyTree)
{
    SettingsFixture s;
    QComboBox *assignment = s.panel->assignment();
    EXPECT_EQ(assignment->currentText(), QStringLiteral("room-1"));
    // The list holds the twins a function can be assigned to, sensors left out; typing filters it.
    EXPECT_GE(assignment->findText(QStringLiteral("floor-1")), 0);
    EXPECT_LT(assignment->findText(QStringLiteral("co2-1")), 0);
    assignment->completer()->setCompletionPrefix(QStringLiteral("oom"));
    QStringList offered;
    for (int i = 0; assignment->completer()->setCurrentRow(i); ++i)
        offered.append(assignment->completer()->currentCompletion());
    EXPECT_EQ(offered, (QStringList{QStringLiteral("room-1"), QStringLiteral("room-2")}));

    const int steps = s.undoSteps();
    SettingsFixture::enter(assignment, QStringLiteral("floor-1"));
    EXPECT_EQ(s.stored().assignedTo, QStringLiteral("floor-1"));
    EXPECT_EQ(s.undoSteps(), steps + 1);
    // A twin that does not exist is refused and the stored one shown again.
    SettingsFixture::enter(assignment, QStringLiteral("nowhere"));
    EXPECT_EQ(s.stored().assignedTo, QStringLiteral("floor-1"));
    EXPECT_EQ(assignment->currentText(), QStringLiteral("floor-1"));
    EXPECT_EQ(s.undoSteps(), steps + 1);

    // The twin selected in the topology tree.
    TwinSelection selection(&s.f.project);
    s.view.setSelection(&selection);
    selection.selectOnly(QStringLiteral("room-2"));
    s.panel->selectedTwinButton()->click();
    EXPECT_EQ(s.stored().assignedTo, QStringLiteral("room-2"));
    EXPECT_EQ(assignment->currentText(), QStringLiteral("room-2"));
    // Empty: the whole project.
    SettingsFixture::enter(assignment, QString());
    EXPECT_TRUE(s.stored().assignedTo.isEmpty());
    EXPECT_EQ(s.undoSteps(), steps + 3);

    // A twin removed from the project leaves the list.
    ASSERT_TRUE(s.f.project.removeTwin(QStringLiteral("multisensor-2")));
    QCoreApplication::processEvents();
    EXPECT_LT(assignment->findText(QStringLiteral("multisensor-2")), 0);
    EXPECT_GE(assignment->findText(QStringLiteral("room-2")), 0);
}

TEST(FunctionSettings, EnablingIsOneUndoStepAndUnsavedTextStaysUnsaved)
{
    SettingsFixture s;
    // Unsaved text in the editor.
    s.view.editor()->setCursorPosition(3, 0);
    s.view.editor()->insert(QStringLiteral("// changed\n"));
    ASSERT_TRUE(s.view.isModified());
    const QString edited = s.view.editor()->text();

    const int steps = s.undoSteps();
    s.panel->enabledBox()->setChecked(false);
    EXPECT_FALSE(s.stored().enabled);
    SettingsFixture::enter(s.panel->field(0, 0, ui::FunctionSettingsPanel::ValueColumn), QStringLiteral("Motion"));
    EXPECT_EQ(s.undoSteps(), steps + 2);
    // The settings were stored, the text was not: still in the editor, still marked.
    EXPECT_EQ(s.view.editor()->text(), edited);
    EXPECT_TRUE(s.view.isModified());
    EXPECT_FALSE(s.stored().source.contains(QStringLiteral("// changed")));
    s.f.project.undoStack()->undo();
    s.f.project.undoStack()->undo();
    EXPECT_TRUE(s.panel->enabledBox()->isChecked());
    EXPECT_EQ(s.view.editor()->text(), edited);
}
