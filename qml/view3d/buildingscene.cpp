// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildingscene.h"

#include "floormesh.h"

#include "document/project.h"

#include <QJsonValue>

#include <algorithm>
#include <limits>

namespace twin::view3d {

namespace {

constexpr double kMarkerAboveRoom = 0.35;
constexpr int kSpareSlots = 8;

QColor mix(const QColor &a, const QColor &b, int weightA, int weightB)
{
    const int sum = weightA + weightB;
    return QColor((a.red() * weightA + b.red() * weightB) / sum, (a.green() * weightA + b.green() * weightB) / sum,
                  (a.blue() * weightA + b.blue() * weightB) / sum);
}

QPointF centroid(const QPolygonF &outline)
{
    double area = 0.0, cx = 0.0, cy = 0.0;
    const qsizetype n = outline.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = outline[i], b = outline[(i + 1) % n];
        const double c = a.x() * b.y() - b.x() * a.y();
        area += c;
        cx += (a.x() + b.x()) * c;
        cy += (a.y() + b.y()) * c;
    }
    if (std::abs(area) < 1e-12)
        return outline.boundingRect().center();
    return QPointF(cx / (3 * area), cy / (3 * area));
}

} // namespace

BuildingScene::BuildingScene(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_colours(new RoomColourTable)
{
    m_colours->setParent(this);
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &BuildingScene::flush);

    const TwinGraph *g = project->graph();
    connect(g, &TwinGraph::twinChanged, this, [this, g](int index) {
        const Twin &t = g->twin(index);
        const auto known = m_geometries.constFind(index);
        const Geometry before = known == m_geometries.cend() ? Geometry() : known.value();
        if (before == t.geometry)
            return; // a property edit: nothing drawn changes
        if (bool(before.floor) != bool(t.geometry.floor) || (t.geometry.floor && !m_floorById.contains(t.id)))
            scheduleAll();
        else
            scheduleFloor(index);
    });
    connect(g, &TwinGraph::twinInserted, this, [this, g](int index) {
        if (g->twin(index).geometry.floor)
            scheduleAll();
        else if (!g->twin(index).geometry.isEmpty())
            scheduleFloor(index);
    });
    connect(g, &TwinGraph::twinAboutToBeRemoved, this, [this, g](int index) {
        if (m_floorById.contains(g->twin(index).id))
            scheduleAll();
        else if (m_geometries.contains(index))
            scheduleFloor(index);
        m_geometries.remove(index);
    });
    connect(g, &TwinGraph::parentChanged, this, [this, g](int child, int oldParent, int newParent) {
        for (int i : g->subtreeOf(child)) {
            if (g->twin(i).geometry.floor) {
                scheduleAll();
                return;
            }
        }
        if (oldParent >= 0)
            scheduleFloor(oldParent);
        if (newParent >= 0)
            scheduleFloor(newParent);
    });
    connect(g, &TwinGraph::wasReset, this, &BuildingScene::scheduleAll);
    connect(project, &Project::contentReset, this, &BuildingScene::scheduleAll);
    connect(project, &Project::categoriesChanged, this, &BuildingScene::scheduleAll);
    rebuildAll();
}

QList<QObject *> BuildingScene::floorObjects() const
{
    QList<QObject *> objects;
    objects.reserve(m_floors.size());
    for (BuildingFloor *floor : m_floors)
        objects.append(floor);
    return objects;
}

void BuildingScene::setExplode(double metres)
{
    metres = std::max(0.0, metres);
    if (metres == m_explode)
        return;
    m_explode = metres;
    applyPlacement();
    updateBounds();
    emit explodeChanged();
}

void BuildingScene::scheduleAll()
{
    m_allDirty = true;
    m_pending.start();
}

void BuildingScene::scheduleFloor(int twinIndex)
{
    const int f = floorIndexOf(twinIndex);
    if (f < 0)
        return;
    BuildingFloor *floor = m_floorById.value(m_project->graph()->twin(f).id);
    if (!floor) {
        scheduleAll();
        return;
    }
    m_dirtyFloors.insert(floor);
    m_pending.start();
}

