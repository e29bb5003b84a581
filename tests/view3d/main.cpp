// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticplugins.h"

#include <QApplication>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(TwinStudio_ViewsPlugin)

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    // Quick 3D draws on a real X display (xvfb-run gives one, with Mesa's OpenGL); without
    // one the pixel tests skip and the rest run offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsEmpty("DISPLAY") ? "offscreen" : "xcb");
    twin::importStaticPlugins();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TwinStudioTests"));
    QApplication::setApplicationName(QStringLiteral("twinview3d_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
