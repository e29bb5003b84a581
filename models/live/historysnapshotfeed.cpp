// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysnapshotfeed.h"

namespace twin {

void HistorySnapshotFeed::setSnapshot(qint64 atMs, const QList<HistoryPointValue> &values)
{
    QHash<QString, QList<LiveReading>> readings;
    QHash<QString, QList<LiveReading>> computed;
    readings.reserve(m_readings.size());
    for (const HistoryPointValue &v : values) {
        const QVariant value = v.value.isText ? QVariant(v.value.text) : QVariant(v.value.number);
        LiveReading r{v.twinId, v.name, v.dataType, v.unit, value, v.value.timestampMs};
        if (!m_bound.contains({v.twinId, v.name}))
            computed[v.twinId].append(r);
        readings[v.twinId].append(std::move(r));
    }
    bool lost = atMs < m_atMs;
    for (auto it = m_readings.cbegin(); !lost && it != m_readings.cend(); ++it)
        lost = readings.value(it.key()).size() < it.value().size();
    m_atMs = atMs;
    m_points = int(values.size());
    m_readings.swap(readings);
    m_computed.swap(computed);
    if (lost)
        emit valuesCleared();
    emit valuesChanged(m_readings.keys());
}

} // namespace twin
