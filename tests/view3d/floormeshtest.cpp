// SPDX-License-Identifier: GPL-3.0-or-later
#include "view3d/floormesh.h"
#include "view3d/polygontriangulator.h"

#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using twin::view3d::FloorMesh;
using twin::view3d::PolygonTriangulator;

namespace {

double triangleArea(QPointF a, QPointF b, QPointF c)
{
    return std::abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y())) / 2;
}

/// The triangles' total area, and whether each one's centroid lies inside the outline.
std::pair<double, bool> cover(const QPolygonF &outline, const QList<int> &triangles)
{
    double sum = 0;
    bool inside = true;
    for (int t = 0; t + 2 < triangles.size(); t += 3) {
        const QPointF a = outline[triangles[t]], b = outline[triangles[t + 1]], c = outline[triangles[t + 2]];
        sum += triangleArea(a, b, c);
        inside = inside && outline.containsPoint((a + b + c) / 3, Qt::OddEvenFill);
    }
    return {sum, inside};
}

struct Vertex
{
    float x, y, z, u, v, shade;
};

QList<Vertex> vertices(const FloorMesh &mesh)
{
    QList<Vertex> out;
    const auto *f = reinterpret_cast<const float *>(mesh.vertices.constData());
    for (int i = 0; i < mesh.vertexCount(); ++i, f += FloorMesh::FloatsPerVertex)
        out.append({f[0], f[1], f[2], f[3], f[4], f[5]});
    return out;
}

} // namespace

TEST(PolygonTriangulator, ConcaveOutlinesAreCoveredExactly)
{
    // An L, a U and a comb: reflex corners that a fan would cut across.
    const QList<QPolygonF> outlines{
        QPolygonF{{0, 0}, {6, 0}, {6, 2}, {2, 2}, {2, 5}, {0, 5}},
        QPolygonF{{0, 0}, {9, 0}, {9, 6}, {6, 6}, {6, 2}, {3, 2}, {3, 6}, {0, 6}},
        QPolygonF{{0, 0}, {10, 0}, {10, 4}, {8, 4}, {8, 1}, {6, 1}, {6, 4}, {4, 4}, {4, 1}, {2, 1}, {2, 4}, {0, 4}},
    };
    for (const QPolygonF &outline : outlines) {
        const QList<int> triangles = PolygonTriangulator::triangulate(outline);
        ASSERT_EQ(triangles.size(), (outline.size() - 2) * 3);
        const auto [area, inside] = cover(outline, triangles);
        EXPECT_NEAR(area, std::abs(PolygonTriangulator::signedArea2(outline)) / 2, 1e-9);
        EXPECT_TRUE(inside) << "a triangle lies outside the outline";
    }
}

TEST(PolygonTriangulator, EitherWindingAndAClosingPointGiveTheSameSurface)
{
    QPolygonF l{{0, 0}, {6, 0}, {6, 2}, {2, 2}, {2, 5}, {0, 5}};
    QPolygonF reversed(l.rbegin(), l.rend());
    QPolygonF closed = l;
    closed.append(l.first());
    for (const QPolygonF &outline : {reversed, closed}) {
        const QList<int> triangles = PolygonTriangulator::triangulate(outline);
        EXPECT_EQ(triangles.size(), 12);
        EXPECT_NEAR(cover(outline, triangles).first, 18.0, 1e-9);
        EXPECT_TRUE(cover(outline, triangles).second);
    }
    EXPECT_TRUE(PolygonTriangulator::triangulate(QPolygonF{{0, 0}, {1, 1}}).isEmpty());
}

TEST(FloorMesh, WallsLeaveTheirOpeningsOpenBelowTheLintel)
{
    twin::FloorLayout layout;
    layout.walls.append(twin::Wall{QPolygonF{{0, 0}, {10, 0}}, 0.2});
    layout.openings.append(twin::Opening{0, 4.0, 1.0, 2.1, QStringLiteral("door")});
    const FloorMesh mesh = FloorMesh::build(layout, 3.0, {});
    // Slab (5 faces), two wall pieces and a lintel (5 faces each), two triangles a face.
    EXPECT_EQ(mesh.triangleCount(), 4 * 5 * 2);
    bool lintel = false;
    for (const Vertex &v : vertices(mesh)) {
        // Nothing of the wall stands in the gap below the door's height (the pieces beside
        // it reach half their thickness into it).
        if (v.x > 4.15f && v.x < 4.85f && v.y > 0.0f) {
            EXPECT_GE(v.y, 2.1f - 1e-4f);
        }
        lintel = lintel || (v.x > 3.95f && v.x < 5.05f && std::abs(v.y - 2.1f) < 1e-4f);
    }
    EXPECT_TRUE(lintel);
    EXPECT_FLOAT_EQ(mesh.boundsMax.y(), float(FloorMesh::wallHeight(3.0)));
}

TEST(FloorMesh, EachRoomAddressesItsOwnColourTexel)
{
    const QList<QPolygonF> rooms{QPolygonF{{0, 0}, {4, 0}, {4, 3}, {0, 3}},
                                 QPolygonF{{4, 0}, {8, 0}, {8, 3}, {6, 3}, {6, 1}, {4, 1}}};
    const FloorMesh mesh = FloorMesh::build(twin::FloorLayout(), 3.0, rooms);
    EXPECT_EQ(mesh.tableSize, QSize(FloorMesh::FirstRoomSlot + 2, 1));
    const float height = float(FloorMesh::roomHeight(3.0));
    QSet<int> slotsOnTop;
    for (const Vertex &v : vertices(mesh)) {
        const int slot = int(v.u * float(mesh.tableSize.width()));
        if (std::abs(v.y - height) < 1e-4f && v.shade == 1.0f)
            slotsOnTop.insert(slot);
        if (slot == FloorMesh::FirstRoomSlot + 1) {
            EXPECT_GE(v.x, 4.0f - 1e-4f) << "the second room's vertices lie in its outline";
        }
    }
    EXPECT_EQ(slotsOnTop, (QSet<int>{FloorMesh::FirstRoomSlot, FloorMesh::FirstRoomSlot + 1}));
    // Tops: 2 + 4 triangles; sides: 4 + 6 quads; slab: 5 quads.
    EXPECT_EQ(mesh.triangleCount(), 2 + 4 + (4 + 6) * 2 + 5 * 2);
}

TEST(FloorMesh, LargeTablesWrapIntoRows)
{
    EXPECT_EQ(FloorMesh::tableSizeFor(10), QSize(10, 1));
    EXPECT_EQ(FloorMesh::tableSizeFor(FloorMesh::MaxTableWidth + 1), QSize(FloorMesh::MaxTableWidth, 2));
}
