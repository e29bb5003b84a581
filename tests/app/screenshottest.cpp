// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real executable with --screenshot on the X display the test runner provides.
#include "support/testsupport.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
