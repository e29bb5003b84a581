// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real executable with --screenshot on the X display the test runner provides.
#include "support/testsupport.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY");
}

/// The plan's own colours in a screenshot, every second pixel: wall charcoal, room fill,
/// device blue, and the extent of the walls (the floor's outline as drawn).
struct PlanPixels
{
    int wall = 0;
    int room = 0;
    int device = 0;
    int samples = 0;
    QRect walls;
};

PlanPixels planPixels(const QImage &image)
{
    PlanPixels p;
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c == QColor(0x2b, 0x30, 0x36)) {
                ++p.wall;
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            } else if (c == QColor(0xee, 0xf3, 0xf8)) {
                ++p.room;
            } else if (c == QColor(0x1f, 0x77, 0xb4)) {
                ++p.device;
            }
        }
    }
    p.samples = (image.width() / 2) * (image.height() / 2);
    if (right >= left)
        p.walls = QRect(QPoint(left, top), QPoint(right, bottom));
    return p;
}


/// Runs twinstudio on the X display with \a args plus `--screenshot FILE` and returns the
/// picture; a failed run fails the calling test (null image).
QImage screenshot(const QStringList &args)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    qputenv("QT_QPA_PLATFORM", "xcb");
    const twintest::ProcessResult r =
        twintest::runTool(QStringLiteral("twinstudio"), args + QStringList{QStringLiteral("--screenshot"), png});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    EXPECT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return QImage(png);
}

} // namespace

TEST(Screenshot, MainWindowRendersToPng)
{
    if (!haveDisplay())
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
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
    if (!haveDisplay())
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
    QTemporaryDir dir;
    qputenv("QT_QPA_PLATFORM", "xcb");
    const twintest::ProcessResult r = twintest::runTool(
        QStringLiteral("twinstudio"), {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                                       QStringLiteral("--view"), QStringLiteral("nonsense")});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    EXPECT_EQ(r.exitCode, 2);
}

TEST(Screenshot, DemoMainWindowShowsThePlanBesideTheDocks)
{
    if (!haveDisplay())
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
    const QImage image = screenshot({QStringLiteral("--demo"), QStringLiteral("--view"), QStringLiteral("main"),
                                          QStringLiteral("--select"), QStringLiteral("room-101"), QStringLiteral("--after"),
                                          QStringLiteral("400")});
    ASSERT_FALSE(image.isNull());
    // The plan in the middle: walls, rooms and device markers; the docks on both sides
    // hold no plan colours, so the plan's share is smaller than in the plan view.
    const PlanPixels p = planPixels(image);
    EXPECT_GT(p.room, p.samples / 10) << "rooms should be drawn";
    EXPECT_GT(p.wall, p.samples / 200) << "walls should be drawn";
    EXPECT_GT(p.device, 30) << "device markers should be drawn";
    // Walls lie between the topology dock (left) and the inspector (right).
    EXPECT_GT(p.walls.left(), image.width() / 8);
    EXPECT_LT(p.walls.right(), image.width() * 7 / 8);
}

TEST(Screenshot, DemoPlanShowsRoomsWallsAndDevices)
{
    if (!haveDisplay())
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
    const QImage image = screenshot({QStringLiteral("--demo"), QStringLiteral("--view"), QStringLiteral("plan"),
                                          QStringLiteral("--after"), QStringLiteral("400")});
    ASSERT_FALSE(image.isNull());
    const PlanPixels p = planPixels(image);
    EXPECT_GT(p.wall, p.samples / 100) << "walls should be drawn";
    ASSERT_FALSE(p.walls.isEmpty());
    // Fitted: the floor spans much of the window between the docks, and rooms fill it.
    EXPECT_GT(p.walls.width(), image.width() * 2 / 5) << "the plan should be fitted to the view";
    const int outline = (p.walls.width() / 2) * (p.walls.height() / 2);
    EXPECT_GT(p.room, outline * 3 / 4) << "rooms should fill the floor they are drawn on";
    EXPECT_GT(p.device, 50) << "device markers should be drawn";
}
