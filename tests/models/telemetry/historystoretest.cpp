// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"
#include "store/sqlitedatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <thread>

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
    // A time the point holds already is not stored again: the first value stays.
    append({{a, 1000, 42.0}});
    EXPECT_EQ(store.sampleCount(), 200);
    EXPECT_EQ(store.duplicates(), 1);
    QList<HistorySample> out;
    QString error;
    ASSERT_TRUE(store.range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 1000, 1050, &out, 0, &error));
    ASSERT_EQ(out.size(), 5);
    EXPECT_EQ(out[0].value, 0.0);
    EXPECT_EQ(out[1].value, 1.0);
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

namespace {

QList<HistorySample> rangeOf(const HistoryStore &store, const QString &twin, qint64 from, qint64 to, int limit = 0)
{
    QList<HistorySample> out;
    QString error;
    EXPECT_TRUE(store.range(twin, QStringLiteral("Temperature"), from, to, &out, limit, &error)) << error.toStdString();
    return out;
}

/// What range() must return: the samples in [from, to) by time, of equal times the first
/// to arrive.
std::vector<HistorySample> expectedRange(std::vector<HistorySample> arrived, qint64 from, qint64 to)
{
    std::vector<HistorySample> out;
    std::copy_if(arrived.begin(), arrived.end(), std::back_inserter(out),
                 [&](const HistorySample &s) { return s.timestampMs >= from && s.timestampMs < to; });
    std::stable_sort(out.begin(), out.end(),
                     [](const HistorySample &x, const HistorySample &y) { return x.timestampMs < y.timestampMs; });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const HistorySample &x, const HistorySample &y) { return x.timestampMs == y.timestampMs; }),
              out.end());
    return out;
}

void expectSameSamples(const QList<HistorySample> &got, const std::vector<HistorySample> &want)
{
    ASSERT_EQ(std::size_t(got.size()), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(got[qsizetype(i)].timestampMs, want[i].timestampMs) << "at " << i;
        EXPECT_EQ(got[qsizetype(i)].value, want[i].value) << "at " << i;
    }
}

qint64 queryInt(const QString &path, const char *sql)
{
    SqliteDatabase db;
    QString error;
    EXPECT_TRUE(db.open(path, SqliteDatabase::Mode::ReadOnly, &error)) << error.toStdString();
    bool ok = false;
    const qint64 v = db.queryInt(sql, &ok, &error);
    EXPECT_TRUE(ok) << sql << ": " << error.toStdString();
    return v;
}

void execSql(const QString &path, const QByteArray &sql)
{
    SqliteDatabase db;
    QString error;
    ASSERT_TRUE(db.open(path, SqliteDatabase::Mode::Create, &error)) << error.toStdString();
    ASSERT_TRUE(db.exec(sql, &error)) << error.toStdString();
}

/// A copy of the file as a crash would leave it: the database and its write-ahead log.
QString crashCopy(const HistoryStore &store, const QString &to)
{
    EXPECT_TRUE(QFile::copy(store.path(), to));
    EXPECT_TRUE(QFile::copy(store.path() + QStringLiteral("-wal"), to + QStringLiteral("-wal")));
    return to;
}

} // namespace

TEST_F(HistoryFixture, ReopenContinues)
{
    append({{a, 1, 1.0}, {a, 1, 2.0}});
    const QString path = store.path();
    store.close();
    QString error;
    ASSERT_TRUE(store.open(path, &error));
    // Once in a chunk (close() flushed), once more from the journal after a crash below.
    append({{a, 1, 3.0}, {a, 2, 4.0}});
    EXPECT_EQ(store.sampleCount(), 2);
    const QString crashed = crashCopy(store, path + QStringLiteral(".crashed"));
    HistoryStore again;
    ASSERT_TRUE(again.open(crashed, &error)) << error.toStdString();
    const std::vector<HistorySample> replayed{{a, 2, 5.0}, {a, 1, 6.0}, {a, 3, 7.0}};
    ASSERT_TRUE(again.append(replayed.data(), replayed.size(), &infoOf, &points, &error)) << error.toStdString();
    EXPECT_EQ(again.duplicates(), 2);
    const QList<HistorySample> all = rangeOf(again, QStringLiteral("temp-1"), 0, 10);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].value, 1.0);
    EXPECT_EQ(all[1].value, 4.0);
    EXPECT_EQ(all[2].value, 7.0);
}

