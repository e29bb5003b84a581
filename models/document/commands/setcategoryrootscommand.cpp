// SPDX-License-Identifier: GPL-3.0-or-later
#include "setcategoryrootscommand.h"

#include "document/project.h"

#include <QCoreApplication>

namespace twin {

SetCategoryRootsCommand::SetCategoryRootsCommand(Project *project, const QHash<QString, Category> &roots,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_newRoots(roots)
    , m_oldRoots(project->models().categoryRoots())
{
    setText(QCoreApplication::translate("twin::Commands", "Change ontology categories"));
}

void SetCategoryRootsCommand::redo()
{
    m_project->applyCategoryRoots(m_newRoots);
}

void SetCategoryRootsCommand::undo()
{
    m_project->applyCategoryRoots(m_oldRoots);
}

} // namespace twin
