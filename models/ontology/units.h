// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

/// DTDL semantic units as people read them.
class Units
{
public:
    /// The usual symbol of a DTDL unit ("degreeCelsius" → "°C", "unity" → ""); the unit's
    /// name when it has no known symbol.
    static QString symbol(const QString &unit);
};

} // namespace twin
