// SPDX-License-Identifier: GPL-3.0-or-later
#include "setcolourrulescommand.h"

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace twin {

namespace {

QJsonArray stored(const Project &project)
{
    return SetViewStateCommand::valueOf(project, QLatin1String(ColourRule::ViewStateKey)).toArray();
}

QJsonArray toJson(const QList<ColourRule> &rules)
{
    QJsonArray array;
    for (const ColourRule &rule : rules)
        array.append(rule.toJson());
    return array;
}

} // namespace

SetColourRulesCommand::SetColourRulesCommand(Project *project, const QList<ColourRule> &rules)
    : SetViewStateCommand(project, QLatin1String(ColourRule::ViewStateKey), toJson(rules),
                          QCoreApplication::translate("twin::SetColourRulesCommand", "Edit Colour Rules"))
{
}

bool SetColourRulesCommand::push(Project *project, const QList<ColourRule> &rules)
{
    if (toJson(rules) == stored(*project))
        return false;
    project->undoStack()->push(new SetColourRulesCommand(project, rules));
    return true;
}

} // namespace twin
