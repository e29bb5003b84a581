// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>

namespace twin::view3d {

/**
 * Triangulates simple polygons (convex or concave, either winding) by ear clipping.
 * A room's outline is triangulated once when its floor's mesh is built.
 */
class PolygonTriangulator
{
public:
    /// Index triples into \a polygon, counter-clockwise in the polygon's own coordinates
    /// (y down: clockwise on screen). A closing point equal to the first and repeated
    /// points are skipped. A self-intersecting outline still yields a fan over what ear
    /// clipping could not cut, so every outline gets a surface.
    static QList<int> triangulate(const QPolygonF &polygon);
    /// Twice the signed area (positive: counter-clockwise with y up).
    static double signedArea2(const QPolygonF &polygon);
};

} // namespace twin::view3d
