// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryfailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

namespace twin::ui {

QString recoveryFailureText(const QString &autosaveFile, const QString &projectFile,
                            const Diagnostics &diagnostics)
{
    const QString autosave = QDir::toNativeSeparators(autosaveFile);
    QString text = projectFile.isEmpty()
        ? QCoreApplication::translate("RecoveryFailure", "The unsaved project could not be recovered from %1.")
              .arg(autosave)
        : QCoreApplication::translate("RecoveryFailure", "%1 could not be recovered from %2.")
              .arg(QDir::toNativeSeparators(projectFile), autosave);
    QStringList reasons;
    for (Diagnostic d : diagnostics) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        if (d.file.isEmpty())
            d.file = autosave;
        reasons.append(d.format());
    }
    if (reasons.isEmpty())
        reasons.append(QCoreApplication::translate("RecoveryFailure", "%1: no reason was given.").arg(autosave));
    return text + QStringLiteral("\n\n") + reasons.join(u'\n');
}

} // namespace twin::ui
