// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/setviewstatecommand.h"

#include <QJsonObject>

namespace twin {
class Project;
}

namespace twin::ui {

/**
 * Replaces the dashboard's layout (the JSON object under DashboardLayout::ViewStateKey in
 * the project's view state) as one undo step: adding, removing, moving, resizing or
 * configuring a tile is one of these.
 */
class SetDashboardCommand : public SetViewStateCommand
{
public:
    SetDashboardCommand(Project *project, const QJsonObject &layout, const QString &text);


    /// The project's layout as stored (empty when it has none).
    static QJsonObject layoutOf(const Project &project);
};

} // namespace twin::ui
