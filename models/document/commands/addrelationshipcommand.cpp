// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrelationshipcommand.h"

#include "graph/twingraph.h"

#include <QCoreApplication>

namespace twin {

AddRelationshipCommand::AddRelationshipCommand(TwinGraph *graph, const Relationship &relationship,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_relationship(relationship)
{
    setText(QCoreApplication::translate("twin::Commands", "Add %1 %2 %3")
                .arg(relationship.source, relationship.name, relationship.target));
}

void AddRelationshipCommand::redo()
{
    m_slot = m_graph->insertRelationship(m_relationship, m_slot);
}

void AddRelationshipCommand::undo()
{
    m_graph->removeRelationship(m_slot);
}

} // namespace twin
