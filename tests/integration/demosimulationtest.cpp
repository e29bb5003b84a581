// SPDX-License-Identifier: GPL-3.0-or-later
// The demo project under the simulator: its functions run on the simulated telemetry and
// raise notifications within a bounded stretch of simulated time.
#include "functions/demoproject.h"
#include "document/project.h"
#include "functions/functionruntime.h"
#include "live/livesetup.h"
#include "live/livevaluestore.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace twin;

TEST(DemoSimulation, FunctionsNotifyWithinASimulatedAfternoon)
{
    Project project;
    Diagnostics d;
    ASSERT_TRUE(project.setContent(demoProjectContent(), &d));
    LiveSetup live;
    live.bind(project);
    ASSERT_TRUE(live.functionErrors().isEmpty()) << live.functionErrors().join(u'\n').toStdString();
    ASSERT_EQ(live.definitions().size(), demoFunctions().size());
    live.enableFunctions(project);
    QString error;
    ASSERT_TRUE(live.createSource(QStringLiteral("simulator"), &error)) << error.toStdString();

    // Tuesday 2024-05-07 from 12:00 UTC, one round of every point per simulated minute,
    // four hours: the afternoon of an office day, when rooms warm up and fill.
    const QVariantList points = live.simulatedPoints();
    const int rounds = 4 * 60;
    TelemetryPipeline::Options options;
    options.history = false;
    const QVariantMap config{{QStringLiteral("points"), points},
                             {QStringLiteral("seed"), 1},
                             {QStringLiteral("rate"), 0},
                             {QStringLiteral("count"), qint64(points.size()) * rounds},
                             {QStringLiteral("startTime"), QVariant(qint64(1715083200000LL))},
                             {QStringLiteral("timeStepMs"), 60000}};
    ASSERT_TRUE(live.start(options, config, &error)) << error.toStdString();
    for (int i = 0; i < 6000 && live.pipeline().counters().received < quint64(points.size()) * rounds; ++i)
        QThread::msleep(10);
    ASSERT_TRUE(live.pipeline().waitIdle(60000));
    live.stop();

    EXPECT_EQ(live.pipeline().counters().received, quint64(points.size()) * rounds);
    ASSERT_TRUE(live.runtime());
    EXPECT_GT(live.runtime()->invocations(), quint64(points.size()) * rounds / 2);
    EXPECT_EQ(live.runtime()->failures(), 0u);

    const QList<FunctionNotification> notes = live.values()->takeNotifications();
    QHash<QString, int> byFunction;
    QStringList payloads;
    for (const FunctionNotification &n : notes) {
        ++byFunction[n.function];
        payloads.append(n.payload);
    }
    EXPECT_GT(byFunction.value(QStringLiteral("comfort")), 0) << payloads.join(u'\n').toStdString();
    EXPECT_GT(byFunction.value(QStringLiteral("availability")), 0) << payloads.join(u'\n').toStdString();
    // Now and then, not with every message.
    EXPECT_LT(notes.size(), rounds) << payloads.join(u'\n').toStdString();

    const auto spaces = live.values()->spaceValues();
    EXPECT_TRUE(spaces.value(QStringLiteral("room-203")).contains(QStringLiteral("Comfort")));
    EXPECT_TRUE(spaces.value(QStringLiteral("room-203")).contains(QStringLiteral("AvailableAndFresh")));
    EXPECT_TRUE(spaces.value(QStringLiteral("floor-2")).contains(QStringLiteral("Occupancy")));
    EXPECT_TRUE(spaces.value(QStringLiteral("building-a")).contains(QStringLiteral("OccupiedRooms")));
}
