// SPDX-License-Identifier: GPL-3.0-or-later
// The Functions tab: the editor's diagnostics and completion, saving, tests and the trace.
#include "functionfixture.h"

#include "functions/functioncodeeditor.h"
#include "functions/functiondebugpanel.h"
#include "functions/demoproject.h"
#include "functions/functionfindbar.h"
#include "functions/functionlistmodel.h"
#include "functions/livemessagering.h"
#include "functions/functioninstrumenter.h"
#include "functions/functionsview.h"
#include "screenshot.h"
#include "itemmodels/functionstatusmodel.h"
#include "telemetry/livevaluefeed.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeView>

#include <gtest/gtest.h>

#include <limits>

using namespace twin;
using namespace twintest;

namespace {

const char *const kSource = "function process(telemetry, executionContext) {\n"
                            "    var sensor = getSensorMetadata(telemetry.SensorId);\n"
                            "    var room = sensor.Space();\n"
                            "    setSpaceValue(room.Id, \"Seen\", telemetry.Value);\n"
                            "}\n";

struct ViewFixture
{
    ViewFixture()
    {
        FunctionDefinition d = makeFunction(QStringLiteral("seen"), QString::fromUtf8(kSource),
                                            {dataTypeMatcher(QStringLiteral("CarbonDioxide"))});
        d.tests = QJsonDocument::fromJson(R"([{ "name": "co2 is seen",
            "messages": [ { "SensorId": "co2-1", "Message": "{\"SensorValue\": 900}" } ],
            "expect": { "spaceValues": { "room-1": { "Seen": "900" } } } }])").array();
        f.add(d);
        view.resize(1000, 700);
    }
    /// Gives the project a file in \a dir; returns the path of its history file.
    QString historyFile(const QTemporaryDir &dir)
    {
        const QString file = dir.filePath(QStringLiteral("site.twinproj"));
        f.project.setFileName(file);
        return file + QStringLiteral(".history");
    }
    /// Shows the view, focused on the editor, once its completion list is prepared.
    bool showWithCompletions()
    {
        ui::FunctionCodeEditor *editor = view.editor();
        if (!editor->areCompletionsReady() && !QSignalSpy(editor, &ui::FunctionCodeEditor::completionsReady).wait(10000))
            return false;
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        editor->setFocus();
        return true;
    }
    bool waitForDiagnostics()
    {
        QSignalSpy spy(view.editor(), &ui::FunctionCodeEditor::diagnosticsChanged);
        return spy.wait(10000);
    }

    FunctionFixture f;
    ui::FunctionsView view{&f.project, nullptr};
};

} // namespace

TEST(FunctionsView, ListsTheProjectsFunctionsAndShowsTheSelectedOne)
{
    ViewFixture v;
    EXPECT_EQ(v.view.list()->model()->rowCount(), 1);
    EXPECT_EQ(v.view.list()->model()->index(0, 0).data().toString(), QStringLiteral("seen"));
    EXPECT_EQ(v.view.list()->model()->index(0, 2).data().toString(), QStringLiteral("Sensor:$.dataType:Equals:CarbonDioxide"));
    EXPECT_EQ(v.view.currentFunction(), QStringLiteral("seen"));
    EXPECT_EQ(v.view.editor()->text(), QString::fromUtf8(kSource));
    EXPECT_FALSE(v.view.isModified());
}

TEST(FunctionsView, OpeningAProjectListsItsFunctions)
{
    Project project;
    ui::FunctionsView view(&project, nullptr);
    EXPECT_EQ(view.list()->model()->rowCount(), 0);
    ASSERT_TRUE(project.setContent(demoProjectContent(), nullptr));
    EXPECT_EQ(view.list()->model()->rowCount(), 3);
    EXPECT_TRUE(view.selectFunction(QStringLiteral("comfort")));
    EXPECT_EQ(view.currentFunction(), QStringLiteral("comfort"));
}

