// SPDX-License-Identifier: GPL-3.0-or-later
#include "../functions/functionfixture.h"
#include "../telemetry/telemetrytestutil.h"

#include "functions/functionruntime.h"
#include "live/livesetup.h"
#include "live/livevaluestore.h"
#include "telemetry/telemetrysink.h"

#include <QJsonArray>
#include <QJsonObject>

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
    ASSERT_TRUE(setup.pipeline().start(options, &error)) << error.toStdString();
    TelemetrySink *sink = setup.pipeline().createSink();
    for (int i = 0; i < 3; ++i)
        sink->deliver("twins/co2-1/telemetry", "{\"value\": 900}");
    sink->deliver("twins/motion-1/telemetry", "{\"value\": true}");
    ASSERT_TRUE(setup.pipeline().waitIdle(10000));
    setup.stop();

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
    EXPECT_TRUE(stats.value(QStringLiteral("broken")).lastError.startsWith(QStringLiteral("broken.js:")))
        << stats.value(QStringLiteral("broken")).lastError.toStdString();
    // stop() is idempotent.
    setup.stop();
}
