// SPDX-License-Identifier: GPL-3.0-or-later
#include "removefunctioncommand.h"

#include "document/project.h"

#include <QCoreApplication>

namespace twin {

RemoveFunctionCommand::RemoveFunctionCommand(Project *project, int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_index(index)
    , m_definition(project->functions().at(index).toObject())
{
    setText(QCoreApplication::translate("twin::FunctionEditor", "Remove function %1")
                .arg(m_definition.value(QStringLiteral("name")).toString()));
}

void RemoveFunctionCommand::redo()
{
    QJsonArray functions = m_project->functions();
    functions.removeAt(m_index);
    m_project->setFunctions(functions);
}

void RemoveFunctionCommand::undo()
{
    QJsonArray functions = m_project->functions();
    functions.insert(m_index, m_definition);
    m_project->setFunctions(functions);
}

} // namespace twin
