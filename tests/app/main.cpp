// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticplugins.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Keep the tests' settings (recent files, window layout) away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    // Widgets are tested offscreen; test discovery at build time has no display at all.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    twin::importStaticPlugins();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TwinStudioTests"));
    QApplication::setApplicationName(QStringLiteral("twinstudio_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
