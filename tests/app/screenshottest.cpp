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

} // namespace

TEST(Screenshot, MainWindowRendersToPng)
{
    if (!haveDisplay())
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("main.png"));
    qputenv("QT_QPA_PLATFORM", "xcb");
    const twintest::ProcessResult r = twintest::runTool(
        QStringLiteral("twinstudio"), {QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                                       QStringLiteral("main"), QStringLiteral("--after"), QStringLiteral("200")});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    ASSERT_TRUE(r.finished);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QImage image(png);
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
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("main.png"));
    qputenv("QT_QPA_PLATFORM", "xcb");
    const twintest::ProcessResult r = twintest::runTool(
        QStringLiteral("twinstudio"), {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
                                       QStringLiteral("--view"), QStringLiteral("main"), QStringLiteral("--select"),
                                       QStringLiteral("room-101"), QStringLiteral("--after"), QStringLiteral("400")});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    ASSERT_TRUE(r.finished);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    // The plan in the middle: walls, rooms and device markers; the docks on both sides
    // hold no plan colours, so the plan's share is smaller than in the plan view.
    int wall = 0, room = 0, device = 0, planLeft = image.width(), planRight = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c == QColor(0x2b, 0x30, 0x36)) {
                ++wall;
                planLeft = std::min(planLeft, x);
                planRight = std::max(planRight, x);
            } else if (c == QColor(0xee, 0xf3, 0xf8)) {
                ++room;
            } else if (c == QColor(0x1f, 0x77, 0xb4)) {
                ++device;
            }
        }
    }
    const int samples = (image.width() / 2) * (image.height() / 2);
    EXPECT_GT(room, samples / 10) << "rooms should be drawn";
    EXPECT_GT(wall, samples / 200) << "walls should be drawn";
    EXPECT_GT(device, 30) << "device markers should be drawn";
    // Walls lie between the topology dock (left) and the inspector (right).
    EXPECT_GT(planLeft, image.width() / 8);
    EXPECT_LT(planRight, image.width() * 7 / 8);
}

TEST(Screenshot, DemoPlanShowsRoomsWallsAndDevices)
{
    if (!haveDisplay())
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("plan.png"));
    qputenv("QT_QPA_PLATFORM", "xcb");
    const twintest::ProcessResult r = twintest::runTool(
        QStringLiteral("twinstudio"), {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
                                       QStringLiteral("--view"), QStringLiteral("plan"), QStringLiteral("--after"),
                                       QStringLiteral("400")});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    ASSERT_TRUE(r.finished);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    // Count the plan's own colours: wall charcoal, room fill, device blue; the walls'
    // extent is the floor's outline as drawn.
    int wall = 0, room = 0, device = 0;
    int left = image.width(), right = 0, top = image.height(), bottom = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c == QColor(0x2b, 0x30, 0x36)) {
                ++wall;
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            } else if (c == QColor(0xee, 0xf3, 0xf8)) {
                ++room;
            } else if (c == QColor(0x1f, 0x77, 0xb4)) {
                ++device;
            }
        }
    }
    const int samples = (image.width() / 2) * (image.height() / 2);
    EXPECT_GT(wall, samples / 100) << "walls should be drawn";
    ASSERT_GT(right, left);
    // Fitted: the floor spans much of the window between the docks, and rooms fill it.
    EXPECT_GT(right - left, image.width() * 2 / 5) << "the plan should be fitted to the view";
    const int outline = ((right - left) / 2) * ((bottom - top) / 2);
    EXPECT_GT(room, outline * 3 / 4) << "rooms should fill the floor they are drawn on";
    EXPECT_GT(device, 50) << "device markers should be drawn";
}
