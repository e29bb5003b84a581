// SPDX-License-Identifier: GPL-3.0-or-later
#include "floormesh.h"

#include "polygontriangulator.h"

#include "document/plangeometry.h"

#include <QLineF>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twin::view3d {

namespace {

/// Light from above, the south-west and a little from the front: each side gets its own
/// shade, so edges between faces read without a lit material.
float shadeOf(QVector3D normal)
{
    if (normal.y() > 0.5f)
        return 1.0f;
    if (normal.y() < -0.5f)
        return 0.55f;
    const QVector3D light = QVector3D(-0.55f, 0.0f, 0.8f).normalized();
    return 0.58f + 0.36f * std::max(0.0f, QVector3D::dotProduct(normal, light));
}

class MeshWriter
{
public:
    MeshWriter(FloorMesh *mesh)
        : m_mesh(mesh)
    {
    }

    void setSlot(int slot)
    {
        const QSize size = m_mesh->tableSize;
        m_u = (float(slot % size.width()) + 0.5f) / float(size.width());
        m_v = (float(slot / size.width()) + 0.5f) / float(size.height());
    }

    quint32 vertex(QVector3D p, float shade)
    {
        const float data[FloorMesh::FloatsPerVertex] = {p.x(), p.y(), p.z(), m_u, m_v, shade, shade, shade, 1.0f};
        m_mesh->vertices.append(reinterpret_cast<const char *>(data), sizeof(data));
        m_min = QVector3D(std::min(m_min.x(), p.x()), std::min(m_min.y(), p.y()), std::min(m_min.z(), p.z()));
        m_max = QVector3D(std::max(m_max.x(), p.x()), std::max(m_max.y(), p.y()), std::max(m_max.z(), p.z()));
        return m_next++;
    }

    void triangle(quint32 a, quint32 b, quint32 c)
    {
        const quint32 data[3] = {a, b, c};
        m_mesh->indices.append(reinterpret_cast<const char *>(data), sizeof(data));
    }

    /// A flat quad a-b-c-d (in order around it) with one shade.
    void quad(QVector3D a, QVector3D b, QVector3D c, QVector3D d)
    {
        QVector3D normal = QVector3D::crossProduct(b - a, d - a);
        if (normal.isNull())
            return;
        normal.normalize();
        const float shade = shadeOf(normal);
        const quint32 i = vertex(a, shade), j = vertex(b, shade), k = vertex(c, shade), l = vertex(d, shade);
        triangle(i, j, k);
        triangle(i, k, l);
    }

    /// A box along the plan segment \a from → \a to, \a thickness wide, between heights
    /// \a bottom and \a top. Ends reach half the thickness further, closing wall corners.
    void box(QPointF from, QPointF to, double thickness, double bottom, double top)
    {
        QLineF line(from, to);
        if (line.length() <= 0.0 || top <= bottom)
            return;
        const QPointF dir = (to - from) / line.length();
        const QPointF side(-dir.y() * thickness / 2, dir.x() * thickness / 2);
        const QPointF a0 = from - dir * (thickness / 2), a1 = to + dir * (thickness / 2);
        const QPointF c[4] = {a0 + side, a1 + side, a1 - side, a0 - side};
        auto at = [](QPointF p, double y) { return QVector3D(float(p.x()), float(y), float(p.y())); };
        quad(at(c[0], top), at(c[1], top), at(c[2], top), at(c[3], top));
        for (int k = 0; k < 4; ++k) {
            const QPointF p = c[k], q = c[(k + 1) % 4];
            quad(at(p, bottom), at(q, bottom), at(q, top), at(p, top));
        }
    }

