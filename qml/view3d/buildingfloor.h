// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "floorgeometry.h"
#include "markerinstancing.h"

#include <QColor>
#include <QObject>
#include <QPolygonF>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace twin::view3d {

/**
 * One floor of the building as the scene draws it: its mesh, its block of the building's
 * colour table and its markers, placed at its elevation (spread apart when the building is exploded). What
 * the floor holds (room outlines, markers) is kept for picking and focusing.
 */
class BuildingFloor : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString twinId READ twinId CONSTANT)
    Q_PROPERTY(int index READ index CONSTANT)
    Q_PROPERTY(double elevation READ elevation NOTIFY placementChanged)
    Q_PROPERTY(double height READ height NOTIFY placementChanged)
    /// Where the floor's level is drawn: its elevation, plus the explode spread.
    Q_PROPERTY(double y READ y NOTIFY placementChanged)
    Q_PROPERTY(twin::view3d::FloorGeometry *geometry READ geometry CONSTANT)
    Q_PROPERTY(twin::view3d::MarkerInstancing *markers READ markers CONSTANT)
    Q_PROPERTY(int markerCount READ markerCount NOTIFY contentChanged)

public:
    struct Room
    {
        QString id;
        QPolygonF outline;
        QColor base;        ///< the colour its value gives; invalid: no value
        bool stale = false;
        bool selected = false;
    };

    BuildingFloor(const QString &twinId, int index, QObject *parent = nullptr);

    QString twinId() const { return m_twinId; }
    int index() const { return m_index; }
    double elevation() const { return m_elevation; }
    double height() const { return m_height; }
    double y() const { return m_elevation + m_spread; }
    void setPlacement(double elevation, double height, double spread);

    FloorGeometry *geometry() const { return m_geometry; }
    /// The floor's rooms' slots in the building's colour table: \a capacity from \a first.
    int firstSlot() const { return m_firstSlot; }
    int slotCapacity() const { return m_slotCapacity; }
    void setSlots(int first, int capacity)
    {
        m_firstSlot = first;
        m_slotCapacity = capacity;
    }
    MarkerInstancing *markers() const { return m_markers; }
    int markerCount() const { return int(m_markerIds.size()); }

    QList<Room> &rooms() { return m_rooms; }
    const QList<Room> &rooms() const { return m_rooms; }
    QStringList &markerIds() { return m_markerIds; }
    const QStringList &markerIds() const { return m_markerIds; }
    /// The room whose outline holds the plan point \a p (the smallest), or -1.
    int roomAt(QPointF p) const;
    void announceContent() { emit contentChanged(); }

signals:
    void placementChanged();
    void contentChanged();

private:
    const QString m_twinId;
    const int m_index;
    double m_elevation = 0.0;
    double m_height = 3.0;
    double m_spread = 0.0;
    FloorGeometry *const m_geometry;
    int m_firstSlot = 0;
    int m_slotCapacity = 0;
    MarkerInstancing *const m_markers;
    QList<Room> m_rooms;
    QStringList m_markerIds;
};

} // namespace twin::view3d
