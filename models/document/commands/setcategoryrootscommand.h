// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"

#include <QHash>
#include <QUndoCommand>

namespace twin {

class Project;

/// Replaces the project's category map (which interfaces count as Space, Device, Sensor,
/// Person: their subtypes follow them).
class SetCategoryRootsCommand : public QUndoCommand
{
public:
    SetCategoryRootsCommand(Project *project, const QHash<QString, Category> &roots,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project *const m_project;
    const QHash<QString, Category> m_newRoots;
    const QHash<QString, Category> m_oldRoots;
};

} // namespace twin
