// SPDX-License-Identifier: GPL-3.0-or-later
#include "livemessagering.h"

#include <algorithm>

namespace twin {

LiveMessageRing::LiveMessageRing(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

void LiveMessageRing::add(const QList<TelemetrySample> &samples)
{
    // Only the last m_capacity samples of a batch can stay.
    const qsizetype first = std::max<qsizetype>(0, samples.size() - m_capacity);
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = first; i < samples.size(); ++i) {
        if (m_samples.size() < m_capacity)
            m_samples.append(samples.at(i));
        else
            m_samples[m_next] = samples.at(i);
        m_next = (m_next + 1) % m_capacity;
    }
}

void LiveMessageRing::clear()
{
    QMutexLocker lock(&m_mutex);
    m_samples.clear();
    m_next = 0;
}

QList<QJsonObject> LiveMessageRing::last(int n, const std::function<bool(const QString &)> &accept) const
{
    QList<TelemetrySample> newestFirst;
    {
        QMutexLocker lock(&m_mutex);
        const int size = int(m_samples.size());
        for (int k = 1; k <= size && newestFirst.size() < n; ++k) {
            const TelemetrySample &s = m_samples.at(((m_next - k) % size + size) % size);
            if (!accept || accept(s.sensorId))
                newestFirst.append(s);
        }
    }
    QList<QJsonObject> messages;
    messages.reserve(newestFirst.size());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        messages.append(toJson(*it));
    return messages;
}

QJsonObject LiveMessageRing::toJson(const TelemetrySample &s)
{
    QJsonObject o{{QStringLiteral("SensorId"), s.sensorId}, {QStringLiteral("Message"), s.message}};
    if (!s.dataType.isEmpty())
        o.insert(QStringLiteral("DataType"), s.dataType);
    if (s.timestampMs > 0)
        o.insert(QStringLiteral("Timestamp"), double(s.timestampMs));
    return o;
}

} // namespace twin
