// SPDX-License-Identifier: GPL-3.0-or-later
#include "removerelationshipcommand.h"

#include "graph/twingraph.h"

#include <QCoreApplication>

namespace twin {

RemoveRelationshipCommand::RemoveRelationshipCommand(TwinGraph *graph, int index,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_relationship(graph->relationship(index))
    , m_slot(index)
{
    setText(QCoreApplication::translate("twin::Commands", "Remove %1 %2 %3")
                .arg(m_relationship.source, m_relationship.name, m_relationship.target));
}

void RemoveRelationshipCommand::redo()
{
    m_graph->removeRelationship(m_slot);
}

void RemoveRelationshipCommand::undo()
{
    m_graph->insertRelationship(m_relationship, m_slot);
}

} // namespace twin
