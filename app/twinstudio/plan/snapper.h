// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

#include <optional>

namespace twin::ui {

/**
 * Plan magnetism, in metres: a point snaps to nearby vertices and wall ends first, then
 * (when drawing from an anchor) to 15° angle steps, then to the grid. Pure geometry, no
 * widgets, so it is tested on its own.
 */
class Snapper
{
public:
    enum class Kind { None, Vertex, Angle, Grid };
    struct Result
    {
        QPointF point;
        Kind kind = Kind::None;
    };

    void setGrid(double metres) { m_grid = metres; }
    double grid() const { return m_grid; }
    /// Radius within which vertices attract, in metres (callers scale it by the zoom).
    void setTolerance(double metres) { m_tolerance = metres; }
    void setVertices(const QList<QPointF> &vertices) { m_vertices = vertices; }
    void setAngleStep(double degrees) { m_angleStep = degrees; }

    /// Snaps \a point; \a anchor is the previous point of a line being drawn, if any.
    Result snap(QPointF point, std::optional<QPointF> anchor = std::nullopt) const;

private:
    double m_grid = 0.1;
    double m_tolerance = 0.25;
    double m_angleStep = 15.0;
    QList<QPointF> m_vertices;
};

} // namespace twin::ui
