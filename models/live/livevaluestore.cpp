// SPDX-License-Identifier: GPL-3.0-or-later
#include "livevaluestore.h"

#include "core/logging.h"
#include "telemetry/telemetrypipeline.h"

namespace twin {

LiveValueStore::LiveValueStore(int historyLimit, int queueLimit)
    : MemoryValueStore(historyLimit)
    , m_queueLimit(qMax(1, queueLimit))
{
}

void LiveValueStore::setSensorValue(const QString &sensorId, const StoredValue &value)
{
    if (!appendSensorValue(sensorId, value, true))
        return;
    // A sensor without a data type has its readings under "value" (see BindingSet).
    forward(sensorId, value.dataType.isEmpty() ? QStringLiteral("value") : value.dataType, value);
}

void LiveValueStore::setSpaceValue(const QString &spaceId, const QString &name, const StoredValue &value)
{
    MemoryValueStore::setSpaceValue(spaceId, name, value);
    forward(spaceId, name, value);
}

void LiveValueStore::forward(const QString &twinId, const QString &name, const StoredValue &value)
{
    if (!m_pipeline)
        return;
    QString error;
    // A cleared value (null) is kept as an empty text.
    if (!m_pipeline->writeValue(twinId, name, QVariant(value.value.isNull() ? QStringLiteral("") : value.value),
                                value.timeMs, &error)) {
        if (m_refused.fetch_add(1, std::memory_order_relaxed) == 0)
            qCWarning(lcFunctions).noquote() << "a function value is not recorded:" << error;
    }
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
