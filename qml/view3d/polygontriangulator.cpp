// SPDX-License-Identifier: GPL-3.0-or-later
#include "polygontriangulator.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace twin::view3d {

namespace {

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

/// Whether \a p lies inside or on the counter-clockwise triangle (a, b, c).
bool inTriangle(QPointF p, QPointF a, QPointF b, QPointF c)
{
    constexpr double eps = -1e-12;
    return cross(a, b, p) >= eps && cross(b, c, p) >= eps && cross(c, a, p) >= eps;
}

} // namespace

double PolygonTriangulator::signedArea2(const QPolygonF &polygon)
{
    double sum = 0.0;
    const qsizetype n = polygon.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = polygon[i], b = polygon[(i + 1) % n];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum;
}

QList<int> PolygonTriangulator::triangulate(const QPolygonF &polygon)
{
    // The distinct corners, by index into the input.
    std::vector<int> v;
    v.reserve(polygon.size());
    for (int i = 0; i < polygon.size(); ++i) {
        if (!v.empty() && polygon[v.back()] == polygon[i])
            continue;
        v.push_back(i);
    }
    while (v.size() > 1 && polygon[v.front()] == polygon[v.back()])
        v.pop_back();
    QList<int> triangles;
    if (v.size() < 3)
        return triangles;
    triangles.reserve(int(v.size() - 2) * 3);

    QPolygonF corners;
    for (int i : v)
        corners.append(polygon[i]);
    if (signedArea2(corners) < 0)
        std::reverse(v.begin(), v.end());
    auto at = [&](int i) { return polygon[v[std::size_t(i)]]; };

    // Ear clipping: cut a convex corner whose triangle holds no other corner, until three
    // remain. A full pass without an ear means the outline crosses itself: fan the rest.
    int n = int(v.size());
    int guard = 0;
    int i = 0;
    while (n > 3) {
        const int prev = (i + n - 1) % n, next = (i + 1) % n;
        const QPointF a = at(prev), b = at(i), c = at(next);
        bool ear = cross(a, b, c) > 0;
        for (int k = 0; ear && k < n; ++k) {
            if (k == prev || k == i || k == next)
                continue;
            const QPointF p = at(k);
            if (p != a && p != b && p != c && inTriangle(p, a, b, c))
                ear = false;
        }
        if (ear) {
            triangles << v[std::size_t(prev)] << v[std::size_t(i)] << v[std::size_t(next)];
            v.erase(v.begin() + i);
            --n;
            guard = 0;
            if (i >= n)
                i = 0;
            continue;
        }
        if (++guard > n) {
            // Degenerate (collinear corners) or self-intersecting: drop a flat corner if
            // there is one, else fan what is left.
            bool dropped = false;
            for (int k = 0; k < n; ++k) {
                if (std::abs(cross(at((k + n - 1) % n), at(k), at((k + 1) % n))) < 1e-12) {
                    v.erase(v.begin() + k);
                    --n;
                    dropped = true;
                    break;
                }
            }
            if (!dropped) {
                for (int k = 1; k + 1 < n; ++k)
                    triangles << v[0] << v[std::size_t(k)] << v[std::size_t(k + 1)];
                return triangles;
            }
            guard = 0;
            i = 0;
            continue;
        }
        i = (i + 1) % n;
    }
    if (std::abs(cross(at(0), at(1), at(2))) > 0)
        triangles << v[0] << v[1] << v[2];
    return triangles;
}

} // namespace twin::view3d