// A project without functions says how to make one where the code would be; once there
// are functions and none is shown it says to pick one.
TEST(FunctionsView, TheEmptyEditorSaysHowToMakeAFunction)
{
    Project project;
    ui::FunctionsView view(&project, nullptr);
    auto *hint = view.editor()->viewport()->findChild<QLabel *>(QStringLiteral("EmptyHint"));
    ASSERT_TRUE(hint);
    EXPECT_TRUE(hint->isVisibleTo(&view));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("New Function…"))) << hint->text().toStdString();
    EXPECT_TRUE(hint->text().startsWith(QStringLiteral("No functions yet")));

    ASSERT_TRUE(project.setContent(demoProjectContent(), nullptr));
    if (!view.currentFunction().isEmpty()) {
        EXPECT_FALSE(hint->isVisibleTo(&view));
    }
    EXPECT_TRUE(view.selectFunction(QStringLiteral("comfort")));
    EXPECT_FALSE(hint->isVisibleTo(&view)) << "the code is shown";
}

TEST(FunctionsView, TheScreenshotShowsCodeTheLiveColumnsAndATrace)
{
    Project project;
    ASSERT_TRUE(project.setContent(demoProjectContent(), nullptr));
    ui::FunctionsView view(&project, nullptr);
    view.resize(1200, 800);
    view.show();
    ui::prepareFunctionsScreenshot(&view, 40);
    EXPECT_EQ(view.currentFunction(), QStringLiteral("comfort"));
    EXPECT_TRUE(view.editor()->text().contains(QStringLiteral("function process")));
    // No live session here: the typed value's dry run gives the trace.
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.trace()->count() > 0; }, 5000));
    // Its first call is selected, the line highlighted.
    EXPECT_EQ(view.trace()->currentRow(), 0);
    EXPECT_GT(view.editor()->highlightedLine(), 0);
    EXPECT_TRUE(view.list()->header()->isSectionHidden(ui::FunctionListModel::MatchersColumn));
    EXPECT_FALSE(view.list()->header()->isSectionHidden(ui::FunctionListModel::P99TimeColumn));
}

TEST(FunctionsView, TypingASyntaxErrorMarksItsLineAndFixingItClearsTheMark)
{
    ViewFixture v;
    ui::FunctionCodeEditor *editor = v.view.editor();
    // Line 3 loses its closing parenthesis, as typing would leave it: checked off the GUI
    // thread once typing pauses.
    editor->setCursorPosition(2, 28);
    editor->insert(QStringLiteral(" +"));
    ASSERT_TRUE(v.waitForDiagnostics());
    EXPECT_EQ(editor->markedLines(), QList<int>{3}) << editor->text().toStdString();
    ASSERT_EQ(editor->diagnostics().size(), 1);
    EXPECT_EQ(editor->diagnostics().at(0).severity, FunctionDiagnostic::Severity::Error);
    EXPECT_EQ(v.view.problems()->count(), 1);

    editor->setSelection(2, 28, 2, 30);
    editor->removeSelectedText();
    ASSERT_TRUE(v.waitForDiagnostics());
    EXPECT_TRUE(editor->markedLines().isEmpty());
    EXPECT_EQ(v.view.problems()->count(), 0);

    // A call of an API function that does not exist is marked too.
    editor->setText(QString::fromUtf8(kSource).replace(QStringLiteral("getSensorMetadata"), QStringLiteral("getSensorMeta")));
    ASSERT_TRUE(v.waitForDiagnostics());
    EXPECT_EQ(editor->markedLines(), QList<int>{2});
    EXPECT_EQ(editor->diagnostics().at(0).severity, FunctionDiagnostic::Severity::Warning);
}

TEST(FunctionsView, CompletionOffersApiMethods)
{
    ViewFixture v;
    ui::FunctionCodeEditor *editor = v.view.editor();
    ASSERT_TRUE(v.showWithCompletions());
    editor->setCursorPosition(4, 0);
    editor->insert(QStringLiteral("getSensorVal"));
    editor->setCursorPosition(4, 12);
    editor->autoCompleteFromAPIs();
    ASSERT_TRUE(editor->isListActive());
    QByteArray current(256, '\0');
    editor->SendScintilla(QsciScintilla::SCI_AUTOCGETCURRENTTEXT, current.data());
    EXPECT_EQ(QByteArray(current.constData()), QByteArray("getSensorValue"));
}

