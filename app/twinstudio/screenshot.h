// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace twin::ui {

class ChartsTab;

/// Readies the Charts tab for a screenshot: a chart with nothing on it gets the first
/// temperature and CO2 sensors of the project.
void prepareChartScreenshot(ChartsTab *charts);

/// After \a delayMs of normal running, renders \a window into \a fileName (PNG) and quits
/// the application with 0, or with 1 when the image cannot be written.
void scheduleScreenshot(QWidget *window, const QString &fileName, int delayMs);

} // namespace twin::ui
