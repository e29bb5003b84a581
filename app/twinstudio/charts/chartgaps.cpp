// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartgaps.h"

#include <algorithm>

namespace twin::ui {

ChartGaps::ChartGaps(const QVector<double> &keys)
    : m_before(keys.size(), false)
{
    if (keys.size() < 3)
        return; // one step: nothing to compare it with
    QVector<double> steps;
    steps.reserve(keys.size() - 1);
    for (int i = 1; i < keys.size(); ++i)
        steps.append(keys.at(i) - keys.at(i - 1));
    QVector<double> sorted = steps;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const double median = sorted.at(sorted.size() / 2);
    for (int i = 1; i < keys.size(); ++i) {
        if (steps.at(i - 1) > Factor * median) {
            m_before[i] = true;
            ++m_count;
        }
    }
}

bool ChartGaps::isolated(int index) const
{
    const int last = int(m_before.size()) - 1;
    return (index == 0 || m_before.at(index)) && (index == last || m_before.at(index + 1));
}

} // namespace twin::ui