TEST_F(HistoryFixture, ChunkBoundaries)
{
    const int n = 2 * HistoryStore::ChunkCapacity + 17;
    std::vector<HistorySample> rows;
    for (int i = 0; i < n; ++i)
        rows.push_back({a, 1000 + i * 10LL, double(i)});
    for (std::size_t at = 0; at < rows.size(); at += 1000)
        append({rows.begin() + qint64(at), rows.begin() + qint64(std::min(rows.size(), at + 1000))});
    // Before the checkpoint the samples are in the journal, and readable.
    expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), 0, 1 << 30), rows);
    QString error;
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    EXPECT_EQ(queryInt(store.path(), "SELECT count(*) FROM chunks"), 3);
    EXPECT_EQ(queryInt(store.path(), "SELECT max(count) FROM chunks"), HistoryStore::ChunkCapacity);
    EXPECT_EQ(queryInt(store.path(), "SELECT count(*) FROM journal"), 0);
    EXPECT_EQ(store.sampleCount(), n);

    expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), 0, 1 << 30), rows);
    // Around the first boundary, and exactly on it.
    const int c = HistoryStore::ChunkCapacity;
    const auto ts = [](int i) { return 1000 + i * 10LL; };
    expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), ts(c - 2), ts(c + 2)), expectedRange(rows, ts(c - 2), ts(c + 2)));
    expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), ts(c), ts(c) + 1), {{a, ts(c), double(c)}});
    expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), ts(c - 1), ts(c)), {{a, ts(c - 1), double(c - 1)}});
    // A limit that ends in the second chunk.
    const QList<HistorySample> limited = rangeOf(store, QStringLiteral("temp-1"), ts(c - 3), ts(n), 5);
    ASSERT_EQ(limited.size(), 5);
    EXPECT_EQ(limited.front().value, double(c - 3));
    EXPECT_EQ(limited.back().value, double(c + 1));

    // A chunk never spans ChunkSpanMs or more.
    const qint64 t0 = 5000000;
    append({{b, t0, 1.0}, {b, t0 + HistoryStore::ChunkSpanMs - 1, 2.0}, {b, t0 + HistoryStore::ChunkSpanMs + 5, 3.0}});
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    EXPECT_EQ(queryInt(store.path(), "SELECT count(*) FROM chunks"), 5);
    EXPECT_EQ(rangeOf(store, QStringLiteral("temp-2"), t0 + HistoryStore::ChunkSpanMs, t0 + 2 * HistoryStore::ChunkSpanMs).size(), 1);
    EXPECT_EQ(rangeOf(store, QStringLiteral("temp-2"), t0 + 1, t0 + HistoryStore::ChunkSpanMs).size(), 1);
}

TEST_F(HistoryFixture, ExtremeTimestamps)
{
    const qint64 lo = std::numeric_limits<qint64>::min() + 1, hi = std::numeric_limits<qint64>::max() - 1;
    append({{a, hi, 2.0}, {a, lo, 1.0}, {a, 0, 0.5}});
    QString error;
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    const QList<HistorySample> all = rangeOf(store, QStringLiteral("temp-1"), std::numeric_limits<qint64>::min(),
                                             std::numeric_limits<qint64>::max());
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].timestampMs, lo);
    EXPECT_EQ(all[1].timestampMs, 0);
    EXPECT_EQ(all[2].timestampMs, hi);
}

