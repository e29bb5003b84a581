// SPDX-License-Identifier: GPL-3.0-or-later
// The threaded runtime: the same scenario through worker threads.
#include "functionfixture.h"

#include "functions/functionruntime.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

TelemetrySample sample(const QString &sensor, const QString &dataType, const QString &message, const QVariant &value)
{
    TelemetrySample s;
    s.sensorId = sensor;
    s.dataType = dataType;
    s.message = message;
    s.value = value;
    s.valueText = value.toString();
    s.timestampMs = 1700000000000;
    return s;
}

/// The logs of every result, from whichever worker thread; each result must succeed.
struct CollectedLogs
{
    QMutex mutex;
    QStringList lines;
};

void collectLogs(FunctionRuntime &runtime, CollectedLogs *logs)
{
    runtime.setResultHandler([logs](const InvocationResult &r) {
        QMutexLocker lock(&logs->mutex);
        logs->lines += r.logs;
        EXPECT_TRUE(r.ok()) << r.error.message.toStdString();
    });
}

TEST(FunctionRuntimeTest, RunsTheAvailabilityFunctionOnWorkers)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("availability"), QString::fromUtf8(kAvailabilitySource),
                       {dataTypeMatcher(QStringLiteral("Motion")), dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    FunctionRuntime runtime(&f.store, 2);
    runtime.setTopology(f.index.snapshot());
    const auto motion = sample(QStringLiteral("motion-1"), QStringLiteral("Motion"), QStringLiteral(R"({"SensorValue":false})"), false);
    const auto co2 = sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral(R"({"SensorValue":1500})"), 1500.0);
    f.store.setSensorValue(motion.sensorId, {motion.dataType, motion.valueText, 1});
    runtime.dispatch({motion});
    runtime.waitForIdle();
    f.store.setSensorValue(co2.sensorId, {co2.dataType, co2.valueText, 2});
    runtime.dispatch({co2});
    runtime.waitForIdle();
    EXPECT_EQ(runtime.invocations(), 2u);
    EXPECT_EQ(runtime.failures(), 0u);
    StoredValue v;
    ASSERT_TRUE(f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"), &v));
    EXPECT_EQ(v.value, QStringLiteral("Room is not available: the air is stale."));
    EXPECT_EQ(f.store.notifications().size(), 1);
}

TEST(FunctionRuntimeTest, EachSampleSeesTheValuesOfEarlierSamplesOnly)
{
    // Motion (none) then CO2 (stale) in one batch, as two messages that arrive together:
    // the function for the motion sample must not see the CO2 reading that came after it,
    // so only the CO2 sample notifies.
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("availability"), QString::fromUtf8(kAvailabilitySource),
                       {dataTypeMatcher(QStringLiteral("Motion")), dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    FunctionRuntime runtime(&f.store, 1);
    runtime.setTopology(f.index.snapshot());
    auto motion = sample(QStringLiteral("motion-1"), QStringLiteral("Motion"), QStringLiteral(R"({"SensorValue":false})"), false);
    auto co2 = sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral(R"({"SensorValue":1500})"), 1500.0);
    motion.recordValue = co2.recordValue = true;
    runtime.dispatch({motion, co2});
    runtime.waitForIdle();
    EXPECT_EQ(runtime.invocations(), 2u);
    EXPECT_EQ(f.store.notifications().size(), 1);
    StoredValue v;
    ASSERT_TRUE(f.store.sensorValue(QStringLiteral("co2-1"), &v));
    EXPECT_EQ(v.value, QStringLiteral("1500"));
    ASSERT_TRUE(f.store.sensorValue(QStringLiteral("motion-1"), &v));
    EXPECT_EQ(v.value, QStringLiteral("false"));
}

