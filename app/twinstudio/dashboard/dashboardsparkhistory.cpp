// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardsparkhistory.h"

#include "document/project.h"
#include "graph/twingraph.h"
#include "telemetry/historyqueries.h"

#include <QMap>

#include <algorithm>
#include <limits>

namespace twin::ui {

DashboardSparkHistory::DashboardSparkHistory(const Project *project)
    : m_project(project)
{
}

bool DashboardSparkHistory::buckets(const HistoryQueries &reader, const QString &twinId, const QString &name,
                                    qint64 endMs, QList<QPointF> *points, QString *error) const
{
    // Each twin's series are read once for all the tiles this object loads.
    auto cached = m_series.find(twinId);
    if (cached == m_series.end()) {
        QList<HistoryQueries::Series> read;
        if (!reader.series(twinId, &read, error))
            return false;
        cached = m_series.insert(twinId, read);
    }
    const QList<HistoryQueries::Series> &series = cached.value();
    const auto found = std::find_if(series.cbegin(), series.cend(), [&](const HistoryQueries::Series &s) {
        return name.isEmpty() || s.name == name || s.dataType == name;
    });
    if (found == series.cend())
        return true;
    QList<HistoryBucket> buckets;
    if (!reader.downsample(twinId, found->name, endMs - HourMs + 1, endMs + 1, Buckets, &buckets, error))
        return false;
    for (const HistoryBucket &b : std::as_const(buckets))
        points->append(QPointF(double(b.startMs), b.average));
    return true;
}

bool DashboardSparkHistory::load(const HistoryQueries &reader, const DashboardTile &tile, qint64 endMs,
                                 QList<QPointF> *points, QString *error) const
{
    points->clear();
    if (tile.aggregate == DashboardTile::Aggregate::Latest)
        return buckets(reader, tile.twinId, tile.value, endMs, points, error);
    // The sensors below the space, each a series of bucket means; the same buckets (equal
    // widths over the same hour) line up, and each is aggregated as the live value is.
    const TwinGraph *graph = m_project->graph();
    const int root = graph->indexOfTwin(tile.twinId);
    if (root < 0)
        return true;
    struct Acc
    {
        double sum = 0.0;
        double min = std::numeric_limits<double>::infinity();
        double max = -std::numeric_limits<double>::infinity();
        int count = 0;
    };
    QMap<qint64, Acc> byStart;
    QList<QPointF> sensor;
    for (int index : graph->subtreeOf(root)) {
        if (m_project->categoryOf(index) != Category::Sensor)
            continue;
        sensor.clear();
        if (!buckets(reader, graph->twin(index).id, tile.value, endMs, &sensor, error))
            return false;
        for (const QPointF &p : std::as_const(sensor)) {
            Acc &a = byStart[qint64(p.x())];
            a.sum += p.y();
            a.min = std::min(a.min, p.y());
            a.max = std::max(a.max, p.y());
            ++a.count;
        }
    }
    for (auto it = byStart.cbegin(); it != byStart.cend(); ++it) {
        const Acc &a = it.value();
        const double v = tile.aggregate == DashboardTile::Aggregate::Min   ? a.min
                         : tile.aggregate == DashboardTile::Aggregate::Max ? a.max
                                                                           : a.sum / a.count;
        points->append(QPointF(double(it.key()), v));
    }
    return true;
}

} // namespace twin::ui
