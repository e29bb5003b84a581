// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyhistogram.h"

#include <bit>

namespace twin {

namespace {

int indexOf(quint64 us)
{
    if (us < 16)
        return int(us);
    const int e = 63 - std::countl_zero(us);
    const int sub = int((us >> (e - 4)) & 15);
    return 16 + (e - 4) * 16 + sub;
}

double upperBoundUs(int index)
{
    if (index < 16)
        return index + 1;
    const int e = (index - 16) / 16 + 4;
    const int sub = (index - 16) % 16;
    return double(quint64(16 + sub + 1) << (e - 4));
}

} // namespace

void LatencyHistogram::record(qint64 nanoseconds)
{
    const quint64 us = nanoseconds > 0 ? quint64(nanoseconds) / 1000 : 0;
    const int i = std::min(indexOf(us), Buckets - 1);
    m_counts[std::size_t(i)].fetch_add(1, std::memory_order_relaxed);
}

quint64 LatencyHistogram::count() const
{
    quint64 n = 0;
    for (const auto &c : m_counts)
        n += c.load(std::memory_order_relaxed);
    return n;
}

double LatencyHistogram::percentileMs(double fraction) const
{
    const quint64 total = count();
    if (total == 0)
        return 0.0;
    const quint64 rank = quint64(double(total) * fraction + 0.5);
    quint64 seen = 0;
    for (int i = 0; i < Buckets; ++i) {
        seen += m_counts[std::size_t(i)].load(std::memory_order_relaxed);
        if (seen >= std::max<quint64>(rank, 1))
            return upperBoundUs(i) / 1000.0;
    }
    return upperBoundUs(Buckets - 1) / 1000.0;
}

void LatencyHistogram::reset()
{
    for (auto &c : m_counts)
        c.store(0, std::memory_order_relaxed);
}

} // namespace twin