TEST(FunctionsView, SavingIsOneUndoStepAndUnsavedTextIsMarked)
{
    ViewFixture v;
    const int steps = v.f.project.undoStack()->count();
    v.view.editor()->setCursorPosition(4, 0);
    v.view.editor()->insert(QStringLiteral("// one\n"));
    v.view.editor()->insert(QStringLiteral("// two\n"));
    EXPECT_TRUE(v.view.isModified());
    QString error;
    ASSERT_TRUE(v.view.save(&error)) << error.toStdString();
    EXPECT_FALSE(v.view.isModified());
    EXPECT_EQ(v.f.project.undoStack()->count(), steps + 1);
    EXPECT_TRUE(v.f.project.functions().at(0).toObject().value(QStringLiteral("source")).toString().contains(
        QStringLiteral("// two")));
    v.f.project.undoStack()->undo();
    EXPECT_EQ(v.view.editor()->text(), QString::fromUtf8(kSource));
}

TEST(FunctionsView, RunTestsReportsPassAndFailWithTheDifference)
{
    ViewFixture v;
    EXPECT_EQ(v.view.runTests(), 0);
    EXPECT_EQ(v.view.testResults()->item(0)->text(), QStringLiteral("PASS co2 is seen"));
    v.view.editor()->setText(QString::fromUtf8(kSource).replace(QStringLiteral("telemetry.Value"), QStringLiteral("1")));
    EXPECT_EQ(v.view.runTests(), 1);
    EXPECT_EQ(v.view.testResults()->item(0)->text(), QStringLiteral("FAIL co2 is seen"));
    EXPECT_TRUE(v.view.testResults()->item(1)->text().contains(QStringLiteral("expected \"900\", got \"1\"")));
}

// Run with an empty payload ran the function on a null value; now it says what to type,
// in the trace where the output would be (the toolbar's state line may be out of sight).
TEST(FunctionsView, RunWithoutAPayloadSaysWhatToType)
{
    ViewFixture v;
    QString error;
    EXPECT_FALSE(v.view.dryRun(QStringLiteral("co2-1"), QStringLiteral("  "), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("SensorValue"))) << error.toStdString();
    EXPECT_FALSE(v.view.debugValue(QStringLiteral("co2-1"), QString(), &error));

    auto *run = v.view.findChild<QPushButton *>(QStringLiteral("DryRunButton"));
    ASSERT_TRUE(run);
    v.view.findChild<QLineEdit *>(QStringLiteral("DryRunMessage"))->clear();
    run->click();
    ASSERT_EQ(v.view.trace()->count(), 1);
    EXPECT_EQ(v.view.trace()->item(0)->text(), error);
}

TEST(FunctionsView, ADryRunTracesTheCallsAndAClickMovesTheCaretToTheLine)
{
    ViewFixture v;
    QString error;
    ASSERT_TRUE(v.view.dryRun(QStringLiteral("co2-1"), QStringLiteral("{\"SensorValue\": 1200}"), &error))
        << error.toStdString();
    QListWidget *trace = v.view.trace();
    ASSERT_GE(trace->count(), 3);
    EXPECT_TRUE(trace->item(0)->text().startsWith(QStringLiteral("L2  getSensorMetadata(\"co2-1\")")))
        << trace->item(0)->text().toStdString();
    // Nothing live happened: the project's values are untouched, the trace says what it would set.
    bool wouldSet = false;
    for (int i = 0; i < trace->count(); ++i)
        wouldSet |= trace->item(i)->text() == QStringLiteral("would set room-1.Seen = 1200");
    EXPECT_TRUE(wouldSet);

    v.view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v.view));
    QListWidgetItem *call = trace->item(1); // Sensor.Space() on line 3
    ASSERT_TRUE(call->text().startsWith(QStringLiteral("L3"))) << call->text().toStdString();
    v.view.editor()->setCursorPosition(0, 0);
    trace->scrollToItem(call);
    QTest::mouseClick(trace->viewport(), Qt::LeftButton, {}, trace->visualItemRect(call).center());
    int line = 0, index = 0;
    v.view.editor()->getCursorPosition(&line, &index);
    EXPECT_EQ(line, 2);
    EXPECT_EQ(v.view.editor()->highlightedLine(), 3);
}

