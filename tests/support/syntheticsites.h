// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

/// Synthetic sites for the tests and the benchmarks, deterministic, of any size: one place
/// that makes them, so that a test and the benchmark that measures the same path use
/// the same data.
namespace twintest {

/**
 * A generated site of \a twins twins for the format tests and the interchange benchmark:
 * three small interfaces (a space, a room extending it, a sensor), twins with properties
 * and geometry, and exactly two relationships per twin (its containment, the root's a
 * peer link instead, and a "feeds" link with a property to the next twin).
 * Deterministic.
 */
twin::ProjectContent generatedSite(int twins);

/**
 * A synthetic site shaped like the demo, scaled: buildings of ten floors, floors of
 * twenty rooms, two devices per room, three sensors per device, with room outlines,
 * device and sensor positions and floor plans. Containment gives one relationship per
 * twin; \a relationships beyond that are non-containment edges (sensors and devices
 * `isLocatedIn` their room, rooms `adjacentTo` their neighbour). Deterministic.
 */
twin::ProjectContent syntheticSite(int twins, int relationships);

/**
 * A synthetic building for the 3D view: \a floors floors of \a roomsPerFloor rooms
 * (4 × 5 m, in rows), every room with a door in its south wall, and \a devicesPerRoom
 * placed devices in each room; one wall per grid line. Deterministic.
 */
twin::ProjectContent syntheticBuilding(int floors, int roomsPerFloor, int devicesPerRoom);

} // namespace twintest
