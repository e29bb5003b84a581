// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QUndoCommand>

namespace twin {

class TwinGraph;

/// Moves or reshapes a twin (outline, position, floor layout). Changes of the same
/// twin within one drag (same non-zero drag id) merge, so a whole drag is one undo step.
class SetGeometryCommand : public QUndoCommand
{
public:
    SetGeometryCommand(TwinGraph *graph, const QString &twinId, const Geometry &geometry,
                       int dragId, QUndoCommand *parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    TwinGraph *const m_graph;
    const QString m_twinId;
    Geometry m_newGeometry;
    Geometry m_oldGeometry;
    const int m_dragId;
};

} // namespace twin