TEST(FunctionsView, AConditionalBreakpointPausesARunOverRecordedHistoryAndStepAndContinueGoOn)
{
    if (!QFileInfo::exists(FunctionInstrumenter::acornPath()))
        GTEST_SKIP() << "acorn is not installed (Debian package node-acorn, scripts/deps.sh installs it)";
    ViewFixture v;
    QTemporaryDir dir;
    ASSERT_TRUE(recordReadings(v.historyFile(dir), QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"),
                               {{1714557500000, 600}, {1714557550000, 1400}}));
    ui::FunctionCodeEditor *editor = v.view.editor();
    editor->setText(QStringLiteral("function process(telemetry, executionContext) {\n"
                                   "    var co2 = telemetry.Value;\n"
                                   "    var room = getSensorMetadata(telemetry.SensorId).Space();\n"
                                   "    setSpaceValue(room.Id, \"Seen\", co2);\n"
                                   "}\n"));
    editor->setBreakpoint(3, QStringLiteral("co2 > 1000"));
    ui::FunctionDebugPanel *panel = v.view.debugPanel();
    QSignalSpy paused(panel->debugger(), &FunctionDebugger::paused);
    QSignalSpy finished(panel, &ui::FunctionDebugPanel::finished);
    QString error;
    ASSERT_TRUE(v.view.debugHistory(0, std::numeric_limits<qint64>::max(), &error)) << error.toStdString();
    ASSERT_TRUE(paused.wait(10000));
    // The reading of 600 did not hold the condition; 1400 pauses at line 3, the GUI stays live.
    EXPECT_EQ(editor->highlightedLine(), 3);
    QList<QTreeWidgetItem *> co2 = panel->locals()->findItems(QStringLiteral("co2"), Qt::MatchExactly);
    ASSERT_EQ(co2.size(), 1);
    EXPECT_EQ(co2.first()->text(1), QStringLiteral("1400"));
    EXPECT_TRUE(panel->where().contains(QStringLiteral("line 3"))) << panel->where().toStdString();

    panel->debugger()->step();
    ASSERT_TRUE(paused.wait(10000));
    EXPECT_EQ(editor->highlightedLine(), 4);

    panel->debugger()->resume();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(editor->highlightedLine(), 0);
    bool wouldSet = false;
    for (int i = 0; i < v.view.trace()->count(); ++i)
        wouldSet |= v.view.trace()->item(i)->text() == QStringLiteral("would set room-1.Seen = 1400");
    EXPECT_TRUE(wouldSet);
}