TEST_F(HistoryFixture, OutOfOrderAndDuplicateTimestamps)
{
    std::mt19937 random(7);
    std::vector<HistorySample> arrived;
    auto batch = [&](int size) {
        std::vector<HistorySample> rows;
        for (int i = 0; i < size; ++i) {
            // Few distinct times: many duplicates, within and across batches.
            rows.push_back({a, 1000 + qint64(random() % 700) * 7, double(arrived.size() + rows.size())});
            if (i % 3 == 0)
                rows.push_back({b, qint64(random() % 100), -1.0});
        }
        append(rows);
        for (const HistorySample &r : rows) {
            if (r.point == a)
                arrived.push_back(r);
        }
    };
    auto check = [&](const char *when) {
        SCOPED_TRACE(when);
        expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), 0, 1 << 20), expectedRange(arrived, 0, 1 << 20));
        expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), 2002, 3003), expectedRange(arrived, 2002, 3003));
        const std::vector<HistorySample> all = expectedRange(arrived, 0, 1 << 20);
        expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), 0, 1 << 20, 25), {all.begin(), all.begin() + 25});
        // Narrow buckets come from the samples: compare with the buckets computed here.
        QList<HistoryBucket> buckets;
        QString error;
        ASSERT_TRUE(store.downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 1000, 6000, 500,
                                     &buckets, &error))
            << error.toStdString();
        std::map<qint64, std::vector<double>> want;
        for (const HistorySample &s : all)
            want[1000 + (s.timestampMs - 1000) / 10 * 10].push_back(s.value);
        ASSERT_EQ(std::size_t(buckets.size()), want.size());
        qsizetype i = 0;
        for (const auto &[start, values] : want) {
            const HistoryBucket &bk = buckets[i++];
            EXPECT_EQ(bk.startMs, start);
            EXPECT_EQ(bk.count, qint64(values.size()));
            EXPECT_EQ(bk.min, *std::min_element(values.begin(), values.end()));
            EXPECT_EQ(bk.max, *std::max_element(values.begin(), values.end()));
            EXPECT_DOUBLE_EQ(bk.average, std::accumulate(values.begin(), values.end(), 0.0) / double(values.size()));
        }
    };
    for (int k = 0; k < 3; ++k)
        batch(400);
    check("journal only");
    QString error;
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    check("chunks only");
    for (int k = 0; k < 3; ++k)
        batch(300);
    check("overlapping chunks and journal");
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    check("overlapping chunks");
    const QString path = store.path();
    store.close();
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
    check("reopened");
}

TEST_F(HistoryFixture, DownsampleMergesRollupsAndJournal)
{
    // One hour at 1 Hz: the first half in chunks (and rollups), the rest in the journal.
    std::vector<HistorySample> rows;
    for (int s = 0; s < 3600; ++s)
        rows.push_back({a, s * 1000LL, double((s * 37) % 101)});
    append({rows.begin(), rows.begin() + 1800});
    QString error;
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    append({rows.begin() + 1800, rows.end()});
    QList<HistoryBucket> buckets;
    ASSERT_TRUE(store.downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0, 3600000, 12, &buckets,
                                 &error))
        << error.toStdString();
    ASSERT_EQ(buckets.size(), 12);
    for (int k = 0; k < 12; ++k) {
        double mn = 1e9, mx = -1e9, sum = 0;
        for (int s = k * 300; s < (k + 1) * 300; ++s) {
            mn = std::min(mn, rows[std::size_t(s)].value);
            mx = std::max(mx, rows[std::size_t(s)].value);
            sum += rows[std::size_t(s)].value;
        }
        EXPECT_EQ(buckets[k].startMs, k * 300000LL);
        EXPECT_EQ(buckets[k].count, 300);
        EXPECT_EQ(buckets[k].min, mn);
        EXPECT_EQ(buckets[k].max, mx);
        EXPECT_DOUBLE_EQ(buckets[k].average, sum / 300);
    }
}

