// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

namespace twin::ui {

/// One series of a chart: a telemetry point of a twin, and the unit its axis shows.
struct ChartSeries
{
    ChartSeries() = default;
    ChartSeries(QString twinId, QString name, QString unit, QString title = QString())
        : twinId(std::move(twinId)), name(std::move(name)), unit(std::move(unit)), title(std::move(title))
    {
    }

    QString twinId;
    QString name; ///< telemetry name; a sensor's own value is named after its data type
    QString unit; ///< the unit's symbol ("°C"); series of one unit share a y axis
    QString title; ///< what the legend, tracker and CSV say ("Meeting Room 102 · Temperature"); not saved

    QString label() const { return title.isEmpty() ? twinId + QLatin1Char('/') + name : title; }
    bool operator==(const ChartSeries &other) const { return twinId == other.twinId && name == other.name; }
};

} // namespace twin::ui
