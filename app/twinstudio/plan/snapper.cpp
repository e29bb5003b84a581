// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapper.h"

#include <QLineF>

#include <cmath>

namespace twin::ui {

Snapper::Result Snapper::snap(QPointF point, std::optional<QPointF> anchor) const
{
    double best = m_tolerance;
    std::optional<QPointF> vertex;
    for (QPointF v : m_vertices) {
        const double d = QLineF(point, v).length();
        if (d <= best) {
            best = d;
            vertex = v;
        }
    }
    if (vertex)
        return {*vertex, Kind::Vertex};

    if (anchor && m_angleStep > 0) {
        const QLineF line(*anchor, point);
        const double length = line.length();
        if (length > 1e-9) {
            const double step = m_angleStep;
            const double angle = std::round(line.angle() / step) * step;
            double snappedLength = length;
            if (m_grid > 0)
                snappedLength = std::max(m_grid, std::round(length / m_grid) * m_grid);
            QLineF snapped = QLineF::fromPolar(snappedLength, angle);
            snapped.translate(*anchor);
            return {snapped.p2(), Kind::Angle};
        }
    }
    if (m_grid > 0) {
        return {QPointF(std::round(point.x() / m_grid) * m_grid, std::round(point.y() / m_grid) * m_grid),
                Kind::Grid};
    }
    return {point, Kind::None};
}

} // namespace twin::ui
