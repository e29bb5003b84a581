// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace twin::ui {

class ChartsTab;
class FunctionsView;
class TopicBrowserDock;

/// Readies the Charts tab for a screenshot: a chart with nothing on it gets the first
/// temperature and CO2 sensors of the project.
void prepareChartScreenshot(ChartsTab *charts);

/// Readies the Functions tab for a screenshot taken after \a delayMs: the comfort function
/// (else the first) in the editor, the list wide enough for its live counts (the side
/// docks hidden), and shortly before the screenshot a debug run over the last live
/// messages (a dry run of a typed value when that cannot run), so that a trace shows.
void prepareFunctionsScreenshot(FunctionsView *functions, int delayMs);

/// Readies the topic browser for a screenshot taken after \a delayMs: shortly before it,
/// the dock takes the right side alone, the tree is expanded and the first topic with a
/// payload is selected with a value picked (one that did not change, when there is one).
void prepareTopicsScreenshot(TopicBrowserDock *topics, int delayMs);

/// After \a delayMs of normal running, renders \a window into \a fileName (PNG) and quits
/// the application with 0, or with 1 when the image cannot be written.
void scheduleScreenshot(QWidget *window, const QString &fileName, int delayMs);

} // namespace twin::ui
