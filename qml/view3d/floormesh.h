// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QSize>
#include <QVector3D>

namespace twin::view3d {

/**
 * The triangles of one floor, in the floor's own space (metres; x and z are the plan's x
 * and y, y is up from the floor's level): a slab under the floor, every room a volume
 * extruded from its outline, every wall a run of boxes with its openings left out.
 *
 * Each vertex carries its position, the texel of its colour in the building's colour table
 * (RoomColourTable) and a fixed shade that gives the faces their light (the material
 * draws unlit, so the colours in the table are the colours on screen for a top face).
 * A room's colour is its texel: recolouring writes the table, never these vertices.
 */
class FloorMesh
{
public:
    /// Colour table slots: walls, the slab, then one per room in the order given.
    static constexpr int WallSlot = 0;
    static constexpr int SlabSlot = 1;
    static constexpr int FirstRoomSlot = 2;
    /// Floats per vertex: position (3), texel (2), shade (4).
    static constexpr int FloatsPerVertex = 9;
    static constexpr int Stride = FloatsPerVertex * int(sizeof(float));
    static constexpr int TexelOffset = 3 * int(sizeof(float));
    static constexpr int ShadeOffset = 5 * int(sizeof(float));
    static constexpr double SlabThickness = 0.2;
    /// The widest colour table row; larger tables wrap into more rows.
    static constexpr int MaxTableWidth = 16384;

    /// Builds the mesh of a floor of \a height with \a layout's walls and openings and the
    /// room outlines \a rooms, room i coloured by slot \a firstRoomSlot + i of a colour
    /// table of \a table texels (default: a table of this floor alone).
    static FloorMesh build(const FloorLayout &layout, double height, const QList<QPolygonF> &rooms,
                           int firstRoomSlot = FirstRoomSlot, QSize table = QSize());

    /// The colour table that holds \a count colours.
    static QSize tableSizeFor(int count);
    /// How high a room's volume rises above its floor.
    static double roomHeight(double floorHeight);
    /// How high walls stand above their floor.
    static double wallHeight(double floorHeight) { return floorHeight - SlabThickness; }

    QByteArray vertices;
    QByteArray indices; ///< quint32, three per triangle
    QVector3D boundsMin;
    QVector3D boundsMax;
    QSize tableSize; ///< the colour table its texels address
    int vertexCount() const { return int(vertices.size() / Stride); }
    int triangleCount() const { return int(indices.size() / (3 * int(sizeof(quint32)))); }
};

} // namespace twin::view3d
