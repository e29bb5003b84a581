// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetrytypes.h"

#include <QByteArrayView>
#include <QStringView>

namespace twin {

/// One sample that passed binding, as the function runtime sees it. Views stay valid
/// for the duration of SampleDispatcher::dispatch() only.
struct DispatchSample
{
    int pointId = -1;
    QStringView twinId;
    QStringView name;       ///< telemetry name of the point
    QStringView dataType;   ///< semantic type (Temperature, Motion, ...)
    ValueKind kind = ValueKind::Number;
    double number = 0.0;    ///< the decoded value (booleans 0/1)
    QByteArrayView text;    ///< UTF-8 text for string values
    QByteArrayView payload; ///< the raw payload as received (empty for computed values)
    qint64 timestampMs = 0; ///< the payload's "ts", else the receive time
    qint64 receivedMs = 0;  ///< wall-clock receive time
    bool computed = false;  ///< written by a function rather than received
};

/// A processed batch, read by index without copying.
class SampleBatchView
{
public:
    virtual ~SampleBatchView() = default;
    virtual int size() const = 0;
    virtual DispatchSample at(int index) const = 0;
};

/**
 * The hook through which the pipeline hands samples to the function runtime: called on
 * the pipeline thread once per processed batch (never per sample), after live state and
 * aggregates have been updated, so functions read values that include the batch.
 * Implementations may write back through TelemetryPipeline::writeValue(); such values
 * arrive in a later batch.
 */
class SampleDispatcher
{
public:
    virtual ~SampleDispatcher() = default;
    /// Returns how many function invocations ran for the batch.
    virtual int dispatch(const SampleBatchView &batch) = 0;
};

} // namespace twin
