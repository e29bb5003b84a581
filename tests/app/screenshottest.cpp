// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real executable with --screenshot on the X display the test runner provides.
#include "screenshotsupport.h"

#include "support/testsupport.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using twintest::planPixels;
using twintest::PlanPixels;
using twintest::screenshot;

TEST(Screenshot, MainWindowRendersToPng)
{
    TWIN_REQUIRE_DISPLAY();
    const QImage image =
        screenshot({QStringLiteral("--view"), QStringLiteral("main"), QStringLiteral("--after"), QStringLiteral("200")});
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1600);
    // A rendered window has text, frames and a menu bar: many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 5);
}

TEST(Screenshot, UnknownViewIsAUsageError)
{
    TWIN_REQUIRE_DISPLAY();
    QTemporaryDir dir;
    const twintest::ProcessResult r = twintest::runTwinstudio(
        {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--view"),
         QStringLiteral("nonsense")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(Screenshot, DemoMainWindowShowsThePlanBesideTheDocks)
{
    TWIN_REQUIRE_DISPLAY();
    const QImage image = screenshot({QStringLiteral("--demo"), QStringLiteral("--view"), QStringLiteral("main"),
                                     QStringLiteral("--select"), QStringLiteral("room-101"), QStringLiteral("--after"),
                                     QStringLiteral("400")});
    ASSERT_FALSE(image.isNull());
    const PlanPixels p = planPixels(image);
    ASSERT_FALSE(p.view.isEmpty()) << "no plan view in the window";
    ASSERT_FALSE(p.walls.isEmpty()) << "no walls drawn";
    // The plan view sits between the topology dock (left) and the inspector (right).
    EXPECT_GT(p.view.left(), 0);
    EXPECT_LT(p.view.right(), image.width() - 2);
    // Walls, rooms and device markers, measured on the floor as drawn.
    EXPECT_GT(p.wall, p.wallSamples() / 100) << "walls should be drawn";
    EXPECT_GT(p.room + p.selected, p.wallSamples() / 2) << "rooms should fill the floor";
    EXPECT_GT(p.selected, 0) << "room-101 should be drawn selected";
    EXPECT_GT(p.device, 30) << "device markers should be drawn";
}

TEST(Screenshot, DemoPlanShowsRoomsWallsAndDevices)
{
    TWIN_REQUIRE_DISPLAY();
    const QImage image = screenshot({QStringLiteral("--demo"), QStringLiteral("--view"), QStringLiteral("plan"),
                                     QStringLiteral("--after"), QStringLiteral("400")});
    ASSERT_FALSE(image.isNull());
    const PlanPixels p = planPixels(image);
    ASSERT_FALSE(p.view.isEmpty()) << "no plan view in the window";
    ASSERT_FALSE(p.walls.isEmpty()) << "no walls drawn";
    // Fitted: the floor spans most of the plan view in one direction at least.
    EXPECT_TRUE(p.walls.width() > p.view.width() * 3 / 5 || p.walls.height() > p.view.height() * 3 / 5)
        << "the plan should be fitted to the view: walls " << p.walls.width() << "x" << p.walls.height() << " in "
        << p.view.width() << "x" << p.view.height();
    EXPECT_GT(p.wall, p.wallSamples() / 100) << "walls should be drawn";
    EXPECT_GT(p.room, p.wallSamples() * 3 / 5) << "rooms should fill the floor they are drawn on";
    EXPECT_GT(p.device, 50) << "device markers should be drawn";
}

TEST(Screenshot, DemoDashboardShowsTilesWithLiveValues)
{
    TWIN_REQUIRE_DISPLAY();
    const QImage image = screenshot({QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("--view"),
                                     QStringLiteral("dashboard"), QStringLiteral("--after"), QStringLiteral("1500")});
    ASSERT_FALSE(image.isNull());
    // A tile's band takes a threshold colour once it has a value; grey while it has none.
    const QColor levels[] = {QColor(0x2e, 0x9e, 0x5b), QColor(0xf0, 0xa2, 0x02), QColor(0xd6, 0x27, 0x28)};
    int banded = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            banded += std::count(std::begin(levels), std::end(levels), c) > 0 ? 1 : 0;
        }
    }
    // Eight tiles of the demo, each band some 200 pixels wide and 6 high, every second pixel.
    EXPECT_GT(banded, 4 * 100 * 6) << "the dashboard's tiles should show live values";
}
