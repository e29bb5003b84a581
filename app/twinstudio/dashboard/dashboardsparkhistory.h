// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardtile.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace twin {
class HistoryQueries;
class Project;
}

namespace twin::ui {

/**
 * The hour of the sparkline tiles before a moment, read from the history (the reader's
 * downsampled series): a twin's value as the mean of each bucket; an aggregate over a
 * space as the mean, minimum or maximum of its sensors' bucket means, bucket by bucket,
 * so the line is what the tile's live value would have drawn.
 *
 * The work is split so that the reading runs off the GUI thread: plan() looks at the
 * project (which twins each tile reads) where the project lives, read() then asks the
 * history for all the tiles in one batch, on any thread: each twin's list of series once,
 * each series' buckets once, whatever number of tiles show it.
 */
class DashboardSparkHistory
{
public:
    static constexpr qint64 HourMs = 3600 * 1000;
    static constexpr int Buckets = 120;

    /// What one tile reads: the series \a value (a name or data type; empty: the first)
    /// of \a twins, aggregated as the tile's value is.
    struct Request
    {
        QString key; ///< the tile's line, as the caller names it
        DashboardTile::Aggregate aggregate = DashboardTile::Aggregate::Latest;
        QString value;
        QStringList twins;
    };
    struct Result
    {
        QHash<QString, QList<QPointF>> lines; ///< key → (ms since the epoch, value), oldest first
        QStringList errors;
    };

    /// The request of \a tile, named \a key (on the project's thread).
    static Request plan(const Project &project, const DashboardTile &tile, const QString &key);
    /// The points of every request in (\a endMs − one hour, \a endMs]; a request whose
    /// series the history lacks gets an empty line. Read errors are listed, not fatal.
    static Result read(const HistoryQueries &reader, const QList<Request> &requests, qint64 endMs);
};

} // namespace twin::ui
