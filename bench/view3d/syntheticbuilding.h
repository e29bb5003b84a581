// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

namespace twinbench {

/**
 * A synthetic building for the 3D view: \a floors floors of \a roomsPerFloor rooms
 * (4 × 5 m, in rows), every room with a door in its south wall, and \a devicesPerRoom
 * placed devices in each room; one wall per grid line. Deterministic.
 */
twin::ProjectContent syntheticBuilding(int floors, int roomsPerFloor, int devicesPerRoom);

} // namespace twinbench