TEST_F(HistoryFixture, RetentionAcrossChunks)
{
    const int c = HistoryStore::ChunkCapacity;
    std::vector<HistorySample> rows;
    for (int i = 0; i < 3 * c; ++i)
        rows.push_back({a, i * 10LL, double(i)});
    append(rows);
    QString error;
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    ASSERT_EQ(queryInt(store.path(), "SELECT count(*) FROM chunks"), 3);
    // Old samples of another point still pending in the journal count too.
    append({{b, 5, 1.0}, {b, 6, 2.0}, {b, 10LL * (3 * c), 3.0}});
    const qint64 cutoff = (c + 100) * 10LL;
    qint64 deleted = 0;
    ASSERT_TRUE(store.applyRetention(cutoff, &deleted, &error)) << error.toStdString();
    EXPECT_EQ(deleted, c + 100 + 2);
    EXPECT_EQ(store.sampleCount(), 3 * c - (c + 100) + 1);
    expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), 0, 1 << 30), expectedRange(rows, cutoff, 1 << 30));
    EXPECT_EQ(rangeOf(store, QStringLiteral("temp-2"), 0, 1 << 30).size(), 1);
    // The first chunk is gone, the second cut, the third whole.
    EXPECT_EQ(queryInt(store.path(), "SELECT count(*) FROM chunks WHERE point = 1"), 2);
    EXPECT_EQ(queryInt(store.path(), "SELECT min(start) FROM chunks WHERE point = 1"), cutoff);
    ASSERT_TRUE(store.applyRetention(cutoff, &deleted, &error)) << error.toStdString();
    EXPECT_EQ(deleted, 0);
    QList<HistoryBucket> buckets;
    ASSERT_TRUE(store.downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0, 1 << 30, 1, &buckets,
                                 &error));
    ASSERT_EQ(buckets.size(), 1);
    EXPECT_EQ(buckets[0].count, 3 * c - (c + 100));
}

TEST_F(HistoryFixture, ReopenAfterCloseKeepsEverythingInChunks)
{
    std::vector<HistorySample> rows;
    for (int i = 0; i < 50; ++i)
        rows.push_back({a, 100 + i, double(i)});
    for (int i = 0; i < 50; i += 10)
        append({rows.begin() + i, rows.begin() + i + 10});
    const QString path = store.path();
    store.close();
    EXPECT_EQ(queryInt(path, "SELECT count(*) FROM journal"), 0);
    EXPECT_EQ(queryInt(path, "SELECT count(*) FROM chunks"), 1);
    EXPECT_EQ(queryInt(path, "PRAGMA user_version"), HistoryStore::LayoutVersion);
    QString error;
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
    expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), 0, 1000), rows);
    append({{a, 99, -1.0}});
    rows.push_back({a, 99, -1.0});
    expectSameSamples(rangeOf(store, QStringLiteral("temp-1"), 0, 1000), expectedRange(rows, 0, 1000));
}

TEST_F(HistoryFixture, CommittedBatchesSurviveACrash)
{
    std::vector<HistorySample> rows;
    for (int i = 0; i < 30; ++i)
        rows.push_back({i % 2 ? a : b, 1000 - i, double(i)});
    for (int i = 0; i < 30; i += 3)
        append({rows.begin() + i, rows.begin() + i + 3});
    EXPECT_EQ(queryInt(store.path(), "SELECT count(*) FROM chunks"), 0);
    HistoryStore recovered;
    QString error;
    ASSERT_TRUE(recovered.open(crashCopy(store, dir.filePath(QStringLiteral("crashed.history"))), &error))
        << error.toStdString();
    EXPECT_EQ(recovered.sampleCount(), 30);
    std::vector<HistorySample> ofA;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(ofA), [&](const HistorySample &s) { return s.point == a; });
    expectSameSamples(rangeOf(recovered, QStringLiteral("temp-1"), 0, 2000), expectedRange(ofA, 0, 2000));
    // The recovered samples are pending again: a new batch and a flush keep them all, and
    // a sample delivered again is recognised among them.
    const std::vector<HistorySample> more{rows[0], {a, 5000, 99.0}};
    ASSERT_TRUE(recovered.append(more.data(), more.size(), &infoOf, &points, &error)) << error.toStdString();
    ASSERT_TRUE(recovered.flush(&error)) << error.toStdString();
    EXPECT_EQ(recovered.sampleCount(), 31);
    EXPECT_EQ(recovered.duplicates(), 1);
    EXPECT_EQ(queryInt(recovered.path(), "SELECT count(*) FROM journal"), 0);
}

