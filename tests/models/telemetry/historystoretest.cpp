// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

namespace {

const PointInfo &infoOf(const void *registry, int point)
{
    return static_cast<const PointRegistry *>(registry)->info(point);
}

struct HistoryFixture : ::testing::Test
{
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("site.twinproj.history")), &error)) << error.toStdString();
        a = points.findOrCreate({QStringLiteral("temp-1"), QStringLiteral("Temperature"), QStringLiteral("Temperature"), {}, PointKind::Sensor, ValueKind::Number});
        b = points.findOrCreate({QStringLiteral("temp-2"), QStringLiteral("Temperature"), QStringLiteral("Temperature"), {}, PointKind::Sensor, ValueKind::Number});
    }
    bool append(const std::vector<HistorySample> &rows)
    {
        QString error;
        const bool ok = store.append(rows.data(), rows.size(), &infoOf, &points, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    }
    QTemporaryDir dir;
    HistoryStore store;
    PointRegistry points;
    int a = -1, b = -1;
};

} // namespace

TEST_F(HistoryFixture, BatchesAndRangeQueries)
{
    std::vector<HistorySample> rows;
    for (int i = 0; i < 100; ++i) {
        rows.push_back({a, 1000 + i * 10, double(i)});
        rows.push_back({b, 1000 + i * 10, double(-i)});
    }
    append(rows);
    // Equal timestamps are kept apart, not replaced.
    append({{a, 1000, 42.0}});
    EXPECT_EQ(store.sampleCount(), 201);
    QList<HistorySample> out;
    QString error;
    ASSERT_TRUE(store.range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 1000, 1050, &out, 0, &error));
    ASSERT_EQ(out.size(), 6);
    EXPECT_EQ(out[0].value, 0.0);
    EXPECT_EQ(out[1].value, 42.0);
    ASSERT_TRUE(store.range(QStringLiteral("nobody"), QStringLiteral("x"), 0, 10000, &out, 0, &error));
    EXPECT_TRUE(out.isEmpty());
}

TEST_F(HistoryFixture, DownsampleBuckets)
{
    std::vector<HistorySample> rows;
    for (int i = 0; i < 1000; ++i)
        rows.push_back({a, i * 1000LL, double(i % 10)});
    append(rows);
    QList<HistoryBucket> buckets;
    QString error;
    ASSERT_TRUE(store.downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0, 1000000, 100,
                                 &buckets, &error));
    ASSERT_EQ(buckets.size(), 100);
    for (const HistoryBucket &bk : buckets) {
        EXPECT_EQ(bk.count, 10);
        EXPECT_EQ(bk.min, 0.0);
        EXPECT_EQ(bk.max, 9.0);
        EXPECT_DOUBLE_EQ(bk.average, 4.5);
    }
    EXPECT_EQ(buckets[1].startMs, 10000);
    // Empty buckets are left out.
    ASSERT_TRUE(store.downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0, 2000000, 2,
                                 &buckets, &error));
    EXPECT_EQ(buckets.size(), 1);
}

TEST_F(HistoryFixture, Retention)
{
    std::vector<HistorySample> rows;
    for (int i = 0; i < 50; ++i)
        rows.push_back({i % 2 ? a : b, i * 100LL, double(i)});
    append(rows);
    qint64 deleted = 0;
    QString error;
    ASSERT_TRUE(store.applyRetention(2500, &deleted, &error)) << error.toStdString();
    EXPECT_EQ(deleted, 25);
    EXPECT_EQ(store.sampleCount(), 25);
}

TEST_F(HistoryFixture, ReopenContinues)
{
    append({{a, 1, 1.0}, {a, 1, 2.0}});
    const QString path = store.path();
    store.close();
    QString error;
    ASSERT_TRUE(store.open(path, &error));
    append({{a, 1, 3.0}});
    EXPECT_EQ(store.sampleCount(), 3);
}
