// SPDX-License-Identifier: GPL-3.0-or-later
#include "livevaluestore.h"

namespace twin {

LiveValueStore::LiveValueStore(int historyLimit, int queueLimit)
    : MemoryValueStore(historyLimit)
    , m_queueLimit(qMax(1, queueLimit))
{
}

void LiveValueStore::notify(const FunctionNotification &notification)
{
    m_count.fetch_add(1, std::memory_order_relaxed);
    QMutexLocker lock(&m_queueMutex);
    if (m_queue.size() >= m_queueLimit) {
        m_queue.removeFirst();
        m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    m_queue.append(notification);
}

QList<FunctionNotification> LiveValueStore::takeNotifications()
{
    QMutexLocker lock(&m_queueMutex);
    return std::exchange(m_queue, {});
}

} // namespace twin
