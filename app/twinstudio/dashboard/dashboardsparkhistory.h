// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardtile.h"

#include "telemetry/historyqueries.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace twin {
class Project;
}

namespace twin::ui {

/**
 * The hour of a sparkline tile before a moment, read from the history file (the reader's
 * downsampled series): a twin's value as the mean of each bucket; an aggregate over a
 * space as the mean, minimum or maximum of its sensors' bucket means, bucket by bucket,
 * so the line is what the tile's live value would have drawn. One object serves the tiles
 * of one moment: it reads each twin's list of series once.
 */
class DashboardSparkHistory
{
public:
    static constexpr qint64 HourMs = 3600 * 1000;
    static constexpr int Buckets = 120;

    explicit DashboardSparkHistory(const Project *project);

    /// The points (ms since the epoch, value) of \a tile in (\a endMs − one hour, \a endMs],
    /// oldest first; none when the file has none. False with \a error when it cannot be read.
    bool load(const HistoryQueries &reader, const DashboardTile &tile, qint64 endMs, QList<QPointF> *points,
              QString *error) const;

private:
    /// The buckets of the series of \a twinId that \a name names (its name or data type;
    /// empty: the first one), keyed by their start; false on a read error.
    bool buckets(const HistoryQueries &reader, const QString &twinId, const QString &name, qint64 endMs,
                 QList<QPointF> *points, QString *error) const;

    const Project *const m_project;
    mutable QHash<QString, QList<HistoryQueries::Series>> m_series; ///< twin id → its series, as read
};

} // namespace twin::ui