TEST(FunctionsView, DebugsTheLastLiveMessagesOfTheFunctionsSensors)
{
    if (!QFileInfo::exists(FunctionInstrumenter::acornPath()))
        GTEST_SKIP() << "acorn is not installed (Debian package node-acorn, scripts/deps.sh installs it)";
    ViewFixture v;
    QString error;
    EXPECT_FALSE(v.view.debugRecent(5, &error));
    EXPECT_FALSE(error.isEmpty());

    // What the live session kept: two CO2 readings and a motion one, which the function's
    // matcher (CarbonDioxide) leaves out.
    LiveMessageRing ring;
    QList<TelemetrySample> samples;
    for (const auto &[sensor, message] : {std::pair{"co2-1", "{\"SensorValue\": 700}"},
                                          std::pair{"motion-1", "{\"SensorValue\": true}"},
                                          std::pair{"co2-1", "{\"SensorValue\": 1300}"}}) {
        TelemetrySample s;
        s.sensorId = QLatin1StringView(sensor);
        s.message = QLatin1StringView(message);
        samples.append(s);
    }
    ring.add(samples);
    v.view.setRecentMessages([&ring](int n, const auto &accept) { return ring.last(n, accept); });

    v.view.editor()->setBreakpoint(4);
    ui::FunctionDebugPanel *panel = v.view.debugPanel();
    QSignalSpy paused(panel->debugger(), &FunctionDebugger::paused);
    QSignalSpy finished(panel, &ui::FunctionDebugPanel::finished);
    // The last one of the function's sensors: 1300.
    ASSERT_TRUE(v.view.debugRecent(1, &error)) << error.toStdString();
    ASSERT_TRUE(paused.wait(10000));
    EXPECT_EQ(panel->debugger()->currentMessage().value(QStringLiteral("Message")).toString(),
              QStringLiteral("{\"SensorValue\": 1300}"));
    panel->debugger()->resume();
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(panel->debugger()->results().size(), 1);

    // Both CO2 readings, oldest first; the motion reading does not run the function.
    v.view.editor()->removeBreakpoint(4);
    ASSERT_TRUE(v.view.debugRecent(10, &error)) << error.toStdString();
    ASSERT_TRUE(finished.wait(10000));
    const QList<InvocationResult> results = panel->debugger()->results();
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).sensorId, QStringLiteral("co2-1"));
    EXPECT_EQ(results.at(0).writes.value(0).value, QStringLiteral("700"));
    EXPECT_EQ(results.at(1).writes.value(0).value, QStringLiteral("1300"));
}

TEST(FunctionsView, ClosingWithUnsavedTextAsksAndCancelKeepsItOpen)
{
    ViewFixture v;
    v.view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v.view));
    v.view.editor()->setCursorPosition(4, 0);
    v.view.editor()->insert(QStringLiteral("// changed\n"));
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    EXPECT_FALSE(v.view.close());
    EXPECT_TRUE(v.view.isModified());
    answer(QMessageBox::Save);
    EXPECT_TRUE(v.view.close());
    EXPECT_TRUE(v.f.project.functions().at(0).toObject().value(QStringLiteral("source")).toString().contains(
        QStringLiteral("// changed")));
}

TEST(FunctionsView, MovingThroughTheTraceHighlightsEachLine)
{
    ViewFixture v;
    QString error;
    ASSERT_TRUE(v.view.dryRun(QStringLiteral("co2-1"), QStringLiteral("{\"SensorValue\": 1200}"), &error));
    v.view.trace()->setCurrentRow(0);
    EXPECT_EQ(v.view.editor()->highlightedLine(), 2);
    v.view.trace()->setCurrentRow(2); // setSpaceValue on line 4
    EXPECT_EQ(v.view.editor()->highlightedLine(), 4);
}

TEST(FunctionsView, ErrorsOfTheLiveRunAreMarkedAtTheirLineWithACount)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("seen"), QString::fromUtf8(kSource)));
    FunctionStatusModel status(&f.project);
    ui::FunctionsView view(&f.project, &status);
    FunctionStats stats;
    stats.invocations = 5;
    stats.failures = 3;
    stats.lastError = QStringLiteral("seen.js:3: TypeError: Cannot call method 'Space' of null");
    stats.meanNs = 420000;
    stats.p99Ns = 1250000;
    status.setStats({{QStringLiteral("seen"), stats}});
    EXPECT_EQ(view.editor()->markedLines(), QList<int>{3});
    // The list shows the run's times per invocation.
    const QAbstractItemModel *list = view.list()->model();
    EXPECT_EQ(list->index(0, ui::FunctionListModel::MeanTimeColumn).data().toString(), QStringLiteral("0.42 ms"));
    EXPECT_EQ(list->index(0, ui::FunctionListModel::P99TimeColumn).data().toString(), QStringLiteral("1.25 ms"));
    EXPECT_EQ(list->headerData(ui::FunctionListModel::P99TimeColumn, Qt::Horizontal).toString(), QStringLiteral("p99 time"));
    ASSERT_EQ(view.problems()->count(), 1);
    EXPECT_TRUE(view.problems()->item(0)->text().contains(QStringLiteral("3 failure(s) in the live run")))
        << view.problems()->item(0)->text().toStdString();
    status.setStats({});
    EXPECT_TRUE(view.editor()->markedLines().isEmpty());
}

