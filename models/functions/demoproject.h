// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

namespace twin {

/**
 * The demo site: one building of two office floors with rooms, a corridor, devices with
 * their sensors and two people, typed by the built-in core ontology (which is not part
 * of the content: the registry loads it). Plans are in metres; every device stands
 * inside its room's outline. It comes with demoFunctions().
 */
ProjectContent demoProjectContent();

/**
 * The demo's user-defined functions, written against the original function API, all
 * assigned to the building: "availability" (Motion, CarbonDioxide: each room's
 * AvailableAndFresh, a notification when its air turns stale), "comfort" (Temperature,
 * Humidity: each room's Comfort, a notification when it becomes uncomfortable) and
 * "occupancy" (Motion: OccupiedRooms and Occupancy of each floor and the building).
 * Their sources are the .js files in resources/demo/functions.
 */
QJsonArray demoFunctions();

} // namespace twin
