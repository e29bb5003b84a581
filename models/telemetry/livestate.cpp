// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestate.h"

#include <QMutexLocker>

namespace twin {

namespace {
constexpr std::uint8_t HasValue = 1;
constexpr std::uint8_t Changed = 2;
} // namespace

LiveState::LiveState(int ringCapacity)
    : m_ringCapacity(std::max(1, ringCapacity))
{
}

void LiveState::beginUpdate()
{
    m_mutex.lock();
}

void LiveState::endUpdate()
{
    publishLocked();
    m_mutex.unlock();
}

void LiveState::publishLocked()
{
    if (m_changed.empty())
        return;
    QMutexLocker lock(&m_publishMutex);
    for (int point : m_changed) {
        const std::size_t p = std::size_t(point);
        m_flags[p] &= std::uint8_t(~Changed);
        if (p >= m_publishedSlot.size())
            m_publishedSlot.resize(std::max(p + 1, m_publishedSlot.size() * 2), -1);
        const PointUpdate update{point, m_values[p], m_times[p]};
        int &slot = m_publishedSlot[p];
        if (slot < 0) {
            slot = int(m_published.size());
            m_published.push_back(update);
        } else {
            m_published[std::size_t(slot)] = update;
        }
    }
    m_changed.clear();
}

void LiveState::takePublished(std::vector<PointUpdate> *changes)
{
    QMutexLocker lock(&m_publishMutex);
    changes->reserve(changes->size() + m_published.size());
    for (const PointUpdate &u : m_published) {
        m_publishedSlot[std::size_t(u.point)] = -1;
        changes->push_back(u);
    }
    m_published.clear();
}

void LiveState::grow(int point)
{
    // Amortised growth: resizes happen O(log n) times, not per sample.
    const std::size_t size = std::max<std::size_t>(std::size_t(point) + 1, m_values.size() * 2);
    m_values.resize(size, 0.0);
    m_times.resize(size, 0);
    m_kinds.resize(size, ValueKind::Number);
    m_flags.resize(size, 0);
    m_rings.resize(size);
}

bool LiveState::set(int point, ValueKind kind, double number, const QString *text, qint64 timestampMs,
                    bool *hadPrevious, double *previous)
{
    if (std::size_t(point) >= m_values.size())
        grow(point);
    auto &ring = m_rings[std::size_t(point)];
    if (!ring) {
        ring = std::make_unique<Ring>();
        ring->samples.resize(std::size_t(m_ringCapacity));
    }
    ring->samples[std::size_t(ring->head)] = {timestampMs, number};
    ring->head = (ring->head + 1) % m_ringCapacity;
    ring->size = std::min(ring->size + 1, m_ringCapacity);

    std::uint8_t &flags = m_flags[std::size_t(point)];
    *hadPrevious = flags & HasValue;
    *previous = m_values[std::size_t(point)];
    if ((flags & HasValue) && timestampMs < m_times[std::size_t(point)])
        return false;
    if (!(flags & HasValue))
        ++m_valueCount;
    m_values[std::size_t(point)] = number;
    m_times[std::size_t(point)] = timestampMs;
    m_kinds[std::size_t(point)] = kind;
    if (kind == ValueKind::String && text)
        m_texts.insert(point, *text);
    if (!(flags & Changed))
        m_changed.push_back(point);
    flags |= HasValue | Changed;
    return true;
}

bool LiveState::latestUnlocked(int point, double *number) const
{
    if (point < 0 || std::size_t(point) >= m_values.size() || !(m_flags[std::size_t(point)] & HasValue))
        return false;
    *number = m_values[std::size_t(point)];
    return true;
}

bool LiveState::latest(int point, LiveValue *value) const
{
    QMutexLocker lock(&m_mutex);
    if (point < 0 || std::size_t(point) >= m_values.size() || !(m_flags[std::size_t(point)] & HasValue))
        return false;
    value->number = m_values[std::size_t(point)];
    value->timestampMs = m_times[std::size_t(point)];
    value->kind = m_kinds[std::size_t(point)];
    value->text = value->kind == ValueKind::String ? m_texts.value(point) : QString();
    return true;
}

QList<RecentSample> LiveState::recent(int point, qint64 sinceMs) const
{
    QMutexLocker lock(&m_mutex);
    QList<RecentSample> result;
    if (point < 0 || std::size_t(point) >= m_rings.size() || !m_rings[std::size_t(point)])
        return result;
    const Ring &ring = *m_rings[std::size_t(point)];
    result.reserve(ring.size);
    const int start = (ring.head - ring.size + m_ringCapacity) % m_ringCapacity;
    for (int i = 0; i < ring.size; ++i) {
        const RecentSample &s = ring.samples[std::size_t((start + i) % m_ringCapacity)];
        if (s.timestampMs >= sinceMs)
            result.append(s);
    }
    return result;
}

void LiveState::takeChanges(std::vector<PointUpdate> *changes)
{
    {
        // Values set outside a batch are published here.
        QMutexLocker lock(&m_mutex);
        publishLocked();
    }
    takePublished(changes);
}

bool LiveState::tryTakeChanges(std::vector<PointUpdate> *changes)
{
    takePublished(changes);
    return true;
}

int LiveState::valueCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_valueCount;
}

} // namespace twin
