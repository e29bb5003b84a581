// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace twin {

class Project;

/// Replaces the function definition at a position of Project::functions(). Successive
/// source edits of the same function made while typing (\a mergeable) are one undo step.
class ChangeFunctionCommand : public QUndoCommand
{
public:
    /// QUndoCommand::id(); the functions area's ids start at 100, clear of the document's.
    static constexpr int CommandId = 100;

    ChangeFunctionCommand(Project *project, int index, const QJsonObject &definition,
                          bool mergeable, const QString &text, QUndoCommand *parent = nullptr);
    int id() const override { return m_mergeable ? CommandId : -1; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const QJsonObject &definition);

    Project *const m_project;
    const int m_index;
    const QJsonObject m_before;
    QJsonObject m_after;
    const bool m_mergeable;
};

} // namespace twin
