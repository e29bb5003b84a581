// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiontimehistogram.h"

#include <bit>
#include <cmath>

namespace twin {

int FunctionTimeHistogram::bucketOf(qint64 ns) noexcept
{
    if (ns < 4)
        return ns < 0 ? 0 : int(ns);
    const quint64 n = quint64(ns);
    const int msb = 63 - std::countl_zero(n);
    if (msb > kOctaves)
        return kBuckets - 1;
    // The two bits below the highest one pick the quarter of the octave.
    return msb * 4 + int((n >> (msb - 2)) & 3);
}

qint64 FunctionTimeHistogram::upperBoundOf(int bucket) noexcept
{
    if (bucket < 4)
        return bucket;
    // Buckets 4 to 7 would be the quarters of the octave of 2 and 3, which buckets 2 and 3
    // hold already: they stay empty and end where bucket 3 ends.
    if (bucket < 8)
        return 3;
    const int msb = bucket / 4;
    const int quarter = bucket % 4;
    return (qint64(5 + quarter) << (msb - 2)) - 1;
}

void FunctionTimeHistogram::record(qint64 ns) noexcept
{
    if (ns < 0)
        ns = 0;
    m_buckets[size_t(bucketOf(ns))].fetch_add(1, std::memory_order_relaxed);
    m_sumNs.fetch_add(ns, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
    qint64 max = m_max.load(std::memory_order_relaxed);
    while (ns > max && !m_max.compare_exchange_weak(max, ns, std::memory_order_relaxed)) {
    }
}

qint64 FunctionTimeHistogram::meanNs() const noexcept
{
    const quint64 n = count();
    return n == 0 ? 0 : m_sumNs.load(std::memory_order_relaxed) / qint64(n);
}

qint64 FunctionTimeHistogram::percentileNs(double fraction) const noexcept
{
    // Counts read one by one while workers add: the total is what the buckets hold now.
    std::array<quint64, kBuckets> counts;
    quint64 total = 0;
    for (int i = 0; i < kBuckets; ++i) {
        counts[size_t(i)] = m_buckets[size_t(i)].load(std::memory_order_relaxed);
        total += counts[size_t(i)];
    }
    if (total == 0)
        return 0;
    const auto rank = quint64(std::ceil(qBound(0.0, fraction, 1.0) * double(total)));
    quint64 seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += counts[size_t(i)];
        if (seen >= qMax<quint64>(rank, 1))
            return qMin(upperBoundOf(i), maxNs());
    }
    return maxNs();
}

} // namespace twin
