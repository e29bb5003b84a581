// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace twin {

/**
 * Reports how far a long import or export has come: \a done out of \a total units (bytes
 * for readers, records for writers; \a total may be 0 when unknown). Returning false asks
 * the reader or writer to stop as soon as it can; it then fails with a "cancelled"
 * message and leaves its output untouched. An empty callback means "no progress wanted".
 */
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace twin
