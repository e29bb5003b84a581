// SPDX-License-Identifier: GPL-3.0-or-later
#include "setdashboardcommand.h"

#include "dashboardlayout.h"

#include "document/project.h"

namespace twin::ui {

SetDashboardCommand::SetDashboardCommand(Project *project, const QJsonObject &layout, const QString &text)
    : SetViewStateCommand(project, QLatin1StringView(DashboardLayout::ViewStateKey), layout, text)
{
}

QJsonObject SetDashboardCommand::layoutOf(const Project &project)
{
    return valueOf(project, QLatin1StringView(DashboardLayout::ViewStateKey)).toObject();
}

} // namespace twin::ui
