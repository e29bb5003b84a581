// SPDX-License-Identifier: GPL-3.0-or-later
#include "planscene.h"

#include "planitems.h"

#include "document/embeddedimages.h"
#include "document/floorplaneditor.h"
#include "document/plangeometry.h"
#include "document/project.h"
#include "document/twinclipboard.h"
#include "itemmodels/palettemodel.h"
#include "itemmodels/twinselection.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsPixmapItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QImageReader>
#include <QKeyEvent>
#include <QMimeData>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace twin::ui {

PlanScene::PlanScene(Project *project, QObject *parent)
    : QGraphicsScene(parent)
    , m_project(project)
{
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    const TwinGraph *g = project->graph();
    for (auto signal : {&TwinGraph::twinInserted, &TwinGraph::twinRemoved, &TwinGraph::twinChanged})
        connect(g, signal, this, &PlanScene::scheduleRebuild);
    connect(g, &TwinGraph::parentChanged, this, &PlanScene::scheduleRebuild);
    connect(g, &TwinGraph::wasReset, this, &PlanScene::scheduleRebuild);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        // showSelection() sets many items and updates the handles once, at its end.
        if (m_showingSelection)
            return;
        updateHandles();
        reportSelection();
    });
    setSelection(new TwinSelection(project, this));
}

PlanScene::~PlanScene()
{
    // QGraphicsScene's destructor deselects the items it deletes: nothing of this class may
    // run by then.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    m_tool.reset();
    m_handles.clear();
    clear();
}

QStringList PlanScene::floors() const
{
    return FloorPlanEditor::floors(*m_project);
}

QString PlanScene::floorOf(const QString &twinId) const
{
    return FloorPlanEditor::floorOf(*m_project, twinId);
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
    rebuildItems();
    emit itemsRebuilt();
    emit floorsChanged();
}

void PlanScene::rebuildItems()
{
    QList<FloorElement> selectedElements = this->selectedElements();
    const QSignalBlocker blocker(this);
    // clear() deletes every item, the tool's preview included: let the tool start over.
    if (m_tool)
        m_tool->cancel();
    m_handles.clear();
    clear();
    const QStringList all = floors();
    if (!m_floor.isEmpty() && !all.contains(m_floor))
        m_floor.clear();
    if (m_floor.isEmpty() && !all.isEmpty())
        m_floor = all.first();
    const int at = int(all.indexOf(m_floor));
    addBackground(editor().background());
    if (at > 0)
        addFloorContent(all.at(at - 1), true);
    if (!m_floor.isEmpty())
        addFloorContent(m_floor, false);
    for (QGraphicsItem *item : items()) {
        if (auto *room = dynamic_cast<RoomItem *>(item); room && m_selection->isSelected(room->twinId()))
            room->setSelected(true);
        if (auto *marker = dynamic_cast<MarkerItem *>(item); marker && m_selection->isSelected(marker->twinId()))
            marker->setSelected(true);
        if (auto *element = dynamic_cast<FloorElementItem *>(item); element && item->isEnabled()) {
            for (const FloorElement &e : std::as_const(selectedElements)) {
                if (e.kind == element->element().kind && e.index == element->element().index)
                    item->setSelected(true);
            }
        }
    }
    // Leave a margin around the plan so it can be panned past its edges.
    setSceneRect(itemsBoundingRect().adjusted(-300, -300, 300, 300));
    updateHandles();
}

