// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/liveplanoverlay.h"

#include "functions/demoproject.h"
#include "document/project.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace twin;

namespace {

using Tint = LivePlanOverlay::Tint;

constexpr qint64 kNow = 1'700'000'000'000;

LiveReading reading(const QString &twin, const QString &dataType, const QString &unit, const QVariant &value,
                    qint64 timestampMs = kNow)
{
    return LiveReading{twin, dataType, dataType, unit, value, timestampMs};
}

LiveReading temperature(const QString &twin, double celsius, qint64 at = kNow)
{
    return reading(twin, QStringLiteral("Temperature"), QStringLiteral("degreeCelsius"), celsius, at);
}

class LivePlanOverlayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale::c());
        Diagnostics d;
        ASSERT_TRUE(project.setContent(demoProjectContent(), &d));
    }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    Project project;
};

QSet<QString> ids(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *id : list)
        set.insert(QString::fromLatin1(id));
    return set;
}

} // namespace

TEST_F(LivePlanOverlayTest, SensorsInAPlacedDeviceShowOnTheDeviceMarker)
{
    LivePlanOverlay overlay(&project);
    EXPECT_EQ(overlay.markerOf(QStringLiteral("ms-101-temp")), QStringLiteral("ms-101"));
    EXPECT_EQ(overlay.markerOf(QStringLiteral("ms-101")), QStringLiteral("ms-101"));
    EXPECT_EQ(overlay.markerOf(QStringLiteral("person-alice")), QStringLiteral("person-alice"));
    EXPECT_TRUE(overlay.markerOf(QStringLiteral("room-101")).isEmpty());

    const LivePlanOverlay::Changes changes = overlay.record(
        {temperature(QStringLiteral("ms-101-temp"), 21.43),
         reading(QStringLiteral("ms-101-hum"), QStringLiteral("Humidity"), QStringLiteral("percent"), 45.2),
         reading(QStringLiteral("ms-101-co2"), QStringLiteral("CarbonDioxide"), QStringLiteral("partsPerMillion"), 620.0),
         reading(QStringLiteral("ms-101-motion"), QStringLiteral("Motion"), QStringLiteral("unity"), false)},
        kNow);
    EXPECT_EQ(changes.markers, ids({"ms-101"}));
    // No room is tinted yet: no room changes.
    EXPECT_TRUE(changes.rooms.isEmpty());
    EXPECT_EQ(overlay.markerText(QStringLiteral("ms-101")), QStringLiteral("21.4 °C · 45 % · 620 ppm …"));
    EXPECT_EQ(overlay.markerText(QStringLiteral("ms-101"), 10),
              QStringLiteral("21.4 °C · 45 % · 620 ppm · no motion"));
    EXPECT_TRUE(overlay.markerText(QStringLiteral("ms-102")).isEmpty());
    EXPECT_FALSE(overlay.isMarkerStale(QStringLiteral("ms-101")));
}

TEST_F(LivePlanOverlayTest, OnlyWhatChangedIsReported)
{
    LivePlanOverlay overlay(&project);
    overlay.setTint(Tint::Temperature);
    EXPECT_EQ(overlay.record({temperature(QStringLiteral("ms-102-temp"), 22.0)}, kNow).markers, ids({"ms-102"}));
    // The same value at the same time again changes nothing.
    EXPECT_TRUE(overlay.record({temperature(QStringLiteral("ms-102-temp"), 22.0)}, kNow).isEmpty());
    // A humidity reading does not recolour a room tinted by temperature.
    const auto humidity = overlay.record(
        {reading(QStringLiteral("ms-102-hum"), QStringLiteral("Humidity"), QStringLiteral("percent"), 50.0)}, kNow);
    EXPECT_EQ(humidity.markers, ids({"ms-102"}));
    EXPECT_TRUE(humidity.rooms.isEmpty());
    const auto warmer = overlay.record({temperature(QStringLiteral("ms-102-temp"), 23.0, kNow + 1000)}, kNow + 1000);
    EXPECT_EQ(warmer.rooms, ids({"room-102"}));
}

