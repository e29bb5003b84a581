// SPDX-License-Identifier: GPL-3.0-or-later
// `twinstudio --view 3d --screenshot` on the X display the test runner provides.
#include "support/testsupport.h"

#include "live/liveplanoverlay.h"

#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QImage screenshot(const QStringList &args)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    qputenv("QT_QPA_PLATFORM", "xcb");
    const twintest::ProcessResult r =
        twintest::runTool(QStringLiteral("twinstudio"), args + QStringList{QStringLiteral("--screenshot"), png});
    qputenv("QT_QPA_PLATFORM", platform);
    EXPECT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return QImage(png);
}

/// Pixels (every second one) drawn in a colour of the temperature scale, and in the
/// colour of rooms nothing colours.
std::pair<int, int> census(const QImage &image)
{
    using twin::LivePlanOverlay;
    QList<QColor> scale;
    for (double t = 15.0; t <= 28.0; t += 0.25)
        scale.append(LivePlanOverlay::colour(LivePlanOverlay::Tint::Temperature, t));
    const QColor neutral(0xd5, 0xdd, 0xe5);
    auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) <= 4 && std::abs(a.green() - b.green()) <= 4
            && std::abs(a.blue() - b.blue()) <= 4;
    };
    int tinted = 0, plain = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (near(c, neutral))
                ++plain;
            else if (std::any_of(scale.cbegin(), scale.cend(), [&](const QColor &s) { return near(c, s); }))
                ++tinted;
        }
    }
    return {tinted, plain};
}

} // namespace

TEST(View3DScreenshot, DemoBuildingShowsRoomsInTheirTemperatureColours)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";
    const QStringList common{QStringLiteral("--demo"), QStringLiteral("--view"), QStringLiteral("3d"),
                             QStringLiteral("--after"), QStringLiteral("2500")};
    const QImage live = screenshot(common + QStringList{QStringLiteral("--simulate"), QStringLiteral("--colour-rooms"),
                                                        QStringLiteral("temperature")});
    ASSERT_FALSE(live.isNull());
    const QImage plain = screenshot(common);
    ASSERT_FALSE(plain.isNull());
    const auto [liveTinted, livePlain] = census(live);
    const auto [plainTinted, plainPlain] = census(plain);
    const int samples = (live.width() / 2) * (live.height() / 2);
    // Without colours the room tops are the neutral colour; with live temperatures most
    // of them take a colour of the scale (the corridor and server room have no sensor).
    EXPECT_GT(plainPlain, samples / 100) << "the rooms should be drawn";
    EXPECT_GT(liveTinted, samples / 100) << "rooms should take the temperature scale's colours";
    EXPECT_GT(liveTinted, 5 * livePlain);
    EXPECT_LT(plainTinted, liveTinted / 5);
}
