// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/livestate.h"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

using namespace twin;

namespace {
void put(LiveState &s, int point, double v, qint64 ts)
{
    bool had = false;
    double prev = 0;
    s.beginUpdate();
    s.set(point, ValueKind::Number, v, nullptr, ts, &had, &prev);
    s.endUpdate();
}
} // namespace

TEST(LiveState, LatestAndChanges)
{
    LiveState s(4);
    put(s, 3, 1.0, 100);
    put(s, 3, 2.0, 200);
    put(s, 0, 5.0, 150);
    LiveValue v;
    ASSERT_TRUE(s.latest(3, &v));
    EXPECT_EQ(v.number, 2.0);
    EXPECT_EQ(v.timestampMs, 200);
    EXPECT_FALSE(s.latest(1, &v));
    std::vector<PointUpdate> changes;
    s.takeChanges(&changes);
    ASSERT_EQ(changes.size(), 2u); // point 3 once, though set twice
    EXPECT_EQ(changes[0].point, 3);
    EXPECT_EQ(changes[0].value, 2.0);
    changes.clear();
    s.takeChanges(&changes);
    EXPECT_TRUE(changes.empty());
    put(s, 0, 6.0, 160);
    s.takeChanges(&changes);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].point, 0);
}

TEST(LiveState, OlderSampleDoesNotReplaceLatest)
{
    LiveState s(8);
    put(s, 0, 1.0, 1000);
    put(s, 0, 9.0, 500);
    LiveValue v;
    ASSERT_TRUE(s.latest(0, &v));
    EXPECT_EQ(v.number, 1.0);
    EXPECT_EQ(s.recent(0).size(), 2);
}

TEST(LiveState, RingBufferKeepsTheRecentWindow)
{
    LiveState s(4);
    for (int i = 0; i < 10; ++i)
        put(s, 1, i, 1000 + i);
    const QList<RecentSample> recent = s.recent(1);
    ASSERT_EQ(recent.size(), 4);
    EXPECT_EQ(recent.first().value, 6.0);
    EXPECT_EQ(recent.last().value, 9.0);
    EXPECT_EQ(s.recent(1, 1008).size(), 2);
}

TEST(LiveState, TickDoesNotWaitForABatchInProgress)
{
    LiveState s(4);
    put(s, 0, 1.0, 1000);
    std::vector<PointUpdate> changes;
    std::atomic<bool> taken{false};
    s.beginUpdate();
    bool hadPrevious = false;
    double previous = 0;
    s.set(1, ValueKind::Number, 7.0, nullptr, 2000, &hadPrevious, &previous);
    // Another thread (the GUI's tick) takes what finished batches published, at once,
    // while this batch is still being written.
    std::thread tick([&] { taken = s.tryTakeChanges(&changes); });
    tick.join();
    EXPECT_TRUE(taken.load());
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front().point, 0);
    s.endUpdate();
    // The batch's changes come with the next tick.
    changes.clear();
    ASSERT_TRUE(s.tryTakeChanges(&changes));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front().point, 1);
    EXPECT_EQ(changes.front().value, 7.0);
}

TEST(LiveState, BatchesBackToBackAreTakenOncePerPointWithTheirLatestValue)
{
    LiveState s(4);
    for (int batch = 0; batch < 100; ++batch) {
        put(s, 2, batch, 1000 + batch);
        put(s, 5, -batch, 1000 + batch);
    }
    std::vector<PointUpdate> changes;
    ASSERT_TRUE(s.tryTakeChanges(&changes));
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].point, 2);
    EXPECT_EQ(changes[0].value, 99.0);
    EXPECT_EQ(changes[1].value, -99.0);
    EXPECT_EQ(changes[1].timestampMs, 1099);
    changes.clear();
    ASSERT_TRUE(s.tryTakeChanges(&changes));
    EXPECT_TRUE(changes.empty());
}
