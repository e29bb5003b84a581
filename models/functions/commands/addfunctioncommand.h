// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace twin {

class Project;

/// Inserts a function definition at a position of Project::functions().
class AddFunctionCommand : public QUndoCommand
{
public:
    AddFunctionCommand(Project *project, int index, const QJsonObject &definition,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Project *const m_project;
    const int m_index;
    const QJsonObject m_definition;
};

} // namespace twin
