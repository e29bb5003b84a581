// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/plangeometry.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace twin;

namespace {

FloorLayout twoWalls()
{
    FloorLayout layout;
    layout.walls.append({QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 6)}), 0.2});
    layout.walls.append({QPolygonF({QPointF(0, 6), QPointF(0, 0)}), 0.1});
    return layout;
}

} // namespace

TEST(PlanGeometry, MovesAVertexAndAnEdge)
{
    const QPolygonF square({QPointF(0, 0), QPointF(4, 0), QPointF(4, 4), QPointF(0, 4)});
    const QPolygonF v = PlanGeometry::moveVertex(square, 2, QPointF(6, 5));
    EXPECT_EQ(v.at(2), QPointF(6, 5));
    EXPECT_EQ(v.at(1), QPointF(4, 0));
    // The edge from the last vertex back to the first moves both its ends.
    const QPolygonF e = PlanGeometry::moveEdge(square, 3, QPointF(-1, 0));
    EXPECT_EQ(e.at(3), QPointF(-1, 4));
    EXPECT_EQ(e.at(0), QPointF(-1, 0));
    EXPECT_EQ(e.at(1), QPointF(4, 0));
    EXPECT_DOUBLE_EQ(PlanGeometry::area(e), 20.0);
    EXPECT_EQ(PlanGeometry::moveVertex(QPolygonF(), 0, QPointF(1, 1)), QPolygonF());
}

TEST(PlanGeometry, FindsTheNearestWallAndThePointAlongIt)
{
    const FloorLayout layout = twoWalls();
    const auto hit = PlanGeometry::nearestWall(layout, QPointF(10.1, 2), 0.3);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->wall, 0);
    EXPECT_NEAR(hit->offset, 12.0, 1e-9);
    EXPECT_NEAR(hit->distance, 0.1, 1e-9);
    EXPECT_FALSE(PlanGeometry::nearestWall(layout, QPointF(5, 3), 0.3));
    double angle = -1;
    EXPECT_EQ(PlanGeometry::pointAlong(layout.walls.at(0).path, 12.0, &angle), QPointF(10, 2));
    EXPECT_DOUBLE_EQ(angle, 270.0);
    EXPECT_EQ(PlanGeometry::pointAlong(layout.walls.at(0).path, 99.0), QPointF(10, 6));
    EXPECT_DOUBLE_EQ(PlanGeometry::pathLength(layout.walls.at(0).path), 16.0);
}

TEST(PlanGeometry, PlacesOpeningsInsideTheWallWithoutOverlap)
{
    FloorLayout layout = twoWalls();
    const auto door = PlanGeometry::openingAt(layout, {1, 0.1, 0.0}, 0.9);
    ASSERT_TRUE(door);
    EXPECT_DOUBLE_EQ(door->offset, 0.0); // pushed inside the wall's start
    layout.openings.append(*door);
    EXPECT_FALSE(PlanGeometry::openingAt(layout, {1, 0.5, 0.0}, 0.9)); // overlaps the first
    const auto second = PlanGeometry::openingAt(layout, {1, 3.0, 0.0}, 1.0);
    ASSERT_TRUE(second);
    EXPECT_DOUBLE_EQ(second->offset, 2.5);
    EXPECT_FALSE(PlanGeometry::openingAt(layout, {1, 3.0, 0.0}, 7.0)); // wider than the wall
}

TEST(PlanGeometry, WallPiecesLeaveGapsForOpenings)
{
    FloorLayout layout = twoWalls();
    layout.openings.append({0, 9.5, 1.0, 2.1, QStringLiteral("door")}); // across the corner
    const QList<QPolygonF> pieces = PlanGeometry::wallPieces(layout, 0);
    ASSERT_EQ(pieces.size(), 2);
    EXPECT_EQ(pieces.at(0), QPolygonF({QPointF(0, 0), QPointF(9.5, 0)}));
    EXPECT_EQ(pieces.at(1).first(), QPointF(10, 0.5));
    EXPECT_EQ(pieces.at(1).last(), QPointF(10, 6));
    EXPECT_EQ(PlanGeometry::wallPieces(layout, 1), QList<QPolygonF>{layout.walls.at(1).path});
}

TEST(PlanGeometry, RemovingAWallTakesItsOpeningsAndRenumbersTheOthers)
{
    FloorLayout layout = twoWalls();
    layout.openings.append({0, 2.0, 0.9, 2.1, QStringLiteral("door")});
    layout.openings.append({1, 2.0, 0.9, 2.1, QStringLiteral("door")});
    layout.dimensions.append({QPointF(0, 0), QPointF(1, 0)});
    layout.dimensions.append({QPointF(0, 1), QPointF(1, 1)});
    const FloorLayout result = PlanGeometry::withoutElements(layout, {0}, {}, {0});
    ASSERT_EQ(result.walls.size(), 1);
    ASSERT_EQ(result.openings.size(), 1);
    EXPECT_EQ(result.openings.first().wall, 0);
    EXPECT_EQ(result.walls.first(), layout.walls.at(1));
    ASSERT_EQ(result.dimensions.size(), 1);
    EXPECT_EQ(result.dimensions.first().from, QPointF(0, 1));
    EXPECT_EQ(PlanGeometry::withoutElements(layout, {}, {}, {}), layout);
}

