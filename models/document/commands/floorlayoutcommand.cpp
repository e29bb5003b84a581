// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorlayoutcommand.h"

#include "document/commandids.h"
#include "graph/twingraph.h"

#include <QCoreApplication>

namespace twin {

FloorLayoutCommand::FloorLayoutCommand(TwinGraph *graph, const QString &floorId, FloorEdit edit,
                                       const FloorLayout &layout, int dragId, QUndoCommand *parent)
    : QUndoCommand(textOf(edit), parent)
    , m_graph(graph)
    , m_floorId(floorId)
    , m_edit(edit)
    , m_newLayout(layout)
    , m_dragId(dragId)
{
    const Twin *t = graph->findTwin(floorId);
    Q_ASSERT(t);
    m_oldLayout = t->geometry.floor;
}

QString FloorLayoutCommand::textOf(FloorEdit edit)
{
    const char *text = "";
    switch (edit) {
    case FloorEdit::AddWall: text = QT_TRANSLATE_NOOP("twin::Commands", "Add Wall"); break;
    case FloorEdit::AddDoor: text = QT_TRANSLATE_NOOP("twin::Commands", "Add Door"); break;
    case FloorEdit::AddDimension: text = QT_TRANSLATE_NOOP("twin::Commands", "Add Dimension"); break;
    case FloorEdit::FlipDoorSwing: text = QT_TRANSLATE_NOOP("twin::Commands", "Flip Door Swing"); break;
    case FloorEdit::FlipDoorHinge: text = QT_TRANSLATE_NOOP("twin::Commands", "Flip Door Hinge"); break;
    case FloorEdit::ReshapeWall: text = QT_TRANSLATE_NOOP("twin::Commands", "Reshape Wall"); break;
    case FloorEdit::DeleteElements: text = QT_TRANSLATE_NOOP("twin::Commands", "Delete"); break;
    case FloorEdit::SetBackground: text = QT_TRANSLATE_NOOP("twin::Commands", "Set Background"); break;
    case FloorEdit::RemoveBackground: text = QT_TRANSLATE_NOOP("twin::Commands", "Remove Background"); break;
    case FloorEdit::SetBackgroundOpacity: text = QT_TRANSLATE_NOOP("twin::Commands", "Set Background Opacity"); break;
    case FloorEdit::CalibrateBackground: text = QT_TRANSLATE_NOOP("twin::Commands", "Calibrate Background"); break;
    case FloorEdit::SetLevel: text = QT_TRANSLATE_NOOP("twin::Commands", "Set Floor Level"); break;
    }
    return QCoreApplication::translate("twin::Commands", text);
}

int FloorLayoutCommand::id() const
{
    return m_dragId != 0 ? CmdFloorLayout : -1;
}

bool FloorLayoutCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const FloorLayoutCommand *>(other);
    if (o->m_dragId != m_dragId || o->m_floorId != m_floorId || o->m_edit != m_edit)
        return false;
    m_newLayout = o->m_newLayout;
    // A drag that ends where it started leaves no step behind.
    setObsolete(m_oldLayout && m_newLayout == *m_oldLayout);
    return true;
}

void FloorLayoutCommand::apply(const std::optional<FloorLayout> &layout)
{
    const int index = m_graph->indexOfTwin(m_floorId);
    Geometry geometry = m_graph->twin(index).geometry;
    geometry.floor = layout;
    m_graph->setTwinGeometry(index, geometry);
}

void FloorLayoutCommand::redo()
{
    apply(m_newLayout);
}

void FloorLayoutCommand::undo()
{
    apply(m_oldLayout);
}

} // namespace twin
