// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

/// Where one record of an imported file came from: a 1-based line (0: unknown) and, for
/// JSON documents, the record's JSON pointer.
struct SourceLocation
{
    int line = 0;
    QString pointer;

    bool operator==(const SourceLocation &) const = default;
};

} // namespace twin
