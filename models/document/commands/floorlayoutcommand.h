// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QUndoCommand>

namespace twin {

class TwinGraph;

/// The kinds of edit of a floor's layout; each names its undo step.
enum class FloorEdit {
    AddWall,
    AddDoor,
    AddDimension,
    FlipDoorSwing,
    FlipDoorHinge,
    ReshapeWall,
    DeleteElements,
    SetBackground,
    RemoveBackground,
    SetBackgroundOpacity,
    CalibrateBackground,
    SetLevel,
};

/// One edit of a floor's layout (walls, openings, dimension lines, background, level),
/// named by its kind ("Add Wall", "Flip Door Swing", …). Successive edits of the same
/// kind on the same floor with the same non-zero drag id merge, so a drag is one step.
class FloorLayoutCommand : public QUndoCommand
{
public:
    FloorLayoutCommand(TwinGraph *graph, const QString &floorId, FloorEdit edit, const FloorLayout &layout,
                       int dragId = 0, QUndoCommand *parent = nullptr);

    /// The undo text of an edit of kind \a edit.
    static QString textOf(FloorEdit edit);
    FloorEdit edit() const { return m_edit; }

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<FloorLayout> &layout);

    TwinGraph *const m_graph;
    const QString m_floorId;
    const FloorEdit m_edit;
    std::optional<FloorLayout> m_oldLayout;
    FloorLayout m_newLayout;
    const int m_dragId;
};

} // namespace twin
