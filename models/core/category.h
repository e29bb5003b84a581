// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

/// The coarse kind of a twin, derived from the root interface its model extends.
/// Categories drive the palette, the tree icons, the function API and aggregation.
enum class Category { Space, Device, Sensor, Person, Other };

/// The name stored in files and printed by twinctl ("Space", "Device", ...); not translated.
QString categoryName(Category category);
/// The name shown to the user, in the user's language.
QString categoryDisplayName(Category category);
/// Parses "Space", "Device", ... (case-insensitive); returns Other for anything else.
Category categoryFromName(const QString &name);

} // namespace twin