TEST_F(LivePlanOverlayTest, RoomsAreColouredByTheMeanOfTheirSensors)
{
    LivePlanOverlay overlay(&project);
    overlay.record({temperature(QStringLiteral("ms-101-temp"), 20.0), temperature(QStringLiteral("th-101-temp"), 23.0),
                    reading(QStringLiteral("ms-101-co2"), QStringLiteral("CarbonDioxide"),
                            QStringLiteral("partsPerMillion"), 1500.0)},
                   kNow);
    EXPECT_FALSE(overlay.roomValue(QStringLiteral("room-101")));
    EXPECT_FALSE(overlay.roomColour(QStringLiteral("room-101")).isValid());

    EXPECT_EQ(overlay.setTint(Tint::Temperature).rooms, ids({"room-101"}));
    ASSERT_TRUE(overlay.roomValue(QStringLiteral("room-101")));
    EXPECT_DOUBLE_EQ(*overlay.roomValue(QStringLiteral("room-101")), 21.5);
    EXPECT_EQ(overlay.roomColour(QStringLiteral("room-101")), LivePlanOverlay::colour(Tint::Temperature, 21.5));
    EXPECT_FALSE(overlay.roomValue(QStringLiteral("room-102")));

    overlay.setTint(Tint::CarbonDioxide);
    EXPECT_DOUBLE_EQ(*overlay.roomValue(QStringLiteral("room-101")), 1500.0);

    overlay.setTint(Tint::Occupancy);
    EXPECT_FALSE(overlay.roomValue(QStringLiteral("room-101")));
    const auto motion = overlay.record(
        {reading(QStringLiteral("ms-101-motion"), QStringLiteral("Motion"), QStringLiteral("unity"), true)}, kNow);
    EXPECT_EQ(motion.rooms, ids({"room-101"}));
    EXPECT_DOUBLE_EQ(*overlay.roomValue(QStringLiteral("room-101")), 1.0);
    EXPECT_NE(overlay.roomColour(QStringLiteral("room-101")), LivePlanOverlay::colour(Tint::Occupancy, 0));

    const auto cleared = overlay.clear();
    EXPECT_EQ(cleared.rooms, ids({"room-101"}));
    EXPECT_EQ(cleared.markers, ids({"ms-101", "th-101"}));
    EXPECT_FALSE(overlay.roomValue(QStringLiteral("room-101")));
    EXPECT_TRUE(overlay.markerText(QStringLiteral("ms-101")).isEmpty());
}

TEST_F(LivePlanOverlayTest, OldValuesGoStaleAndFreshOnesRevive)
{
    LivePlanOverlay overlay(&project);
    overlay.setTint(Tint::Temperature);
    overlay.setStaleAfterMs(10000);
    overlay.record({temperature(QStringLiteral("ms-103-temp"), 21.0)}, kNow);
    EXPECT_TRUE(overlay.expire(kNow + 5000).isEmpty());
    const auto stale = overlay.expire(kNow + 10001);
    EXPECT_EQ(stale.markers, ids({"ms-103"}));
    EXPECT_EQ(stale.rooms, ids({"room-103"}));
    EXPECT_TRUE(overlay.isMarkerStale(QStringLiteral("ms-103")));
    EXPECT_TRUE(overlay.isRoomStale(QStringLiteral("room-103")));
    // Stale values still show, faded.
    EXPECT_FALSE(overlay.markerText(QStringLiteral("ms-103")).isEmpty());
    // Reported once.
    EXPECT_TRUE(overlay.expire(kNow + 20000).isEmpty());

    overlay.record({temperature(QStringLiteral("ms-103-temp"), 21.5, kNow + 20000)}, kNow + 20000);
    EXPECT_FALSE(overlay.isMarkerStale(QStringLiteral("ms-103")));
    EXPECT_FALSE(overlay.isRoomStale(QStringLiteral("room-103")));

    // A reading stamped long ago (a retained message) is stale at once; one stamped in
    // the future counts from now.
    overlay.record({temperature(QStringLiteral("ms-105-temp"), 19.0, kNow - 60000)}, kNow + 20000);
    EXPECT_TRUE(overlay.isMarkerStale(QStringLiteral("ms-105")));
    overlay.record({temperature(QStringLiteral("ms-106-temp"), 19.0, kNow + 3'600'000)}, kNow + 20000);
    EXPECT_FALSE(overlay.isMarkerStale(QStringLiteral("ms-106")));
    EXPECT_EQ(overlay.expire(kNow + 30001).markers, ids({"ms-103", "ms-106"}));
}

