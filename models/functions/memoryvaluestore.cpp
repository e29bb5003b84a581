// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryvaluestore.h"

#include <QMutexLocker>

namespace twin {

MemoryValueStore::MemoryValueStore(int historyLimit)
    : m_historyLimit(qMax(1, historyLimit))
{
}

bool MemoryValueStore::sensorValue(const QString &sensorId, StoredValue *value) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_sensors.constFind(sensorId);
    if (it == m_sensors.cend() || it->history.isEmpty())
        return false;
    *value = it->history.constLast();
    return true;
}

bool MemoryValueStore::spaceValue(const QString &spaceId, const QString &name, StoredValue *value) const
{
    QMutexLocker lock(&m_mutex);
    const auto space = m_spaces.constFind(spaceId);
    if (space == m_spaces.cend())
        return false;
    const auto it = space->constFind(name);
    if (it == space->cend() || it->history.isEmpty())
        return false;
    *value = it->history.constLast();
    return true;
}

QList<StoredValue> MemoryValueStore::range(const Series &series, qint64 fromMs, qint64 toMs, int limit)
{
    QList<StoredValue> result;
    const qsizetype first = qMax<qsizetype>(0, series.history.size() - limit);
    for (const StoredValue &v : series.history.mid(first)) {
        if (v.timeMs >= fromMs && v.timeMs <= toMs)
            result.append(v);
    }
    return result;
}

void MemoryValueStore::append(Series &series, const StoredValue &value)
{
    series.history.append(value);
    // Trim in halves so that a full series costs O(1) per value, not a shift each time.
    if (series.history.size() >= 2 * m_historyLimit)
        series.history.remove(0, series.history.size() - m_historyLimit);
}

QList<StoredValue> MemoryValueStore::sensorHistory(const QString &sensorId, qint64 fromMs, qint64 toMs) const
{
    QMutexLocker lock(&m_mutex);
    return range(m_sensors.value(sensorId), fromMs, toMs, m_historyLimit);
}

QList<StoredValue> MemoryValueStore::spaceHistory(const QString &spaceId, const QString &name, qint64 fromMs,
                                                  qint64 toMs) const
{
    QMutexLocker lock(&m_mutex);
    return range(m_spaces.value(spaceId).value(name), fromMs, toMs, m_historyLimit);
}

void MemoryValueStore::setSensorValue(const QString &sensorId, const StoredValue &value)
{
    QMutexLocker lock(&m_mutex);
    append(m_sensors[sensorId], value);
}

void MemoryValueStore::setSpaceValue(const QString &spaceId, const QString &name, const StoredValue &value)
{
    QMutexLocker lock(&m_mutex);
    append(m_spaces[spaceId][name], value);
}

void MemoryValueStore::notify(const FunctionNotification &notification)
{
    QMutexLocker lock(&m_mutex);
    m_notifications.append(notification);
}

QList<FunctionNotification> MemoryValueStore::notifications() const
{
    QMutexLocker lock(&m_mutex);
    return m_notifications;
}

QHash<QString, QHash<QString, StoredValue>> MemoryValueStore::spaceValues() const
{
    QMutexLocker lock(&m_mutex);
    QHash<QString, QHash<QString, StoredValue>> result;
    for (auto s = m_spaces.cbegin(); s != m_spaces.cend(); ++s) {
        for (auto v = s->cbegin(); v != s->cend(); ++v) {
            if (!v->history.isEmpty())
                result[s.key()].insert(v.key(), v->history.constLast());
        }
    }
    return result;
}

QHash<QString, StoredValue> MemoryValueStore::sensorValues() const
{
    QMutexLocker lock(&m_mutex);
    QHash<QString, StoredValue> result;
    for (auto s = m_sensors.cbegin(); s != m_sensors.cend(); ++s) {
        if (!s->history.isEmpty())
            result.insert(s.key(), s->history.constLast());
    }
    return result;
}

void MemoryValueStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_sensors.clear();
    m_spaces.clear();
    m_notifications.clear();
}

} // namespace twin
