// SPDX-License-Identifier: GPL-3.0-or-later
#include "historylocationsetting.h"

#include "document/commands/setviewstatecommand.h"
#include "document/project.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <QUrl>

namespace twin {

QString HistoryLocationSetting::of(const Project &project)
{
    return SetViewStateCommand::valueOf(project, key()).toString();
}

bool HistoryLocationSetting::set(Project *project, const QString &location, QString *error)
{
    const QString trimmed = location.trimmed();
    const bool isUrl = trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"));
    if (isUrl && (!QUrl(trimmed).password().isEmpty() || trimmed.contains(QLatin1String("password=")))) {
        if (error)
            *error = QStringLiteral("the history URL carries a password: a project never keeps one; give it in "
                                    "PGPASSWORD, PGPASSFILE or ~/.pgpass instead");
        return false;
    }
    if (trimmed == of(*project))
        return true;
    project->undoStack()->push(new SetViewStateCommand(
        project, key(), trimmed.isEmpty() ? QJsonValue() : QJsonValue(trimmed),
        QCoreApplication::translate("twin::HistoryLocationSetting", "Change History Location")));
    return true;
}

} // namespace twin