TEST(FunctionRuntimeTest, DisablesAFailingFunctionAndSaysWhy)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("slow"), QStringLiteral("function process() { while (true) {} }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    FunctionRuntime runtime(&f.store, 1);
    runtime.setDefaultTimeout(20);
    runtime.health().setFailureLimit(2);
    runtime.setTopology(f.index.snapshot());
    QSignalSpy disabled(&runtime, &FunctionRuntime::functionDisabled);
    const auto s = sample(QStringLiteral("temp-2"), QStringLiteral("Temperature"), QStringLiteral("21"), 21.0);
    runtime.dispatch({s, s, s, s});
    runtime.waitForIdle();
    EXPECT_EQ(runtime.invocations(), 2u);
    ASSERT_TRUE(disabled.wait(2000) || disabled.count() == 1);
    EXPECT_EQ(disabled.first().at(0).toString(), QStringLiteral("slow"));
    EXPECT_TRUE(disabled.first().at(1).toString().contains(QStringLiteral("time limit")));
}

TEST(FunctionRuntimeTest, WritesOfOneWorkerAreSeenByTheOthers)
{
    FunctionFixture f;
    // temp-2's function publishes a value on room-1; co2-1's function reads it.
    f.add(makeFunction(QStringLiteral("writer"),
                       QStringLiteral("function process(t) { setSpaceValue('room-1', 'Seen', t.Message); }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    f.add(makeFunction(QStringLiteral("reader"),
                       QStringLiteral("function process(t) { log(getSpaceValue('room-1', 'Seen').Value); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    FunctionRuntime runtime(&f.store, 4);
    runtime.setTopology(f.index.snapshot());
    QStringList seen;
    QMutex mutex;
    runtime.setResultHandler([&](const InvocationResult &r) {
        QMutexLocker lock(&mutex);
        if (r.function == QStringLiteral("reader"))
            seen += r.logs;
    });
    for (int i = 0; i < 3; ++i) {
        runtime.dispatch({sample(QStringLiteral("temp-2"), QStringLiteral("Temperature"), QString::number(i), i)});
        runtime.waitForIdle();
        runtime.dispatch({sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral("1"), 1)});
        runtime.waitForIdle();
    }
    EXPECT_EQ(seen, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
}

TEST(FunctionRuntimeTest, ReadingsRecordedByOneWorkerAreSeenByAnotherThatReadTheSensor)
{
    // Each worker is told to forget only values it read or wrote: the reader, whatever
    // worker runs it, reads temp-2 through the store and must see every new reading the
    // owner of temp-2 records.
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("reader"),
                       QStringLiteral("function process(t) { log(getSensorValue('temp-2').Value); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    FunctionRuntime runtime(&f.store, 4);
    runtime.setTopology(f.index.snapshot());
    CollectedLogs seen;
    collectLogs(runtime, &seen);
    for (int i = 0; i < 4; ++i) {
        auto temperature = sample(QStringLiteral("temp-2"), QStringLiteral("Temperature"), QString::number(20 + i), 20.0 + i);
        temperature.recordValue = true;
        runtime.dispatch({temperature});
        runtime.waitForIdle();
        runtime.dispatch({sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral("1"), 1)});
        runtime.waitForIdle();
    }
    EXPECT_EQ(seen.lines, (QStringList{QStringLiteral("20"), QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("23")}));
    EXPECT_EQ(runtime.invocations(), 4u);
}

} // namespace

namespace {

const char *const kMotionReader = R"JS(function process(telemetry) {
    log(getSensorMetadata('motion-1').Value().Value + ' ' + getSensorValue('motion-1').Value);
}
)JS";

} // namespace

TEST(FunctionReplayTest, SeesTheLatestValueOfASensorNoFunctionMatched)
{
    // Only CO2 runs the function; it reads the motion sensor before and after its reading.
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("reader"), QString::fromUtf8(kMotionReader),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    auto logs = [](const QList<InvocationResult> &results) {
        return results.isEmpty() ? QStringList{QStringLiteral("(no run)")} : results.first().logs;
    };
    EXPECT_EQ(logs(f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 700})"))),
              QStringList{QStringLiteral("null null")});
    EXPECT_TRUE(f.feed(QStringLiteral("motion-1"), QStringLiteral(R"({"SensorValue": true})")).isEmpty());
    EXPECT_EQ(logs(f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 900})"))),
              QStringList{QStringLiteral("true true")});
}

