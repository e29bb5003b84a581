// SPDX-License-Identifier: GPL-3.0-or-later
#include "setgeometrycommand.h"

#include "document/commandids.h"
#include "graph/twingraph.h"

#include <QCoreApplication>

namespace twin {

SetGeometryCommand::SetGeometryCommand(TwinGraph *graph, const QString &twinId,
                                       const Geometry &geometry, int dragId,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_graph(graph)
    , m_twinId(twinId)
    , m_newGeometry(geometry)
    , m_dragId(dragId)
{
    const Twin *t = graph->findTwin(twinId);
    Q_ASSERT(t);
    m_oldGeometry = t->geometry;
    setText(QCoreApplication::translate("twin::Commands", "Move %1").arg(t->displayName()));
}

int SetGeometryCommand::id() const
{
    return m_dragId != 0 ? CmdSetGeometry : -1;
}

bool SetGeometryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetGeometryCommand *>(other);
    if (o->m_dragId != m_dragId || o->m_twinId != m_twinId)
        return false;
    m_newGeometry = o->m_newGeometry;
    // A drag that ends where it started leaves no step behind.
    setObsolete(m_newGeometry == m_oldGeometry);
    return true;
}

void SetGeometryCommand::redo()
{
    m_graph->setTwinGeometry(m_graph->indexOfTwin(m_twinId), m_newGeometry);
}

void SetGeometryCommand::undo()
{
    m_graph->setTwinGeometry(m_graph->indexOfTwin(m_twinId), m_oldGeometry);
}

} // namespace twin
