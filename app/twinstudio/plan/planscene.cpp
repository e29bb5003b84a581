// SPDX-License-Identifier: GPL-3.0-or-later
#include "planscene.h"

#include "planitems.h"

#include "document/project.h"

#include <QGraphicsSceneMouseEvent>
#include <QTimer>

#include <algorithm>

namespace twin::ui {

PlanScene::PlanScene(Project *project, QObject *parent)
    : QGraphicsScene(parent)
    , m_project(project)
{
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    TwinGraph *g = project->graph();
    for (auto signal : {&TwinGraph::twinInserted, &TwinGraph::twinRemoved, &TwinGraph::twinChanged})
        connect(g, signal, this, &PlanScene::scheduleRebuild);
    connect(g, &TwinGraph::parentChanged, this, &PlanScene::scheduleRebuild);
    connect(g, &TwinGraph::wasReset, this, &PlanScene::scheduleRebuild);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const QStringList selected = selectedTwins();
        if (selected.size() == 1)
            emit twinSelected(selected.first());
    });
}

QStringList PlanScene::floors() const
{
    const TwinGraph *g = m_project->graph();
    QList<int> found;
    for (int i : g->twinIndices()) {
        if (g->twin(i).geometry.floor)
            found.append(i);
    }
    std::stable_sort(found.begin(), found.end(), [g](int a, int b) {
        return g->twin(a).geometry.floor->elevation < g->twin(b).geometry.floor->elevation;
    });
    QStringList ids;
    for (int i : found)
        ids.append(g->twin(i).id);
    return ids;
}

QString PlanScene::floorOf(const QString &twinId) const
{
    const TwinGraph *g = m_project->graph();
    int i = g->indexOfTwin(twinId);
    for (; i >= 0; i = g->parentOf(i)) {
        if (g->twin(i).geometry.floor)
            return g->twin(i).id;
    }
    return QString();
}

void PlanScene::setFloor(const QString &floorId)
{
    if (floorId == m_floor)
        return;
    m_floor = floorId;
    rebuild();
}

void PlanScene::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void PlanScene::rebuild()
{
    const QStringList selected = selectedTwins();
    const QSignalBlocker blocker(this);
    // clear() deletes every item, the tool's preview included: let the tool start over.
    if (m_tool)
        m_tool->cancel();
    clear();
    const QStringList all = floors();
    if (!m_floor.isEmpty() && !all.contains(m_floor))
        m_floor.clear();
    if (m_floor.isEmpty() && !all.isEmpty())
        m_floor = all.first();
    const int at = int(all.indexOf(m_floor));
    if (at > 0)
        addFloorContent(all.at(at - 1), true);
    if (!m_floor.isEmpty())
        addFloorContent(m_floor, false);
    for (QGraphicsItem *item : items()) {
        if (auto *room = dynamic_cast<RoomItem *>(item); room && selected.contains(room->twinId()))
            room->setSelected(true);
        if (auto *marker = dynamic_cast<MarkerItem *>(item); marker && selected.contains(marker->twinId()))
            marker->setSelected(true);
    }
    // Leave a margin around the plan so it can be panned past its edges.
    setSceneRect(itemsBoundingRect().adjusted(-300, -300, 300, 300));
    emit floorsChanged();
}

void PlanScene::addFloorContent(const QString &floorId, bool faded)
{
    const TwinGraph *g = m_project->graph();
    const int floorIndex = g->indexOfTwin(floorId);
    if (floorIndex < 0)
        return;
    const Twin &floorTwin = g->twin(floorIndex);
    QList<QGraphicsItem *> added;
    for (int i : g->subtreeOf(floorIndex)) {
        if (i == floorIndex)
            continue;
        const Twin &t = g->twin(i);
        if (!t.geometry.outline.isEmpty()) {
            const bool zone = t.model.contains(QStringLiteral(":Zone;"));
            auto *room = new RoomItem(t.id, t.displayName(), t.geometry.outline, zone);
            addItem(room);
            added.append(room);
        }
        if (t.geometry.position && !faded) {
            auto *marker = new MarkerItem(t.id, t.displayName(), m_project->categoryOf(t));
            marker->setPos(*t.geometry.position * kPixelsPerMetre);
            addItem(marker);
            added.append(marker);
        }
    }
    if (floorTwin.geometry.floor) {
        for (const Wall &w : floorTwin.geometry.floor->walls) {
            auto *wall = new WallItem(w.path, w.thickness);
            addItem(wall);
            added.append(wall);
        }
    }
    if (faded) {
        for (QGraphicsItem *item : added) {
            item->setOpacity(0.18);
            item->setEnabled(false);
            item->setZValue(item->zValue() - 10);
            item->setFlag(QGraphicsItem::ItemIsSelectable, false);
        }
    }
}

