// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/testsupport.h"

#include <QImage>
#include <QRect>
#include <QStringList>

namespace twintest {

/// Whether an X display is there for the real executable (scripts/test.sh runs under xvfb-run).
bool haveDisplay();

/**
 * Runs twinstudio on the X display with \a args, in a way that does not depend on this
 * machine: HOME, settings, data and caches in an empty folder of its own (no saved window
 * layout, no recent files), the C locale (English texts), no screen scaling, 96 dpi fonts.
 */
ProcessResult runTwinstudio(const QStringList &args);

/// Runs twinstudio as runTwinstudio() does with \a args plus `--screenshot FILE` and
/// returns the picture; a failed run fails the calling test (null image).
QImage screenshot(const QStringList &args);

/**
 * The plan in a screenshot, measured in its own region rather than the window's: how
 * much of the window the plan view takes depends on the docks beside it, and their
 * widths on the fonts. Every second pixel of the plan view (the scene's background
 * colour marks its extent) is sorted by the plan's colours.
 */
struct PlanPixels
{
    QRect view;      ///< the plan view (its background's extent); empty when there is none
    QRect walls;     ///< the walls' extent: the floor's outline as drawn
    int samples = 0; ///< pixels sampled inside the view
    int wall = 0;    ///< wall charcoal
    int room = 0;    ///< a room's plain fill
    int selected = 0; ///< a selected room's fill
    int device = 0;  ///< device marker blue
    int tinted = 0;  ///< other colours, not grey: rooms coloured by a value

    /// Samples inside the walls' extent.
    int wallSamples() const { return (walls.width() / 2) * (walls.height() / 2); }
};

PlanPixels planPixels(const QImage &image);

} // namespace twintest

/// Skips the current test when there is no X display for the real executable.
#define TWIN_REQUIRE_DISPLAY()                                                                      \
    do {                                                                                           \
        if (!twintest::haveDisplay())                                                              \
            GTEST_SKIP() << "no X display (run under xvfb-run, as scripts/test.sh does)";          \
    } while (false)
