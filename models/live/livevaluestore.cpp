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

bool LiveValueStore::sensorValue(const QString &sensorId, StoredValue *value) const
{
    const bool held = MemoryValueStore::sensorValue(sensorId, value);
    if (!m_pipeline)
        return held;
    {
        QReadLocker lock(&m_expectedLock);
        if (m_expected.contains(sensorId))
            return held;
    }
    // The bindings are fixed while the pipeline runs; the live state is read under its lock.
    const auto point = m_pipeline->bindings().sensorPoints().constFind(sensorId);
    LiveValue live;
    if (point == m_pipeline->bindings().sensorPoints().cend() || !m_pipeline->liveState().latest(*point, &live))
        return held;
    if (held && value->timeMs >= live.timestampMs)
        return true;
    const PointInfo &info = m_pipeline->points().info(*point);
    value->dataType = info.dataType;
    value->timeMs = live.timestampMs;
    switch (live.kind) {
    case ValueKind::Bool:
        value->value = live.number != 0.0 ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ValueKind::String:
        value->value = live.text;
        break;
    default:
        value->value = QString::number(live.number, 'g', 15);
        break;
    }
    return true;
}

void LiveValueStore::expectSensorValues(const QString &sensorId)
{
    {
        QReadLocker lock(&m_expectedLock);
        if (m_expected.contains(sensorId))
            return;
    }
    QWriteLocker lock(&m_expectedLock);
    m_expected.insert(sensorId);
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
