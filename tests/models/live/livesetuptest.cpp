// SPDX-License-Identifier: GPL-3.0-or-later
#include "../functions/functionfixture.h"
#include "../telemetry/telemetrytestutil.h"

#include "functions/functionruntime.h"
#include "functions/livemessagering.h"
#include "live/livesetup.h"
#include "live/livevaluestore.h"
#include "telemetry/historyreader.h"
#include "telemetry/telemetrysink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <limits>
#include <string>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

QVariantMap pointOf(const QVariantList &points, const QString &twin, const QString &name)
{
    for (const QVariant &v : points) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("twin")).toString() == twin && m.value(QStringLiteral("name")).toString() == name)
            return m;
    }
    return {};
}

const char *const kNotifyingSource = R"JS(function process(telemetry, executionContext) {
    sendNotification(telemetry.SensorId, "Sensor", JSON.stringify({ co2: telemetry.Value }));
}
)JS";

/// Stores two insights on the room and reports what history it sees.
const char *const kInsightSource = R"JS(function process(telemetry, executionContext) {
    var room = getSensorMetadata(telemetry.SensorId).Space();
    var co2 = parseFloat(telemetry.Value);
    setSensorValue(telemetry.SensorId, telemetry.DataType, co2); // the echo of the samples: no new entry
    setSpaceValue(room.Id, "AvailableAndFresh", co2 < 1000 ? "Fresh air." : "Stale air.");
    setSpaceValue(room.Id, "Co2Level", co2);
    var seen = getSensorHistoryValues(telemetry.SensorId, telemetry.DataType).map(function (v) { return v.Value; });
    var insights = room.History("AvailableAndFresh").map(function (v) { return v.Value; });
    sendNotification(room.Id, "Space", JSON.stringify({ seen: seen, insights: insights }));
}
)JS";

