// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticplugins.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Keep the tests' settings (recent files, window layout) away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    // The screenshot tests run the real twinstudio, which has no test mode: its settings,
    // recovery files and caches go to a folder that lives as long as this run.
    QTemporaryDir home;
    if (home.isValid()) {
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(name, QFile::encodeName(home.filePath(QString::fromLatin1(name))));
        // Test mode keeps settings in ~/.qttest, where one test process would leave them for
        // the next (a column width, recent files): each run starts from none.
        qputenv("HOME", QFile::encodeName(home.path()));
    }
    // No test may depend on a system keychain (a build machine has no secret service):
    // passwords are kept in memory, as on a desktop without one.
    qputenv("TWINSTUDIO_NO_KEYCHAIN", "1");
    // Texts and numbers as the tests expect them whatever the machine's language, here and
    // in the twinstudio processes the screenshot tests start.
    twintest::useCLocale();
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
