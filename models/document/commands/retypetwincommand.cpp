// SPDX-License-Identifier: GPL-3.0-or-later
#include "retypetwincommand.h"

#include "graph/twingraph.h"

#include <QCoreApplication>

namespace twin {

RetypeTwinCommand::RetypeTwinCommand(TwinGraph *graph, const QString &twinId, const QString &model,
                                     const QJsonObject &properties, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_twinId(twinId)
    , m_newModel(model)
    , m_newProperties(properties)
{
    const Twin *t = graph->findTwin(twinId);
    Q_ASSERT(t);
    m_oldModel = t->model;
    m_oldProperties = t->properties;
    setText(QCoreApplication::translate("twin::Commands", "Change the type of %1").arg(t->displayName()));
}

void RetypeTwinCommand::redo()
{
    const int index = m_graph->indexOfTwin(m_twinId);
    m_graph->setTwinProperties(index, m_newProperties);
    m_graph->setTwinModel(index, m_newModel);
}

void RetypeTwinCommand::undo()
{
    const int index = m_graph->indexOfTwin(m_twinId);
    m_graph->setTwinProperties(index, m_oldProperties);
    m_graph->setTwinModel(index, m_oldModel);
}

} // namespace twin