namespace {

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

bool traceHas(const ui::FunctionsView &view, const QString &text)
{
    for (int i = 0; i < view.trace()->count(); ++i) {
        if (view.trace()->item(i)->text() == text)
            return true;
    }
    return false;
}

/// Live values as a session would hold them: a reading of motion-1 and a value a
/// function computed for room-1.
class FixedLiveValues : public LiveValueFeed
{
public:
    QList<LiveReading> readings(const QString &twinId) const override
    {
        if (twinId != QStringLiteral("motion-1"))
            return {};
        return {LiveReading{twinId, QStringLiteral("Motion"), QStringLiteral("Motion"), QString(), true, 1714557500000}};
    }
    QList<LiveReading> computedReadings(const QString &twinId) const override
    {
        if (twinId != QStringLiteral("room-1"))
            return {};
        return {LiveReading{twinId, QStringLiteral("Comfort"), QString(), QString(), QStringLiteral("Too warm"), 1714557500000}};
    }
};

} // namespace

TEST(FunctionsView, TheTriggeringValueEditedWhilePausedIsWhatContinueRunsWith)
{
    if (!QFileInfo::exists(FunctionInstrumenter::acornPath()))
        GTEST_SKIP() << "acorn is not installed (Debian package node-acorn, scripts/deps.sh installs it)";
    ViewFixture v;
    v.view.editor()->setText(QStringLiteral(
        "function process(telemetry, executionContext) {\n"
        "    var sensor = getSensorMetadata(telemetry.SensorId);\n"
        "    var room = sensor.Space();\n"
        "    setSpaceValue(room.Id, \"Seen\", sensor.Value().Value);\n"
        "    if (telemetry.Value > 1000) room.Notify(\"stale \" + telemetry.Value);\n"
        "}\n"));
    v.view.editor()->setBreakpoint(3);
    ui::FunctionDebugPanel *panel = v.view.debugPanel();
    QSignalSpy paused(panel->debugger(), &FunctionDebugger::paused);
    QSignalSpy finished(panel, &ui::FunctionDebugPanel::finished);
    QString error;
    ASSERT_TRUE(v.view.debugValue(QStringLiteral("co2-1"), QStringLiteral("{\"SensorValue\": 700}"), &error))
        << error.toStdString();
    ASSERT_TRUE(paused.wait(10000));
    QLineEdit *message = panel->message();
    ASSERT_TRUE(message->isEnabled());
    EXPECT_EQ(message->text(), QStringLiteral("{\"SensorValue\": 700}"));
    // The API holds the sensor's value for the invocation since it began; the edit replaces it too.
    message->setText(QStringLiteral("{\"SensorValue\": 1234}"));
    QPushButton *continueButton = buttonNamed(panel, QStringLiteral("Continue"));
    ASSERT_NE(continueButton, nullptr);
    continueButton->click();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(traceHas(v.view, QStringLiteral("would set room-1.Seen = 1234")));
    EXPECT_TRUE(traceHas(v.view, QStringLiteral("would notify Space room-1: stale 1234")));
}

