// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrytestutil.h"

#include "document/project.h"
#include "telemetry/pointregistry.h"
#include "telemetry/spaceaggregator.h"

#include <gtest/gtest.h>

using namespace twin;

namespace {

struct AggregatorFixture : ::testing::Test
{
    void SetUp() override
    {
        Diagnostics d;
        ASSERT_TRUE(project.setContent(twintest::telemetrySite(), &d));
        aggregator.build(project);
        for (const char *id : {"temp-1", "temp-2", "temp-3"}) {
            PointInfo info{QString::fromLatin1(id), QStringLiteral("Temperature"), QStringLiteral("Temperature"), {}, PointKind::Sensor, ValueKind::Number};
            ids.append(points.findOrCreate(info));
        }
    }
    void set(int index, double v)
    {
        aggregator.beginUpdate();
        aggregator.attach(ids[index], points.info(ids[index]));
        aggregator.update(ids[index], false, 0, v);
        aggregator.endUpdate();
    }
    AggregateValue get(const char *space)
    {
        AggregateValue a;
        EXPECT_TRUE(aggregator.aggregate(QString::fromLatin1(space), QStringLiteral("Temperature"), &a)) << space;
        return a;
    }
    Project project;
    SpaceAggregator aggregator;
    PointRegistry points;
    QList<int> ids;
};

} // namespace

TEST_F(AggregatorFixture, SubtreesAndIncrementalUpdates)
{
    set(0, 20.0); // temp-1 under device-1 in room-1
    set(1, 22.0); // temp-2 directly in room-1
    set(2, 30.0); // temp-3 in room-2
    AggregateValue room1 = get("room-1");
    EXPECT_EQ(room1.count, 2);
    EXPECT_DOUBLE_EQ(room1.average(), 21.0);
    EXPECT_EQ(room1.min, 20.0);
    EXPECT_EQ(room1.max, 22.0);
    AggregateValue building = get("building");
    EXPECT_EQ(building.count, 3);
    EXPECT_DOUBLE_EQ(building.sum, 72.0);
    EXPECT_EQ(building.max, 30.0);

    // The minimum rises: min must be recomputed, not kept stale.
    set(0, 25.0);
    room1 = get("room-1");
    EXPECT_EQ(room1.count, 2);
    EXPECT_EQ(room1.min, 22.0);
    EXPECT_EQ(room1.max, 25.0);
    EXPECT_DOUBLE_EQ(room1.sum, 47.0);
    // The maximum falls.
    set(2, 10.0);
    building = get("building");
    EXPECT_EQ(building.max, 25.0);
    EXPECT_EQ(building.min, 10.0);
    EXPECT_DOUBLE_EQ(building.sum, 57.0);
    EXPECT_EQ(aggregator.dataTypes(QStringLiteral("floor")), QStringList{QStringLiteral("Temperature")});
    AggregateValue none;
    EXPECT_FALSE(aggregator.aggregate(QStringLiteral("room-2"), QStringLiteral("Humidity"), &none));
}
