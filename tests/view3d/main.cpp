// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticplugins.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(TwinStudio_ViewsPlugin)

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of one test process never reach the next: test mode keeps them under HOME.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", QFile::encodeName(home.path()));
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
