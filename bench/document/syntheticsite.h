// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

namespace twinbench {

/**
 * A synthetic site shaped like the demo, scaled: buildings of ten floors, floors of
 * twenty rooms, two devices per room, three sensors per device, with room outlines,
 * device and sensor positions and floor plans. Containment gives one relationship per
 * twin; \a relationships beyond that are non-containment edges (sensors and devices
 * `isLocatedIn` their room, rooms `adjacentTo` their neighbour). Deterministic.
 */
twin::ProjectContent syntheticSite(int twins, int relationships);

} // namespace twinbench
