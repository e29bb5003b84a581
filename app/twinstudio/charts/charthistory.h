// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/historyreader.h"
#include "telemetry/historystore.h"

#include <QList>
#include <QString>

namespace twin::ui {

/**
 * The history queries the charts make, in one place: raw values of a range (CSV export)
 * and min/max/mean buckets of a range (the band drawn when the chart shows the past).
 * Reads the history file without writing it (HistoryReader), so it never competes with
 * the live pipeline that appends to the same file. Thread-safe: the chart queries it from
 * a worker thread.
 */
class ChartHistory
{
public:
    explicit ChartHistory(const QString &path);

    const QString &path() const { return m_reader.path(); }

    /// The numeric values of (twin, name) in [fromMs, toMs), oldest first.
    bool values(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                QList<HistorySample> *samples, QString *error) const;
    /// [fromMs, toMs) cut into \a buckets equal buckets (min, max, mean, count); empty
    /// buckets are left out.
    bool buckets(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                 QList<HistoryBucket> *result, QString *error) const;
    /// The unit stored with (twin, name); empty when the file does not know it.
    QString unitOf(const QString &twinId, const QString &name) const;

private:
    HistoryReader m_reader;
};

} // namespace twin::ui
