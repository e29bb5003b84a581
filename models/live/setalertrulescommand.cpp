// SPDX-License-Identifier: GPL-3.0-or-later
#include "setalertrulescommand.h"

#include "alertrule.h"

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace twin {

SetAlertRulesCommand::SetAlertRulesCommand(Project *project, const QJsonArray &rules, const QString &text)
    : SetViewStateCommand(project, AlertRule::projectKey(), rules, text)
{
}

QJsonArray SetAlertRulesCommand::rulesOf(const Project &project)
{
    return valueOf(project, AlertRule::projectKey()).toArray();
}

bool SetAlertRulesCommand::add(Project *project, const QJsonObject &rule, QString *error)
{
    AlertRule parsed;
    if (!AlertRule::fromJson(rule, &parsed, error))
        return false;
    QJsonArray rules = rulesOf(*project);
    rules.append(parsed.toJson());
    project->undoStack()->push(
        new SetAlertRulesCommand(project, rules, QCoreApplication::translate("twin::SetAlertRulesCommand", "Add Alert Rule %1").arg(parsed.describe())));
    return true;
}

bool SetAlertRulesCommand::remove(Project *project, int index, QString *error)
{
    QJsonArray rules = rulesOf(*project);
    if (index < 0 || index >= rules.size()) {
        *error = QStringLiteral("there is no alert rule %1 (the project has %2)").arg(index + 1).arg(rules.size());
        return false;
    }
    rules.removeAt(index);
    project->undoStack()->push(new SetAlertRulesCommand(project, rules, QCoreApplication::translate("twin::SetAlertRulesCommand", "Remove Alert Rule")));
    return true;
}

} // namespace twin
