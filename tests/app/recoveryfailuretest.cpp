// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryfailure.h"

#include "document/project.h"
#include "store/autosavemanager.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

TEST(RecoveryFailure, NamesTheProjectTheAutosaveAndTheStoresReason)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("office.twin"));
    const QString autosave = AutosaveManager::sidecarFileName(project);
    QFile broken(autosave);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("this is not a project file, only text left by a failing disk\n");
    broken.close();

    Project doc;
    AutosaveManager manager(&doc);
    Diagnostics diagnostics;
    ASSERT_FALSE(manager.recover(autosave, project, &diagnostics));

    const QString text = ui::recoveryFailureText(autosave, project, diagnostics);
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(project))) << text.toStdString();
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(autosave))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("error: "))) << "the store's reason: " << text.toStdString();
}

TEST(RecoveryFailure, IsNeverEmptyAndPlacesReasonsWithoutAFileInTheAutosave)
{
    const QString autosave = QStringLiteral("/tmp/untitled-1.autosave");
    const QString none = ui::recoveryFailureText(autosave, QString(), {});
    EXPECT_TRUE(none.contains(QDir::toNativeSeparators(autosave))) << none.toStdString();
    EXPECT_TRUE(none.contains(QStringLiteral("no reason"))) << none.toStdString();

    Diagnostic warning = Diagnostic::error(QString(), 0, QStringLiteral("image skipped"));
    warning.severity = Diagnostic::Severity::Warning;
    const Diagnostics diagnostics{warning, Diagnostic::error(QString(), 12, QStringLiteral("twin without a model"))};
    const QString text = ui::recoveryFailureText(autosave, QString(), diagnostics);
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(autosave) + QStringLiteral(":12: error: twin without a model")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("image skipped"))) << "warnings are no reason";
}
