// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotsupport.h"

#include "support/testsupport.h"

#include <QColor>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace twintest {

namespace {

// The plan's colours (app/twinstudio/plan).
const QColor kBackground(0xfa, 0xfb, 0xfc);
const QColor kWall(0x2b, 0x30, 0x36);
const QColor kRoom(0xee, 0xf3, 0xf8);
const QColor kSelectedRoom(0xcf, 0xe3, 0xff);
const QColor kDevice(0x1f, 0x77, 0xb4);

/// The extent of \a colour in \a image, every second pixel.
QRect extentOf(const QImage &image, const QColor &colour)
{
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixelColor(x, y) != colour)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    return right >= left ? QRect(QPoint(left, top), QPoint(right, bottom)) : QRect();
}

/// An environment that does not depend on the user running the tests.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(name), home.filePath(QString::fromLatin1(name)));
    for (const char *name : {"LANGUAGE", "LC_MESSAGES", "LC_NUMERIC", "QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS",
                             "QT_STYLE_OVERRIDE", "QT_QPA_PLATFORMTHEME", "QT_FONT_DPI"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_AUTO_SCREEN_SCALE_FACTOR"), QStringLiteral("0"));
    env.insert(QStringLiteral("QT_ENABLE_HIGHDPI_SCALING"), QStringLiteral("0"));
    env.insert(QStringLiteral("QT_FONT_DPI"), QStringLiteral("96"));
    return env;
}

} // namespace

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY");
}

ProcessResult runTwinstudio(const QStringList &args)
{
    const QTemporaryDir home;
    return runTool(QStringLiteral("twinstudio"), args, 120000, QByteArray(), isolatedEnvironment(home));
}

QImage screenshot(const QStringList &args)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const ProcessResult r = runTwinstudio(args + QStringList{QStringLiteral("--screenshot"), png});
    EXPECT_TRUE(r.finished) << "twinstudio " << args.join(u' ').toStdString() << " did not finish";
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return QImage(png);
}

PlanPixels planPixels(const QImage &image)
{
    PlanPixels p;
    p.view = extentOf(image, kBackground);
    if (p.view.isEmpty())
        return p;
    int left = p.view.right(), right = -1, top = p.view.bottom(), bottom = -1;
    for (int y = p.view.top(); y <= p.view.bottom(); y += 2) {
        for (int x = p.view.left(); x <= p.view.right(); x += 2) {
            ++p.samples;
            const QColor c = image.pixelColor(x, y);
            if (c == kWall) {
                ++p.wall;
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            } else if (c == kRoom) {
                ++p.room;
            } else if (c == kSelectedRoom) {
                ++p.selected;
            } else if (c == kDevice) {
                ++p.device;
            } else if (c.hsvSaturation() > 25 && c.value() > 120) {
                // Any colour of the scale, the pale ones of a cool night too.
                ++p.tinted;
            }
        }
    }
    if (right >= left)
        p.walls = QRect(QPoint(left, top), QPoint(right, bottom));
    return p;
}

} // namespace twintest
