// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

namespace twin {

/**
 * The demo site: one building of two office floors with rooms, a corridor, devices with
 * their sensors and two people, typed by the built-in core ontology (which is not part
 * of the content: the registry loads it). Plans are in metres; every device stands
 * inside its room's outline.
 */
ProjectContent demoProjectContent();

} // namespace twin
