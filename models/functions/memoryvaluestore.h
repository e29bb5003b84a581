// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stringkey.h"
#include "functions/valuestore.h"

#include <QHash>
#include <QMutex>

#include <array>
#include <memory>

namespace twin {

class HistoryQueries;

/**
 * A ValueStore in memory (replays, tests, benchmarks, and the base of a live run's store):
 * latest values, a bounded history per value and the notifications raised. Thread-safe.
 *
 * With a history file (setHistoryFile()), history reads also return what the file holds:
 * a sensor's series is the file's point (sensor id, data type; "value" when the sensor has
 * none, as bindings name it), a space value's is (space id, value name). Numbers come back
 * as text the way telemetry values are given to functions (`21.5`; `true`/`false` for a
 * sensor of a boolean type such as Motion).
 */
class MemoryValueStore : public ValueStore
{
public:
    explicit MemoryValueStore(int historyLimit = 10000);

    /// Reads history from \a file too (the project's file or a shared PostgreSQL history;
    /// nullptr: memory only). \a mirrored: every value
    /// recorded here reaches that file as well (a live run writing history), so the file
    /// answers for the times before the oldest value held here, and what is not flushed yet
    /// comes from memory; otherwise (a replay over an earlier run's history) both merge.
    void setHistoryFile(std::shared_ptr<const HistoryQueries> file, bool mirrored);

    bool sensorValue(const QString &sensorId, StoredValue *value) const override;
    bool spaceValue(const QString &spaceId, const QString &name, StoredValue *value) const override;
    HistoryRead sensorHistory(const QString &sensorId, const QString &dataType, qint64 fromMs, qint64 toMs,
                              int limit) const override;
    HistoryRead spaceHistory(const QString &spaceId, const QString &name, qint64 fromMs, qint64 toMs,
                             int limit) const override;
    void setSensorValue(const QString &sensorId, const StoredValue &value) override;
    void setSpaceValue(const QString &spaceId, const QString &name, const StoredValue &value) override;
    void recordSensorValue(const QString &sensorId, const StoredValue &value) override;
    void notify(const FunctionNotification &notification) override;

    QList<FunctionNotification> notifications() const;
    /// Latest space values: space id → name → value.
    QHash<QString, QHash<QString, StoredValue>> spaceValues() const;
    QHash<QString, StoredValue> sensorValues() const;
    void clear();

protected:
    /// Appends a sensor value; with \a skipEcho not when it repeats the latest value
    /// (dataType and text): a function echoing the reading that triggered it, as the
    /// original service's samples do, adds no second entry. True when appended.
    bool appendSensorValue(const QString &sensorId, const StoredValue &value, bool skipEcho);

private:
    struct Series
    {
        QList<StoredValue> history;
    };
    static QList<StoredValue> range(const Series &series, qint64 fromMs, qint64 toMs, int limit,
                                    const QString &dataType = QString());
    /// \a held (values of this store) with what the history file has of (twin, name).
    HistoryRead withFile(QList<StoredValue> held, const QString &twinId, const QString &name, bool sensor,
                         qint64 fromMs, qint64 toMs, int limit) const;
    void append(Series &series, const StoredValue &value);

    /// The values of the twins whose ids hash to it, under a lock of its own, on cache
    /// lines of its own: workers writing different twins' values do not wait for, or
    /// invalidate the cache lines of, each other (one store-wide lock cost two worker
    /// threads a quarter of their CPU time).
    struct alignas(64) Shard
    {
        mutable QMutex mutex;
        QHash<StringKey, Series> sensors;
        QHash<StringKey, QHash<StringKey, Series>> spaces;
    };
    static constexpr size_t kShards = 64;
    Shard &shardOf(const QString &twinId) const { return m_shards[stringKeyHash(twinId) % kShards]; }

    mutable std::array<Shard, kShards> m_shards;
    /// Notifications and the history file.
    mutable QMutex m_mutex;
    const int m_historyLimit;
    QList<FunctionNotification> m_notifications;
    std::shared_ptr<const HistoryQueries> m_file;
    bool m_mirrored = false;
};

} // namespace twin
