// SPDX-License-Identifier: GPL-3.0-or-later
#include "functions/functioncodeeditor.h"
#include "functions/functionsview.h"
#include "functions/newfunctiondialog.h"
#include "mainwindow.h"

#include "document/project.h"
#include "functions/functioneditor.h"
#include "graph/twingraph.h"
#include "itemmodels/twinselection.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace twin;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

/// Runs \a fill on the New Function dialog once it is open, then accepts it.
void whenTheDialogOpens(const std::function<void(ui::NewFunctionDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ui::NewFunctionDialog *>(top)) {
                fill(dialog);
                return;
            }
        }
    });
}

/// A sensor of the demo and the room that holds its device.
struct DemoSensor
{
    QString sensor;
    QString room;
};

DemoSensor temperatureSensor(const Project &project)
{
    const TwinGraph *g = project.graph();
    for (int index : g->twinIndices()) {
        const Twin &t = g->twin(index);
        if (project.categoryOf(t) == Category::Sensor && project.sensorDataType(t) == QLatin1String("Temperature")) {
            int up = g->parentOf(index);
            while (up >= 0 && project.categoryOf(g->twin(up)) != Category::Space)
                up = g->parentOf(up);
            if (up >= 0)
                return {t.id, g->twin(up).id};
        }
    }
    return {};
}

} // namespace

// From an open project to a function that runs: New Function asks the name, the sensors
// and the space, and the function it adds works as it stands.
TEST(NewFunction, AddsAWorkingFunctionForTheChosenSensorsAndSpace)
{
    ui::MainWindow w;
    w.openDemo();
    const DemoSensor demo = temperatureSensor(*w.project());
    ASSERT_FALSE(demo.sensor.isEmpty());
    w.selection()->selectOnly(demo.sensor);
    const int before = FunctionEditor(w.project()).functions().size();
    QString assigned;
    whenTheDialogOpens([&](ui::NewFunctionDialog *dialog) {
        assigned = dialog->findChild<QComboBox *>(str("NewFunctionAssignedTo"))->currentData().toString();
        auto *types = dialog->findChild<QComboBox *>(str("NewFunctionDataType"));
        types->setCurrentIndex(types->findData(str("Temperature")));
        dialog->findChild<QLineEdit *>(str("NewFunctionName"))->setText(str("lastTemperature"));
        dialog->accept();
    });
    ASSERT_TRUE(w.functions()->newFunction());
    EXPECT_EQ(assigned, demo.room) << "the selected sensor's room is offered first";
    FunctionEditor functions(w.project());
    ASSERT_EQ(functions.functions().size(), before + 1);
    FunctionDefinition d;
    ASSERT_TRUE(functions.function(str("lastTemperature"), &d));
    EXPECT_EQ(d.assignedTo, demo.room);
    ASSERT_EQ(d.matchers.size(), 1);
    EXPECT_EQ(d.matchers.first().toString(), str("Sensor:$.dataType:Equals:Temperature"));
    EXPECT_EQ(w.functions()->currentFunction(), str("lastTemperature"));
    EXPECT_EQ(w.functions()->editor()->text(), d.source);
    EXPECT_EQ(w.project()->undoStack()->undoText(), str("Add function lastTemperature"));

    // The starter source runs: a dry run on the sensor sets the room's value.
    QString error;
    ASSERT_TRUE(w.functions()->dryRun(demo.sensor, str("{\"value\": 22.5}"), &error)) << error.toStdString();
    bool wouldSet = false;
    for (int i = 0; i < w.functions()->trace()->count(); ++i)
        wouldSet |= w.functions()->trace()->item(i)->text() == str("would set %1.LastTemperature = 22.5").arg(demo.room);
    EXPECT_TRUE(wouldSet);

    // Deleting is one undo step too.
    ASSERT_TRUE(w.functions()->deleteFunction(false));
    EXPECT_FALSE(FunctionEditor(w.project()).function(str("lastTemperature"), &d));
    w.project()->undoStack()->undo();
    EXPECT_TRUE(FunctionEditor(w.project()).function(str("lastTemperature"), &d));
}

TEST(NewFunction, ATakenOrEmptyNameIsRefusedWithWhy)
{
    ui::MainWindow w;
    w.openDemo();
    FunctionEditor functions(w.project());
    ASSERT_FALSE(functions.functions().isEmpty());
    const QString taken = functions.functions().first().name;
    ui::NewFunctionDialog dialog(w.project(), &functions, QString());
    auto *name = dialog.findChild<QLineEdit *>(str("NewFunctionName"));
    EXPECT_LT(functions.indexOf(name->text()), 0) << "the suggested name is free";
    auto *error = dialog.findChild<QLabel *>(str("NewFunctionError"));
    name->setText(taken);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(error->text().contains(taken)) << error->text().toStdString();
    name->setText(str("  "));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    name->setText(str("two words"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}