TEST(FunctionsView, ARunOverLiveMessagesStartsFromTheLiveValuesAndLeavesThemAlone)
{
    if (!QFileInfo::exists(FunctionInstrumenter::acornPath()))
        GTEST_SKIP() << "acorn is not installed (Debian package node-acorn, scripts/deps.sh installs it)";
    ViewFixture v;
    v.view.editor()->setText(QStringLiteral(
        "function process(telemetry, executionContext) {\n"
        "    var room = getSensorMetadata(telemetry.SensorId).Space();\n"
        "    var motion = room.ChildSensors().find(function (s) { return s.DataType === \"Motion\"; });\n"
        "    setSpaceValue(room.Id, \"Motion\", motion.Value().Value);\n"
        "    setSpaceValue(room.Id, \"Was\", room.Value(\"Comfort\").Value);\n"
        "}\n"));
    LiveMessageRing ring;
    TelemetrySample s;
    s.sensorId = QStringLiteral("co2-1");
    s.message = QStringLiteral("{\"SensorValue\": 800}");
    ring.add({s});
    v.view.setRecentMessages([&ring](int n, const auto &accept) { return ring.last(n, accept); });
    FixedLiveValues live;
    QSignalSpy liveChanged(&live, &LiveValueFeed::valuesChanged);
    v.view.setLiveValues(&live);
    QSignalSpy finished(v.view.debugPanel(), &ui::FunctionDebugPanel::finished);
    const int undoSteps = v.f.project.undoStack()->count();
    const QJsonArray functions = v.f.project.functions();
    QString error;
    ASSERT_TRUE(v.view.debugRecent(5, &error)) << error.toStdString();
    ASSERT_TRUE(finished.wait(10000));
    // motion-1 has no message in the run: its value is the live one, not null.
    EXPECT_TRUE(traceHas(v.view, QStringLiteral("would set room-1.Motion = true")));
    EXPECT_TRUE(traceHas(v.view, QStringLiteral("would set room-1.Was = Too warm")));
    // A dry run: the live values and the project are as they were.
    EXPECT_EQ(liveChanged.size(), 0);
    EXPECT_EQ(live.readings(QStringLiteral("motion-1")).value(0).value, QVariant(true));
    EXPECT_EQ(v.f.project.undoStack()->count(), undoSteps);
    EXPECT_EQ(v.f.project.functions(), functions);
}

TEST(FunctionsView, PreviousAndNextCallStepThroughTheTraceWithTheLineHighlighted)
{
    ViewFixture v;
    v.view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v.view));
    QString error;
    ASSERT_TRUE(v.view.dryRun(QStringLiteral("co2-1"), QStringLiteral("{\"SensorValue\": 1200}"), &error));
    v.view.trace()->setCurrentRow(-1);
    v.view.editor()->setFocus();
    QApplication::setActiveWindow(&v.view);
    // F8: the first call (line 2), then the next (line 3); F7 goes back.
    QTest::keyClick(v.view.editor(), Qt::Key_F8);
    EXPECT_EQ(v.view.editor()->highlightedLine(), 2);
    QTest::keyClick(v.view.editor(), Qt::Key_F8);
    EXPECT_EQ(v.view.editor()->highlightedLine(), 3);
    QTest::keyClick(v.view.editor(), Qt::Key_F7);
    EXPECT_EQ(v.view.editor()->highlightedLine(), 2);
    EXPECT_FALSE(v.view.stepTrace(-1)); // at the first entry
    // The toolbar's buttons do the same.
    QAction *next = nullptr;
    for (QAction *a : v.view.actions())
        next = a->text() == QStringLiteral("Next Call") ? a : next;
    ASSERT_NE(next, nullptr);
    next->trigger();
    next->trigger();
    EXPECT_EQ(v.view.editor()->highlightedLine(), 4);
    EXPECT_FALSE(v.view.stepTrace(1)); // setSpaceValue is the last call
}

TEST(FunctionsView, CompletionOffersOntologyPropertiesAndNamesInScope)
{
    ViewFixture v;
    ui::FunctionCodeEditor *editor = v.view.editor();
    ASSERT_TRUE(v.showWithCompletions());
    const auto completed = [editor](const QString &typed, bool fromAll) {
        editor->setCursorPosition(4, 0);
        editor->insert(typed + u'\n');
        editor->setCursorPosition(4, int(typed.size()));
        if (fromAll)
            editor->autoCompleteFromAll();
        else
            editor->autoCompleteFromAPIs();
        QByteArray current(256, '\0');
        if (editor->isListActive())
            editor->SendScintilla(QsciScintilla::SCI_AUTOCGETCURRENTTEXT, current.data());
        editor->cancelList();
        return QString::fromUtf8(current.constData());
    };
    // A property of the core ontology's interfaces (Thermostat's setpoint).
    EXPECT_EQ(completed(QStringLiteral("setpo"), false), QStringLiteral("setpoint"));
    // A name the function declares.
    editor->setCursorPosition(1, 0);
    editor->insert(QStringLiteral("    var readingCount = 0;\n"));
    EXPECT_EQ(completed(QStringLiteral("readingCo"), true), QStringLiteral("readingCount"));
}

