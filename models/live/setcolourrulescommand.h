// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colourrule.h"

#include <QJsonArray>
#include <QUndoCommand>

namespace twin {

class Project;

/**
 * Replaces a project's colour rules (ColourRule::ViewStateKey in its view state) as one
 * undo step. The plan and the 3D view follow on the undo stack's next index (see
 * PlanLiveLayer), so undoing it recolours them as well.
 */
class SetColourRulesCommand : public QUndoCommand
{
public:
    SetColourRulesCommand(Project *project, const QList<ColourRule> &rules);

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

    /// Pushes the command on \a project's undo stack when \a rules differ from its own;
    /// false when they are the same (nothing pushed).
    static bool push(Project *project, const QList<ColourRule> &rules);

private:
    void apply(const QJsonArray &rules);

    Project *const m_project;
    const QJsonArray m_before;
    const QJsonArray m_after;
};

} // namespace twin
