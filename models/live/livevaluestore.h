// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/memoryvaluestore.h"

#include <QList>
#include <QMutex>

#include <atomic>

namespace twin {

/**
 * The value store of a live run: MemoryValueStore's values and history, but notifications
 * are not kept for ever: they wait in a bounded queue (the oldest go first when nobody
 * takes them) until the owner takes them on its tick, and are counted.
 */
class LiveValueStore : public MemoryValueStore
{
public:
    explicit LiveValueStore(int historyLimit = 10000, int queueLimit = 1000);

    void notify(const FunctionNotification &notification) override;

    /// The notifications raised since the previous call, oldest first.
    QList<FunctionNotification> takeNotifications();
    /// Every notification raised, taken or not.
    quint64 notificationCount() const { return m_count.load(std::memory_order_relaxed); }
    /// Notifications dropped from the queue because it was full.
    quint64 droppedNotifications() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    mutable QMutex m_queueMutex;
    const int m_queueLimit;
    QList<FunctionNotification> m_queue;
    std::atomic<quint64> m_count{0};
    std::atomic<quint64> m_dropped{0};
};

} // namespace twin
