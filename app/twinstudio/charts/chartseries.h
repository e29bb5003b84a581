// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin::ui {

/// One series of a chart: a telemetry point of a twin, and the unit its axis shows.
struct ChartSeries
{
    QString twinId;
    QString name; ///< telemetry name; a sensor's own value is named after its data type
    QString unit; ///< the unit's symbol ("°C"); series of one unit share a y axis

    QString label() const { return twinId + QLatin1Char('/') + name; }
    bool operator==(const ChartSeries &other) const { return twinId == other.twinId && name == other.name; }
};

} // namespace twin::ui