TEST_F(HistoryFixture, CorruptChunkIsAnErrorNotACrash)
{
    const char *damage[] = {
        "UPDATE chunks SET data = substr(data, 1, 20)",       // truncated
        "UPDATE chunks SET data = x'02'",                     // unknown format
        "UPDATE chunks SET data = x'01ffffffffffffffffffff'", // varint overflow
        "UPDATE chunks SET count = count + 1",                // blob and row disagree
        "UPDATE chunks SET last = last - 1",
        "UPDATE chunks SET data = data || x'00'",             // trailing bytes
    };
    std::vector<HistorySample> rows;
    for (int i = 0; i < 100; ++i)
        rows.push_back({a, i * 10LL, double(i)});
    for (const char *sql : damage) {
        SCOPED_TRACE(sql);
        QString error;
        ASSERT_TRUE(store.applyRetention(std::numeric_limits<qint64>::max(), nullptr, &error)) << error.toStdString();
        append(rows);
        append({{b, 5, 1.0}});
        ASSERT_TRUE(store.flush(&error)) << error.toStdString();
        execSql(store.path(), QByteArray(sql) + " WHERE point = 1");
        QList<HistorySample> out;
        EXPECT_FALSE(store.range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0, 2000, &out, 0, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("corrupt"))) << error.toStdString();
        EXPECT_TRUE(error.contains(store.path())) << error.toStdString();
        QList<HistoryBucket> buckets;
        error.clear();
        EXPECT_FALSE(store.downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0, 1000, 100, &buckets,
                                      &error));
        EXPECT_TRUE(error.contains(QStringLiteral("corrupt"))) << error.toStdString();
        // Other points are unaffected; retention through the damaged chunk reports it.
        EXPECT_EQ(rangeOf(store, QStringLiteral("temp-2"), 0, 100).size(), 1);
        error.clear();
        EXPECT_FALSE(store.applyRetention(500, nullptr, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("corrupt"))) << error.toStdString();
        execSql(store.path(), "DELETE FROM chunks");
    }
}

TEST_F(HistoryFixture, CorruptJournalRefusesToOpen)
{
    append({{a, 1, 1.0}, {b, 2, 2.0}});
    const QString copy = crashCopy(store, dir.filePath(QStringLiteral("crashed.history")));
    execSql(copy, "UPDATE journal SET data = substr(data, 1, 30)");
    HistoryStore damaged;
    QString error;
    EXPECT_FALSE(damaged.open(copy, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("journal entry"))) << error.toStdString();
    EXPECT_TRUE(error.contains(copy)) << error.toStdString();
    EXPECT_FALSE(damaged.isOpen());
}

TEST_F(HistoryFixture, FailedBatchLeavesNoTrace)
{
    QString error;
    const HistorySample bad[] = {{b, 1, 1.0}, {-3, 2, 2.0}};
    EXPECT_FALSE(store.append(bad, 2, &infoOf, &points, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("invalid point"))) << error.toStdString();
    EXPECT_EQ(store.sampleCount(), 0);
    // temp-2's point row was rolled back with the batch: it must be created again.
    append({{b, 7, 3.0}});
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    const QList<HistorySample> out = rangeOf(store, QStringLiteral("temp-2"), 0, 100);
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].value, 3.0);
}

