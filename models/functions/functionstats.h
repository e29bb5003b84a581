// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

/// What one function did in a run so far.
struct FunctionStats
{
    quint64 invocations = 0;
    quint64 failures = 0;
    QString lastError;  ///< "NAME.js:LINE:COL: message" of the latest failure
};

} // namespace twin