void PlanScene::addBackground(const BackgroundImage &background)
{
    m_backgroundShown = false;
    if (background.isNull())
        return;
    if (background.path != m_backgroundPath) {
        m_backgroundPath = background.path;
        const QString key = EmbeddedImages::keyOf(background.path);
        m_backgroundPixmap = QPixmap();
        if (key.isEmpty())
            m_backgroundPixmap.load(background.path);
        else
            m_backgroundPixmap.loadFromData(m_project->image(key));
        if (m_backgroundPixmap.isNull()) {
            // Signals are blocked while the scene is rebuilt: tell the user afterwards.
            const QString message = key.isEmpty()
                ? tr("Cannot read the background image %1").arg(QDir::toNativeSeparators(background.path))
                : tr("The project's background image of this floor is missing or damaged");
            QTimer::singleShot(0, this, [this, message] { reportError(message); });
        }
    }
    if (m_backgroundPixmap.isNull())
        return;
    auto *item = new QGraphicsPixmapItem(m_backgroundPixmap);
    item->setTransformationMode(Qt::SmoothTransformation);
    item->setPos(background.offset * kPixelsPerMetre);
    item->setScale(background.metresPerPixel * kPixelsPerMetre);
    item->setOpacity(background.opacity);
    item->setZValue(-50);
    item->setAcceptedMouseButtons(Qt::NoButton);
    addItem(item);
    m_backgroundShown = true;
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
            room->setOverBackground(m_backgroundShown);
            addItem(room);
            added.append(room);
        }
        // A sensor inside a placed device is drawn as part of that device.
        const int parent = g->parentOf(i);
        const bool insidePlacedDevice = parent >= 0 && g->twin(parent).geometry.position
            && m_project->categoryOf(parent) == Category::Device;
        if (t.geometry.position && !faded && !insidePlacedDevice) {
            auto *marker = new MarkerItem(t.id, t.displayName(), m_project->categoryOf(t));
            marker->setPos(*t.geometry.position * kPixelsPerMetre);
            addItem(marker);
            added.append(marker);
        }
    }
    if (const auto &layout = floorTwin.geometry.floor) {
        QList<QGraphicsItem *> elements;
        for (int w = 0; w < layout->walls.size(); ++w)
            elements.append(new WallItem(*layout, w));
        for (int o = 0; o < layout->openings.size(); ++o) {
            if (layout->openings.at(o).wall >= 0 && layout->openings.at(o).wall < layout->walls.size())
                elements.append(new OpeningItem(*layout, o));
        }
        // Dimension lines belong to the floor being edited, not to the one below.
        for (int d = 0; d < layout->dimensions.size() && !faded; ++d)
            elements.append(new DimensionItem(layout->dimensions.at(d), d));
        for (QGraphicsItem *item : std::as_const(elements)) {
            addItem(item);
            added.append(item);
        }
    }
    if (faded) {
        for (QGraphicsItem *item : added) {
            item->setOpacity(0.18);
            item->setEnabled(false);
            item->setZValue(item->zValue() - 10);
            item->setFlag(QGraphicsItem::ItemIsSelectable, false);
            item->setFlag(QGraphicsItem::ItemIsMovable, false);
            item->setAcceptedMouseButtons(Qt::NoButton);
        }
    }
}

namespace {

/// The twin a room or marker item stands for; empty for other items.
QString twinOf(const QGraphicsItem *item)
{
    if (auto *room = dynamic_cast<const RoomItem *>(item))
        return room->twinId();
    if (auto *marker = dynamic_cast<const MarkerItem *>(item))
        return marker->twinId();
    return QString();
}

} // namespace

void PlanScene::setSelection(TwinSelection *selection)
{
    Q_ASSERT(selection);
    if (selection == m_selection)
        return;
    if (m_selection) {
        disconnect(m_selection, nullptr, this, nullptr);
        if (m_selection->parent() == this)
            delete m_selection;
    }
    m_selection = selection;
    connect(m_selection, &TwinSelection::selectionChanged, this, &PlanScene::followSelection);
    connect(m_selection, &TwinSelection::currentChanged, this, &PlanScene::followSelection);
    followSelection();
}

bool PlanScene::selectTwin(const QString &twinId)
{
    for (QGraphicsItem *item : items()) {
        if (item->isEnabled() && !twinId.isEmpty() && twinOf(item) == twinId) {
            m_selection->selectOnly(twinId);
            return true;
        }
    }
    return false;
}

void PlanScene::reportSelection()
{
    if (m_showingSelection)
        return;
    const QStringList twins = selectedTwins();
    m_reportingSelection = true;
    m_selection->select(twins, twins.contains(m_pressedTwin) ? m_pressedTwin : QString());
    m_reportingSelection = false;
}

