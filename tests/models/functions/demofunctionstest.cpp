// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's functions (resources/demo/functions) on the demo site, fed message by
// message through the replay path: what each one sets and when it notifies.
#include "functions/demoproject.h"
#include "document/project.h"
#include "functions/functiondefinition.h"
#include "functions/functionindex.h"
#include "functions/functionreplay.h"
#include "functions/memoryvaluestore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace twin;

namespace {

class DemoFunctionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Diagnostics d;
        ASSERT_TRUE(project.setContent(demoProjectContent(), &d));
        replay.setTopology(index.snapshot());
    }

    /// Feeds one simulator-shaped message ({"value": x}) and expects every function to succeed.
    void feed(const QString &sensorId, const QString &value)
    {
        TelemetrySample s;
        QString error;
        const QJsonObject line{{QStringLiteral("SensorId"), sensorId},
                               {QStringLiteral("Message"), QStringLiteral("{\"value\": %1}").arg(value)},
                               {QStringLiteral("Timestamp"), QStringLiteral("2024-05-07T14:00:00Z")}};
        ASSERT_TRUE(replay.sampleFrom(line, &s, &error)) << error.toStdString();
        const QList<InvocationResult> results = replay.feed(s);
        ASSERT_FALSE(results.isEmpty()) << "no function runs for " << sensorId.toStdString();
        for (const InvocationResult &r : results)
            EXPECT_TRUE(r.ok()) << r.error.format(r.function).toStdString();
    }

    QString spaceValue(const char *space, const char *name) const
    {
        StoredValue v;
        return store.spaceValue(QLatin1StringView(space), QLatin1StringView(name), &v) ? v.value : QString();
    }

    QStringList notifiedMessages() const
    {
        QStringList messages;
        for (const FunctionNotification &n : store.notifications())
            messages.append(n.twinId + u' ' + n.function + u' ' + n.payload);
        return messages;
    }

    Project project;
    FunctionIndex index{&project};
    MemoryValueStore store;
    FunctionReplay replay{&store};
};

} // namespace

TEST_F(DemoFunctionsTest, EveryFunctionIsAssignedToTheBuildingWithMatchers)
{
    const QJsonArray functions = demoFunctions();
    QStringList names;
    for (const QJsonValue &v : functions) {
        FunctionDefinition f;
        QString error;
        ASSERT_TRUE(FunctionDefinition::fromJson(v.toObject(), &f, &error)) << error.toStdString();
        names.append(f.name);
        EXPECT_EQ(f.assignedTo, QStringLiteral("building-a")) << f.name.toStdString();
        EXPECT_FALSE(f.matchers.isEmpty()) << f.name.toStdString();
        EXPECT_TRUE(f.source.contains(QStringLiteral("function process(telemetry, executionContext)")))
            << f.name.toStdString();
        EXPECT_TRUE(f.enabled);
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("availability"), QStringLiteral("comfort"), QStringLiteral("occupancy")}));
    EXPECT_EQ(project.functions().size(), functions.size()) << "the demo project carries its functions";
}

TEST_F(DemoFunctionsTest, ComfortNotifiesOnceWhenARoomBecomesUncomfortable)
{
    feed(QStringLiteral("ms-102-hum"), QStringLiteral("45"));
    EXPECT_TRUE(spaceValue("room-102", "Comfort").isEmpty()) << "waits for the temperature";
    feed(QStringLiteral("ms-102-temp"), QStringLiteral("22.5"));
    EXPECT_EQ(spaceValue("room-102", "Comfort"), QStringLiteral("Comfortable"));
    EXPECT_TRUE(store.notifications().isEmpty());

    feed(QStringLiteral("ms-102-temp"), QStringLiteral("24.6"));
    EXPECT_EQ(spaceValue("room-102", "Comfort"), QStringLiteral("Too warm"));
    ASSERT_EQ(store.notifications().size(), 1);
    const FunctionNotification n = store.notifications().first();
    EXPECT_EQ(n.twinId, QStringLiteral("room-102"));
    EXPECT_EQ(n.type, QStringLiteral("Space"));
    EXPECT_EQ(n.function, QStringLiteral("comfort"));
    EXPECT_TRUE(n.payload.contains(QStringLiteral("Meeting Room 102: too warm, 24.6 °C, 45 %"))) << n.payload.toStdString();

    // Still warm, and back below the limit but not by the margin: no second notification.
    feed(QStringLiteral("ms-102-temp"), QStringLiteral("24.8"));
    feed(QStringLiteral("ms-102-temp"), QStringLiteral("23.9"));
    EXPECT_EQ(spaceValue("room-102", "Comfort"), QStringLiteral("Too warm"));
    feed(QStringLiteral("ms-102-temp"), QStringLiteral("23.6"));
    EXPECT_EQ(spaceValue("room-102", "Comfort"), QStringLiteral("Comfortable"));
    EXPECT_EQ(store.notifications().size(), 1);

    feed(QStringLiteral("ms-102-hum"), QStringLiteral("63"));
    EXPECT_EQ(spaceValue("room-102", "Comfort"), QStringLiteral("Too humid"));
    EXPECT_EQ(store.notifications().size(), 2) << notifiedMessages().join(u'\n').toStdString();
}

