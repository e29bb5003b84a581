// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace twin {

/// One value of a sensor or of a named space value, as functions see it: always a string
/// (a null string when a function cleared it), with the time it was recorded.
struct StoredValue
{
    QString dataType;
    QString value;
    qint64 timeMs = 0;  ///< milliseconds since the epoch, UTC

    bool operator==(const StoredValue &) const = default;
};

/// A notification raised by a function (sendNotification, Notify()).
struct FunctionNotification
{
    QString twinId;
    QString type;     ///< "Space", "Sensor", "Device" or what the function passed
    QString payload;  ///< as the function passed it (usually JSON text)
    QString function;
    qint64 timeMs = 0;

    bool operator==(const FunctionNotification &) const = default;
};

/**
 * What the function runtime reads and writes values through. The live pipeline adapts its
 * latest-value arrays and history to this interface; replays and tests use
 * MemoryValueStore.
 *
 * Every method is called from function worker threads, concurrently: implementations
 * must be thread-safe, and must not block for long (no I/O under a lock).
 */
class ValueStore
{
public:
    virtual ~ValueStore() = default;

    /// The latest value of a sensor; false when it has none.
    virtual bool sensorValue(const QString &sensorId, StoredValue *value) const = 0;
    /// The latest value named \a name of a space; false when it has none.
    virtual bool spaceValue(const QString &spaceId, const QString &name, StoredValue *value) const = 0;
    /// Values recorded in [fromMs, toMs], oldest first.
    virtual QList<StoredValue> sensorHistory(const QString &sensorId, qint64 fromMs, qint64 toMs) const = 0;
    virtual QList<StoredValue> spaceHistory(const QString &spaceId, const QString &name, qint64 fromMs,
                                            qint64 toMs) const = 0;

    /// Records a value (telemetry or a function's setSensorValue) as latest and in history.
    virtual void setSensorValue(const QString &sensorId, const StoredValue &value) = 0;
    virtual void setSpaceValue(const QString &spaceId, const QString &name, const StoredValue &value) = 0;
    /// The notifications sink.
    virtual void notify(const FunctionNotification &notification) = 0;
};

} // namespace twin
