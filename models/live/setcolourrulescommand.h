// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "colourrule.h"

#include "document/commands/setviewstatecommand.h"

namespace twin {

class Project;

/**
 * Replaces a project's colour rules (ColourRule::ViewStateKey in its view state) as one
 * undo step. The plan and the 3D view follow on the undo stack's next index (see
 * PlanLiveLayer), so undoing it recolours them as well.
 */
class SetColourRulesCommand : public SetViewStateCommand
{
public:
    SetColourRulesCommand(Project *project, const QList<ColourRule> &rules);

    /// Pushes the command on \a project's undo stack when \a rules differ from its own;
    /// false when they are the same (nothing pushed).
    static bool push(Project *project, const QList<ColourRule> &rules);
};

} // namespace twin
