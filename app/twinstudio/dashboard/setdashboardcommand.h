// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace twin {
class Project;
}

namespace twin::ui {

/**
 * Replaces the dashboard's layout (the JSON object under DashboardLayout::ViewStateKey in
 * the project's view state) as one undo step: adding, removing, moving, resizing or
 * configuring a tile is one of these.
 */
class SetDashboardCommand : public QUndoCommand
{
public:
    SetDashboardCommand(Project *project, const QJsonObject &layout, const QString &text);

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

    /// The project's layout as stored (empty when it has none).
    static QJsonObject layoutOf(const Project &project);

private:
    void apply(const QJsonObject &layout);

    Project *const m_project;
    const QJsonObject m_before;
    const QJsonObject m_after;
};

} // namespace twin::ui