TEST_F(DemoFunctionsTest, ComfortAveragesTheThermostatAndTheMultisensor)
{
    // Room 101 has both.
    feed(QStringLiteral("ms-101-temp"), QStringLiteral("19.63"));
    feed(QStringLiteral("th-101-temp"), QStringLiteral("19.75"));
    feed(QStringLiteral("ms-101-hum"), QStringLiteral("40"));
    EXPECT_EQ(spaceValue("room-101", "Comfort"), QStringLiteral("Too cold"));
    ASSERT_EQ(store.notifications().size(), 1);
    // The mean as a reader wants it, not as the floating point sum has it.
    EXPECT_TRUE(store.notifications().first().payload.contains(QStringLiteral("\"temperature\":19.69,")))
        << store.notifications().first().payload.toStdString();
    // 20.13 °C: inside the band, but not by the margin yet.
    feed(QStringLiteral("th-101-temp"), QStringLiteral("20.63"));
    EXPECT_EQ(spaceValue("room-101", "Comfort"), QStringLiteral("Too cold"));
    feed(QStringLiteral("th-101-temp"), QStringLiteral("21.2"));
    EXPECT_EQ(spaceValue("room-101", "Comfort"), QStringLiteral("Comfortable"));
    EXPECT_EQ(store.notifications().size(), 1);
}

TEST_F(DemoFunctionsTest, AvailabilityFromMotionAndCarbonDioxide)
{
    feed(QStringLiteral("ms-203-motion"), QStringLiteral("false"));
    EXPECT_TRUE(spaceValue("room-203", "AvailableAndFresh").isEmpty()) << "waits for the CO2";
    feed(QStringLiteral("ms-203-co2"), QStringLiteral("600"));
    EXPECT_EQ(spaceValue("room-203", "AvailableAndFresh"), QStringLiteral("Available"));
    feed(QStringLiteral("ms-203-motion"), QStringLiteral("true"));
    EXPECT_EQ(spaceValue("room-203", "AvailableAndFresh"), QStringLiteral("Occupied"));
    EXPECT_TRUE(store.notifications().isEmpty());

    feed(QStringLiteral("ms-203-co2"), QStringLiteral("1000"));
    EXPECT_EQ(spaceValue("room-203", "AvailableAndFresh"), QStringLiteral("Stale air"));
    ASSERT_EQ(store.notifications().size(), 1);
    EXPECT_EQ(store.notifications().first().function, QStringLiteral("availability"));
    EXPECT_TRUE(store.notifications().first().payload.contains(QStringLiteral("Open Office 203: stale air, CO2 1000 ppm")))
        << store.notifications().first().payload.toStdString();
    feed(QStringLiteral("ms-203-co2"), QStringLiteral("960"));
    EXPECT_EQ(spaceValue("room-203", "AvailableAndFresh"), QStringLiteral("Stale air"));
    feed(QStringLiteral("ms-203-motion"), QStringLiteral("false"));
    feed(QStringLiteral("ms-203-co2"), QStringLiteral("940"));
    EXPECT_EQ(spaceValue("room-203", "AvailableAndFresh"), QStringLiteral("Available"));
    EXPECT_EQ(store.notifications().size(), 1);
}

TEST_F(DemoFunctionsTest, OccupancyOfTheFloorAndTheBuilding)
{
    feed(QStringLiteral("ms-101-motion"), QStringLiteral("true"));
    EXPECT_EQ(spaceValue("floor-1", "OccupiedRooms"), QStringLiteral("1"));
    EXPECT_EQ(spaceValue("floor-1", "Occupancy"), QStringLiteral("100")) << "one room reported so far";
    feed(QStringLiteral("ms-102-motion"), QStringLiteral("false"));
    feed(QStringLiteral("ms-103-motion"), QStringLiteral("false"));
    feed(QStringLiteral("ms-104-motion"), QStringLiteral("false"));
    EXPECT_EQ(spaceValue("floor-1", "OccupiedRooms"), QStringLiteral("1"));
    EXPECT_EQ(spaceValue("floor-1", "Occupancy"), QStringLiteral("25"));
    EXPECT_EQ(spaceValue("building-a", "OccupiedRooms"), QStringLiteral("1"));
    EXPECT_EQ(spaceValue("building-a", "OccupiedFloors"), QStringLiteral("1"));

    feed(QStringLiteral("ms-201-motion"), QStringLiteral("true"));
    EXPECT_EQ(spaceValue("floor-2", "Occupancy"), QStringLiteral("100"));
    EXPECT_EQ(spaceValue("building-a", "OccupiedRooms"), QStringLiteral("2"));
    EXPECT_EQ(spaceValue("building-a", "OccupiedFloors"), QStringLiteral("2"));
    EXPECT_EQ(spaceValue("building-a", "Occupancy"), QStringLiteral("40"));
    feed(QStringLiteral("ms-101-motion"), QStringLiteral("false"));
    EXPECT_EQ(spaceValue("floor-1", "OccupiedRooms"), QStringLiteral("0"));
    EXPECT_EQ(spaceValue("building-a", "OccupiedFloors"), QStringLiteral("1"));
    EXPECT_TRUE(store.notifications().isEmpty());
}