TEST(PlanGeometry, TwoPointCalibrationKeepsTheFirstPointInPlace)
{
    BackgroundImage b;
    b.path = QStringLiteral("plan.png");
    b.metresPerPixel = 0.01;
    b.offset = QPointF(1, 2);
    const QPointF a(100, 50);
    const QPointF before = PlanGeometry::imageToPlan(b, a);
    ASSERT_TRUE(PlanGeometry::calibrate(&b, a, QPointF(500, 50), 8.0));
    EXPECT_DOUBLE_EQ(b.metresPerPixel, 0.02);
    EXPECT_EQ(PlanGeometry::imageToPlan(b, a), before);
    EXPECT_NEAR(QLineF(PlanGeometry::imageToPlan(b, a), PlanGeometry::imageToPlan(b, QPointF(500, 50))).length(), 8.0, 1e-9);
    EXPECT_EQ(PlanGeometry::planToImage(b, PlanGeometry::imageToPlan(b, QPointF(7, 9))), QPointF(7, 9));
    const BackgroundImage kept = b;
    EXPECT_FALSE(PlanGeometry::calibrate(&b, a, a, 3.0));
    EXPECT_FALSE(PlanGeometry::calibrate(&b, a, QPointF(0, 0), -1.0));
    EXPECT_EQ(b, kept);
}

TEST(PlanGeometry, FindsTheSmallestOutlineHoldingAPoint)
{
    const QList<QPolygonF> outlines{QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10)}),
                                    QPolygonF({QPointF(1, 1), QPointF(3, 1), QPointF(3, 3), QPointF(1, 3)})};
    EXPECT_EQ(PlanGeometry::smallestContaining(outlines, QPointF(2, 2)), 1);
    EXPECT_EQ(PlanGeometry::smallestContaining(outlines, QPointF(5, 5)), 0);
    EXPECT_EQ(PlanGeometry::smallestContaining(outlines, QPointF(50, 5)), -1);
}

TEST(PlanGeometry, SimplifiedDropsRepeatedCollinearAndSpikePoints)
{
    // A double-click repeats the last corner; a corner on a straight run adds nothing; a
    // spike goes out and back along the same line.
    const QPolygonF drawn({QPointF(0, 0), QPointF(2, 0), QPointF(4, 0), QPointF(4, 3), QPointF(4, 3),
                           QPointF(4, 4), QPointF(4, 3.5), QPointF(0, 3.5), QPointF(0, 0.001)});
    const QPolygonF corners = PlanGeometry::simplified(drawn, true);
    ASSERT_EQ(corners.size(), 4) << corners.size();
    for (QPointF expected : {QPointF(0, 0), QPointF(4, 0), QPointF(4, 3.5), QPointF(0, 3.5)}) {
        EXPECT_TRUE(std::any_of(corners.cbegin(), corners.cend(),
                                [&](QPointF p) { return QLineF(p, expected).length() < 0.01; }))
            << expected.x() << "," << expected.y();
    }
    // An open wall path keeps its ends.
    EXPECT_EQ(PlanGeometry::simplified(QPolygonF({QPointF(0, 0), QPointF(1, 0), QPointF(2, 0), QPointF(2, 0)}), false),
              QPolygonF({QPointF(0, 0), QPointF(2, 0)}));
    // A triangle stays a triangle.
    const QPolygonF triangle({QPointF(0, 0), QPointF(3, 0), QPointF(0, 3)});
    EXPECT_EQ(PlanGeometry::simplified(triangle, true), triangle);
}

TEST(PlanGeometry, FreeSpotIsInsideTheOutlineAndAwayFromWhatStandsThere)
{
    const QPolygonF room({QPointF(0, 0), QPointF(4, 0), QPointF(4, 3), QPointF(0, 3)});
    EXPECT_EQ(PlanGeometry::freeSpot(room, {}), QPointF(2, 1.5));
    QList<QPointF> taken{QPointF(2, 1.5)};
    for (int i = 0; i < 8; ++i) {
        const QPointF p = PlanGeometry::freeSpot(room, taken);
        EXPECT_TRUE(room.containsPoint(p, Qt::OddEvenFill)) << p.x() << ", " << p.y();
        for (const QPointF &t : std::as_const(taken))
            EXPECT_GE(std::hypot(t.x() - p.x(), t.y() - p.y()), 0.59) << i;
        taken.append(p);
    }
    // An L whose bounding box's centre lies outside it.
    const QPolygonF ell({QPointF(0, 0), QPointF(6, 0), QPointF(6, 1), QPointF(1, 1), QPointF(1, 6), QPointF(0, 6)});
    EXPECT_TRUE(ell.containsPoint(PlanGeometry::freeSpot(ell, {}), Qt::OddEvenFill));
    // No free point in a tiny, crowded room: its centre.
    const QPolygonF closet({QPointF(0, 0), QPointF(0.5, 0), QPointF(0.5, 0.5), QPointF(0, 0.5)});
    EXPECT_EQ(PlanGeometry::freeSpot(closet, {QPointF(0.25, 0.25)}), QPointF(0.25, 0.25));
}
