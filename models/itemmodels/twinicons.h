// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"

#include <QColor>
#include <QIcon>

namespace twin {

/// The colour the views give a category (plan markers, icons).
QColor categoryColour(Category category);

/// A small icon for a twin or a type in its category's colour: a square for spaces, else
/// a disc with a letter, the category's initial, or for sensors their data type's
/// (T temperature, H humidity, C CO2, M motion, O occupancy, L illuminance, P power,
/// E energy). Cached; GUI thread only.
QIcon twinIcon(Category category, const QString &dataType = QString());

} // namespace twin