/// One live run with history in \a historyPath: \a readings of co2-1, one message each;
/// returns the payloads the function sent, in order.
QList<QJsonObject> runWithHistory(const Project &project, const QString &historyPath, const QList<int> &readings)
{
    LiveSetup setup;
    setup.bind(project);
    setup.enableFunctions(project);
    TelemetryPipeline::Options options;
    options.historyPath = historyPath;
    QString error;
    EXPECT_TRUE(setup.startPipeline(options, &error)) << error.toStdString();
    TelemetrySink *sink = setup.pipeline().createSink();
    for (int value : readings) {
        const std::string payload = "{\"value\": " + std::to_string(value) + '}';
        sink->deliver("twins/co2-1/telemetry", payload);
    }
    EXPECT_TRUE(setup.pipeline().waitIdle(10000));
    setup.stop();
    QList<QJsonObject> payloads;
    for (const FunctionNotification &n : setup.values()->takeNotifications())
        payloads.append(QJsonDocument::fromJson(n.payload.toUtf8()).object());
    EXPECT_EQ(setup.functionStats().value(QStringLiteral("insight")).failures, 0u)
        << setup.functionStats().value(QStringLiteral("insight")).lastError.toStdString();
    return payloads;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

TEST(LiveSetup, SimulatesEveryBoundPointOnItsTopic)
{
    const QJsonArray bindings{QJsonObject{{QStringLiteral("twin"), QStringLiteral("room-2")},
                                          {QStringLiteral("name"), QStringLiteral("Humidity")},
                                          {QStringLiteral("topic"), QStringLiteral("site/+/room2/climate")},
                                          {QStringLiteral("path"), QStringLiteral("/data/h")}}};
    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(project.setContent(telemetrySite(bindings), &diagnostics));
    LiveSetup setup;
    setup.bind(project, &diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty());

    const QVariantList points = setup.simulatedPoints();
    EXPECT_EQ(points.size(), 5); // four sensors and the binding
    const QVariantMap temp = pointOf(points, QStringLiteral("temp-1"), QStringLiteral("Temperature"));
    EXPECT_EQ(temp.value(QStringLiteral("dataType")).toString(), QStringLiteral("Temperature"));
    EXPECT_FALSE(temp.contains(QStringLiteral("topic"))); // the default twins/{id}/telemetry
    const QVariantMap humidity = pointOf(points, QStringLiteral("room-2"), QStringLiteral("Humidity"));
    EXPECT_EQ(humidity.value(QStringLiteral("topic")).toString(), QStringLiteral("site/room-2/room2/climate"));
    EXPECT_EQ(humidity.value(QStringLiteral("path")).toString(), QStringLiteral("/data/h"));

    // The default topic at the QoS asked for; a binding at its own (1 unless it says).
    QHash<QString, int> qos;
    for (const QVariant &s : setup.subscriptions(0))
        qos.insert(s.toMap().value(QStringLiteral("filter")).toString(), s.toMap().value(QStringLiteral("qos")).toInt());
    EXPECT_EQ(qos.size(), 2);
    EXPECT_EQ(qos.value(QStringLiteral("twins/+/telemetry"), -1), 0);
    EXPECT_EQ(qos.value(QStringLiteral("site/+/room2/climate"), -1), 1);
}

TEST(LiveSetup, UnknownSourceIsAClearError)
{
    LiveSetup setup;
    QString error;
    EXPECT_EQ(setup.createSource(QStringLiteral("carrier-pigeon"), &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("carrier-pigeon"))) << error.toStdString();
    error.clear();
    TelemetryPipeline::Options options;
    options.history = false;
    EXPECT_FALSE(setup.start(options, {}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(setup.pipeline().isRunning());
}

TEST(LiveSetup, FunctionsRunOnlyWhenEnabledAndAreCountedPerFunction)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("co2alert"), QString::fromUtf8(kNotifyingSource),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    f.add(makeFunction(QStringLiteral("broken"), QStringLiteral("function process() { throw new Error('no'); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));

    TelemetryPipeline::Options options;
    options.history = false;
    QString error;
    {
        LiveSetup idle;
        idle.bind(f.project);
        EXPECT_EQ(idle.definitions().size(), 2);
        EXPECT_EQ(idle.runtime(), nullptr);
        EXPECT_EQ(idle.values(), nullptr);
    }

    LiveSetup setup;
    setup.bind(f.project);
    setup.enableFunctions(f.project);
    ASSERT_NE(setup.runtime(), nullptr);
    auto recent = std::make_shared<LiveMessageRing>(3);
    setup.setRecentMessages(recent);
    ASSERT_TRUE(setup.pipeline().start(options, &error)) << error.toStdString();
    TelemetrySink *sink = setup.pipeline().createSink();
    for (int i = 0; i < 3; ++i)
        sink->deliver("twins/co2-1/telemetry", "{\"value\": 900}");
    sink->deliver("twins/motion-1/telemetry", "{\"value\": true}");
    ASSERT_TRUE(setup.pipeline().waitIdle(10000));
    setup.stop();
    // The messages that reached the functions, the latest three, for the debugger.
    const QList<QJsonObject> kept = recent->last(10);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept.last().value(QStringLiteral("SensorId")).toString(), QStringLiteral("motion-1"));
    EXPECT_EQ(kept.last().value(QStringLiteral("Message")).toString(), QStringLiteral("{\"value\": true}"));

    const QList<FunctionNotification> notes = setup.values()->takeNotifications();
    ASSERT_EQ(notes.size(), 3);
    EXPECT_EQ(notes.first().twinId, QStringLiteral("co2-1"));
    EXPECT_EQ(notes.first().type, QStringLiteral("Sensor"));
    EXPECT_TRUE(notes.first().payload.contains(QStringLiteral("900"))) << notes.first().payload.toStdString();
    EXPECT_EQ(notes.first().function, QStringLiteral("co2alert"));

    const auto stats = setup.functionStats();
    EXPECT_EQ(stats.value(QStringLiteral("co2alert")).invocations, 3u);
    EXPECT_EQ(stats.value(QStringLiteral("co2alert")).failures, 0u);
    EXPECT_EQ(stats.value(QStringLiteral("broken")).invocations, 3u);
    EXPECT_EQ(stats.value(QStringLiteral("broken")).failures, 3u);
    // Each invocation's time counts: the mean and the p99 (at least the mean with 3 runs).
    EXPECT_GT(stats.value(QStringLiteral("co2alert")).meanNs, 0);
    EXPECT_GE(stats.value(QStringLiteral("co2alert")).p99Ns, stats.value(QStringLiteral("co2alert")).meanNs);
    EXPECT_TRUE(stats.value(QStringLiteral("broken")).lastError.startsWith(QStringLiteral("broken.js:")))
        << stats.value(QStringLiteral("broken")).lastError.toStdString();
    // stop() is idempotent.
    setup.stop();
}

TEST(LiveSetup, FunctionValuesGoToHistoryAndALaterRunReadsThem)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("insight"), QString::fromUtf8(kInsightSource),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rooms.twinproj.history"));

    // Each invocation sees the reading that triggered it and the insights stored so far,
    // its own included, before any of it is flushed to the file.
    const QList<QJsonObject> first = runWithHistory(f.project, path, {900, 1100, 950});
    ASSERT_EQ(first.size(), 3);
    EXPECT_EQ(first[0].value(QStringLiteral("seen")).toArray(), strings({QStringLiteral("900")}));
    EXPECT_EQ(first[2].value(QStringLiteral("seen")).toArray(),
              strings({QStringLiteral("900"), QStringLiteral("1100"), QStringLiteral("950")}));
    EXPECT_EQ(first[2].value(QStringLiteral("insights")).toArray(),
              strings({QStringLiteral("Fresh air."), QStringLiteral("Stale air."), QStringLiteral("Fresh air.")}));

    // The file has the readings and both insights, each space value its own series.
    const HistoryReader reader(path);
    const auto read = [&](const QString &twin, const QString &name) {
        QList<HistoryValue> values;
        QString dataType, error;
        bool truncated = false;
        EXPECT_TRUE(reader.latest(twin, name, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                                  100, &values, &dataType, &truncated, &error))
            << error.toStdString();
        QStringList out;
        for (const HistoryValue &v : values)
            out.append(v.isText ? v.text : QString::number(v.number));
        return out;
    };
    EXPECT_EQ(read(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide")),
              (QStringList{QStringLiteral("900"), QStringLiteral("1100"), QStringLiteral("950")}));
    EXPECT_EQ(read(QStringLiteral("room-1"), QStringLiteral("Co2Level")),
              (QStringList{QStringLiteral("900"), QStringLiteral("1100"), QStringLiteral("950")}));
    EXPECT_EQ(read(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh")),
              (QStringList{QStringLiteral("Fresh air."), QStringLiteral("Stale air."), QStringLiteral("Fresh air.")}));

    // A later run reads them from the file, and its own from memory, none twice.
    const QList<QJsonObject> second = runWithHistory(f.project, path, {800});
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].value(QStringLiteral("seen")).toArray(),
              strings({QStringLiteral("900"), QStringLiteral("1100"), QStringLiteral("950"), QStringLiteral("800")}));
    EXPECT_EQ(second[0].value(QStringLiteral("insights")).toArray().size(), 4);
}

TEST(LiveSetup, FunctionsSeeTheLatestValueOfASensorNoFunctionMatched)
{
    // The function runs for CO2 only and reads the motion sensor, which no function matches.
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("reader"),
                       QStringLiteral("function process(telemetry) {\n"
                                      "    var motion = getSensorMetadata('motion-1');\n"
                                      "    sendNotification(telemetry.SensorId, 'Sensor', JSON.stringify({\n"
                                      "        value: motion.Value().Value, viaGet: getSensorValue('motion-1').Value }));\n"
                                      "}\n"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    LiveSetup setup;
    setup.bind(f.project);
    setup.enableFunctions(f.project, 2);
    TelemetryPipeline::Options options;
    options.history = false;
    QString error;
    ASSERT_TRUE(setup.pipeline().start(options, &error)) << error.toStdString();
    TelemetrySink *sink = setup.pipeline().createSink();
    sink->deliver("twins/co2-1/telemetry", "{\"value\": 700}");
    ASSERT_TRUE(setup.pipeline().waitIdle(10000));
    setup.runtime()->waitForIdle();
    sink->deliver("twins/motion-1/telemetry", "{\"SensorValue\": true}");
    ASSERT_TRUE(setup.pipeline().waitIdle(10000));
    setup.runtime()->waitForIdle();
    sink->deliver("twins/co2-1/telemetry", "{\"value\": 900}");
    ASSERT_TRUE(setup.pipeline().waitIdle(10000));
    setup.stop();

    const QList<FunctionNotification> notes = setup.values()->takeNotifications();
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(notes.at(0).payload, QStringLiteral(R"({"value":null,"viaGet":null})"));
    EXPECT_EQ(notes.at(1).payload, QStringLiteral(R"({"value":"true","viaGet":"true"})"));
}

TEST(LiveValueStore, ASensorsValueIsTheNewerOfTheLiveStateAndTheStore)
{
    FunctionFixture f;
    LiveSetup setup;
    setup.bind(f.project);
    TelemetryPipeline::Options options;
    options.history = false;
    QString error;
    ASSERT_TRUE(setup.pipeline().start(options, &error)) << error.toStdString();
    setup.pipeline().createSink()->deliver("twins/motion-1/telemetry", R"({"SensorValue": true, "ts": 1700000000000})");
    ASSERT_TRUE(setup.pipeline().waitIdle(10000));

    // The telemetry reached the live state only: the store answers with it.
    LiveValueStore store;
    StoredValue value;
    EXPECT_FALSE(store.sensorValue(QStringLiteral("motion-1"), &value));
    store.setPipeline(&setup.pipeline());
    ASSERT_TRUE(store.sensorValue(QStringLiteral("motion-1"), &value));
    EXPECT_EQ(value.value, QStringLiteral("true"));
    EXPECT_EQ(value.dataType, QStringLiteral("Motion"));
    EXPECT_EQ(value.timeMs, 1700000000000);
    EXPECT_FALSE(store.sensorValue(QStringLiteral("co2-1"), &value));

    // A value of the store that is newer wins; an older one does not.
    store.recordSensorValue(QStringLiteral("motion-1"), StoredValue{QStringLiteral("Motion"), QStringLiteral("false"),
                                                                    1700000000500});
    ASSERT_TRUE(store.sensorValue(QStringLiteral("motion-1"), &value));
    EXPECT_EQ(value.value, QStringLiteral("false"));
    LiveValueStore older;
    older.setPipeline(&setup.pipeline());
    older.recordSensorValue(QStringLiteral("motion-1"), StoredValue{QStringLiteral("Motion"), QStringLiteral("false"),
                                                                    1699999999000});
    ASSERT_TRUE(older.sensorValue(QStringLiteral("motion-1"), &value));
    EXPECT_EQ(value.value, QStringLiteral("true"));
    setup.stop();
}
