// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

namespace twintest {

/// A small site for telemetry tests:
/// building ⊃ floor ⊃ {room-1, room-2}; room-1 ⊃ device-1 ⊃ {temp-1 (Temperature),
/// motion-1 (Motion)}; room-1 ⊃ temp-2 (Temperature, directly); room-2 ⊃ temp-3.
/// Bindings: \a bindings (Project::bindings() entries).
twin::ProjectContent telemetrySite(const QJsonArray &bindings = {});

} // namespace twintest
