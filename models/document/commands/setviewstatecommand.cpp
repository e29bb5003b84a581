// SPDX-License-Identifier: GPL-3.0-or-later
#include "setviewstatecommand.h"

#include "document/project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace twin {

SetViewStateCommand::SetViewStateCommand(Project *project, const QString &key, const QJsonValue &value,
                                         const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_key(key)
    , m_before(valueOf(*project, key))
    , m_after(value)
{
}

QJsonValue SetViewStateCommand::valueOf(const Project &project, const QString &key)
{
    return project.viewState().value(key);
}

void SetViewStateCommand::apply(const QJsonValue &value)
{
    QJsonObject state = m_project->viewState();
    const bool empty = value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty())
        || (value.isObject() && value.toObject().isEmpty());
    if (empty)
        state.remove(m_key);
    else
        state.insert(m_key, value);
    m_project->setViewState(state);
}

} // namespace twin
