// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstdint>

namespace twin {

/// What kind of value a point carries; derived from its semantic data type.
enum class ValueKind : std::uint8_t { Number, Bool, String, Any };

/// Where a point's values come from.
enum class PointKind : std::uint8_t {
    Sensor,   ///< a sensor twin's primary point (default binding)
    Bound,    ///< an explicit binding, or a named telemetry of a twin
    Computed, ///< written by functions (setSensorValue / setSpaceValue)
};

/// The value kind a semantic data type expects: Motion, Occupancy, Presence, Door and
/// other on/off types are Bool; Text/String/Status are String; everything else is Number.
ValueKind valueKindForDataType(QStringView dataType);

/// Milliseconds since the epoch, now.
qint64 currentMsecsSinceEpoch();
/// A monotonic clock in nanoseconds, for latencies.
qint64 monotonicNanoseconds();

/// Parses an ISO-8601 date-time ("2024-05-01T12:00:00.250Z", "+02:00" offsets, no zone =
/// UTC) into epoch milliseconds without allocating. Returns false when it is not one.
bool parseIsoTimestamp(const char *text, std::size_t size, qint64 *msecs);

} // namespace twin
