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

/// What a history read returns: at most the limit asked for, the newest values, oldest first.
struct HistoryRead
{
    QList<StoredValue> values;
    bool truncated = false; ///< older values in the range were left out to keep to the limit
    QString error;          ///< why the history could not be read; empty when it was

    bool ok() const { return error.isEmpty(); }
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
 * What the function runtime reads and writes values through. A live run uses
 * LiveValueStore (values in memory, history from the history file as well, function values
 * forwarded to the pipeline); replays and tests use MemoryValueStore, with or without a
 * history file to read.
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
    /// The newest \a limit values of a sensor's series \a dataType (the sensor's own data
    /// type, or one a function set it under) recorded in [fromMs, toMs], oldest first.
    virtual HistoryRead sensorHistory(const QString &sensorId, const QString &dataType, qint64 fromMs, qint64 toMs,
                                      int limit) const = 0;
    /// The same for the space value \a name.
    virtual HistoryRead spaceHistory(const QString &spaceId, const QString &name, qint64 fromMs, qint64 toMs,
                                     int limit) const = 0;

    /// A function's setSensorValue / setSpaceValue: latest value, and history.
    virtual void setSensorValue(const QString &sensorId, const StoredValue &value) = 0;
    virtual void setSpaceValue(const QString &spaceId, const QString &name, const StoredValue &value) = 0;
    /// A telemetry value as it arrives, before the sensor's functions run. It is in the
    /// pipeline's history already: a store that forwards function values to the pipeline
    /// keeps this one to itself.
    virtual void recordSensorValue(const QString &sensorId, const StoredValue &value) { setSensorValue(sensorId, value); }
    /// Said for every sensor of a dispatched batch before any of its functions run: from
    /// then on every value of \a sensorId reaches the store in order (recordSensorValue),
    /// so a store that also looks elsewhere for values (the live state, which holds the
    /// whole batch already) must not, or a function would see a later sibling reading.
    virtual void expectSensorValues(const QString &sensorId) { Q_UNUSED(sensorId); }
    /// The notifications sink.
    virtual void notify(const FunctionNotification &notification) = 0;
};

} // namespace twin
