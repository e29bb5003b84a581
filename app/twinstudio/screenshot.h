// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace twin::ui {

/// After \a delayMs of normal running, renders \a window into \a fileName (PNG) and quits
/// the application with 0, or with 1 when the image cannot be written.
void scheduleScreenshot(QWidget *window, const QString &fileName, int delayMs);

} // namespace twin::ui
