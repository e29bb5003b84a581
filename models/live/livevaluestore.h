// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/memoryvaluestore.h"

#include <QList>
#include <QMutex>
#include <QReadWriteLock>
#include <QSet>

#include <atomic>

namespace twin {

class TelemetryPipeline;

/**
 * The value store of a live run: MemoryValueStore's values and history, but notifications
 * are not kept for ever: they wait in a bounded queue (the oldest go first when nobody
 * takes them) until the owner takes them on its tick, and are counted.
 *
 * Values functions set also go to the pipeline (setPipeline()), as computed values of
 * (sensor, data type) and (space, value name): into live state, where the app shows
 * them, and into the history file, where later runs read them. Telemetry values
 * (recordSensorValue) are in the pipeline already and stay here.
 *
 * A sensor's latest value is the newer of what this store holds and the pipeline's live
 * state of the sensor's point, so that a function sees telemetry that reached the live
 * state without passing through this store (before the functions ran) — until the
 * runtime says the sensor's values come here in order (expectSensorValues()): from then
 * on only this store answers, since the live state already holds the readings of the
 * whole batch and a function must not see a sibling reading that comes after its own.
 */
class LiveValueStore : public MemoryValueStore
{
public:
    explicit LiveValueStore(int historyLimit = 10000, int queueLimit = 1000);

    /// Where function values go besides this store (nullptr: nowhere). Set before functions run.
    void setPipeline(TelemetryPipeline *pipeline) { m_pipeline = pipeline; }

    bool sensorValue(const QString &sensorId, StoredValue *value) const override;
    void expectSensorValues(const QString &sensorId) override;
    void setSensorValue(const QString &sensorId, const StoredValue &value) override;
    void setSpaceValue(const QString &spaceId, const QString &name, const StoredValue &value) override;
    void notify(const FunctionNotification &notification) override;

    /// The notifications raised since the previous call, oldest first.
    QList<FunctionNotification> takeNotifications();
    /// Every notification raised, taken or not.
    quint64 notificationCount() const { return m_count.load(std::memory_order_relaxed); }
    /// Notifications dropped from the queue because it was full.
    quint64 droppedNotifications() const { return m_dropped.load(std::memory_order_relaxed); }
    /// Function values the pipeline refused (see the log).
    quint64 refusedValues() const { return m_refused.load(std::memory_order_relaxed); }

private:
    /// Sensors whose values the runtime records here in order: the live state is not
    /// asked for them (it may hold a later reading of the same batch).
    mutable QReadWriteLock m_expectedLock;
    QSet<QString> m_expected;
    void forward(const QString &twinId, const QString &name, const StoredValue &value);

    TelemetryPipeline *m_pipeline = nullptr;
    std::atomic<quint64> m_refused{0};
    mutable QMutex m_queueMutex;
    const int m_queueLimit;
    QList<FunctionNotification> m_queue;
    std::atomic<quint64> m_count{0};
    std::atomic<quint64> m_dropped{0};
};

} // namespace twin
