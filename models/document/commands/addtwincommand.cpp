// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtwincommand.h"

#include "graph/twingraph.h"

#include <QCoreApplication>

namespace twin {

AddTwinCommand::AddTwinCommand(TwinGraph *graph, const Twin &twin, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_twin(twin)
{
    setText(QCoreApplication::translate("twin::Commands", "Add %1").arg(twin.displayName()));
}

void AddTwinCommand::redo()
{
    m_slot = m_graph->insertTwin(m_twin, m_slot);
}

void AddTwinCommand::undo()
{
    m_graph->removeTwin(m_graph->indexOfTwin(m_twin.id));
}

} // namespace twin