TEST(FunctionsView, FindAndReplaceInTheEditorIsOneUndoStepOfTheText)
{
    ViewFixture v;
    v.view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&v.view));
    ui::FunctionCodeEditor *editor = v.view.editor();
    ui::FunctionFindBar *bar = v.view.findBar();
    EXPECT_FALSE(bar->isVisible());
    editor->setFocus();
    QApplication::setActiveWindow(&v.view);
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(bar->isVisible());
    QTest::keyClicks(bar->findField(), QStringLiteral("room"));
    QTest::keyClick(bar->findField(), Qt::Key_Return);
    int line = 0, index = 0, toLine = 0, toIndex = 0;
    editor->getSelection(&line, &index, &toLine, &toIndex);
    EXPECT_EQ(line, 2); // "var room = sensor.Space();"
    EXPECT_EQ(editor->selectedText(), QStringLiteral("room"));
    EXPECT_TRUE(bar->findNext());
    editor->getSelection(&line, &index, &toLine, &toIndex);
    EXPECT_EQ(line, 3);

    // Match case: "Room" is not there.
    bar->caseSensitive()->setChecked(true);
    bar->findField()->setText(QStringLiteral("Room"));
    EXPECT_FALSE(bar->findNext());
    bar->caseSensitive()->setChecked(false);

    bar->findField()->setText(QStringLiteral("room"));
    bar->replaceField()->setText(QStringLiteral("space"));
    EXPECT_EQ(bar->replaceAll(), 2);
    EXPECT_FALSE(editor->text().contains(QStringLiteral("room")));
    EXPECT_EQ(editor->text().count(QStringLiteral("space")), 2);
    EXPECT_TRUE(v.view.isModified());
    editor->undo(); // the whole replacement at once
    EXPECT_EQ(editor->text(), QString::fromUtf8(kSource));
    QTest::keyClick(bar->findField(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
}

TEST(FunctionsView, ARunOverRecordedHistoryTakesThePickedTwinsSubtree)
{
    if (!QFileInfo::exists(FunctionInstrumenter::acornPath()))
        GTEST_SKIP() << "acorn is not installed (Debian package node-acorn, scripts/deps.sh installs it)";
    ViewFixture v;
    QTemporaryDir dir;
    const QString history = v.historyFile(dir);
    ASSERT_TRUE(recordReadings(history, QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), {{1714557500000, 600}}));
    ASSERT_TRUE(recordReadings(history, QStringLiteral("temp-2"), QStringLiteral("Temperature"), {{1714557510000, 21.5}}));
    QSignalSpy finished(v.view.debugPanel(), &ui::FunctionDebugPanel::finished);
    QString error;
    // The function's assignment (none: the whole project): both readings.
    ASSERT_TRUE(v.view.debugHistory(0, std::numeric_limits<qint64>::max(), &error)) << error.toStdString();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(v.view.debugPanel()->debugger()->results().size(), 2);
    // room-2's subtree, picked from the list: its temperature sensor only.
    QComboBox *twin = v.view.historyTwin();
    ASSERT_GE(twin->findText(QStringLiteral("room-2")), 0);
    twin->setCurrentText(QStringLiteral("room-2"));
    ASSERT_TRUE(v.view.debugHistory(0, std::numeric_limits<qint64>::max(), &error)) << error.toStdString();
    ASSERT_TRUE(finished.wait(10000));
    const QList<InvocationResult> results = v.view.debugPanel()->debugger()->results();
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.at(0).sensorId, QStringLiteral("temp-2"));
    twin->setCurrentText(QStringLiteral("nowhere"));
    EXPECT_FALSE(v.view.debugHistory(0, std::numeric_limits<qint64>::max(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nowhere"))) << error.toStdString();
}
