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
    qint64 meanNs = 0;  ///< the mean time per invocation
    qint64 p99Ns = 0;   ///< the time 99 % of the invocations took at most (FunctionTimeHistogram)
};

} // namespace twin
