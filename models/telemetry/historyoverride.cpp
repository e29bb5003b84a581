// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyoverride.h"

#include "document/project.h"

namespace twin {

HistoryOverride::HistoryOverride(Project *project)
    : QObject(project)
{
    setObjectName(QStringLiteral("HistoryOverride"));
    connect(project, &Project::contentReset, this, [this] { m_location.clear(); });
}

QString HistoryOverride::of(const Project &project)
{
    const auto *attached = project.findChild<HistoryOverride *>(QStringLiteral("HistoryOverride"), Qt::FindDirectChildrenOnly);
    return attached ? attached->m_location : QString();
}

void HistoryOverride::set(Project *project, const QString &location)
{
    auto *attached = project->findChild<HistoryOverride *>(QStringLiteral("HistoryOverride"), Qt::FindDirectChildrenOnly);
    if (!attached)
        attached = new HistoryOverride(project);
    attached->m_location = location;
}

} // namespace twin
