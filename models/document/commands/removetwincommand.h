// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QList>
#include <QUndoCommand>

namespace twin {

class TwinGraph;

/// Removes a twin and every relationship touching it. Undo restores all of them into
/// their former slots, in their former order, so the tree comes back as it was.
class RemoveTwinCommand : public QUndoCommand
{
public:
    RemoveTwinCommand(TwinGraph *graph, const QString &id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct SavedRelationship
    {
        Relationship relationship;
        int slot;
    };

    TwinGraph *const m_graph;
    Twin m_twin;
    int m_slot = -1;
    QList<SavedRelationship> m_relationships;
};

} // namespace twin