void BuildingScene::flush()
{
    m_pending.stop();
    if (m_allDirty) {
        rebuildAll();
        return;
    }
    const QSet<BuildingFloor *> dirty = std::exchange(m_dirtyFloors, {});
    if (dirty.isEmpty())
        return;
    // Floors in their drawing order, so signals arrive in a stable order.
    for (BuildingFloor *floor : std::as_const(m_floors)) {
        if (dirty.contains(floor) && !rebuildFloor(floor)) {
            rebuildAll();
            return;
        }
    }
    indexRooms();
    for (BuildingFloor *floor : std::as_const(m_floors)) {
        if (dirty.contains(floor))
            emit floorRebuilt(floor);
    }
    commitColours();
    updateBounds();
}

int BuildingScene::geometryRebuilds() const
{
    int sum = 0;
    for (int n : m_rebuildCounts)
        sum += n;
    return sum;
}

int BuildingScene::floorRebuilds(const QString &floorId) const
{
    return m_rebuildCounts.value(floorId);
}

int BuildingScene::floorIndexOf(int twinIndex) const
{
    const TwinGraph *g = m_project->graph();
    for (int i = twinIndex; i >= 0; i = g->parentOf(i)) {
        if (g->isTwinAlive(i) && g->twin(i).geometry.floor)
            return i;
    }
    return -1;
}

bool BuildingScene::isMarker(int i) const
{
    // The plan's rule: a placed twin has a marker unless it sits in a placed device.
    const TwinGraph *g = m_project->graph();
    if (!g->twin(i).geometry.position)
        return false;
    const int parent = g->parentOf(i);
    return parent < 0 || !g->twin(parent).geometry.position || m_project->categoryOf(parent) != Category::Device;
}

QColor BuildingScene::markerColour(int i) const
{
    switch (m_project->categoryOf(i)) {
    case Category::Device:
        return QColor(0x1f, 0x77, 0xb4);
    case Category::Sensor:
        return QColor(0x13, 0xa3, 0xb5);
    case Category::Person:
        return QColor(0x8e, 0x24, 0xaa);
    case Category::Space:
    case Category::Other:
        break;
    }
    return QColor(0x6d, 0x76, 0x80);
}

void BuildingScene::rebuildAll()
{
    m_allDirty = false;
    m_dirtyFloors.clear();
    const QList<BuildingFloor *> old = std::exchange(m_floors, {});
    m_floorById.clear();
    m_roomRefs.clear();
    m_markerRefs.clear();
    m_geometries.clear();

    const TwinGraph *g = m_project->graph();
    QList<int> floorTwins;
    for (int i : g->twinIndices()) {
        if (g->twin(i).geometry.floor)
            floorTwins.append(i);
    }
    std::sort(floorTwins.begin(), floorTwins.end(), [g](int a, int b) {
        const double ea = g->twin(a).geometry.floor->elevation, eb = g->twin(b).geometry.floor->elevation;
        return ea != eb ? ea < eb : g->twin(a).id < g->twin(b).id;
    });
    QList<FloorContent> contents;
    int slot = FloorMesh::FirstRoomSlot;
    for (int i : std::as_const(floorTwins)) {
        auto *floor = new BuildingFloor(g->twin(i).id, int(m_floors.size()), this);
        m_floors.append(floor);
        m_floorById.insert(floor->twinId(), floor);
        contents.append(collect(floor));
        // Room for a few more rooms, so that drawing one rebuilds only its floor.
        const int capacity = int(contents.last().outlines.size()) + kSpareSlots;
        floor->setSlots(slot, capacity);
        slot += capacity;
    }
    m_colourSize = FloorMesh::tableSizeFor(slot);
    m_colours->reset(m_colourSize, neutralColour());
    m_colours->setColour(FloorMesh::WallSlot, wallColour());
    m_colours->setColour(FloorMesh::SlabSlot, slabColour());
    for (int f = 0; f < m_floors.size(); ++f)
        build(m_floors[f], contents[f]);
    m_colours->commit();
    indexRooms();
    updateBounds();
    emit floorsChanged();
    emit rebuilt();
    // The views let go of the old floors when they see the new list.
    for (BuildingFloor *floor : old)
        floor->deleteLater();
}

