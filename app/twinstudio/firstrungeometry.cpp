// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrungeometry.h"

#include <cmath>

namespace twin::ui {

QRect firstRunGeometry(const QRect &available, double share, QSize minimum)
{
    const QSize size = QSize(int(std::lround(available.width() * share)), int(std::lround(available.height() * share)))
                           .expandedTo(minimum)
                           .boundedTo(available.size());
    QRect result(QPoint(), size);
    result.moveCenter(available.center());
    return result;
}

} // namespace twin::ui
