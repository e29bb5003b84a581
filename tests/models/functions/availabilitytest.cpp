// SPDX-License-Identifier: GPL-3.0-or-later
// The room-availability scenario of the original service's quickstart, with a function
// written the way functions were written for it, run unchanged.
#include "functionfixture.h"

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

class AvailabilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.add(makeFunction(QStringLiteral("availability"), QString::fromUtf8(kAvailabilitySource),
                           {dataTypeMatcher(QStringLiteral("Motion")), dataTypeMatcher(QStringLiteral("CarbonDioxide"))},
                           QStringLiteral("room-1")));
    }

    QString availability()
    {
        StoredValue v;
        return f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"), &v) ? v.value : QString();
    }

    FunctionFixture f;
};

TEST_F(AvailabilityTest, WaitsUntilBothSensorsReported)
{
    const auto results = f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 600})"));
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.first().ok()) << results.first().error.format(QStringLiteral("availability")).toStdString();
    ASSERT_EQ(results.first().logs.size(), 1);
    EXPECT_EQ(results.first().logs.first(), QStringLiteral("waiting for both readings in Focus room"));
    EXPECT_TRUE(availability().isEmpty());
}

TEST_F(AvailabilityTest, FreshAndFreeRoomIsAvailable)
{
    f.feed(QStringLiteral("motion-1"), QStringLiteral(R"({"SensorValue": "false"})"));
    const auto results = f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 600})"));
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.first().ok());
    EXPECT_EQ(availability(), QStringLiteral("Room is available and the air is fresh."));
    EXPECT_TRUE(f.store.notifications().isEmpty());
    StoredValue co2;
    ASSERT_TRUE(f.store.sensorValue(QStringLiteral("co2-1"), &co2));
    EXPECT_EQ(co2.value, QStringLiteral("600"));
    EXPECT_EQ(co2.dataType, QStringLiteral("CarbonDioxide"));
}

TEST_F(AvailabilityTest, StaleAirNotifies)
{
    f.feed(QStringLiteral("motion-1"), QStringLiteral(R"({"SensorValue": false})"));
    const auto results = f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 1200})"));
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.first().ok());
    EXPECT_EQ(availability(), QStringLiteral("Room is not available: the air is stale."));
    const auto notes = f.store.notifications();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.first().twinId, QStringLiteral("room-1"));
    EXPECT_EQ(notes.first().type, QStringLiteral("Space"));
    EXPECT_EQ(notes.first().payload, QStringLiteral(R"({"room":"room-1","carbonDioxide":1200,"presence":false})"));
}

TEST_F(AvailabilityTest, ThresholdIsInclusive)
{
    f.feed(QStringLiteral("motion-1"), QStringLiteral(R"({"SensorValue": false})"));
    f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 1000})"));
    EXPECT_EQ(availability(), QStringLiteral("Room is not available: the air is stale."));
}

TEST_F(AvailabilityTest, MotionMakesTheRoomOccupied)
{
    f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 500})"));
    const auto results = f.feed(QStringLiteral("motion-1"), QStringLiteral(R"({"SensorValue": true})"));
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.first().ok());
    EXPECT_EQ(availability(), QStringLiteral("Room is not available: occupied."));
    EXPECT_EQ(f.store.notifications().size(), 1);
    // And free again when the motion stops.
    f.feed(QStringLiteral("motion-1"), QStringLiteral(R"({"SensorValue": false})"));
    EXPECT_EQ(availability(), QStringLiteral("Room is available and the air is fresh."));
}

TEST_F(AvailabilityTest, SensorsOutsideTheAssignedRoomDoNotRunIt)
{
    EXPECT_TRUE(f.feed(QStringLiteral("temp-2"), QStringLiteral("21.5")).isEmpty());
}

TEST_F(AvailabilityTest, TraceRecordsEveryApiCallWithItsLine)
{
    f.feed(QStringLiteral("motion-1"), QStringLiteral(R"({"SensorValue": false})"));
    const auto results = f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 1200})"));
    ASSERT_EQ(results.size(), 1);
    const QList<ApiCall> &calls = results.first().calls;
    ASSERT_GE(calls.size(), 8);
    EXPECT_EQ(calls.at(0).api, QStringLiteral("getSensorMetadata"));
    EXPECT_EQ(calls.at(0).line, 7);
    EXPECT_EQ(calls.at(0).arguments.at(0).toString(), QStringLiteral("co2-1"));
    EXPECT_EQ(calls.at(0).result.toString(), QStringLiteral("Sensor(co2-1)"));
    EXPECT_EQ(calls.at(1).api, QStringLiteral("setSensorValue"));
    EXPECT_EQ(calls.at(1).line, 9);
    EXPECT_EQ(calls.at(2).api, QStringLiteral("Sensor.Space"));
    EXPECT_EQ(calls.at(2).result.toString(), QStringLiteral("Space(room-1)"));
    EXPECT_EQ(calls.at(3).api, QStringLiteral("Space.ChildSensors"));
    EXPECT_EQ(calls.at(3).line, 12);
    EXPECT_EQ(calls.constLast().api, QStringLiteral("Space.Notify"));
    EXPECT_EQ(calls.constLast().line, 29);
}

} // namespace
