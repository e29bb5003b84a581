// SPDX-License-Identifier: GPL-3.0-or-later
// What worker threads share: the store's values in shards, and the filter that spares a
// writer the lock of a worker that never cached the value.
#include "functions/cachedkeyfilter.h"
#include "functions/memoryvaluestore.h"

#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace twin;

TEST(CachedKeyFilterTest, AddedKeysAlwaysHitOthersMostlyMiss)
{
    CachedKeyFilter filter;
    EXPECT_FALSE(filter.writtenThenMayContain(CachedKeyFilter::keyOf(u"temperature-1")));
    for (int i = 0; i < 200; ++i) {
        filter.add(CachedKeyFilter::keyOf(QStringLiteral("temperature-%1").arg(i)));
        filter.add(CachedKeyFilter::keyOf(QStringLiteral("room-%1").arg(i), u"Comfort"));
    }
    for (int i = 0; i < 200; ++i) {
        EXPECT_TRUE(filter.writtenThenMayContain(CachedKeyFilter::keyOf(QStringLiteral("temperature-%1").arg(i))));
        EXPECT_TRUE(filter.writtenThenMayContain(CachedKeyFilter::keyOf(QStringLiteral("room-%1").arg(i), u"Comfort")));
    }
    int falseHits = 0;
    for (int i = 0; i < 2000; ++i) {
        falseHits += filter.writtenThenMayContain(CachedKeyFilter::keyOf(QStringLiteral("humidity-%1").arg(i)));
        falseHits += filter.writtenThenMayContain(CachedKeyFilter::keyOf(QStringLiteral("room-%1").arg(i), u"Occupied"));
    }
    // 400 of 4096 bits set: about one in ten; far fewer than every one.
    EXPECT_LT(falseHits, 800) << falseHits << " of 4000 unseen keys hit";
}

TEST(MemoryValueStoreTest, ValuesOfTwinsInEveryShardAreListedReadAndCleared)
{
    MemoryValueStore store;
    for (int i = 0; i < 300; ++i) {
        store.recordSensorValue(QStringLiteral("sensor-%1").arg(i), StoredValue{QStringLiteral("Temperature"), QString::number(i), i});
        store.setSpaceValue(QStringLiteral("room-%1").arg(i), QStringLiteral("Comfort"), StoredValue{QStringLiteral("Comfort"), QString::number(i), i});
    }
    EXPECT_EQ(store.sensorValues().size(), 300);
    EXPECT_EQ(store.spaceValues().size(), 300);
    StoredValue v;
    ASSERT_TRUE(store.sensorValue(QStringLiteral("sensor-217"), &v));
    EXPECT_EQ(v.value, QStringLiteral("217"));
    ASSERT_TRUE(store.spaceValue(QStringLiteral("room-42"), QStringLiteral("Comfort"), &v));
    EXPECT_EQ(v.value, QStringLiteral("42"));
    EXPECT_EQ(store.sensorHistory(QStringLiteral("sensor-5"), QStringLiteral("Temperature"), 0, 1000, 10).values.size(), 1);
    store.clear();
    EXPECT_TRUE(store.sensorValues().isEmpty());
    EXPECT_TRUE(store.spaceValues().isEmpty());
    EXPECT_FALSE(store.sensorValue(QStringLiteral("sensor-217"), &v));
}

TEST(MemoryValueStoreTest, ThreadsWritingTheirOwnTwinsLoseNoValue)
{
    MemoryValueStore store(100000);
    const auto writer = [&store](int first) {
        return QThread::create([&store, first] {
            for (int n = 0; n < 20000; ++n) {
                const QString id = QStringLiteral("sensor-%1").arg(first + n % 50);
                store.recordSensorValue(id, StoredValue{QStringLiteral("Temperature"), QString::number(n), n});
                store.setSpaceValue(QStringLiteral("room-%1").arg(first + n % 50), QStringLiteral("Comfort"),
                                    StoredValue{QStringLiteral("Comfort"), QString::number(n), n});
            }
        });
    };
    std::unique_ptr<QThread> a(writer(0));
    std::unique_ptr<QThread> b(writer(50));
    a->start();
    b->start();
    a->wait();
    b->wait();
    EXPECT_EQ(store.sensorValues().size(), 100);
    qsizetype held = 0;
    for (int i = 0; i < 100; ++i)
        held += store.sensorHistory(QStringLiteral("sensor-%1").arg(i), QStringLiteral("Temperature"), 0, 100000, 100000).values.size();
    EXPECT_EQ(held, 40000);
    StoredValue v;
    ASSERT_TRUE(store.spaceValue(QStringLiteral("room-99"), QStringLiteral("Comfort"), &v));
    EXPECT_EQ(v.value, QStringLiteral("19999"));
}