TEST_F(LivePlanOverlayTest, ReindexFollowsAMovedSensor)
{
    LivePlanOverlay overlay(&project);
    overlay.setTint(Tint::Temperature);
    overlay.record({temperature(QStringLiteral("th-101-temp"), 25.0)}, kNow);
    ASSERT_TRUE(overlay.roomValue(QStringLiteral("room-101")));
    ASSERT_TRUE(project.reparent(QStringLiteral("th-101"), QStringLiteral("room-102")));
    const auto changes = overlay.reindex();
    EXPECT_TRUE(changes.rooms.contains(QStringLiteral("room-102")));
    EXPECT_FALSE(overlay.roomValue(QStringLiteral("room-101")));
    EXPECT_DOUBLE_EQ(*overlay.roomValue(QStringLiteral("room-102")), 25.0);
}

TEST(LivePlanOverlayScale, ColoursFollowTheScaleAndClamp)
{
    const auto legend = LivePlanOverlay::legend(Tint::Temperature);
    ASSERT_GE(legend.size(), 2);
    EXPECT_EQ(LivePlanOverlay::colour(Tint::Temperature, -40), legend.first().colour);
    EXPECT_EQ(LivePlanOverlay::colour(Tint::Temperature, 60), legend.last().colour);
    // Warmer is redder and less blue along the scale.
    const QColor cool = LivePlanOverlay::colour(Tint::Temperature, 17);
    const QColor warm = LivePlanOverlay::colour(Tint::Temperature, 25);
    EXPECT_GT(warm.red(), cool.red());
    EXPECT_LT(warm.blue(), cool.blue());
    EXPECT_FALSE(LivePlanOverlay::colour(Tint::None, 20).isValid());
    EXPECT_FALSE(LivePlanOverlay::colour(Tint::Temperature, std::nan("")).isValid());
    EXPECT_TRUE(LivePlanOverlay::legend(Tint::None).isEmpty());
    EXPECT_EQ(LivePlanOverlay::legend(Tint::Occupancy).size(), 2);
    const QColor fresh = LivePlanOverlay::colour(Tint::CarbonDioxide, 450);
    const QColor stuffy = LivePlanOverlay::colour(Tint::CarbonDioxide, 1800);
    EXPECT_GT(stuffy.red(), fresh.red());
    EXPECT_LT(stuffy.green(), fresh.green());
}

TEST(LivePlanOverlayScale, ValuesAreWrittenCompactly)
{
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(LivePlanOverlay::formatValue(21.44, QStringLiteral("Temperature"), QStringLiteral("degreeCelsius")),
              QStringLiteral("21.4 °C"));
    EXPECT_EQ(LivePlanOverlay::formatValue(3.24, QStringLiteral("Power"), QStringLiteral("kilowatt")),
              QStringLiteral("3.2 kW"));
    EXPECT_EQ(LivePlanOverlay::formatValue(1234.6, QStringLiteral("Energy"), QStringLiteral("kilowattHour")),
              QStringLiteral("1235 kWh"));
    EXPECT_EQ(LivePlanOverlay::formatValue(true, QStringLiteral("Motion"), QStringLiteral("unity")),
              QStringLiteral("motion"));
    EXPECT_EQ(LivePlanOverlay::formatValue(true, QStringLiteral("Switch"), QString()), QStringLiteral("on"));
    EXPECT_EQ(LivePlanOverlay::formatValue(QStringLiteral("a rather long status text"), QStringLiteral("Status"),
                                           QString()),
              QStringLiteral("a rather long s…"));
    QLocale::setDefault(QLocale(QLocale::German));
    EXPECT_EQ(LivePlanOverlay::formatValue(21.44, QStringLiteral("Temperature"), QStringLiteral("degreeCelsius")),
              QStringLiteral("21,4 °C"));
    QLocale::setDefault(QLocale::system());
}