TEST(HistoryStoreLayout, Layout1IsConverted)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.history"));
    execSql(path,
            "CREATE TABLE points(id INTEGER PRIMARY KEY, twin TEXT NOT NULL, name TEXT NOT NULL, dataType TEXT,"
            " unit TEXT, UNIQUE(twin, name));"
            "CREATE TABLE samples(point INTEGER NOT NULL, ts INTEGER NOT NULL, seq INTEGER NOT NULL, value,"
            " PRIMARY KEY(point, ts, seq)) WITHOUT ROWID;"
            "CREATE TABLE rollups(point INTEGER NOT NULL, bucket INTEGER NOT NULL, min REAL, max REAL, sum REAL,"
            " count INTEGER, PRIMARY KEY(point, bucket)) WITHOUT ROWID;"
            "INSERT INTO points VALUES(1, 'temp-1', 'Temperature', 'Temperature', 'degC');"
            "INSERT INTO points VALUES(2, 'temp-2', 'Temperature', 'Temperature', 'degC');"
            "INSERT INTO samples VALUES(1, 2000, 5, 3.0), (1, 1000, 9, 2.0), (1, 1000, 2, 1.0), (2, 1500, 4, 7.0);"
            "INSERT INTO rollups VALUES(1, 0, 1.0, 3.0, 6.0, 3), (2, 0, 7.0, 7.0, 7.0, 1);");
    HistoryStore store;
    QString error;
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
    EXPECT_EQ(store.sampleCount(), 4);
    const QList<HistorySample> out = rangeOf(store, QStringLiteral("temp-1"), 0, 10000);
    ASSERT_EQ(out.size(), 3);
    EXPECT_EQ(out[0].value, 1.0);
    EXPECT_EQ(out[1].value, 2.0);
    EXPECT_EQ(out[2].value, 3.0);
    QList<HistoryBucket> buckets;
    ASSERT_TRUE(store.downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0, 100000, 2, &buckets, &error));
    ASSERT_EQ(buckets.size(), 1);
    EXPECT_EQ(buckets[0].count, 3);
    store.close();
    EXPECT_EQ(queryInt(path, "PRAGMA user_version"), HistoryStore::LayoutVersion);
    EXPECT_EQ(queryInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'samples'"), 0);
}

TEST(HistoryStoreLayout, NewerLayoutIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.history"));
    execSql(path, "CREATE TABLE whatever(x); PRAGMA user_version = 99;");
    HistoryStore store;
    QString error;
    EXPECT_FALSE(store.open(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer"))) << error.toStdString();
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(store.isOpen());
}

TEST(HistoryStoreLayout, NotADatabaseIsAnError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.history"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    HistoryStore store;
    QString error;
    EXPECT_FALSE(store.open(path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
}

TEST_F(HistoryFixture, ReaderNeverSeesAHalfCheckpoint)
{
    // Batches of 5,000 samples reach a checkpoint about every 50 batches; a reader running
    // meanwhile must always see a gap-free prefix of what was written, never samples
    // twice or missing while they move from the journal into chunks.
    constexpr int batches = 120, size = 5000;
    std::atomic<bool> done{false};
    std::thread writer([&] {
        std::vector<HistorySample> rows(size);
        for (int k = 0; k < batches; ++k) {
            for (int i = 0; i < size; ++i)
                rows[std::size_t(i)] = {a, qint64(k) * size + i, double(k * size + i)};
            QString error;
            if (!store.append(rows.data(), rows.size(), &infoOf, &points, &error))
                ADD_FAILURE() << error.toStdString();
        }
        done = true;
    });
    qsizetype seen = 0;
    int reads = 0;
    auto read = [&] {
        QList<HistorySample> out;
        QString error;
        ASSERT_TRUE(store.range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0, 1LL << 40, &out, 0, &error))
            << error.toStdString();
        ASSERT_GE(out.size(), seen);
        for (qsizetype i = 0; i < out.size(); ++i)
            ASSERT_EQ(out[i].value, double(i)) << "read " << reads;
        seen = out.size();
        ++reads;
    };
    while (!done && !HasFatalFailure())
        read();
    writer.join();
    read();
    EXPECT_EQ(seen, qsizetype(batches) * size);
}

TEST_F(HistoryFixture, TextSentAgainIsStoredOnce)
{
    const std::vector<HistoryText> texts{{a, 10, QStringLiteral("open")}, {a, 11, QStringLiteral("shut")}};
    QString error;
    ASSERT_TRUE(store.appendTexts(texts.data(), texts.size(), &infoOf, &points, &error)) << error.toStdString();
    // Sent again (with a new text at 10, which does not replace the first).
    const std::vector<HistoryText> again{{a, 10, QStringLiteral("ajar")}, {a, 12, QStringLiteral("open")}};
    ASSERT_TRUE(store.appendTexts(again.data(), again.size(), &infoOf, &points, &error)) << error.toStdString();
    EXPECT_EQ(store.duplicates(), 1);
    EXPECT_EQ(queryInt(store.path(), "SELECT count(*) FROM texts"), 3);
    EXPECT_EQ(queryInt(store.path(), "SELECT count(*) FROM texts WHERE ts = 10 AND value = 'open'"), 1);
}