bool PlanScene::selectTwin(const QString &twinId)
{
    if (selectedTwins() == QStringList{twinId})
        return true;
    for (QGraphicsItem *item : items()) {
        auto *room = dynamic_cast<RoomItem *>(item);
        auto *marker = dynamic_cast<MarkerItem *>(item);
        const QString id = room ? room->twinId() : marker ? marker->twinId() : QString();
        if (!id.isEmpty() && id == twinId && item->isEnabled()) {
            clearSelection();
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

QStringList PlanScene::selectedTwins() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *room = dynamic_cast<RoomItem *>(item))
            ids.append(room->twinId());
        else if (auto *marker = dynamic_cast<MarkerItem *>(item))
            ids.append(marker->twinId());
    }
    return ids;
}

void PlanScene::setTool(std::optional<PlanTool::Kind> kind)
{
    m_tool.reset();
    if (kind) {
        clearSelection();
        m_tool = std::make_unique<PlanTool>(*kind, this, m_project);
    }
}

QList<QPointF> PlanScene::snapVertices() const
{
    QList<QPointF> vertices;
    const TwinGraph *g = m_project->graph();
    const int floorIndex = g->indexOfTwin(m_floor);
    if (floorIndex < 0)
        return vertices;
    for (int i : g->subtreeOf(floorIndex)) {
        for (QPointF p : g->twin(i).geometry.outline)
            vertices.append(p);
    }
    if (const auto &layout = g->twin(floorIndex).geometry.floor) {
        for (const Wall &w : layout->walls) {
            if (!w.path.isEmpty()) {
                vertices.append(w.path.first());
                vertices.append(w.path.last());
            }
        }
    }
    return vertices;
}

void PlanScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseMove(event);
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void PlanScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseDoubleClick(event);
    else
        QGraphicsScene::mouseDoubleClickEvent(event);
}

void PlanScene::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPress(event))
        return;
    QGraphicsScene::keyPressEvent(event);
}

void PlanScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool) {
        m_tool->mousePress(event);
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *marker = dynamic_cast<MarkerItem *>(item))
            m_pressPositions.insert(marker->twinId(), marker->pos());
    }
}

void PlanScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool) {
        m_tool->mouseRelease(event);
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    QList<QPair<QString, QPointF>> moved;
    for (QGraphicsItem *item : selectedItems()) {
        auto *marker = dynamic_cast<MarkerItem *>(item);
        if (marker && m_pressPositions.contains(marker->twinId())
            && m_pressPositions.value(marker->twinId()) != marker->pos())
            moved.append({marker->twinId(), marker->pos() / kPixelsPerMetre});
    }
    m_pressPositions.clear();
    if (moved.isEmpty())
        return;
    // One drag is one undo step, however many markers it moved.
    QUndoStack *stack = m_project->undoStack();
    if (moved.size() > 1)
        stack->beginMacro(tr("Move %n item(s)", nullptr, int(moved.size())));
    for (const auto &[id, metres] : std::as_const(moved)) {
        Geometry geometry = m_project->graph()->findTwin(id)->geometry;
        geometry.position = metres;
        m_project->setGeometry(id, geometry);
    }
    if (moved.size() > 1)
        stack->endMacro();
}

} // namespace twin::ui
