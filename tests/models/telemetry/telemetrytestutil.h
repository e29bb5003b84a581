// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"

#include <vector>

namespace twintest {

/// A small site for telemetry tests:
/// building ⊃ floor ⊃ {room-1, room-2}; room-1 ⊃ device-1 ⊃ {temp-1 (Temperature),
/// motion-1 (Motion)}; room-1 ⊃ temp-2 (Temperature, directly); room-2 ⊃ temp-3.
/// Bindings: \a bindings (Project::bindings() entries).
twin::ProjectContent telemetrySite(const QJsonArray &bindings = {});

/// A history file written straight through HistoryStore, as a live run leaves it, for
/// tests of what reads it. Failures are test failures.
struct HistoryFile
{
    explicit HistoryFile(const QString &path);
    /// The pipeline point id of (twin, name), its data type named after it.
    int point(const QString &twin, const QString &name, twin::PointKind kind = twin::PointKind::Sensor,
              twin::ValueKind valueKind = twin::ValueKind::Number);
    void append(const std::vector<twin::HistorySample> &rows);
    void appendTexts(const std::vector<twin::HistoryText> &rows);

    twin::HistoryStore store;
    twin::PointRegistry points;
};

} // namespace twintest
