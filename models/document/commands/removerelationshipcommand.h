// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QUndoCommand>

namespace twin {

class TwinGraph;

/// Removes one relationship; undo restores it into its former slot.
class RemoveRelationshipCommand : public QUndoCommand
{
public:
    RemoveRelationshipCommand(TwinGraph *graph, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TwinGraph *const m_graph;
    const Relationship m_relationship;
    const int m_slot;
};

} // namespace twin
