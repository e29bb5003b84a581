// SPDX-License-Identifier: GPL-3.0-or-later
#include "functions/functiontimehistogram.h"

#include <thread>
#include <vector>

#include <gtest/gtest.h>

using namespace twin;

TEST(FunctionTimeHistogram, BucketsAreAQuarterOfAnOctaveWide)
{
    for (qint64 ns : {qint64(0), qint64(3), qint64(4), qint64(999), qint64(1000), qint64(123456), qint64(987654321)}) {
        const int bucket = FunctionTimeHistogram::bucketOf(ns);
        EXPECT_LE(ns, FunctionTimeHistogram::upperBoundOf(bucket)) << ns;
        if (bucket > 0) {
            EXPECT_GT(ns, FunctionTimeHistogram::upperBoundOf(bucket - 1)) << ns;
        }
        // The bound overstates by at most a quarter.
        EXPECT_LE(double(FunctionTimeHistogram::upperBoundOf(bucket)), 1.25 * double(ns) + 1.0) << ns;
    }
    // Bounds never fall: the unused buckets between 3 and the octave of 4 end where 3 does.
    for (int bucket = 1; bucket < FunctionTimeHistogram::kBuckets; ++bucket)
        EXPECT_LE(FunctionTimeHistogram::upperBoundOf(bucket - 1), FunctionTimeHistogram::upperBoundOf(bucket)) << bucket;
    // Beyond the last octave everything counts in the last bucket.
    EXPECT_EQ(FunctionTimeHistogram::bucketOf(qint64(1) << 50), FunctionTimeHistogram::kBuckets - 1);
}

TEST(FunctionTimeHistogram, MeanAndP99)
{
    FunctionTimeHistogram h;
    EXPECT_EQ(h.meanNs(), 0);
    EXPECT_EQ(h.percentileNs(0.99), 0);
    // 990 fast invocations (10 µs) and 10 slow ones (2 ms).
    for (int i = 0; i < 990; ++i)
        h.record(10000);
    for (int i = 0; i < 10; ++i)
        h.record(2000000);
    EXPECT_EQ(h.count(), 1000u);
    EXPECT_EQ(h.meanNs(), (990 * 10000 + 10 * 2000000) / 1000);
    EXPECT_GE(h.percentileNs(0.99), 10000);
    EXPECT_LE(h.percentileNs(0.99), 12500);
    // One more slow one and the 99th percentile is slow, capped at the longest time.
    h.record(2000000);
    EXPECT_EQ(h.percentileNs(0.99), 2000000);
    EXPECT_EQ(h.percentileNs(1.0), 2000000);
}

TEST(FunctionTimeHistogram, WorkersRecordWithoutLosingCounts)
{
    FunctionTimeHistogram h;
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t) {
        workers.emplace_back([&h, t] {
            for (int i = 0; i < 20000; ++i)
                h.record(1000 * (t + 1));
        });
    }
    for (std::thread &w : workers)
        w.join();
    EXPECT_EQ(h.count(), 80000u);
    EXPECT_EQ(h.meanNs(), 2500);
    EXPECT_EQ(h.maxNs(), 4000);
    EXPECT_EQ(h.percentileNs(0.99), 4000);
}
