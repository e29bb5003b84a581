// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/historyqueries.h"

#include <QList>
#include <QString>

#include <memory>

namespace twin::ui {

/**
 * The history queries the charts make, in one place: raw values of a range (CSV export)
 * and min/max/mean buckets of a range (the band drawn when the chart shows the past).
 * Reads the history without writing it (HistoryQueries: the project's file, or a shared
 * PostgreSQL history that recorders fill), so it never competes with the live pipeline
 * that appends to it. Thread-safe: the chart queries it from a worker thread.
 */
class ChartHistory
{
public:
    /// Reads the history at \a location: a file path or a `postgresql://` URL.
    explicit ChartHistory(const QString &location);

    /// The file, or the URL without its password.
    QString location() const { return m_reader->location(); }

    /// The numeric values of (twin, name) in [fromMs, toMs), oldest first.
    bool values(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
                QList<HistorySample> *samples, QString *error) const;
    /// [fromMs, toMs) cut into \a buckets equal buckets (min, max, mean, count); empty
    /// buckets are left out.
    bool buckets(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                 QList<HistoryBucket> *result, QString *error) const;
    /// The unit stored with (twin, name); empty when the history does not know it.
    QString unitOf(const QString &twinId, const QString &name) const;

private:
    std::shared_ptr<const HistoryQueries> m_reader;
};

} // namespace twin::ui