void BuildingScene::unregister(BuildingFloor *floor)
{
    for (const BuildingFloor::Room &room : floor->rooms())
        m_roomRefs.remove(room.id);
    for (const QString &id : floor->markerIds())
        m_markerRefs.remove(id);
}

bool BuildingScene::rebuildFloor(BuildingFloor *floor)
{
    FloorContent content = collect(floor);
    if (content.outlines.size() > floor->slotCapacity())
        return false; // its block of the colour table is full: lay out the table anew
    build(floor, content);
    return true;
}

BuildingScene::FloorContent BuildingScene::collect(BuildingFloor *floor)
{
    const TwinGraph *g = m_project->graph();
    const int floorTwin = g->indexOfTwin(floor->twinId());
    Q_ASSERT(floorTwin >= 0);
    const FloorLayout &layout = *g->twin(floorTwin).geometry.floor;
    const double height = layout.height > 0 ? layout.height : 3.0;

    // Keep what the rooms showed: a reshaped room keeps its colour until the next tick.
    QHash<QString, std::pair<QColor, bool>> shown;
    for (const BuildingFloor::Room &room : floor->rooms())
        shown.insert(room.id, {room.base, room.stale});
    unregister(floor);
    floor->rooms().clear();
    floor->markerIds().clear();

    FloorContent content;
    const float markerY = float(FloorMesh::roomHeight(height) + kMarkerAboveRoom);
    m_geometries.insert(floorTwin, g->twin(floorTwin).geometry);
    for (int i : g->subtreeOf(floorTwin)) {
        if (i == floorTwin || floorIndexOf(i) != floorTwin)
            continue;
        const Twin &t = g->twin(i);
        if (!t.geometry.isEmpty())
            m_geometries.insert(i, t.geometry);
        if (t.geometry.outline.size() >= 3) {
            BuildingFloor::Room room{t.id, t.geometry.outline, neutralColour(), false, m_selected.contains(t.id)};
            if (const auto it = shown.constFind(t.id); it != shown.cend())
                std::tie(room.base, room.stale) = it.value();
            m_roomRefs.insert(t.id, {floor, int(floor->rooms().size())});
            floor->rooms().append(room);
            content.outlines.append(t.geometry.outline);
        }
        if (t.geometry.position && isMarker(i)) {
            const QPointF p = *t.geometry.position;
            const QJsonValue mounted = t.properties.value(QStringLiteral("mountingHeight"));
            const float y = mounted.isDouble() ? float(mounted.toDouble()) : markerY;
            m_markerRefs.insert(t.id, {floor, int(floor->markerIds().size())});
            floor->markerIds().append(t.id);
            content.markers.append({QVector3D(float(p.x()), y, float(p.y())), markerColour(i)});
        }
    }
    return content;
}

void BuildingScene::build(BuildingFloor *floor, const FloorContent &content)
{
    const TwinGraph *g = m_project->graph();
    const FloorLayout &layout = *g->findTwin(floor->twinId())->geometry.floor;
    const double height = layout.height > 0 ? layout.height : 3.0;
    const FloorMesh mesh = FloorMesh::build(layout, height, content.outlines, floor->firstSlot(), m_colourSize);
    floor->geometry()->setMesh(mesh);
    ++m_rebuildCounts[floor->twinId()];

    for (int r = 0; r < floor->rooms().size(); ++r)
        writeRoom(floor, r);
    floor->markers()->setMarkers(content.markers);
    for (int m = 0; m < floor->markerIds().size(); ++m) {
        if (m_selected.contains(floor->markerIds()[m]))
            floor->markers()->setHighlighted(m, true);
    }
    floor->setPlacement(layout.elevation, height, floor->index() * m_explode);
    floor->announceContent();
}

