// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

namespace twin::ui {

/// Share of the available screen area the main window takes on its first run.
inline constexpr double kFirstRunScreenShare = 0.8;

/**
 * Where the main window opens when no geometry was saved yet: \a share of \a available
 * (a screen's available geometry) in each direction, centred on it, so that the plan's
 * toolbar shows its tools instead of hiding them behind its overflow button. Never less
 * than \a minimum (the window's own minimum) where the screen has room for it, so a window
 * that cannot be that small is centred too instead of running off the screen's edge.
 */
QRect firstRunGeometry(const QRect &available, double share = kFirstRunScreenShare, QSize minimum = QSize());

} // namespace twin::ui
