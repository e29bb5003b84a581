// SPDX-License-Identifier: GPL-3.0-or-later
#include "removetwincommand.h"

#include "graph/twingraph.h"

#include <QCoreApplication>

#include <algorithm>

namespace twin {

RemoveTwinCommand::RemoveTwinCommand(TwinGraph *graph, const QString &id, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
{
    m_slot = graph->indexOfTwin(id);
    Q_ASSERT(m_slot >= 0);
    m_twin = graph->twin(m_slot);
    QList<int> rels = graph->relationshipsOf(m_slot);
    // Restoring in slot order reproduces the original containment choices.
    std::sort(rels.begin(), rels.end());
    for (int r : rels)
        m_relationships.append({graph->relationship(r), r});
    setText(QCoreApplication::translate("twin::Commands", "Remove %1").arg(m_twin.displayName()));
}

void RemoveTwinCommand::redo()
{
    for (auto it = m_relationships.crbegin(); it != m_relationships.crend(); ++it)
        m_graph->removeRelationship(it->slot);
    m_graph->removeTwin(m_slot);
}

void RemoveTwinCommand::undo()
{
    m_graph->insertTwin(m_twin, m_slot);
    for (const SavedRelationship &saved : std::as_const(m_relationships))
        m_graph->insertRelationship(saved.relationship, saved.slot);
}

} // namespace twin
