// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace twin {

class Project;

/// Removes the function definition at a position of Project::functions().
class RemoveFunctionCommand : public QUndoCommand
{
public:
    RemoveFunctionCommand(Project *project, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project *const m_project;
    const int m_index;
    const QJsonObject m_definition;
};

} // namespace twin
