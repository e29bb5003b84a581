// SPDX-License-Identifier: GPL-3.0-or-later
// Breakpoints inside a function's code: instrumenting, pausing, stepping, over recorded history.
#include "functionfixture.h"

#include "functions/demoproject.h"
#include "functions/functiondebugger.h"
#include "functions/functionhistoryinput.h"
#include "functions/functioninstrumenter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

const char *const kSource = "function process(telemetry) {\n"                           // 1
                            "    var reading = JSON.parse(telemetry.Message);\n"           // 2
                            "    var co2 = reading.SensorValue;\n"                         // 3
                            "    var room = getSensorMetadata(telemetry.SensorId).Space();\n" // 4
                            "    if (co2 > 0) setSpaceValue(room.Id, 'Co2', co2);\n"       // 5
                            "    log('seen ' + co2);\n"                                    // 6
                            "}\n";

#define TWIN_REQUIRE_ACORN()                                                                       \
    do {                                                                                           \
        if (!QFileInfo::exists(FunctionInstrumenter::acornPath()))                                 \
            GTEST_SKIP() << "acorn is not installed (Debian package node-acorn)";                  \
    } while (false)

/// Two CO2 readings, 600 then 1400, recorded in a history file.
QString recordHistory(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("site.twinproj.history"));
    recordReadings(path, QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"),
                   {{1714557500000, 600}, {1714557550000, 1400}});
    return path;
}

} // namespace

