// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>

namespace twin {

/// A log-linear histogram of latencies (16 sub-buckets per power of two, about 6%
/// precision) from 1 µs to hours; recording is a few instructions and never allocates.
/// One writer thread; readers on any thread.
class LatencyHistogram
{
public:
    void record(qint64 nanoseconds);
    quint64 count() const;
    /// The latency below which \a fraction (0..1) of the recorded ones lie, in ms (upper
    /// bound of its bucket).
    double percentileMs(double fraction) const;
    void reset();

private:
    static constexpr int Buckets = 16 + 44 * 16;
    std::array<std::atomic<quint64>, Buckets> m_counts{};
};

} // namespace twin
