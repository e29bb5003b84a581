// SPDX-License-Identifier: GPL-3.0-or-later
#include "plangeometry.h"

#include <algorithm>
#include <cmath>

namespace twin {

namespace {

/// The point of segment \a s nearest to \a p, as a fraction of the segment's length.
double projection(const QLineF &s, QPointF p)
{
    const QPointF d = s.p2() - s.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    if (lengthSquared <= 0)
        return 0;
    return std::clamp(QPointF::dotProduct(p - s.p1(), d) / lengthSquared, 0.0, 1.0);
}

QList<int> removedIndices(QList<int> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

template<typename T>
QList<T> withoutIndices(const QList<T> &list, const QList<int> &sortedIndices)
{
    QList<T> result;
    for (int i = 0; i < list.size(); ++i) {
        if (!std::binary_search(sortedIndices.begin(), sortedIndices.end(), i))
            result.append(list.at(i));
    }
    return result;
}

} // namespace

double PlanGeometry::area(const QPolygonF &polygon)
{
    double twice = 0;
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon.at(i);
        const QPointF b = polygon.at((i + 1) % polygon.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2.0;
}

QPointF PlanGeometry::freeSpot(const QPolygonF &outline, const QList<QPointF> &taken, double spacing)
{
    const QRectF bounds = outline.boundingRect();
    const QPointF centre = bounds.center();
    if (outline.size() < 3 || spacing <= 0)
        return centre;
    const auto isFree = [&](QPointF p) {
        if (!outline.containsPoint(p, Qt::OddEvenFill))
            return false;
        return std::none_of(taken.cbegin(), taken.cend(), [&](QPointF t) {
            return std::hypot(t.x() - p.x(), t.y() - p.y()) < spacing * 0.999;
        });
    };
    // Rings of grid points around the centre, nearest ring first, until the rings leave
    // the outline's bounds (bounded: a huge outline stops after 64 rings).
    const int rings = std::min(64, int(std::ceil(std::max(bounds.width(), bounds.height()) / spacing)) + 1);
    for (int ring = 0; ring <= rings; ++ring) {
        std::optional<QPointF> best;
        double bestDistance = 0;
        for (int i = -ring; i <= ring; ++i) {
            for (int j = -ring; j <= ring; ++j) {
                if (std::max(std::abs(i), std::abs(j)) != ring)
                    continue;
                const QPointF p = centre + QPointF(i * spacing, j * spacing);
                const double distance = std::hypot(i, j);
                if ((!best || distance < bestDistance) && isFree(p)) {
                    best = p;
                    bestDistance = distance;
                }
            }
        }
        if (best)
            return *best;
    }
    return centre;
}

int PlanGeometry::smallestContaining(const QList<QPolygonF> &outlines, QPointF point)
{
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < outlines.size(); ++i) {
        if (outlines.at(i).size() < 3 || !outlines.at(i).containsPoint(point, Qt::OddEvenFill))
            continue;
        const double a = area(outlines.at(i));
        if (best < 0 || a < bestArea) {
            best = i;
            bestArea = a;
        }
    }
    return best;
}

QPolygonF PlanGeometry::moveVertex(const QPolygonF &polygon, int index, QPointF to)
{
    QPolygonF result = polygon;
    if (!result.isEmpty())
        result[(index % result.size() + result.size()) % result.size()] = to;
    return result;
}

QPolygonF PlanGeometry::moveEdge(const QPolygonF &outline, int index, QPointF delta)
{
    QPolygonF result = outline;
    const int n = int(result.size());
    if (n < 2)
        return result;
    const int a = (index % n + n) % n;
    result[a] += delta;
    result[(a + 1) % n] += delta;
    return result;
}

QPolygonF PlanGeometry::translated(const QPolygonF &polygon, QPointF delta)
{
    return polygon.translated(delta);
}

QPolygonF PlanGeometry::simplified(const QPolygonF &points, bool closed, double tolerance)
{
    QPolygonF p = points;
    // Straight runs and spikes: the point is within tolerance of the line through its
    // neighbours (or of the neighbour itself when both neighbours coincide).
    auto redundant = [&](int i) {
        const int n = int(p.size());
        const QPointF prev = p.at((i + n - 1) % n);
        const QPointF next = p.at((i + 1) % n);
        const QLineF base(prev, next);
        if (QLineF(prev, p.at(i)).length() <= tolerance)
            return true;
        if (base.length() <= tolerance)
            return true;
        const QPointF d = p.at(i) - prev;
        const double cross = base.dx() * d.y() - base.dy() * d.x();
        return std::abs(cross) / base.length() <= tolerance;
    };
    for (bool changed = true; changed;) {
        changed = false;
        const int minimum = closed ? 3 : 2;
        for (int i = 0; i < p.size() && p.size() > minimum; ++i) {
            if (!closed && (i == 0 || i == p.size() - 1)) {
                if (i == p.size() - 1 && QLineF(p.at(i - 1), p.at(i)).length() <= tolerance) {
                    p.remove(i - 1);
                    changed = true;
                }
                continue;
            }
            if (redundant(i)) {
                p.remove(i);
                changed = true;
                --i;
            }
        }
    }
    return p;
}

double PlanGeometry::pathLength(const QPolygonF &path)
{
    double length = 0;
    for (int i = 1; i < path.size(); ++i)
        length += QLineF(path.at(i - 1), path.at(i)).length();
    return length;
}

QPointF PlanGeometry::pointAlong(const QPolygonF &path, double offset, double *angle)
{
    if (path.isEmpty())
        return QPointF();
    double rest = std::max(0.0, offset);
    for (int i = 1; i < path.size(); ++i) {
        const QLineF segment(path.at(i - 1), path.at(i));
        if (rest <= segment.length() || i == path.size() - 1) {
            if (angle)
                *angle = segment.angle();
            return segment.length() > 0 ? segment.pointAt(std::min(1.0, rest / segment.length())) : segment.p1();
        }
        rest -= segment.length();
    }
    if (angle)
        *angle = 0;
    return path.first();
}

std::optional<PlanGeometry::WallHit> PlanGeometry::nearestWall(const FloorLayout &layout, QPointF point,
                                                              double tolerance)
{
    std::optional<WallHit> best;
    for (int w = 0; w < layout.walls.size(); ++w) {
        const QPolygonF &path = layout.walls.at(w).path;
        double along = 0;
        for (int i = 1; i < path.size(); ++i) {
            const QLineF segment(path.at(i - 1), path.at(i));
            const double t = projection(segment, point);
            const double distance = QLineF(segment.pointAt(t), point).length();
            if (distance <= tolerance && (!best || distance < best->distance))
                best = WallHit{w, along + t * segment.length(), distance};
            along += segment.length();
        }
    }
    return best;
}

std::optional<Opening> PlanGeometry::openingAt(const FloorLayout &layout, const WallHit &hit, double width,
                                               const QString &kind)
{
    if (hit.wall < 0 || hit.wall >= layout.walls.size() || width <= 0)
        return std::nullopt;
    const double length = pathLength(layout.walls.at(hit.wall).path);
    if (length < width)
        return std::nullopt;
    Opening opening;
    opening.wall = hit.wall;
    opening.width = width;
    opening.kind = kind;
    opening.offset = std::clamp(hit.offset - width / 2, 0.0, length - width);
    for (const Opening &other : layout.openings) {
        if (other.wall == hit.wall && opening.offset < other.offset + other.width
            && other.offset < opening.offset + width)
            return std::nullopt;
    }
    return opening;
}

QList<QPolygonF> PlanGeometry::wallPieces(const FloorLayout &layout, int wall)
{
    const QPolygonF &path = layout.walls.at(wall).path;
    QList<std::pair<double, double>> gaps;
    for (const Opening &o : layout.openings) {
        if (o.wall == wall)
            gaps.append({o.offset, o.offset + o.width});
    }
    std::sort(gaps.begin(), gaps.end());
    const double length = pathLength(path);
    // The intervals along the path that stay solid.
    QList<std::pair<double, double>> solid;
    double start = 0;
    for (const auto &[from, to] : gaps) {
        if (from > start)
            solid.append({start, from});
        start = std::max(start, to);
    }
    if (start < length || gaps.isEmpty())
        solid.append({start, length});

    QList<QPolygonF> pieces;
    for (const auto &[from, to] : solid) {
        QPolygonF piece;
        piece.append(pointAlong(path, from));
        double along = 0;
        for (int i = 1; i < path.size(); ++i) {
            along += QLineF(path.at(i - 1), path.at(i)).length();
            if (along > from && along < to)
                piece.append(path.at(i));
        }
        piece.append(pointAlong(path, to));
        pieces.append(piece);
    }
    return pieces;
}

FloorLayout PlanGeometry::withoutElements(const FloorLayout &layout, const QList<int> &walls,
                                          const QList<int> &openings, const QList<int> &dimensions)
{
    const QList<int> goneWalls = removedIndices(walls);
    QList<int> goneOpenings = openings;
    for (int i = 0; i < layout.openings.size(); ++i) {
        if (std::binary_search(goneWalls.begin(), goneWalls.end(), layout.openings.at(i).wall))
            goneOpenings.append(i);
    }
    FloorLayout result = layout;
    result.walls = withoutIndices(layout.walls, goneWalls);
    result.openings = withoutIndices(layout.openings, removedIndices(goneOpenings));
    for (Opening &o : result.openings) {
        const auto below = std::lower_bound(goneWalls.begin(), goneWalls.end(), o.wall);
        o.wall -= int(below - goneWalls.begin());
    }
    result.dimensions = withoutIndices(layout.dimensions, removedIndices(dimensions));
    return result;
}

bool PlanGeometry::calibrate(BackgroundImage *background, QPointF a, QPointF b, double metres)
{
    const double pixels = QLineF(a, b).length();
    if (!(metres > 0) || !std::isfinite(metres) || pixels < 1e-9)
        return false;
    const QPointF anchor = imageToPlan(*background, a);
    background->metresPerPixel = metres / pixels;
    background->offset = anchor - a * background->metresPerPixel;
    return true;
}

QPointF PlanGeometry::imageToPlan(const BackgroundImage &background, QPointF pixel)
{
    return background.offset + pixel * background.metresPerPixel;
}

QPointF PlanGeometry::planToImage(const BackgroundImage &background, QPointF metres)
{
    return background.metresPerPixel > 0 ? (metres - background.offset) / background.metresPerPixel : QPointF();
}

} // namespace twin
