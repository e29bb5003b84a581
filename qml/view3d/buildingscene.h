// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildingfloor.h"
#include "roomcolourtable.h"

#include "graph/twin.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace twin {
class Project;
}

namespace twin::view3d {

/**
 * The building in 3D, read from the document: one BuildingFloor per floor twin (a twin
 * with a floor layout), holding the rooms and markers below it.
 *
 * An edit rebuilds only the floors it touches (a room reshaped, a device moved, a wall
 * added), after the edit, once per event loop turn; adding or removing a floor, or
 * replacing the document, rebuilds them all. Room colours are set per room through
 * setRoomColour() and reach the screen with commitColours(): the geometry stays.
 *
 * Positions: scene x and z are the plan's x and y in metres, scene y is up.
 */
class BuildingScene : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the building scene is made by the 3D view")
    Q_PROPERTY(QList<QObject *> floors READ floorObjects NOTIFY floorsChanged)
    Q_PROPERTY(QVector3D centre READ centre NOTIFY boundsChanged)
    Q_PROPERTY(double radius READ radius NOTIFY boundsChanged)
    /// Extra metres between neighbouring floors (0: as built).
    Q_PROPERTY(double explode READ explode WRITE setExplode NOTIFY explodeChanged)
    /// The colours of every room, wall and slab: one table, one texture for all floors.
    Q_PROPERTY(twin::view3d::RoomColourTable *colours READ colours CONSTANT)

public:
    explicit BuildingScene(Project *project, QObject *parent = nullptr);

    QList<QObject *> floorObjects() const;
    const QList<BuildingFloor *> &floors() const { return m_floors; }
    QVector3D centre() const { return (m_min + m_max) / 2; }
    double radius() const { return double((m_max - m_min).length()) / 2; }
    double explode() const { return m_explode; }
    void setExplode(double metres);
    RoomColourTable *colours() const { return m_colours; }

    /// Applies pending edits now (tests; the scene otherwise does it after the edit).
    void flush();
    /// Total geometry uploads over the scene's life, every floor together.
    int geometryRebuilds() const;
    /// How many times each floor was rebuilt since the scene was (tests).
    int floorRebuilds(const QString &floorId) const;

    // --- picking and focus ------------------------------------------------------------------
    /// The room of floor \a floor under the scene point \a scenePosition (a pick's hit),
    /// else the floor itself; empty when there is no floor \a floor.
    Q_INVOKABLE QString twinAt(int floor, QVector3D scenePosition) const;
    /// The nearest marker along the ray from \a origin in \a direction, as
    /// {"id": twin id, "distance": along the ray}; empty when the ray misses every one.
    Q_INVOKABLE QVariantMap markerAlong(QVector3D origin, QVector3D direction) const;
    /// Where \a twinId is drawn: a room's top centre, a marker, a floor's middle; the
    /// scene's centre for anything else.
    Q_INVOKABLE QVector3D positionOf(const QString &twinId) const;
    /// Whether \a twinId is drawn (a floor, room or marker).
    Q_INVOKABLE bool contains(const QString &twinId) const;

    // --- colours ------------------------------------------------------------------------------
    /// The rooms drawn, every floor together, in room index order.
    QStringList roomIds() const;
    int roomCount() const { return int(m_roomOrder.size()); }
    bool hasRoom(const QString &id) const { return m_roomRefs.contains(id); }
    /// The dense index of room \a id (valid until the next rebuild), or -1.
    int roomIndex(const QString &id) const;
    /// Sets the colour a room's value gives (invalid: no value) and whether it is stale.
    void setRoomColour(const QString &id, const QColor &colour, bool stale);
    /// The same by room index: what a tick that recolours many rooms calls.
    void setRoomColour(int index, const QColor &colour, bool stale);
    /// Highlights the rooms and markers of \a ids, and only those.
    void setSelection(const QStringList &ids);
    /// Hands the colours written since the last call to the renderer.
    void commitColours();
    /// The colour a room is drawn in (its table entry).
    QColor drawnColour(const QString &roomId) const;

    /// The colour of rooms while nothing colours them, and of rooms without a value.
    static QColor neutralColour();
    static QColor noDataColour();
    static QColor wallColour();
    static QColor slabColour();
    /// \a colour as drawn when its value is stale, or when the room is selected.
    static QColor staleColour(const QColor &colour);
    static QColor selectedColour(const QColor &colour);

signals:
    void floorsChanged();
    void boundsChanged();
    void explodeChanged();
    /// The rooms of \a floor were laid out anew: their colours must be set again.
    void floorRebuilt(twin::view3d::BuildingFloor *floor);
    /// Every floor was rebuilt (and the colours reset).
    void rebuilt();

private:
    struct RoomRef
    {
        BuildingFloor *floor = nullptr;
        int room = -1;
    };
    struct MarkerRef
    {
        BuildingFloor *floor = nullptr;
        int marker = -1;
    };

    void scheduleAll();
    void scheduleFloor(int twinIndex);
    struct FloorContent
    {
        QList<QPolygonF> outlines;
        QList<MarkerInstancing::Marker> markers;
    };
    void rebuildAll();
    /// False when the floor outgrew its block of the colour table.
    bool rebuildFloor(BuildingFloor *floor);
    /// Reads the floor's rooms and markers from the document (and indexes them).
    FloorContent collect(BuildingFloor *floor);
    void build(BuildingFloor *floor, const FloorContent &content);
    void unregister(BuildingFloor *floor);
    void updateBounds();
    void applyPlacement();
    void writeRoom(BuildingFloor *floor, int room);
    void indexRooms();
    /// The floor twin at or above \a twinIndex, or -1.
    int floorIndexOf(int twinIndex) const;
    bool isMarker(int twinIndex) const;
    QColor markerColour(int twinIndex) const;

    Project *const m_project;
    RoomColourTable *const m_colours;
    QSize m_colourSize;
    QList<BuildingFloor *> m_floors;
    QHash<QString, BuildingFloor *> m_floorById;
    QHash<QString, RoomRef> m_roomRefs;
    QList<RoomRef> m_roomOrder; ///< room index → where it is
    QHash<QString, MarkerRef> m_markerRefs;
    QHash<QString, int> m_rebuildCounts;
    QHash<int, Geometry> m_geometries;    ///< twin index → geometry as last drawn
    QSet<QString> m_selected;
    QSet<BuildingFloor *> m_dirtyFloors;  ///< floors waiting for a rebuild
    bool m_allDirty = false;
    QTimer m_pending;
    QVector3D m_min;
    QVector3D m_max;
    double m_explode = 0.0;
};

} // namespace twin::view3d