TEST(FunctionInstrumenter, ProbesEveryStatementAndKeepsTheLines)
{
    TWIN_REQUIRE_ACORN();
    QString out, error;
    QList<int> lines;
    ASSERT_TRUE(FunctionInstrumenter::instrument(QString::fromUtf8(kSource), &out, &lines, &error)) << error.toStdString();
    EXPECT_EQ(out.count(u'\n'), QString::fromUtf8(kSource).count(u'\n'));
    EXPECT_EQ(lines, (QList<int>{2, 3, 4, 5, 5, 6}));
    EXPECT_TRUE(out.contains(QStringLiteral("__twinProbe(3, \"process,telemetry,reading,co2,room\"")))
        << out.toStdString();
    EXPECT_FALSE(FunctionInstrumenter::instrument(QStringLiteral("function process( {"), &out, &lines, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(FunctionInstrumenter, InstrumentsObjectLiteralsAndTheDemosFunctions)
{
    TWIN_REQUIRE_ACORN();
    QString out, error;
    QList<int> lines;
    ASSERT_TRUE(FunctionInstrumenter::instrument(QStringLiteral("function process(t) {\n    var b = { a: 1, \"c\": 2 };\n}\n"),
                                                 &out, &lines, &error))
        << error.toStdString();
    EXPECT_EQ(lines, QList<int>{2});
    for (const QJsonValue &v : demoFunctions()) {
        const QJsonObject f = v.toObject();
        EXPECT_TRUE(FunctionInstrumenter::instrument(f.value(QStringLiteral("source")).toString(), &out, &lines, &error))
            << f.value(QStringLiteral("name")).toString().toStdString() << ": " << error.toStdString();
    }
}

TEST(FunctionDebugger, AConditionalBreakpointPausesARunOverRecordedHistory)
{
    TWIN_REQUIRE_ACORN();
    FunctionFixture f;
    QTemporaryDir dir;
    QList<QJsonObject> messages;
    QString error;
    ASSERT_TRUE(FunctionHistoryInput::messages(f.project, recordHistory(dir), QStringLiteral("room-1"), 0,
                                               std::numeric_limits<qint64>::max(), 100, &messages, &error))
        << error.toStdString();
    ASSERT_EQ(messages.size(), 2);

    FunctionDebugger debugger;
    debugger.setBreakpoint(4, QStringLiteral("co2 > 1000"));
    QSignalSpy paused(&debugger, &FunctionDebugger::paused);
    QSignalSpy finished(&debugger, &FunctionDebugger::finished);
    ASSERT_TRUE(debugger.start(f.project, makeFunction(QStringLiteral("co2"), QString::fromUtf8(kSource)), messages,
                               &error))
        << error.toStdString();
    ASSERT_TRUE(paused.wait(10000));
    EXPECT_EQ(paused.first().first().toInt(), 4);
    EXPECT_TRUE(debugger.isPaused());
    // The first reading (600) did not hold the condition: this is the second one.
    EXPECT_EQ(debugger.locals().value(QStringLiteral("co2")).toString(), QStringLiteral("1400"));
    EXPECT_EQ(debugger.locals().value(QStringLiteral("room")).toString(), QStringLiteral("undefined"));
    EXPECT_EQ(debugger.currentMessage().value(QStringLiteral("SensorId")).toString(), QStringLiteral("co2-1"));

    // Step: the next statement, with what the previous one did.
    debugger.step();
    ASSERT_TRUE(paused.wait(10000));
    EXPECT_EQ(paused.last().first().toInt(), 5);
    EXPECT_TRUE(debugger.locals().value(QStringLiteral("room")).toString().contains(QStringLiteral("room-1")));

    debugger.resume();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(paused.size(), 2);
    const QList<InvocationResult> results = debugger.results();
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results.at(1).ok()) << results.at(1).error.message.toStdString();
    EXPECT_EQ(results.at(1).logs, QStringList{QStringLiteral("seen 1400")});
    // A dry run: the project's own functions and values are untouched.
    EXPECT_TRUE(f.project.functions().isEmpty());
}

TEST(FunctionDebugger, StopEndsTheRunAndErrorsNameTheUsersLines)
{
    TWIN_REQUIRE_ACORN();
    FunctionFixture f;
    FunctionDebugger debugger;
    debugger.setBreakpoint(2);
    QSignalSpy paused(&debugger, &FunctionDebugger::paused);
    QSignalSpy finished(&debugger, &FunctionDebugger::finished);
    const QJsonObject message{{QStringLiteral("SensorId"), QStringLiteral("co2-1")},
                              {QStringLiteral("Message"), QStringLiteral("{\"SensorValue\": 700}")}};
    QString error;
    ASSERT_TRUE(debugger.start(f.project, makeFunction(QStringLiteral("co2"), QString::fromUtf8(kSource)),
                               {message, message}, &error));
    ASSERT_TRUE(paused.wait(10000)) << (debugger.results().isEmpty() ? std::string("no results")
                                                                      : debugger.results().first().error.message.toStdString());
    debugger.stop();
    ASSERT_TRUE(finished.wait(10000));
    const QList<InvocationResult> stopped = debugger.results();
    ASSERT_FALSE(stopped.isEmpty());
    EXPECT_TRUE(stopped.first().error.message.contains(QStringLiteral("stopped in the debugger at line 2")));

    // A runtime error in instrumented code names the line of the user's source.
    debugger.removeBreakpoint(2);
    const QString broken = QString::fromUtf8(kSource).replace(QStringLiteral("log('seen ' + co2);"),
                                                               QStringLiteral("null.x = co2;"));
    ASSERT_TRUE(debugger.start(f.project, makeFunction(QStringLiteral("co2"), broken), {message}, &error));
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(debugger.results().size(), 1);
    EXPECT_EQ(debugger.results().at(0).error.line, 6);
}

TEST(FunctionDebugger, TheTriggeringValueEditedWhilePausedIsWhatTheRunGoesOnWith)
{
    TWIN_REQUIRE_ACORN();
    FunctionFixture f;
    // Reads the value three ways: the message, the decoded value and the sensor's Value()
    // (which the API caches for the invocation once read).
    const QString source = QStringLiteral(
        "function process(telemetry) {\n"                                                 // 1
        "    var sensor = getSensorMetadata(telemetry.SensorId);\n"                       // 2
        "    var before = sensor.Value().Value;\n"                                        // 3
        "    var room = sensor.Space();\n"                                                // 4
        "    setSpaceValue(room.Id, 'FromMessage', JSON.parse(telemetry.Message).SensorValue);\n" // 5
        "    setSpaceValue(room.Id, 'FromValue', telemetry.Value);\n"                      // 6
        "    setSpaceValue(room.Id, 'FromSensor', sensor.Value().Value);\n"                // 7
        "    if (telemetry.Value > 1000) room.Notify('stale ' + getSensorValue(telemetry.SensorId, 'CarbonDioxide').Value);\n" // 8
        "}\n");
    FunctionDebugger debugger;
    debugger.setBreakpoint(4);
    QSignalSpy paused(&debugger, &FunctionDebugger::paused);
    QSignalSpy finished(&debugger, &FunctionDebugger::finished);
    const QJsonObject message{{QStringLiteral("SensorId"), QStringLiteral("co2-1")},
                              {QStringLiteral("Message"), QStringLiteral("{\"SensorValue\": 700}")}};
    QString error;
    EXPECT_FALSE(debugger.editMessage(QStringLiteral("{\"SensorValue\": 1}"), &error)); // not paused
    ASSERT_TRUE(debugger.start(f.project, makeFunction(QStringLiteral("co2"), source), {message}, &error))
        << error.toStdString();
    ASSERT_TRUE(paused.wait(10000));
    EXPECT_EQ(debugger.locals().value(QStringLiteral("before")).toString(), QStringLiteral("\"700\""));
    // A value that does not fit the sensor is refused; the run is still paused.
    EXPECT_FALSE(debugger.editMessage(QStringLiteral("{\"SensorValue\": \"lots\"}"), &error));
    EXPECT_TRUE(debugger.isPaused());
    ASSERT_TRUE(debugger.editMessage(QStringLiteral("{\"SensorValue\": 1500}"), &error)) << error.toStdString();
    EXPECT_EQ(debugger.currentMessage().value(QStringLiteral("Message")).toString(),
              QStringLiteral("{\"SensorValue\": 1500}"));
    debugger.resume();
    ASSERT_TRUE(finished.wait(10000));
    const QList<InvocationResult> results = debugger.results();
    ASSERT_EQ(results.size(), 1);
    ASSERT_TRUE(results.at(0).ok()) << results.at(0).error.message.toStdString();
    QHash<QString, QString> set;
    for (const ValueWrite &w : results.at(0).writes)
        set.insert(w.name, w.value);
    EXPECT_EQ(set.value(QStringLiteral("FromMessage")), QStringLiteral("1500"));
    EXPECT_EQ(set.value(QStringLiteral("FromValue")), QStringLiteral("1500"));
    EXPECT_EQ(set.value(QStringLiteral("FromSensor")), QStringLiteral("1500"));
    ASSERT_EQ(results.at(0).notifications.size(), 1);
    EXPECT_EQ(results.at(0).notifications.at(0).payload, QStringLiteral("stale 1500"));
}

TEST(FunctionDebugger, StartsFromTheValuesGivenSoSiblingSensorsHaveTheirs)
{
    TWIN_REQUIRE_ACORN();
    FunctionFixture f;
    const QString source = QStringLiteral(
        "function process(telemetry) {\n"
        "    var room = getSensorMetadata(telemetry.SensorId).Space();\n"
        "    var motion = room.ChildSensors().find(function (s) { return s.DataType === 'Motion'; });\n"
        "    setSpaceValue(room.Id, 'Motion', motion.Value().Value);\n"
        "    setSpaceValue(room.Id, 'Before', room.Value('Comfort').Value);\n"
        "}\n");
    const QJsonObject message{{QStringLiteral("SensorId"), QStringLiteral("co2-1")},
                              {QStringLiteral("Message"), QStringLiteral("{\"SensorValue\": 700}")}};
    FunctionDebugger debugger;
    QSignalSpy finished(&debugger, &FunctionDebugger::finished);
    QString error;
    // Without start values the sibling has none.
    ASSERT_TRUE(debugger.start(f.project, makeFunction(QStringLiteral("m"), source), {message}, &error));
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(debugger.results().size(), 1);
    EXPECT_TRUE(debugger.results().at(0).writes.value(0).value.isNull());

    debugger.setStartValues({{QStringLiteral("motion-1"), StoredValue{QStringLiteral("Motion"), QStringLiteral("true"), 1000}}},
                            {{QStringLiteral("room-1"),
                              {{QStringLiteral("Comfort"), StoredValue{QStringLiteral("Comfort"), QStringLiteral("Too warm"), 1000}}}}});
    ASSERT_TRUE(debugger.start(f.project, makeFunction(QStringLiteral("m"), source), {message}, &error));
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(debugger.results().size(), 1);
    ASSERT_TRUE(debugger.results().at(0).ok()) << debugger.results().at(0).error.message.toStdString();
    EXPECT_EQ(debugger.results().at(0).writes.value(0).value, QStringLiteral("true"));
    EXPECT_EQ(debugger.results().at(0).writes.value(1).value, QStringLiteral("Too warm"));
    // The values are taken by that run: the next one starts empty again.
    ASSERT_TRUE(debugger.start(f.project, makeFunction(QStringLiteral("m"), source), {message}, &error));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(debugger.results().at(0).writes.value(0).value.isNull());
}

TEST(FunctionDebugger, LiveEnginesRunTheTextAsWrittenWithoutTheDebuggersHook)
{
    TWIN_REQUIRE_ACORN();
    FunctionFixture f;
    // What the function sees of the debugger: its probe, and the wrapper in its stack.
    const FunctionDefinition d = makeFunction(
        QStringLiteral("plain"),
        QStringLiteral("function process(telemetry) {\n"
                       "    log(typeof __twinProbe + ' ' + (new Error().stack.indexOf('twinstudio-debug') >= 0));\n"
                       "}\n"),
        {dataTypeMatcher(QStringLiteral("CarbonDioxide"))});
    f.add(d);
    const QList<InvocationResult> live = f.feed(QStringLiteral("co2-1"), QStringLiteral("{\"SensorValue\": 1}"));
    ASSERT_EQ(live.size(), 1);
    EXPECT_EQ(live.at(0).logs, QStringList{QStringLiteral("undefined false")});

    FunctionDebugger debugger;
    QSignalSpy finished(&debugger, &FunctionDebugger::finished);
    QString error;
    ASSERT_TRUE(debugger.start(f.project, d,
                               {QJsonObject{{QStringLiteral("SensorId"), QStringLiteral("co2-1")},
                                            {QStringLiteral("Message"), QStringLiteral("{\"SensorValue\": 1}")}}},
                               &error));
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(debugger.results().size(), 1);
    EXPECT_EQ(debugger.results().at(0).logs, QStringList{QStringLiteral("function true")});
}
