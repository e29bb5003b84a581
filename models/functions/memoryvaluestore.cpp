// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryvaluestore.h"

#include "telemetry/historyqueries.h"
#include "telemetry/telemetrytypes.h"

#include <QMutexLocker>

#include <algorithm>
#include <limits>

namespace twin {

namespace {

bool earlier(const StoredValue &a, const StoredValue &b)
{
    return a.timeMs < b.timeMs;
}

/// The history file's point name of a sensor's series (see BindingSet).
QString sensorPointName(const QString &dataType)
{
    return dataType.isEmpty() ? QStringLiteral("value") : dataType;
}

} // namespace

MemoryValueStore::MemoryValueStore(int historyLimit)
    : m_historyLimit(qMax(1, historyLimit))
{
}

bool MemoryValueStore::sensorValue(const QString &sensorId, StoredValue *value) const
{
    const Shard &shard = shardOf(sensorId);
    QMutexLocker lock(&shard.mutex);
    const auto it = shard.sensors.constFind(sensorId);
    if (it == shard.sensors.cend() || it->history.isEmpty())
        return false;
    *value = it->history.constLast();
    return true;
}

bool MemoryValueStore::spaceValue(const QString &spaceId, const QString &name, StoredValue *value) const
{
    const Shard &shard = shardOf(spaceId);
    QMutexLocker lock(&shard.mutex);
    const auto space = shard.spaces.constFind(spaceId);
    if (space == shard.spaces.cend())
        return false;
    const auto it = space->constFind(name);
    if (it == space->cend() || it->history.isEmpty())
        return false;
    *value = it->history.constLast();
    return true;
}

void MemoryValueStore::setHistoryFile(std::shared_ptr<const HistoryQueries> file, bool mirrored)
{
    QMutexLocker lock(&m_mutex);
    m_file = std::move(file);
    m_mirrored = mirrored;
}

QList<StoredValue> MemoryValueStore::range(const Series &series, qint64 fromMs, qint64 toMs, int limit,
                                           const QString &dataType)
{
    QList<StoredValue> result;
    const qsizetype first = qMax<qsizetype>(0, series.history.size() - limit);
    for (qsizetype i = first; i < series.history.size(); ++i) {
        const StoredValue &v = series.history.at(i);
        // A sensor's series holds every data type it was given; an empty type matches all.
        if (v.timeMs >= fromMs && v.timeMs <= toMs
            && (dataType.isEmpty() || v.dataType.isEmpty() || v.dataType.compare(dataType, Qt::CaseInsensitive) == 0))
            result.append(v);
    }
    return result;
}

HistoryRead MemoryValueStore::withFile(QList<StoredValue> held, const QString &twinId, const QString &name,
                                       bool sensor, qint64 fromMs, qint64 toMs, int limit) const
{
    HistoryRead read;
    limit = qMax(1, limit);
    std::shared_ptr<const HistoryQueries> file;
    bool mirrored = false;
    {
        QMutexLocker lock(&m_mutex);
        file = m_file;
        mirrored = m_mirrored;
    }
    // Arrival order, with the odd late sample: order by time, equal times as they came.
    std::stable_sort(held.begin(), held.end(), earlier);
    QList<StoredValue> older;
    if (file) {
        // The file's ranges end before their end; ours include it.
        qint64 fileTo = toMs == std::numeric_limits<qint64>::max() ? toMs : toMs + 1;
        if (mirrored && !held.isEmpty())
            fileTo = qMin(fileTo, held.constFirst().timeMs);
        QList<HistoryValue> values;
        QString dataType;
        if (!file->latest(twinId, name, fromMs, fileTo, limit, &values, &dataType, &read.truncated, &read.error))
            return read;
        const bool asBool = sensor && valueKindForDataType(dataType) == ValueKind::Bool;
        const QString type = sensor ? dataType : name;
        older.reserve(values.size());
        for (const HistoryValue &v : values) {
            QString text = v.isText ? v.text
                : asBool            ? (v.number != 0.0 ? QStringLiteral("true") : QStringLiteral("false"))
                                    : QString::number(v.number, 'g', 15);
            older.append(StoredValue{type, std::move(text), v.timestampMs});
        }
    }
    if (older.isEmpty()) {
        read.values = std::move(held);
    } else if (held.isEmpty()) {
        read.values = std::move(older);
    } else {
        read.values.reserve(older.size() + held.size());
        std::merge(older.cbegin(), older.cend(), held.cbegin(), held.cend(), std::back_inserter(read.values), earlier);
    }
    if (read.values.size() > limit) {
        read.values.remove(0, read.values.size() - limit);
        read.truncated = true;
    }
    return read;
}

void MemoryValueStore::append(Series &series, const StoredValue &value)
{
    series.history.append(value);
    // Trim in halves so that a full series costs O(1) per value, not a shift each time.
    if (series.history.size() >= 2 * m_historyLimit)
        series.history.remove(0, series.history.size() - m_historyLimit);
}

HistoryRead MemoryValueStore::sensorHistory(const QString &sensorId, const QString &dataType, qint64 fromMs,
                                            qint64 toMs, int limit) const
{
    QList<StoredValue> held;
    {
        const Shard &shard = shardOf(sensorId);
        QMutexLocker lock(&shard.mutex);
        const auto it = shard.sensors.constFind(sensorId);
        if (it != shard.sensors.cend())
            held = range(*it, fromMs, toMs, m_historyLimit, dataType);
    }
    // No I/O under the lock: the file is read after.
    return withFile(std::move(held), sensorId, sensorPointName(dataType), true, fromMs, toMs, limit);
}

HistoryRead MemoryValueStore::spaceHistory(const QString &spaceId, const QString &name, qint64 fromMs, qint64 toMs,
                                           int limit) const
{
    QList<StoredValue> held;
    {
        const Shard &shard = shardOf(spaceId);
        QMutexLocker lock(&shard.mutex);
        const auto space = shard.spaces.constFind(spaceId);
        if (space != shard.spaces.cend()) {
            const auto it = space->constFind(name);
            if (it != space->cend())
                held = range(*it, fromMs, toMs, m_historyLimit);
        }
    }
    return withFile(std::move(held), spaceId, name, false, fromMs, toMs, limit);
}

bool MemoryValueStore::appendSensorValue(const QString &sensorId, const StoredValue &value, bool skipEcho)
{
    Shard &shard = shardOf(sensorId);
    QMutexLocker lock(&shard.mutex);
    Series &series = shard.sensors[sensorId];
    if (skipEcho && !series.history.isEmpty() && series.history.constLast().value == value.value
        && series.history.constLast().dataType == value.dataType)
        return false;
    append(series, value);
    return true;
}

void MemoryValueStore::setSensorValue(const QString &sensorId, const StoredValue &value)
{
    appendSensorValue(sensorId, value, true);
}

void MemoryValueStore::setSpaceValue(const QString &spaceId, const QString &name, const StoredValue &value)
{
    Shard &shard = shardOf(spaceId);
    QMutexLocker lock(&shard.mutex);
    append(shard.spaces[spaceId][name], value);
}

void MemoryValueStore::recordSensorValue(const QString &sensorId, const StoredValue &value)
{
    appendSensorValue(sensorId, value, false);
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
    QHash<QString, QHash<QString, StoredValue>> result;
    for (const Shard &shard : m_shards) {
        QMutexLocker lock(&shard.mutex);
        for (auto s = shard.spaces.cbegin(); s != shard.spaces.cend(); ++s) {
            for (auto v = s->cbegin(); v != s->cend(); ++v) {
                if (!v->history.isEmpty())
                    result[s.key()].insert(v.key(), v->history.constLast());
            }
        }
    }
    return result;
}

QHash<QString, StoredValue> MemoryValueStore::sensorValues() const
{
    QHash<QString, StoredValue> result;
    for (const Shard &shard : m_shards) {
        QMutexLocker lock(&shard.mutex);
        for (auto s = shard.sensors.cbegin(); s != shard.sensors.cend(); ++s) {
            if (!s->history.isEmpty())
                result.insert(s.key(), s->history.constLast());
        }
    }
    return result;
}

void MemoryValueStore::clear()
{
    for (Shard &shard : m_shards) {
        QMutexLocker lock(&shard.mutex);
        shard.sensors.clear();
        shard.spaces.clear();
    }
    QMutexLocker lock(&m_mutex);
    m_notifications.clear();
}

} // namespace twin
