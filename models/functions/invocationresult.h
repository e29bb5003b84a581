// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/valuestore.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace twin {

/// Whether a decoded value of this type reaches a function as a number.
inline bool isNumericValueType(int typeId)
{
    return typeId == QMetaType::Double || typeId == QMetaType::Float || typeId == QMetaType::Int
        || typeId == QMetaType::LongLong || typeId == QMetaType::UInt || typeId == QMetaType::ULongLong;
}

/// One telemetry message as a function sees it.
struct TelemetrySample
{
    QString sensorId;
    QString dataType;
    QVariant value;        ///< decoded (double, bool or string)
    QString valueText;     ///< the value as stored (what Value().Value returns)
    QString message;       ///< the raw payload
    qint64 timestampMs = 0;
    qint64 enqueuedMs = 0;
    qint64 receivedMs = 0;
    qint64 correlationId = 0;
    /// The runtime records the value in its ValueStore, in order: just before the sample's
    /// functions run (so they see the values of earlier samples, not of later ones in the
    /// same batch), or at once when no function matches.
    bool recordValue = false;
};

/// One API call recorded while tracing.
struct ApiCall
{
    QString api;           ///< e.g. "getSensorMetadata" or "Sensor.Space"
    QJsonArray arguments;  ///< described: twin objects as "Sensor(id)"
    QJsonValue result;
    QString error;         ///< what it threw
    int line = 0;          ///< the line of the function's source that called it
};

/// A value a function set (setSensorValue, setSpaceValue).
struct ValueWrite
{
    enum class Kind { Sensor, Space };
    Kind kind = Kind::Sensor;
    QString twinId;
    QString name;   ///< the data type (sensors) or the value name (spaces)
    QString value;  ///< null string: cleared
};

/// Why an invocation failed.
struct FunctionError
{
    enum class Kind { None, Compile, Exception, Timeout, Memory, Scope };
    Kind kind = Kind::None;
    QString message;
    int line = 0;
    int column = 0;
    QString stack;

    /// "NAME.js:LINE:COL: message" (the line and column when known).
    QString format(const QString &function) const;
    static QString kindName(Kind kind);
};

/// What one invocation did.
struct InvocationResult
{
    QString function;
    QString sensorId;
    FunctionError error;
    qint64 durationNs = 0;
    QList<ValueWrite> writes;
    QStringList logs;
    QList<FunctionNotification> notifications;
    QList<ApiCall> calls;  ///< only when tracing

    bool ok() const { return error.kind == FunctionError::Kind::None; }
};

/// A syntax error found when a source is saved.
struct SyntaxError
{
    QString function;
    QString message;
    int line = 0;
    int column = 0;

    QString format() const;
};

} // namespace twin
