// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysnapshotfeed.h"

#include <algorithm>
#include <utility>

namespace twin {

QList<LiveReading> HistorySnapshotFeed::computedReadings(const QString &twinId) const
{
    QList<LiveReading> computed;
    for (const LiveReading &r : m_readings.value(twinId).readings) {
        if (!m_bound.contains({twinId, r.name}))
            computed.append(r);
    }
    return computed;
}

void HistorySnapshotFeed::clear()
{
    m_readings.clear();
    m_atMs = 0;
    m_points = 0;
}

void HistorySnapshotFeed::setSnapshot(qint64 atMs, const QList<HistoryPointValue> &values)
{
    // A point keeps a value once it has one: only a moment further back (or another
    // file, with fewer points) loses values, and then everything starts from nothing.
    const bool lost = atMs < m_atMs || values.size() < m_points;
    if (lost)
        m_readings.clear();
    ++m_stamp;
    // The values are updated in place, twin by twin as the query lists them (one look-up
    // for the points of a twin that come together); only the twins whose values differ
    // are announced: a small move (playing, dragging) touches the few sensors that
    // reported in between.
    QStringList changed;
    TwinValues *twin = nullptr;
    const QString *twinId = nullptr;
    for (const HistoryPointValue &v : values) {
        if (!twinId || v.twinId != *twinId) {
            twinId = &v.twinId;
            twin = &m_readings[v.twinId];
        }
        const QVariant value = v.value.isText ? QVariant(v.value.text) : QVariant(v.value.number);
        auto it = std::find_if(twin->readings.begin(), twin->readings.end(),
                               [&](const LiveReading &r) { return r.name == v.name; });
        if (it == twin->readings.end()) {
            twin->readings.append(LiveReading{v.twinId, v.name, v.dataType, v.unit, value, v.value.timestampMs});
        } else if (it->timestampMs != v.value.timestampMs || it->value != value) {
            it->value = value;
            it->timestampMs = v.value.timestampMs;
        } else {
            continue;
        }
        if (std::exchange(twin->announced, m_stamp) != m_stamp)
            changed.append(v.twinId);
    }
    m_atMs = atMs;
    m_points = int(values.size());
    if (lost)
        emit valuesCleared();
    if (!changed.isEmpty())
        emit valuesChanged(changed);
}

} // namespace twin
