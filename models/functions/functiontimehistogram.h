// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>

namespace twin {

/**
 * The times of one function's invocations, as a fixed histogram that workers fill
 * without a lock: record() is a handful of relaxed atomic adds, readers (the GUI's tick)
 * take the mean and a percentile at any time from any thread.
 *
 * Buckets are a quarter of a power of two wide (each at most 25 % above its lower
 * bound), from 1 ns up to about 68 s; longer times count in the last bucket. A
 * percentile is the upper bound of the bucket it falls in, never above the longest time
 * recorded, so it overstates by less than a quarter.
 */
class FunctionTimeHistogram
{
public:
    static constexpr int kOctaves = 36;
    static constexpr int kBuckets = 4 * (kOctaves + 1);

    void record(qint64 ns) noexcept;

    quint64 count() const noexcept { return m_count.load(std::memory_order_relaxed); }
    /// The mean time in ns, 0 before the first invocation.
    qint64 meanNs() const noexcept;
    /// The time in ns that \a fraction (0..1, e.g. 0.99) of the invocations took at most.
    qint64 percentileNs(double fraction) const noexcept;
    qint64 maxNs() const noexcept { return m_max.load(std::memory_order_relaxed); }

    static int bucketOf(qint64 ns) noexcept;
    /// The longest time bucket \a bucket holds.
    static qint64 upperBoundOf(int bucket) noexcept;

private:
    std::array<std::atomic<quint64>, kBuckets> m_buckets{};
    std::atomic<quint64> m_count{0};
    std::atomic<qint64> m_sumNs{0};
    std::atomic<qint64> m_max{0};
};

} // namespace twin
