// SPDX-License-Identifier: GPL-3.0-or-later
#include "charthistory.h"

#include <algorithm>
#include <limits>

namespace twin::ui {

ChartHistory::ChartHistory(const QString &path)
    : m_reader(path)
{
}

bool ChartHistory::values(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                          QList<HistorySample> *samples, QString *error) const
{
    samples->clear();
    QList<HistoryValue> values;
    QString dataType;
    bool truncated = false;
    // The reader bounds its work by a count of values; a range is wanted whole here.
    if (!m_reader.latest(twinId, name, fromMs, toMs, std::numeric_limits<int>::max() - 1, &values, &dataType,
                         &truncated, error))
        return false;
    samples->reserve(values.size());
    for (const HistoryValue &v : std::as_const(values)) {
        if (!v.isText)
            samples->append(HistorySample{-1, v.timestampMs, v.number});
    }
    return true;
}

bool ChartHistory::buckets(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                           QList<HistoryBucket> *result, QString *error) const
{
    result->clear();
    if (buckets <= 0 || toMs <= fromMs)
        return true;
    QList<HistorySample> samples;
    if (!values(twinId, name, fromMs, toMs, &samples, error))
        return false;
    const double width = double(toMs - fromMs) / buckets;
    HistoryBucket current;
    int currentIndex = -1;
    double sum = 0.0;
    const auto close = [&] {
        if (currentIndex >= 0 && current.count > 0) {
            current.average = sum / double(current.count);
            result->append(current);
        }
    };
    for (const HistorySample &s : std::as_const(samples)) {
        const int index = std::min(buckets - 1, int(double(s.timestampMs - fromMs) / width));
        if (index != currentIndex) {
            close();
            currentIndex = index;
            current = HistoryBucket{fromMs + qint64(index * width), s.value, s.value, 0.0, 0};
            sum = 0.0;
        }
        current.min = std::min(current.min, s.value);
        current.max = std::max(current.max, s.value);
        sum += s.value;
        ++current.count;
    }
    close();
    return true;
}

QString ChartHistory::unitOf(const QString &twinId, const QString &name) const
{
    QList<HistoryReader::Series> series;
    QString error;
    if (!m_reader.series(twinId, &series, &error))
        return QString();
    for (const HistoryReader::Series &s : std::as_const(series)) {
        if (s.name == name)
            return s.unit;
    }
    return QString();
}

} // namespace twin::ui
