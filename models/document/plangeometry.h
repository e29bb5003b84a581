// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QPolygonF>

#include <optional>

namespace twin {

/**
 * The geometry a plan edit needs, in metres: reshaping outlines and walls, placing
 * openings along walls, removing floor elements with the indices that refer to them,
 * and the two-point scale calibration of a background image. Pure functions; the plan
 * widgets only turn input into calls of these.
 */
class PlanGeometry
{
public:
    /// Where a point falls on a wall: the segment, the distance from the wall's start along
    /// its path, and the distance from the path.
    struct WallHit
    {
        int wall = -1;
        double offset = 0.0;
        double distance = 0.0;
    };

    /// Area of a simple polygon (shoelace formula), in its units squared.
    static double area(const QPolygonF &polygon);
    /// The space of \a candidates whose outline holds \a point, the smallest one where
    /// outlines nest; -1 when none does. Candidates are outlines by index.
    static int smallestContaining(const QList<QPolygonF> &outlines, QPointF point);

    /// A point inside \a outline at least \a spacing from each of \a taken: of the points
    /// of a grid of that spacing through the outline's centre, the one nearest to the
    /// centre; the centre itself when no point is free (a crowded or a tiny room).
    static QPointF freeSpot(const QPolygonF &outline, const QList<QPointF> &taken, double spacing = 0.6);

    /// \a polygon with vertex \a index moved to \a to (indices wrap around).
    static QPolygonF moveVertex(const QPolygonF &polygon, int index, QPointF to);
    /// \a outline with the edge from vertex \a index to the next one moved by \a delta.
    static QPolygonF moveEdge(const QPolygonF &outline, int index, QPointF delta);
    static QPolygonF translated(const QPolygonF &polygon, QPointF delta);
    /// \a points without repeated points and without points that lie on the line through
    /// their neighbours (straight runs and spikes), within \a tolerance. A \a closed
    /// outline is a ring (its last point meets its first); an open path keeps its ends.
    static QPolygonF simplified(const QPolygonF &points, bool closed, double tolerance = 0.005);

    /// Total length of a wall's path.
    static double pathLength(const QPolygonF &path);
    /// The point \a offset metres along \a path (clamped to its ends), and the direction of
    /// the segment it lies on in degrees (QLineF::angle()).
    static QPointF pointAlong(const QPolygonF &path, double offset, double *angle = nullptr);
    /// The wall of \a layout nearest to \a point within \a tolerance, if any.
    static std::optional<WallHit> nearestWall(const FloorLayout &layout, QPointF point, double tolerance);
    /// An opening of \a width centred on \a hit, kept inside the wall; nullopt when the wall
    /// is shorter than the opening or it would overlap another opening of that wall.
    static std::optional<Opening> openingAt(const FloorLayout &layout, const WallHit &hit, double width,
                                            const QString &kind = QStringLiteral("door"));
    /// The parts of a wall's path left standing between its openings (each a polyline).
    static QList<QPolygonF> wallPieces(const FloorLayout &layout, int wall);

    /// \a layout without the walls, openings and dimension lines listed; openings of a
    /// removed wall go with it and the others keep pointing at their wall.
    static FloorLayout withoutElements(const FloorLayout &layout, const QList<int> &walls,
                                       const QList<int> &openings, const QList<int> &dimensions);

    /// Background calibration: with the image points \a a and \a b (pixels) lying
    /// \a metres apart, the image's scale, with its offset chosen so that \a a stays where
    /// it is on the plan. False (and \a background unchanged) when the points coincide or
    /// the distance is not positive.
    static bool calibrate(BackgroundImage *background, QPointF a, QPointF b, double metres);
    /// Plan position (metres) of image pixel \a pixel, and back.
    static QPointF imageToPlan(const BackgroundImage &background, QPointF pixel);
    static QPointF planToImage(const BackgroundImage &background, QPointF metres);
};

} // namespace twin
