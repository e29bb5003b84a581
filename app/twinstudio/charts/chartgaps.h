// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVector>

namespace twin::ui {

/**
 * Where a series read from history stops and starts again. The history leaves empty
 * buckets out, so a step between two bucket starts much longer than the usual one (more
 * than Factor times the median step) is a gap: the chart breaks its line there instead of
 * drawing a straight line across, and marks the points that are left without a neighbour
 * (a line needs two points, so those would not show at all).
 */
class ChartGaps
{
public:
    static constexpr double Factor = 4.0;

    /// \a keys ascending.
    explicit ChartGaps(const QVector<double> &keys);

    /// Whether the step from point \a index − 1 to point \a index is a gap.
    bool before(int index) const { return m_before.at(index); }
    int count() const { return m_count; }
    /// Whether point \a index has no neighbour it is drawn joined to.
    bool isolated(int index) const;

private:
    QList<bool> m_before;
    int m_count = 0;
};

} // namespace twin::ui