void PlanScene::showSelection()
{
    m_showingSelection = true;
    for (QGraphicsItem *item : items()) {
        if (!item->isEnabled() || !(item->flags() & QGraphicsItem::ItemIsSelectable))
            continue;
        const QString id = twinOf(item);
        item->setSelected(!id.isEmpty() && m_selection->isSelected(id));
    }
    m_showingSelection = false;
    updateHandles();
}

void PlanScene::followSelection()
{
    if (m_reportingSelection)
        return;
    const QString current = m_selection->current();
    const QString floor = floorOf(current);
    if (!floor.isEmpty() && floor != m_floor)
        setFloor(floor); // the rebuild selects the items
    else
        showSelection();
    for (QGraphicsItem *item : selectedItems()) {
        if (twinOf(item) != current)
            continue;
        for (QGraphicsView *view : views())
            view->ensureVisible(item);
    }
}

QList<FloorElement> PlanScene::selectedElements() const
{
    QList<FloorElement> elements;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *element = dynamic_cast<FloorElementItem *>(item))
            elements.append(element->element());
    }
    return elements;
}

QStringList PlanScene::selectedTwins() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (const QString id = twinOf(item); !id.isEmpty())
            ids.append(id);
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
    updateHandles();
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
    else if (m_handleDrag)
        dragHandle(event);
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
    if (!m_tool && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        deleteSelection();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        return;
    }
    if (!m_tool && event->key() == Qt::Key_Escape) {
        clearSelection();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void PlanScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool) {
        m_tool->mousePress(event);
        return;
    }
    m_pressPositions.clear();
    m_clickSelect.clear();
    m_pressedTwin.clear();
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    if (HandleItem *handle = handleAt(event->scenePos())) {
        const bool edge = handle->kind() == HandleItem::Kind::Edge;
        HandleDrag drag{QString(), -1, edge, handle->index(), QPolygonF(), event->scenePos() / kPixelsPerMetre,
                        m_project->newDragId()};
        const QList<QGraphicsItem *> selected = selectedItems();
        if (auto *room = dynamic_cast<RoomItem *>(selected.value(0))) {
            drag.twinId = room->twinId();
            drag.original = m_project->graph()->findTwin(drag.twinId)->geometry.outline;
        } else if (auto *wall = dynamic_cast<WallItem *>(selected.value(0))) {
            drag.wall = wall->element().index;
            drag.original = m_project->graph()->findTwin(m_floor)->geometry.floor->walls.at(drag.wall).path;
        }
        if (!drag.original.isEmpty()) {
            m_handleDrag = drag;
            event->accept();
            return;
        }
    }
    QGraphicsItem *item = selectableAt(event->scenePos());
    m_pressedTwin = twinOf(item);
    if (item && (event->modifiers() & Qt::ShiftModifier)) {
        item->setSelected(!item->isSelected());
        event->accept();
        return;
    }
    // Rooms cover the floor: a drag that starts on a room not yet selected draws a rubber
    // band (the view's), a click selects it on release.
    if (auto *room = dynamic_cast<RoomItem *>(item); room && !room->isSelected()) {
        m_clickSelect = room->twinId();
        m_pressScreenPos = event->screenPos();
        event->ignore();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    for (QGraphicsItem *selected : selectedItems()) {
        if (auto *marker = dynamic_cast<MarkerItem *>(selected))
            m_pressPositions.insert(marker->twinId(), marker->pos());
        else if (auto *room = dynamic_cast<RoomItem *>(selected))
            m_pressPositions.insert(room->twinId(), room->pos());
    }
}

void PlanScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool) {
        m_tool->mouseRelease(event);
        return;
    }
    if (m_handleDrag) {
        m_handleDrag.reset();
        event->accept();
        return;
    }
    if (!m_clickSelect.isEmpty()) {
        const QString id = std::exchange(m_clickSelect, QString());
        if ((event->screenPos() - m_pressScreenPos).manhattanLength() < QApplication::startDragDistance()) {
            if (!(event->modifiers() & Qt::ControlModifier))
                clearSelection();
            for (QGraphicsItem *item : items(event->scenePos())) {
                if (auto *room = dynamic_cast<RoomItem *>(item); room && room->twinId() == id)
                    room->setSelected(true);
            }
        }
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    commitMoves();
}

