// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QUndoCommand>

namespace twin {

class Project;

/**
 * Replaces what a project keeps under one key of its view state (colour rules, alert
 * rules, the dashboard's layout) as one undo step. An empty array or object, or an
 * undefined value, removes the key. Who shows that part follows the undo stack's index.
 */
class SetViewStateCommand : public QUndoCommand
{
public:
    SetViewStateCommand(Project *project, const QString &key, const QJsonValue &value, const QString &text);
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

    /// What \a project keeps under \a key (undefined when nothing).
    static QJsonValue valueOf(const Project &project, const QString &key);

private:
    void apply(const QJsonValue &value);

    Project *const m_project;
    const QString m_key;
    const QJsonValue m_before;
    const QJsonValue m_after;
};

} // namespace twin
