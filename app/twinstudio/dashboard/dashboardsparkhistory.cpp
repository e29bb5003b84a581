// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardsparkhistory.h"

#include "document/project.h"
#include "graph/twingraph.h"
#include "telemetry/historyqueries.h"

#include <QMap>

#include <algorithm>
#include <limits>
#include <optional>

namespace twin::ui {

DashboardSparkHistory::Request DashboardSparkHistory::plan(const Project &project, const DashboardTile &tile,
                                                           const QString &key)
{
    Request request{key, tile.aggregate, tile.value, {}};
    if (tile.aggregate == DashboardTile::Aggregate::Latest) {
        request.twins.append(tile.twinId);
        return request;
    }
    // The sensors below the space, each a series of bucket means.
    const TwinGraph *graph = project.graph();
    const int root = graph->indexOfTwin(tile.twinId);
    if (root < 0)
        return request;
    for (int index : graph->subtreeOf(root)) {
        if (project.categoryOf(index) == Category::Sensor)
            request.twins.append(graph->twin(index).id);
    }
    return request;
}

DashboardSparkHistory::Result DashboardSparkHistory::read(const HistoryQueries &reader, const QList<Request> &requests,
                                                          qint64 endMs)
{
    Result result;
    QHash<QString, std::optional<QList<HistoryQueries::Series>>> seriesOf; ///< twin → its series (none: unreadable)
    QHash<QString, QList<QPointF>> bucketsOf; ///< twin '\n' series → its bucket means
    auto buckets = [&](const QString &twinId, const QString &name) -> const QList<QPointF> * {
        auto series = seriesOf.find(twinId);
        if (series == seriesOf.end()) {
            QList<HistoryQueries::Series> read;
            QString error;
            if (reader.series(twinId, &read, &error))
                series = seriesOf.insert(twinId, read);
            else {
                result.errors.append(error);
                series = seriesOf.insert(twinId, std::nullopt);
            }
        }
        if (!series.value())
            return nullptr;
        const QList<HistoryQueries::Series> &list = *series.value();
        const auto found = std::find_if(list.cbegin(), list.cend(), [&](const HistoryQueries::Series &s) {
            return name.isEmpty() || s.name == name || s.dataType == name;
        });
        if (found == list.cend())
            return nullptr;
        const QString key = twinId + u'\n' + found->name;
        auto cached = bucketsOf.find(key);
        if (cached == bucketsOf.end()) {
            QList<HistoryBucket> read;
            QString error;
            if (!reader.downsample(twinId, found->name, endMs - HourMs + 1, endMs + 1, Buckets, &read, &error))
                result.errors.append(error);
            QList<QPointF> points;
            points.reserve(read.size());
            for (const HistoryBucket &b : std::as_const(read))
                points.append(QPointF(double(b.startMs), b.average));
            cached = bucketsOf.insert(key, points);
        }
        return &cached.value();
    };

    struct Acc
    {
        double sum = 0.0;
        double min = std::numeric_limits<double>::infinity();
        double max = -std::numeric_limits<double>::infinity();
        int count = 0;
    };
    for (const Request &request : requests) {
        QList<QPointF> &line = result.lines[request.key];
        if (request.aggregate == DashboardTile::Aggregate::Latest) {
            if (const QList<QPointF> *points = request.twins.isEmpty() ? nullptr : buckets(request.twins.first(), request.value))
                line = *points;
            continue;
        }
        // The same buckets (equal widths over the same hour) line up, and each is
        // aggregated as the live value is.
        QMap<qint64, Acc> byStart;
        for (const QString &twinId : request.twins) {
            const QList<QPointF> *points = buckets(twinId, request.value);
            if (!points)
                continue;
            for (const QPointF &p : *points) {
                Acc &a = byStart[qint64(p.x())];
                a.sum += p.y();
                a.min = std::min(a.min, p.y());
                a.max = std::max(a.max, p.y());
                ++a.count;
            }
        }
        for (auto it = byStart.cbegin(); it != byStart.cend(); ++it) {
            const Acc &a = it.value();
            const double v = request.aggregate == DashboardTile::Aggregate::Min   ? a.min
                             : request.aggregate == DashboardTile::Aggregate::Max ? a.max
                                                                                  : a.sum / a.count;
            line.append(QPointF(double(it.key()), v));
        }
    }
    return result;
}

} // namespace twin::ui