void PlanScene::commitMoves()
{
    QHash<QString, QPointF> deltas;
    for (QGraphicsItem *item : selectedItems()) {
        const QString id = twinOf(item);
        if (id.isEmpty() || !m_pressPositions.contains(id) || m_pressPositions.value(id) == item->pos())
            continue;
        deltas.insert(id, (item->pos() - m_pressPositions.value(id)) / kPixelsPerMetre);
    }
    m_pressPositions.clear();
    QString error;
    if (!deltas.isEmpty() && !editor().moveTwins(deltas, &error))
        reportError(error);
}

} // namespace twin::ui

namespace twin::ui {

QString PlanScene::twinAt(QPointF scenePos, bool markers) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (!item->isEnabled())
            continue;
        if (auto *marker = dynamic_cast<MarkerItem *>(item); marker && markers)
            return marker->twinId();
        if (auto *room = dynamic_cast<RoomItem *>(item); room && !markers)
            return room->twinId();
    }
    return QString();
}

bool PlanScene::dropModel(const QString &model, QPointF scenePos, QString *error)
{
    QString id;
    if (!editor().dropModel(model, scenePos / kPixelsPerMetre, pixelsToMetres(12), error, &id))
        return false;
    // The new twin is drawn once the plan is rebuilt; the rebuild selects it then.
    m_selection->selectOnly(id);
    return true;
}

void PlanScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QString::fromLatin1(PaletteModel::MimeType)));
}

void PlanScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QString::fromLatin1(PaletteModel::MimeType)));
}

void PlanScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QString model = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(PaletteModel::MimeType)));
    QString error;
    if (model.isEmpty() || !dropModel(model, event->scenePos(), &error)) {
        // Next to the pointer, where the user looks, and in the status bar.
        QToolTip::showText(event->screenPos(), error, event->widget());
        reportError(error);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

} // namespace twin::ui

namespace twin::ui {

QGraphicsItem *PlanScene::selectableAt(QPointF scenePos) const
{
    const QTransform transform = views().isEmpty() ? QTransform() : views().first()->transform();
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, transform)) {
        if (item->isEnabled() && (item->flags() & QGraphicsItem::ItemIsSelectable))
            return item;
    }
    return nullptr;
}

HandleItem *PlanScene::handleAt(QPointF scenePos) const
{
    const QTransform transform = views().isEmpty() ? QTransform() : views().first()->transform();
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, transform)) {
        if (auto *handle = dynamic_cast<HandleItem *>(item))
            return handle;
    }
    return nullptr;
}

void PlanScene::updateHandles()
{
    qDeleteAll(m_handles);
    m_handles.clear();
    const QList<QGraphicsItem *> selected = selectedItems();
    if (m_tool || selected.size() != 1)
        return;
    QPolygonF points;
    bool closed = true;
    if (auto *room = dynamic_cast<RoomItem *>(selected.first())) {
        if (const Twin *t = m_project->graph()->findTwin(room->twinId()))
            points = t->geometry.outline;
    } else if (auto *wall = dynamic_cast<WallItem *>(selected.first())) {
        const Twin *floor = m_project->graph()->findTwin(m_floor);
        if (floor && floor->geometry.floor && wall->element().index < floor->geometry.floor->walls.size())
            points = floor->geometry.floor->walls.at(wall->element().index).path;
        closed = false;
    }
    const int n = int(points.size());
    for (int i = 0; i < n; ++i) {
        m_handles.append(new HandleItem(HandleItem::Kind::Vertex, i, points.at(i) * kPixelsPerMetre));
        if (closed || i + 1 < n) {
            const QPointF middle = (points.at(i) + points.at((i + 1) % n)) / 2;
            m_handles.append(new HandleItem(HandleItem::Kind::Edge, i, middle * kPixelsPerMetre));
        }
    }
    for (HandleItem *handle : std::as_const(m_handles))
        addItem(handle);
}

