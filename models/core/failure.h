// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

/// The last line of a `bool f(..., QString *error)` that fails: stores \a message in
/// *\a error when the caller asked for it, and returns false.
inline bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace twin
