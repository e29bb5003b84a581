// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/invocationresult.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>

#include <functional>

namespace twin {

/**
 * The latest live messages that reached the functions, kept for the debugger's "last N
 * live messages" input: a ring of fixed capacity that the pipeline thread fills once per
 * batch (one lock per batch, never per invocation) and the GUI reads as telemetry objects
 * (SensorId, Message, Timestamp, DataType, as `twinctl function run` reads them).
 */
class LiveMessageRing
{
public:
    explicit LiveMessageRing(int capacity = 500);

    int capacity() const { return m_capacity; }
    void add(const QList<TelemetrySample> &samples);
    void clear();
    /// The latest \a n messages that \a accept (null: all) lets through, oldest first.
    QList<QJsonObject> last(int n, const std::function<bool(const QString &sensorId)> &accept = {}) const;
    static QJsonObject toJson(const TelemetrySample &sample);

private:
    const int m_capacity;
    mutable QMutex m_mutex;
    QList<TelemetrySample> m_samples; ///< m_capacity slots once full
    int m_next = 0;                   ///< the slot the next sample goes to
};

} // namespace twin
