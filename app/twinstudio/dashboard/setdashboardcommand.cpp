// SPDX-License-Identifier: GPL-3.0-or-later
#include "setdashboardcommand.h"

#include "dashboardlayout.h"

#include "document/project.h"

namespace twin::ui {

SetDashboardCommand::SetDashboardCommand(Project *project, const QJsonObject &layout, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_before(layoutOf(*project))
    , m_after(layout)
{
}

QJsonObject SetDashboardCommand::layoutOf(const Project &project)
{
    return project.viewState().value(QLatin1StringView(DashboardLayout::ViewStateKey)).toObject();
}

void SetDashboardCommand::apply(const QJsonObject &layout)
{
    QJsonObject state = m_project->viewState();
    if (layout.isEmpty())
        state.remove(QLatin1StringView(DashboardLayout::ViewStateKey));
    else
        state.insert(QLatin1StringView(DashboardLayout::ViewStateKey), layout);
    m_project->setViewState(state);
}

} // namespace twin::ui
