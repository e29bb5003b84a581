// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationtimefilter.h"

#include "notificationmodel.h"

namespace twin {

void NotificationTimeFilter::setUntilMs(qint64 ms)
{
    ms = ms < 0 ? -1 : ms;
    if (ms == m_untilMs)
        return;
    m_untilMs = ms;
    invalidateFilter();
}

bool NotificationTimeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_untilMs < 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(NotificationModel::TimeRole).toLongLong() <= m_untilMs;
}

} // namespace twin
