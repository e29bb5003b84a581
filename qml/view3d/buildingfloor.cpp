// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildingfloor.h"

#include "document/plangeometry.h"

namespace twin::view3d {

namespace {
template<typename T>
T *ownedBy(QObject *owner)
{
    auto *object = new T;
    object->setParent(owner);
    return object;
}
} // namespace

BuildingFloor::BuildingFloor(const QString &twinId, int index, QObject *parent)
    : QObject(parent)
    , m_twinId(twinId)
    , m_index(index)
    , m_geometry(ownedBy<FloorGeometry>(this))
    , m_markers(ownedBy<MarkerInstancing>(this))
{
}

void BuildingFloor::setPlacement(double elevation, double height, double spread)
{
    if (elevation == m_elevation && height == m_height && spread == m_spread)
        return;
    m_elevation = elevation;
    m_height = height;
    m_spread = spread;
    emit placementChanged();
}

int BuildingFloor::roomAt(QPointF p) const
{
    QList<QPolygonF> outlines;
    outlines.reserve(m_rooms.size());
    for (const Room &room : m_rooms)
        outlines.append(room.outline);
    return PlanGeometry::smallestContaining(outlines, p);
}

} // namespace twin::view3d
