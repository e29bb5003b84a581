// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysnapshotfeed.h"

#include <algorithm>

namespace twin {

namespace {

bool sameReadings(const QList<LiveReading> &a, const QList<LiveReading> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const LiveReading &x, const LiveReading &y) {
        return x.timestampMs == y.timestampMs && x.name == y.name && x.value == y.value;
    });
}

} // namespace

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
    // Only the twins whose values differ are announced: a small move (playing, dragging)
    // touches the few sensors that reported in between.
    QStringList changed;
    for (auto it = readings.cbegin(); it != readings.cend(); ++it) {
        const auto before = m_readings.constFind(it.key());
        if (lost || before == m_readings.cend() || !sameReadings(*before, *it))
            changed.append(it.key());
    }
    m_atMs = atMs;
    m_points = int(values.size());
    m_readings.swap(readings);
    m_computed.swap(computed);
    if (lost)
        emit valuesCleared();
    if (!changed.isEmpty())
        emit valuesChanged(changed);
}

} // namespace twin