void BuildingScene::applyPlacement()
{
    for (BuildingFloor *floor : std::as_const(m_floors))
        floor->setPlacement(floor->elevation(), floor->height(), floor->index() * m_explode);
}

void BuildingScene::updateBounds()
{
    QVector3D lo(std::numeric_limits<float>::max(), std::numeric_limits<float>::max(),
                 std::numeric_limits<float>::max());
    QVector3D hi = -lo;
    bool any = false;
    for (const BuildingFloor *floor : std::as_const(m_floors)) {
        if (floor->geometry()->triangleCount() == 0)
            continue;
        const QVector3D shift(0, float(floor->y()), 0);
        const QVector3D a = floor->geometry()->boundsMin() + shift, b = floor->geometry()->boundsMax() + shift;
        lo = QVector3D(std::min(lo.x(), a.x()), std::min(lo.y(), a.y()), std::min(lo.z(), a.z()));
        hi = QVector3D(std::max(hi.x(), b.x()), std::max(hi.y(), b.y()), std::max(hi.z(), b.z()));
        any = true;
    }
    if (!any)
        lo = hi = QVector3D();
    if (lo == m_min && hi == m_max)
        return;
    m_min = lo;
    m_max = hi;
    emit boundsChanged();
}

QString BuildingScene::twinAt(int floor, QVector3D scenePosition) const
{
    if (floor < 0 || floor >= m_floors.size())
        return QString();
    const BuildingFloor *f = m_floors[floor];
    const int room = f->roomAt(QPointF(scenePosition.x(), scenePosition.z()));
    return room >= 0 ? f->rooms()[room].id : f->twinId();
}

QVariantMap BuildingScene::markerAlong(QVector3D origin, QVector3D direction) const
{
    if (direction.isNull())
        return {};
    direction.normalize();
    QString best;
    float bestT = std::numeric_limits<float>::max();
    for (const BuildingFloor *floor : std::as_const(m_floors)) {
        const QVector3D shift(0, float(floor->y()), 0);
        const QList<MarkerInstancing::Marker> &markers = floor->markers()->markers();
        for (qsizetype m = 0; m < markers.size(); ++m) {
            const QVector3D v = markers[m].position + shift - origin;
            const float t = QVector3D::dotProduct(v, direction);
            if (t <= 0 || t >= bestT)
                continue;
            const float radius = markers[m].size * 0.8f;
            if (v.lengthSquared() - t * t <= radius * radius) {
                bestT = t;
                best = floor->markerIds()[m];
            }
        }
    }
    if (best.isEmpty())
        return {};
    return {{QStringLiteral("id"), best}, {QStringLiteral("distance"), double(bestT)}};
}

QVector3D BuildingScene::positionOf(const QString &twinId) const
{
    if (const auto it = m_roomRefs.constFind(twinId); it != m_roomRefs.cend()) {
        const BuildingFloor *floor = it->floor;
        const QPointF c = centroid(floor->rooms()[it->room].outline);
        return QVector3D(float(c.x()), float(floor->y() + FloorMesh::roomHeight(floor->height())), float(c.y()));
    }
    if (const auto it = m_markerRefs.constFind(twinId); it != m_markerRefs.cend()) {
        const BuildingFloor *floor = it->floor;
        return floor->markers()->markers()[it->marker].position + QVector3D(0, float(floor->y()), 0);
    }
    if (const BuildingFloor *floor = m_floorById.value(twinId)) {
        const QVector3D mid = (floor->geometry()->boundsMin() + floor->geometry()->boundsMax()) / 2;
        return mid + QVector3D(0, float(floor->y()), 0);
    }
    return centre();
}

bool BuildingScene::contains(const QString &twinId) const
{
    return m_roomRefs.contains(twinId) || m_markerRefs.contains(twinId) || m_floorById.contains(twinId);
}

