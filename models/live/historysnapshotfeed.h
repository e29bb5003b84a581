// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/historyreader.h"
#include "telemetry/livevaluefeed.h"

#include <QHash>
#include <QSet>

namespace twin {

/**
 * The values of every point at one moment, read from history (HistoryQueries::snapshot()),
 * offered to the views as a LiveValueFeed: what the live session is for now, this is
 * for the time cursor's moment. Values functions computed are those of points no binding
 * feeds; they are readings too (as in a live run) and computedReadings().
 *
 * Each new snapshot announces the twins whose values differ from the previous one's; when
 * the moment moved back or a twin lost its values, valuesCleared() comes first and every
 * twin is announced, so a view starts from nothing.
 */
class HistorySnapshotFeed : public LiveValueFeed
{
    Q_OBJECT

public:
    using LiveValueFeed::LiveValueFeed;

    /// The (twin, name) pairs that bindings feed; every other point is computed.
    void setBoundPoints(const QSet<QPair<QString, QString>> &points) { m_bound = points; }
    /// Forgets the values held without announcing it (the views follow another feed
    /// then: live values, before a file's first moment): the next snapshot starts anew.
    void clear();
    /// Replaces the values with \a values, read at \a atMs, and announces them.
    void setSnapshot(qint64 atMs, const QList<HistoryPointValue> &values);

    QList<LiveReading> readings(const QString &twinId) const override { return m_readings.value(twinId).readings; }
    QList<LiveReading> computedReadings(const QString &twinId) const override;
    QStringList twinIds() const override { return m_readings.keys(); }
    qint64 nowMs() const override { return m_atMs; }
    /// How many points have a value at the moment.
    int pointCount() const { return m_points; }

private:
    QSet<QPair<QString, QString>> m_bound;
    qint64 m_atMs = 0;
    int m_points = 0;
    /// A twin's values, and the snapshot that last announced it.
    struct TwinValues
    {
        QList<LiveReading> readings;
        quint64 announced = 0;
    };
    QHash<QString, TwinValues> m_readings;
    quint64 m_stamp = 0; ///< counts the snapshots taken
};

} // namespace twin
