// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QUndoCommand>

namespace twin {

class Project;

/**
 * Replaces a project's telemetry bindings (Project::bindings(), see BindingSet for an
 * entry's fields) as one undo step. add(), replace() and remove() check what they are
 * given (BindingCheck::problem()) and push the command on the project's undo stack;
 * entries already there that no longer fit are kept as they are. Views of the bindings
 * follow QUndoStack::indexChanged.
 */
class SetBindingsCommand : public QUndoCommand
{
public:
    SetBindingsCommand(Project *project, const QJsonArray &bindings, const QString &text);

    void undo() override;
    void redo() override;

    /// Appends \a entry after checking it; false with why otherwise.
    static bool add(Project *project, const QJsonObject &entry, QString *error);
    /// Replaces entry \a index (0-based) by \a entry after checking it.
    static bool replace(Project *project, int index, const QJsonObject &entry, QString *error);
    /// Removes entry \a index; false when there is none.
    static bool remove(Project *project, int index, QString *error);

private:
    void apply(const QJsonArray &bindings);

    Project *const m_project;
    const QJsonArray m_before;
    const QJsonArray m_after;
};

} // namespace twin
