// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefunctioncommand.h"

#include "document/project.h"

namespace twin {

ChangeFunctionCommand::ChangeFunctionCommand(Project *project, int index, const QJsonObject &definition,
                                             bool mergeable, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_index(index)
    , m_before(project->functions().at(index).toObject())
    , m_after(definition)
    , m_mergeable(mergeable)
{
}

bool ChangeFunctionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeFunctionCommand *>(other);
    if (!m_mergeable || !o->m_mergeable || o->m_project != m_project || o->m_index != m_index)
        return false;
    m_after = o->m_after;
    return true;
}

void ChangeFunctionCommand::apply(const QJsonObject &definition)
{
    QJsonArray functions = m_project->functions();
    functions.replace(m_index, definition);
    m_project->setFunctions(functions);
}

void ChangeFunctionCommand::redo()
{
    apply(m_after);
}

void ChangeFunctionCommand::undo()
{
    apply(m_before);
}

} // namespace twin
