// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"

namespace twintest {

/**
 * A generated site of \a twins twins for the format tests and the interchange benchmark:
 * three small interfaces (a space, a room extending it, a sensor), twins with properties
 * and geometry, and exactly two relationships per twin (its containment, the root's a
 * peer link instead, and a "feeds" link with a property to the next twin).
 * Deterministic.
 */
twin::ProjectContent generatedSite(int twins);

} // namespace twintest
