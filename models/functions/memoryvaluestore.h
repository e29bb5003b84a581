// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/valuestore.h"

#include <QHash>
#include <QMutex>

namespace twin {

/// A ValueStore in memory (replays, tests, benchmarks): latest values, a bounded history
/// per value and the notifications raised. Thread-safe.
class MemoryValueStore : public ValueStore
{
public:
    explicit MemoryValueStore(int historyLimit = 10000);

    bool sensorValue(const QString &sensorId, StoredValue *value) const override;
    bool spaceValue(const QString &spaceId, const QString &name, StoredValue *value) const override;
    QList<StoredValue> sensorHistory(const QString &sensorId, qint64 fromMs, qint64 toMs) const override;
    QList<StoredValue> spaceHistory(const QString &spaceId, const QString &name, qint64 fromMs,
                                    qint64 toMs) const override;
    void setSensorValue(const QString &sensorId, const StoredValue &value) override;
    void setSpaceValue(const QString &spaceId, const QString &name, const StoredValue &value) override;
    void notify(const FunctionNotification &notification) override;

    QList<FunctionNotification> notifications() const;
    /// Latest space values: space id → name → value.
    QHash<QString, QHash<QString, StoredValue>> spaceValues() const;
    QHash<QString, StoredValue> sensorValues() const;
    void clear();

private:
    struct Series
    {
        QList<StoredValue> history;
    };
    static QList<StoredValue> range(const Series &series, qint64 fromMs, qint64 toMs, int limit);
    void append(Series &series, const StoredValue &value);

    mutable QMutex m_mutex;
    const int m_historyLimit;
    QHash<QString, Series> m_sensors;
    QHash<QString, QHash<QString, Series>> m_spaces;
    QList<FunctionNotification> m_notifications;
};

} // namespace twin