    void finish()
    {
        if (m_next == 0)
            m_min = m_max = QVector3D();
        m_mesh->boundsMin = m_min;
        m_mesh->boundsMax = m_max;
    }

private:
    FloorMesh *m_mesh;
    float m_u = 0.0f;
    float m_v = 0.0f;
    quint32 m_next = 0;
    QVector3D m_min{std::numeric_limits<float>::max(), std::numeric_limits<float>::max(),
                    std::numeric_limits<float>::max()};
    QVector3D m_max{-std::numeric_limits<float>::max(), -std::numeric_limits<float>::max(),
                    -std::numeric_limits<float>::max()};
};

void addRoom(MeshWriter &w, const QPolygonF &outline, float top)
{
    const QList<int> triangles = PolygonTriangulator::triangulate(outline);
    if (triangles.isEmpty())
        return;
    // Top face: shared corners, one vertex per outline point.
    QList<quint32> topIndex(outline.size());
    for (int i = 0; i < outline.size(); ++i)
        topIndex[i] = w.vertex(QVector3D(float(outline[i].x()), top, float(outline[i].y())), 1.0f);
    for (int t = 0; t + 2 < triangles.size(); t += 3)
        w.triangle(topIndex[triangles[t]], topIndex[triangles[t + 1]], topIndex[triangles[t + 2]]);
    // Sides: one quad per edge, with its own shade. The winding of the outline decides
    // which way "out" is: face normals point away from the room.
    const bool ccw = PolygonTriangulator::signedArea2(outline) > 0;
    constexpr float base = 0.02f; // just above the slab, never fighting it for depth
    const qsizetype n = outline.size();
    for (qsizetype i = 0; i < n; ++i) {
        QPointF p = outline[i], q = outline[(i + 1) % n];
        if (p == q)
            continue;
        if (!ccw)
            std::swap(p, q);
        w.quad(QVector3D(float(q.x()), base, float(q.y())), QVector3D(float(p.x()), base, float(p.y())),
               QVector3D(float(p.x()), top, float(p.y())), QVector3D(float(q.x()), top, float(q.y())));
    }
}

void addWalls(MeshWriter &w, const FloorLayout &layout, double wallTop)
{
    for (int wall = 0; wall < layout.walls.size(); ++wall) {
        const double thickness = layout.walls[wall].thickness;
        for (const QPolygonF &piece : PlanGeometry::wallPieces(layout, wall)) {
            for (int i = 0; i + 1 < piece.size(); ++i)
                w.box(piece[i], piece[i + 1], thickness, 0.0, wallTop);
        }
    }
    // Above each opening the wall closes again (a lintel); under a window, a sill.
    for (const Opening &o : layout.openings) {
        if (o.wall < 0 || o.wall >= layout.walls.size())
            continue;
        const Wall &wall = layout.walls[o.wall];
        const QPointF a = PlanGeometry::pointAlong(wall.path, o.offset);
        const QPointF b = PlanGeometry::pointAlong(wall.path, o.offset + o.width);
        const double top = std::min(o.height, wallTop);
        const bool window = o.kind == QStringLiteral("window");
        const double bottom = window ? std::min(0.9, top) : 0.0;
        const QPointF dir = QLineF(a, b).length() > 0 ? (b - a) / QLineF(a, b).length() : QPointF();
        // The boxes' ends reach out by half the thickness: pull them in to keep the gap.
        const QPointF inset = dir * (wall.thickness / 2);
        if (top < wallTop)
            w.box(a + inset, b - inset, wall.thickness, top, wallTop);
        if (bottom > 0)
            w.box(a + inset, b - inset, wall.thickness, 0.0, bottom);
    }
}

} // namespace

QSize FloorMesh::tableSizeFor(int count)
{
    const int width = std::clamp(count, 1, MaxTableWidth);
    return QSize(width, (std::max(count, 1) + width - 1) / width);
}

double FloorMesh::roomHeight(double floorHeight)
{
    // Low volumes: the walls and their door openings stay visible above the rooms.
    return std::clamp(floorHeight * 0.4, 0.3, 1.4);
}

FloorMesh FloorMesh::build(const FloorLayout &layout, double height, const QList<QPolygonF> &rooms,
                           int firstRoomSlot, QSize table)
{
    FloorMesh mesh;
    mesh.tableSize = table.isValid() ? table : tableSizeFor(firstRoomSlot + int(rooms.size()));
    MeshWriter w(&mesh);

    // The slab spans everything drawn on the floor.
    double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
    auto include = [&](const QPolygonF &points, double margin) {
        for (const QPointF &p : points) {
            x0 = std::min(x0, p.x() - margin);
            y0 = std::min(y0, p.y() - margin);
            x1 = std::max(x1, p.x() + margin);
            y1 = std::max(y1, p.y() + margin);
        }
    };
    for (const Wall &wall : layout.walls)
        include(wall.path, wall.thickness / 2);
    for (const QPolygonF &room : rooms)
        include(room, 0.0);
    const QRectF extent(QPointF(x0, y0), QPointF(x1, y1));
    if (x1 > x0 && y1 > y0) {
        w.setSlot(SlabSlot);
        const auto corner = [](QPointF p, double y) { return QVector3D(float(p.x()), float(y), float(p.y())); };
        const double bottom = -SlabThickness, top = 0.0;
        const QPointF c[4] = {extent.topLeft(), extent.bottomLeft(), extent.bottomRight(), extent.topRight()};
        w.quad(corner(c[0], top), corner(c[1], top), corner(c[2], top), corner(c[3], top));
        for (int k = 0; k < 4; ++k)
            w.quad(corner(c[k], bottom), corner(c[(k + 1) % 4], bottom), corner(c[(k + 1) % 4], top),
                   corner(c[k], top));
    }

    const float roomTop = float(roomHeight(height));
    for (int r = 0; r < rooms.size(); ++r) {
        w.setSlot(firstRoomSlot + r);
        addRoom(w, rooms[r], roomTop);
    }
    w.setSlot(WallSlot);
    addWalls(w, layout, wallHeight(height));
    w.finish();
    return mesh;
}

} // namespace twin::view3d