void PlanScene::dragHandle(QGraphicsSceneMouseEvent *event)
{
    const HandleDrag &drag = *m_handleDrag;
    const QPointF cursor = event->scenePos() / kPixelsPerMetre;
    const bool free = event->modifiers() & Qt::AltModifier;
    Snapper snapper;
    // The shape being edited does not attract itself.
    QList<QPointF> vertices = snapVertices();
    vertices.removeIf([&](QPointF p) { return drag.original.contains(p); });
    snapper.setVertices(vertices);
    const int n = int(drag.original.size());
    QPolygonF shape;
    if (drag.edge) {
        const QPointF from = drag.original.at(drag.index);
        const QPointF moved = from + (cursor - drag.start);
        const QPointF to = free ? moved : snapper.snap(moved).point;
        shape = PlanGeometry::moveEdge(drag.original, drag.index, to - from);
    } else {
        // A wall point turns in 15° steps around its neighbour, as while drawing; a room
        // corner, between two neighbours, snaps to corners and the grid only.
        std::optional<QPointF> anchor;
        if (drag.wall >= 0 && n > 1)
            anchor = drag.original.at(drag.index > 0 ? drag.index - 1 : 1);
        QPointF to = cursor;
        if (!free) {
            const Snapper::Result plain = snapper.snap(cursor);
            to = plain.kind == Snapper::Kind::Vertex ? plain.point : snapper.snap(cursor, anchor).point;
        }
        shape = PlanGeometry::moveVertex(drag.original, drag.index, to);
    }
    QString error;
    const bool ok = drag.twinId.isEmpty() ? editor().reshapeWall(drag.wall, shape, drag.dragId, &error)
                                          : editor().reshapeRoom(drag.twinId, shape, drag.dragId, &error);
    if (!ok) {
        m_handleDrag.reset();
        reportError(error);
    }
}

double PlanScene::pixelsToMetres(double pixels) const
{
    const double scale = views().isEmpty() ? 1.0 : views().first()->transform().m11();
    return pixels / (scale * kPixelsPerMetre);
}

bool PlanScene::flipSelectedDoors(bool hinge)
{
    QList<int> openings;
    for (const FloorElement &e : selectedElements()) {
        if (e.kind == FloorElement::Kind::Opening)
            openings.append(e.index);
    }
    return !openings.isEmpty() && editor().flipDoors(openings, hinge);
}

bool PlanScene::deleteSelection()
{
    const QStringList twins = selectedTwins();
    QList<int> walls, openings, dimensions;
    for (const FloorElement &e : selectedElements()) {
        (e.kind == FloorElement::Kind::Wall ? walls : e.kind == FloorElement::Kind::Opening ? openings : dimensions)
            .append(e.index);
    }
    if (twins.isEmpty() && walls.isEmpty() && openings.isEmpty() && dimensions.isEmpty())
        return false;
    clearSelection();
    QString error;
    const bool ok = editor().deleteItems(twins, walls, openings, dimensions, &error);
    if (!ok)
        reportError(tr("Cannot delete: %1").arg(error));
    return ok;
}

QByteArray PlanScene::copySelection() const
{
    return TwinClipboard::copy(*m_project, selectedTwins());
}

bool PlanScene::paste(const QByteArray &payload, QString *error)
{
    m_pasteCount = payload == m_lastPaste ? m_pasteCount + 1 : 1;
    m_lastPaste = payload;
    const double step = 1.0 * m_pasteCount;
    QStringList roots;
    if (!editor().paste(payload, QPointF(step, step), &roots, error))
        return false;
    // The copies are drawn once the plan is rebuilt; the rebuild selects them then.
    m_selection->select(roots);
    return true;
}

void PlanScene::copyToClipboard()
{
    const QByteArray payload = copySelection();
    if (payload.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(TwinClipboard::MimeType), payload);
    QGuiApplication::clipboard()->setMimeData(data);
    // A fresh copy is pasted next to its original first.
    m_lastPaste.clear();
}

void PlanScene::pasteFromClipboard()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    const QString type = QString::fromLatin1(TwinClipboard::MimeType);
    if (!data || !data->hasFormat(type)) {
        reportError(tr("The clipboard holds nothing to paste on the plan"));
        return;
    }
    QString error;
    if (!paste(data->data(type), &error))
        reportError(tr("Cannot paste: %1").arg(error));
}

} // namespace twin::ui
