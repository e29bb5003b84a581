// SPDX-License-Identifier: GPL-3.0-or-later
#include "charthistory.h"

namespace twin::ui {

ChartHistory::ChartHistory(const QString &location)
    : m_reader(HistoryQueries::open(location))
{
}

bool ChartHistory::values(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                          QList<HistorySample> *samples, QString *error) const
{
    return m_reader->range(twinId, name, fromMs, toMs, samples, 0, error);
}

bool ChartHistory::buckets(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                           QList<HistoryBucket> *result, QString *error) const
{
    result->clear();
    if (buckets <= 0 || toMs <= fromMs)
        return true;
    return m_reader->downsample(twinId, name, fromMs, toMs, buckets, result, error);
}

QString ChartHistory::unitOf(const QString &twinId, const QString &name) const
{
    QList<HistoryQueries::Series> series;
    QString error;
    if (!m_reader->series(twinId, &series, &error))
        return QString();
    for (const HistoryQueries::Series &s : std::as_const(series)) {
        if (s.name == name)
            return s.unit;
    }
    return QString();
}

} // namespace twin::ui
