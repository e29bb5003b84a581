// SPDX-License-Identifier: GPL-3.0-or-later
#include "addfunctioncommand.h"

#include "document/project.h"

#include <QCoreApplication>

namespace twin {

AddFunctionCommand::AddFunctionCommand(Project *project, int index, const QJsonObject &definition,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_index(index)
    , m_definition(definition)
{
    setText(QCoreApplication::translate("twin::FunctionEditor", "Add function %1")
                .arg(definition.value(QStringLiteral("name")).toString()));
}

void AddFunctionCommand::redo()
{
    QJsonArray functions = m_project->functions();
    functions.insert(m_index, m_definition);
    m_project->setFunctions(functions);
}

void AddFunctionCommand::undo()
{
    QJsonArray functions = m_project->functions();
    functions.removeAt(m_index);
    m_project->setFunctions(functions);
}

} // namespace twin
