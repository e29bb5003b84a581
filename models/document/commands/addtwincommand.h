// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QUndoCommand>

namespace twin {

class TwinGraph;

/// Adds one twin. Undo removes it again (it has no relationships by then).
class AddTwinCommand : public QUndoCommand
{
public:
    AddTwinCommand(TwinGraph *graph, const Twin &twin, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TwinGraph *const m_graph;
    const Twin m_twin;
    int m_slot = -1;
};

} // namespace twin
