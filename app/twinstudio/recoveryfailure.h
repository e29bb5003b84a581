// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QString>

namespace twin::ui {

/**
 * The body of the "Recovery Failed" message: which project could not be recovered from
 * which autosave file, and why (each error as file:line where the store names one).
 * \a projectFile is empty for an unsaved project. Never empty, even without diagnostics.
 */
QString recoveryFailureText(const QString &autosaveFile, const QString &projectFile,
                            const Diagnostics &diagnostics);

} // namespace twin::ui