TEST(FunctionRuntimeTest, SeesTheLatestValueOfASensorNoFunctionMatched)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("reader"), QString::fromUtf8(kMotionReader),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    FunctionRuntime runtime(&f.store, 1);
    runtime.setTopology(f.index.snapshot());
    QStringList logs;
    runtime.setResultHandler([&logs](const InvocationResult &r) { logs += r.logs; });
    const auto co2 = sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral("700"), 700.0);
    auto motion = sample(QStringLiteral("motion-1"), QStringLiteral("Motion"), QStringLiteral("true"), true);
    motion.valueText = QStringLiteral("true");
    for (TelemetrySample s : {co2, motion, co2}) {
        s.recordValue = true;
        runtime.dispatch({s});
        runtime.waitForIdle();
    }
    EXPECT_EQ(logs, (QStringList{QStringLiteral("null null"), QStringLiteral("true true")}));
}

TEST(FunctionRuntimeTest, SensorsAreSharedEquallyBetweenWorkers)
{
    // 20 sensors on 2 workers: 10 each (a split by hash is 10/10 in one run of six).
    FunctionFixture f;
    for (int i = 0; i < 20; ++i) {
        QString error;
        ASSERT_TRUE(f.project.addTwin(Twin{QStringLiteral("t-%1").arg(i), QStringLiteral("dtmi:twinstudio:core:TemperatureSensor;1"),
                                           {{QStringLiteral("dataType"), QStringLiteral("Temperature")}}, {}},
                                      &error))
            << error.toStdString();
    }
    f.add(makeFunction(QStringLiteral("echo"), QStringLiteral("function process(t) { log(t.SensorId); }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    FunctionRuntime runtime(&f.store, 2);
    runtime.setTopology(f.index.snapshot());
    QMutex mutex;
    QHash<QThread *, QSet<QString>> sensorsByThread;
    runtime.setResultHandler([&](const InvocationResult &r) {
        QMutexLocker lock(&mutex);
        sensorsByThread[QThread::currentThread()].insert(r.sensorId);
    });
    QList<TelemetrySample> samples;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 20; ++i)
            samples.append(sample(QStringLiteral("t-%1").arg(i), QStringLiteral("Temperature"), QStringLiteral("21"), 21.0));
    }
    runtime.dispatch(samples);
    runtime.waitForIdle();
    EXPECT_EQ(runtime.invocations(), 60u);
    ASSERT_EQ(sensorsByThread.size(), 2);
    for (const QSet<QString> &sensors : std::as_const(sensorsByThread))
        EXPECT_EQ(sensors.size(), 10);
}

TEST(FunctionRuntimeTest, QueuedBatchesGoToAWorkerProcessTogetherInOrder)
{
    FunctionFixture f;
    FunctionDefinition slow = makeFunction(QStringLiteral("slow"),
                                           QStringLiteral("function process(t) { var end = Date.now() + 300;\n"
                                                          "  while (Date.now() < end) {} }"),
                                           {dataTypeMatcher(QStringLiteral("Temperature"))});
    slow.timeoutMs = 5000;
    f.add(slow);
    f.add(makeFunction(QStringLiteral("echo"), QStringLiteral("function process(t) { log(t.Message); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    FunctionRuntime runtime(&f.store, 1, FunctionRuntime::Isolation::Process);
    runtime.setTopology(f.index.snapshot());
    CollectedLogs logs;
    collectLogs(runtime, &logs);
    // The worker is busy with the slow one while the next 50 batches queue up.
    runtime.dispatch({sample(QStringLiteral("temp-2"), QStringLiteral("Temperature"), QStringLiteral("21"), 21.0)});
    QStringList expected;
    for (int i = 0; i < 50; ++i) {
        runtime.dispatch({sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QString::number(i), i)});
        expected.append(QString::number(i));
    }
    runtime.waitForIdle();
    EXPECT_EQ(logs.lines, expected);
    EXPECT_EQ(runtime.invocations(), 51u);
    EXPECT_LE(runtime.processRuns(), 3u) << "each queued batch went on its own";
}