void BuildingScene::indexRooms()
{
    m_roomOrder.clear();
    m_roomOrder.reserve(m_roomRefs.size());
    for (BuildingFloor *floor : std::as_const(m_floors)) {
        for (int r = 0; r < floor->rooms().size(); ++r)
            m_roomOrder.append({floor, r});
    }
}

QStringList BuildingScene::roomIds() const
{
    QStringList ids;
    ids.reserve(m_roomOrder.size());
    for (const RoomRef &ref : m_roomOrder)
        ids.append(ref.floor->rooms()[ref.room].id);
    return ids;
}

int BuildingScene::roomIndex(const QString &id) const
{
    const auto it = m_roomRefs.constFind(id);
    if (it == m_roomRefs.cend())
        return -1;
    // Rooms are indexed floor by floor, in each floor's order.
    int index = it->room;
    for (const BuildingFloor *floor : m_floors) {
        if (floor == it->floor)
            return index;
        index += int(floor->rooms().size());
    }
    return -1;
}

void BuildingScene::setRoomColour(const QString &id, const QColor &colour, bool stale)
{
    const auto it = m_roomRefs.constFind(id);
    if (it == m_roomRefs.cend())
        return;
    BuildingFloor::Room &room = it->floor->rooms()[it->room];
    if (room.base == colour && room.stale == stale)
        return;
    room.base = colour;
    room.stale = stale;
    writeRoom(it->floor, it->room);
}

void BuildingScene::setRoomColour(int index, const QColor &colour, bool stale)
{
    Q_ASSERT(index >= 0 && index < m_roomOrder.size());
    const RoomRef &ref = m_roomOrder[index];
    BuildingFloor::Room &room = ref.floor->rooms()[ref.room];
    if (room.base == colour && room.stale == stale)
        return;
    room.base = colour;
    room.stale = stale;
    writeRoom(ref.floor, ref.room);
}

void BuildingScene::writeRoom(BuildingFloor *floor, int r)
{
    const BuildingFloor::Room &room = floor->rooms()[r];
    QColor c = room.base.isValid() ? room.base : noDataColour();
    if (room.stale)
        c = staleColour(c);
    if (room.selected)
        c = selectedColour(c);
    m_colours->setColour(floor->firstSlot() + r, c);
}

void BuildingScene::setSelection(const QStringList &ids)
{
    const QSet<QString> now(ids.cbegin(), ids.cend());
    const QSet<QString> changed = (now - m_selected) + (m_selected - now);
    m_selected = now;
    for (const QString &id : changed) {
        const bool on = now.contains(id);
        if (const auto it = m_roomRefs.constFind(id); it != m_roomRefs.cend()) {
            it->floor->rooms()[it->room].selected = on;
            writeRoom(it->floor, it->room);
        } else if (const auto m = m_markerRefs.constFind(id); m != m_markerRefs.cend()) {
            m->floor->markers()->setHighlighted(m->marker, on);
        }
    }
    commitColours();
}

void BuildingScene::commitColours()
{
    m_colours->commit();
}

QColor BuildingScene::drawnColour(const QString &roomId) const
{
    const auto it = m_roomRefs.constFind(roomId);
    if (it == m_roomRefs.cend())
        return QColor();
    return m_colours->colour(it->floor->firstSlot() + it->room);
}

QColor BuildingScene::neutralColour()
{
    return QColor(0xd5, 0xdd, 0xe5);
}

QColor BuildingScene::noDataColour()
{
    return QColor(0xa3, 0xa8, 0xae);
}

QColor BuildingScene::wallColour()
{
    return QColor(0x5a, 0x63, 0x6e);
}

QColor BuildingScene::slabColour()
{
    return QColor(0x8b, 0x94, 0x9e);
}

QColor BuildingScene::staleColour(const QColor &colour)
{
    // As the plan fades a stale room: two parts grey to one part colour.
    return mix(colour, QColor(0xdd, 0xe1, 0xe6), 1, 2);
}

QColor BuildingScene::selectedColour(const QColor &colour)
{
    return mix(colour, QColor(0x1e, 0x88, 0xe5), 1, 1);
}

} // namespace twin::view3d
