// SPDX-License-Identifier: GPL-3.0-or-later
#include "setcolourrulescommand.h"

#include "document/project.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace twin {

namespace {

QJsonArray stored(const Project &project)
{
    return project.viewState().value(QLatin1String(ColourRule::ViewStateKey)).toArray();
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
    : QUndoCommand(QCoreApplication::translate("twin::SetColourRulesCommand", "Edit Colour Rules"))
    , m_project(project)
    , m_before(stored(*project))
    , m_after(toJson(rules))
{
}

bool SetColourRulesCommand::push(Project *project, const QList<ColourRule> &rules)
{
    if (toJson(rules) == stored(*project))
        return false;
    project->undoStack()->push(new SetColourRulesCommand(project, rules));
    return true;
}

void SetColourRulesCommand::apply(const QJsonArray &rules)
{
    QJsonObject state = m_project->viewState();
    if (rules.isEmpty())
        state.remove(QLatin1String(ColourRule::ViewStateKey));
    else
        state.insert(QLatin1String(ColourRule::ViewStateKey), rules);
    m_project->setViewState(state);
}

} // namespace twin
