// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QUndoCommand>

namespace twin {

class TwinGraph;

/// Adds one relationship between existing twins.
class AddRelationshipCommand : public QUndoCommand
{
public:
    AddRelationshipCommand(TwinGraph *graph, const Relationship &relationship,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TwinGraph *const m_graph;
    const Relationship m_relationship;
    int m_slot = -1;
};

} // namespace twin
