// SPDX-License-Identifier: GPL-3.0-or-later
// The shared history on a real PostgreSQL server started by the test: the same answers as
// the SQLite history for the same input, each sample once, reconnection.
#include "support/postgrestest.h"
#include "telemetry/historyqueries.h"
#include "telemetry/historyspool.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"
#include "telemetry/postgresconnection.h"
#include "telemetry/postgreshistoryreader.h"
#include "telemetry/postgreshistoryschema.h"
#include "telemetry/postgreshistorystore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>

using namespace twin;

namespace {

const PointInfo &infoOf(const void *context, int point)
{
    return static_cast<const PointRegistry *>(context)->info(point);
}

class PostgresHistoryTest : public twintest::PostgresTest
{
protected:
    PointRegistry points;
};

constexpr qint64 kFirst = std::numeric_limits<qint64>::min();
constexpr qint64 kLast = std::numeric_limits<qint64>::max();

QStringList described(const QList<HistoryValue> &values)
{
    QStringList out;
    for (const HistoryValue &v : values)
        out.append(QString::number(v.timestampMs) + u'='
            + (v.isText ? u'"' + v.text + u'"' : QString::number(v.number, 'g', 17)));
    return out;
}

QStringList described(const QList<HistorySample> &samples)
{
    QStringList out;
    for (const HistorySample &s : samples)
        out.append(QString::number(s.timestampMs) + u'=' + QString::number(s.value, 'g', 17));
    return out;
}

/// Every sample of temp-1's Temperature in \a url, described.
QStringList storedTemperatures(const QString &url)
{
    PostgresHistoryReader reader(url);
    QList<HistorySample> samples;
    QString error;
    EXPECT_TRUE(reader.range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast,
        &samples, 0, &error))
        << error.toStdString();
    return described(samples);
}

/// temp-1's Temperature in \a url from \a fromMs to \a toMs in \a count buckets.
QList<HistoryBucket> temperatureBuckets(const QString &url, qint64 fromMs, qint64 toMs, int count)
{
    PostgresHistoryReader reader(url);
    QList<HistoryBucket> buckets;
    QString error;
    EXPECT_TRUE(reader.downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), fromMs, toMs,
        count, &buckets, &error))
        << error.toStdString();
    return buckets;
}

void expectSameBuckets(
    const QList<HistoryBucket> &sqlite, const QList<HistoryBucket> &postgres, const char *what)
{
    ASSERT_EQ(sqlite.size(), postgres.size()) << what;
    for (qsizetype i = 0; i < sqlite.size(); ++i) {
        SCOPED_TRACE(::testing::Message() << what << " bucket " << i);
        EXPECT_EQ(sqlite[i].startMs, postgres[i].startMs);
        EXPECT_EQ(sqlite[i].count, postgres[i].count);
        EXPECT_DOUBLE_EQ(sqlite[i].min, postgres[i].min);
        EXPECT_DOUBLE_EQ(sqlite[i].max, postgres[i].max);
        EXPECT_NEAR(sqlite[i].average, postgres[i].average,
            1e-9 * std::max(1.0, std::abs(sqlite[i].average)));
    }
}

} // namespace

TEST_F(PostgresHistoryTest, GivesTheSameAnswersAsTheSqliteHistory)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), QStringLiteral("degreeCelsius") });
    const int co2 = points.findOrCreate({ QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"),
        QStringLiteral("CarbonDioxide"), QStringLiteral("partsPerMillion") });
    const int room
        = points.findOrCreate({ QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"),
            QStringLiteral("AvailableAndFresh"), {}, PointKind::Computed, ValueKind::Any });
    // Two hours at about 1 Hz per point across midnight UTC yesterday (two day partitions),
    // delivered in shuffled batches as a reconnecting broker would.
    const qint64 midnight = PostgresHistorySchema::dayOf(QDateTime::currentMSecsSinceEpoch())
            * PostgresHistorySchema::DayMs
        - PostgresHistorySchema::DayMs;
    const qint64 start = midnight - 3600000;
    std::mt19937 random(42);
    std::vector<HistorySample> all;
    for (const int point : { temp, co2 }) {
        qint64 ts = start;
        for (int i = 0; i < 7200; ++i) {
            ts += 500 + qint64(random() % 1000);
            all.push_back(
                { point, ts, std::uniform_real_distribution<double>(-40.0, 2000.0)(random) });
        }
    }
    std::vector<HistoryText> texts;
    for (int i = 0; i < 50; ++i)
        texts.push_back({ room, start + qint64(i) * 120000 + 7,
            i % 3 ? QStringLiteral("Fresh\tair") : QStringLiteral("Stale\nair \\ now") });
    std::shuffle(all.begin(), all.end(), random);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.twinproj.history"));
    HistoryStore sqlite;
    PostgresHistoryStore postgres;
    QString error;
    ASSERT_TRUE(sqlite.open(file, &error)) << error.toStdString();
    ASSERT_TRUE(postgres.open(url, &error)) << error.toStdString();
    for (std::size_t at = 0; at < all.size(); at += 1000) {
        const std::size_t n = std::min<std::size_t>(1000, all.size() - at);
        ASSERT_TRUE(sqlite.append(all.data() + at, n, &infoOf, &points, &error))
            << error.toStdString();
        ASSERT_TRUE(postgres.append(all.data() + at, n, &infoOf, &points, &error))
            << error.toStdString();
    }
    ASSERT_TRUE(sqlite.appendTexts(texts.data(), texts.size(), &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(postgres.appendTexts(texts.data(), texts.size(), &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(sqlite.flush(&error)) << error.toStdString();

    // Both through the one interface the charts, the time cursor and twinctl read.
    const std::shared_ptr<HistoryQueries> sqliteReader = HistoryQueries::open(file);
    const std::shared_ptr<HistoryQueries> postgresReader = HistoryQueries::open(url);
    ASSERT_TRUE(dynamic_cast<PostgresHistoryReader *>(postgresReader.get()));
    const HistoryQueries &a = *sqliteReader;
    const HistoryQueries &b = *postgresReader;
    EXPECT_EQ(a.sampleCount(), b.sampleCount());
    EXPECT_EQ(b.sampleCount(), qint64(all.size() + texts.size()));

    qint64 fromA = 0, toA = 0, fromB = 0, toB = 0;
    ASSERT_TRUE(a.span(&fromA, &toA, &error)) << error.toStdString();
    ASSERT_TRUE(b.span(&fromB, &toB, &error)) << error.toStdString();
    EXPECT_EQ(fromA, fromB);
    EXPECT_EQ(toA, toB);
    EXPECT_LT(fromB, toB);
    // Snapshots before everything, at the start, on a text's time, across midnight, after all.
    for (const qint64 at : { start - 1, fromA, start + 7 + 5 * 120000, midnight, midnight + 1234, toA, kLast }) {
        SCOPED_TRACE(::testing::Message() << "snapshot at " << at);
        QList<HistoryPointValue> sa, sb;
        ASSERT_TRUE(a.snapshot(at, &sa, &error)) << error.toStdString();
        ASSERT_TRUE(b.snapshot(at, &sb, &error)) << error.toStdString();
        const auto shown = [](const QList<HistoryPointValue> &values) {
            QStringList out;
            for (const HistoryPointValue &v : values)
                out.append(v.twinId + u'/' + v.name + u'/' + v.dataType + u'/' + v.unit + u'@'
                    + QString::number(v.value.timestampMs) + u'='
                    + (v.value.isText ? u'"' + v.value.text + u'"' : QString::number(v.value.number, 'g', 17)));
            out.sort();
            return out;
        };
        EXPECT_EQ(shown(sa), shown(sb));
        if (at < fromA || at == kLast) {
            EXPECT_EQ(sb.size(), at < fromA ? 0 : 3);
        }
    }

    struct Range
    {
        qint64 from, to;
    };
    const Range ranges[]
        = { { kFirst, kLast }, { start, start + 600000 }, { midnight - 90000, midnight + 90000 },
              { midnight + 1234, midnight + 1234 }, { start - 100000, start } };
    for (const QString &twinId : { QStringLiteral("temp-1"), QStringLiteral("co2-1"),
             QStringLiteral("room-1"), QStringLiteral("nobody") }) {
        const QString name = twinId == u"temp-1" ? QStringLiteral("Temperature")
            : twinId == u"co2-1"                 ? QStringLiteral("CarbonDioxide")
                                                 : QStringLiteral("AvailableAndFresh");
        for (const Range &r : ranges) {
            SCOPED_TRACE(::testing::Message()
                << twinId.toStdString() << " [" << r.from << ", " << r.to << ")");
            for (const int limit : { 1, 10, 100000 }) {
                QList<HistoryValue> va, vb;
                QString ta, tb;
                bool moreA = false, moreB = false;
                ASSERT_TRUE(a.latest(twinId, name, r.from, r.to, limit, &va, &ta, &moreA, &error))
                    << error.toStdString();
                ASSERT_TRUE(b.latest(twinId, name, r.from, r.to, limit, &vb, &tb, &moreB, &error))
                    << error.toStdString();
                EXPECT_EQ(described(va), described(vb)) << "latest, limit " << limit;
                EXPECT_EQ(ta, tb);
                EXPECT_EQ(moreA, moreB);
            }
            for (const int limit : { 0, 5 }) {
                QList<HistorySample> sa, sb;
                ASSERT_TRUE(a.range(twinId, name, r.from, r.to, &sa, limit, &error))
                    << error.toStdString();
                ASSERT_TRUE(b.range(twinId, name, r.from, r.to, &sb, limit, &error))
                    << error.toStdString();
                EXPECT_EQ(described(sa), described(sb)) << "range, limit " << limit;
            }
        }
        // Narrow buckets read samples on both sides; buckets of whole rollups (10 s)
        // starting on a rollup boundary read the SQLite file's rollups.
        for (const auto &[from, to, buckets] : { std::tuple { start, start + 7200000, 1000 },
                 std::tuple { start + 17, start + 5000017, 777 },
                 std::tuple { start - start % 10000, start - start % 10000 + 7200000, 72 } }) {
            QList<HistoryBucket> da, db;
            ASSERT_TRUE(a.downsample(twinId, name, from, to, buckets, &da, &error))
                << error.toStdString();
            ASSERT_TRUE(b.downsample(twinId, name, from, to, buckets, &db, &error))
                << error.toStdString();
            expectSameBuckets(da, db,
                qPrintable(twinId + QStringLiteral(" downsample ") + QString::number(buckets)));
        }
        QList<HistoryQueries::Series> xa, xb;
        ASSERT_TRUE(a.series(twinId, &xa, &error)) << error.toStdString();
        ASSERT_TRUE(b.series(twinId, &xb, &error)) << error.toStdString();
        ASSERT_EQ(xa.size(), xb.size());
        for (qsizetype i = 0; i < xa.size(); ++i) {
            EXPECT_EQ(xa[i].name, xb[i].name);
            EXPECT_EQ(xa[i].dataType, xb[i].dataType);
            EXPECT_EQ(xa[i].unit, xb[i].unit);
        }
    }

    // Merged, the database's wide buckets read the chunks' rollups as the file reads its
    // rollups: the same buckets, also where a bucket edge falls inside a rollup.
    ASSERT_TRUE(postgres.flush(&error)) << error.toStdString();
    for (const auto &[twinId, name] : { std::pair { QStringLiteral("temp-1"), QStringLiteral("Temperature") },
             std::pair { QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide") } }) {
        for (const auto &[from, to, buckets] : { std::tuple { start, start + 7200000, 1000 },
                 std::tuple { start - start % 10000, start - start % 10000 + 7200000, 72 },
                 std::tuple { start + 17, start + 7200017, 100 }, std::tuple { midnight - 86400000, midnight + 86400000, 2000 },
                 std::tuple { midnight + 4321, midnight + 1800000, 7 } }) {
            QList<HistoryBucket> da, db;
            ASSERT_TRUE(a.downsample(twinId, name, from, to, buckets, &da, &error)) << error.toStdString();
            ASSERT_TRUE(b.downsample(twinId, name, from, to, buckets, &db, &error)) << error.toStdString();
            ASSERT_FALSE(db.isEmpty());
            expectSameBuckets(da, db, qPrintable(twinId + QStringLiteral(" merged, downsample ") + QString::number(buckets)));
        }
    }
    PostgresConnection::Result chunks;
    PostgresConnection db;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    ASSERT_TRUE(db.query("SELECT count(*), sum(cardinality(r_bucket)) FROM twin_chunks", {}, &chunks, &error))
        << error.toStdString();
    EXPECT_GT(chunks.toInt(0, 0), 0);
    EXPECT_GT(chunks.toInt(0, 1), chunks.toInt(0, 0));
}

TEST_F(PostgresHistoryTest, ABatchSentAgainIsStoredOnceEvenByAnotherWriter)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    std::vector<HistorySample> batch;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 500; ++i)
        batch.push_back({ temp, now - 500 + i, double(i) });
    PostgresHistoryStore first, second;
    QString error;
    ASSERT_TRUE(first.open(url, &error)) << error.toStdString();
    ASSERT_TRUE(second.open(url, &error)) << error.toStdString();
    ASSERT_TRUE(first.append(batch.data(), batch.size(), &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(first.append(batch.data(), batch.size(), &infoOf, &points, &error))
        << error.toStdString();
    // The second half again and 100 new ones, through the other writer.
    std::vector<HistorySample> overlap(batch.begin() + 250, batch.end());
    for (int i = 0; i < 100; ++i)
        overlap.push_back({ temp, now + i, -double(i) });
    ASSERT_TRUE(second.append(overlap.data(), overlap.size(), &infoOf, &points, &error))
        << error.toStdString();

    // Read before and after the writers merge their journals into chunks.
    PostgresHistoryReader reader(url);
    EXPECT_EQ(reader.sampleCount(&error), 600) << error.toStdString();
    EXPECT_EQ(storedTemperatures(url).size(), 600);
    ASSERT_TRUE(first.flush(&error)) << error.toStdString();
    ASSERT_TRUE(second.flush(&error)) << error.toStdString();
    EXPECT_EQ(reader.sampleCount(&error), 600) << error.toStdString();
    EXPECT_EQ(storedTemperatures(url).size(), 600);
    EXPECT_EQ(first.duplicates(), 500);
    EXPECT_EQ(second.duplicates(), 250);
    // Sent once more after the merge: the chunks hold it.
    ASSERT_TRUE(first.append(batch.data(), batch.size(), &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(first.flush(&error)) << error.toStdString();
    EXPECT_EQ(first.duplicates(), 1000);
    EXPECT_EQ(reader.sampleCount(&error), 600) << error.toStdString();
}

TEST_F(PostgresHistoryTest, ASampleTwiceInOneBatchAndValuesThatAreNoNumbersAreStoredOnceAsSent)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<HistorySample> batch { { temp, now, -inf }, { temp, now + 1, 1e-300 },
        { temp, now + 2, inf }, { temp, now + 1, 1e-300 }, { temp, now + 3, -0.1 } };
    PostgresHistoryStore store;
    QString error;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    ASSERT_TRUE(store.append(batch.data(), batch.size(), &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    EXPECT_EQ(store.duplicates(), 1);

    EXPECT_EQ(storedTemperatures(url),
        (QStringList { QString::number(now) + u"=-inf", QString::number(now + 1) + u"=1e-300",
            QString::number(now + 2) + u"=inf",
            QString::number(now + 3) + u"=-0.10000000000000001" }));
}

TEST_F(PostgresHistoryTest, TheSamplesAreInDayPartitionsUnlessTimescaleIsThere)
{
    PostgresConnection db;
    QString error;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    bool timescale = true;
    ASSERT_TRUE(PostgresHistorySchema::timescaleAvailable(db, &timescale, &error))
        << error.toStdString();
    PostgresConnection::Result listed;
    ASSERT_TRUE(db.query("SELECT count(*) FROM pg_available_extensions WHERE name = 'timescaledb'",
        {}, &listed, &error))
        << error.toStdString();
    EXPECT_EQ(timescale, listed.toInt(0, 0) == 1);

    PostgresHistoryStore store;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    EXPECT_EQ(store.storage(),
        timescale ? PostgresHistorySchema::Storage::Hypertable
                  : PostgresHistorySchema::Storage::DayPartitions);
    PostgresConnection::Result kept;
    ASSERT_TRUE(
        db.query("SELECT value FROM twin_history_meta WHERE key = 'storage'", {}, &kept, &error))
        << error.toStdString();
    EXPECT_EQ(
        kept.text(0, 0), timescale ? QStringLiteral("hypertable") : QStringLiteral("partitions"));
}

TEST_F(PostgresHistoryTest, DayPartitionsAreMadeAsDaysArriveWhenAskedFor)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    const qint64 today = PostgresHistorySchema::dayOf(QDateTime::currentMSecsSinceEpoch());
    const std::vector<HistorySample> batch {
        { temp, (today - 1) * PostgresHistorySchema::DayMs + 5, 1.0 },
        { temp, today * PostgresHistorySchema::DayMs + 5, 2.0 },
    };
    PostgresHistoryStore store;
    QString error;
    ASSERT_TRUE(store.open(url, &error, PostgresHistorySchema::Storage::DayPartitions))
        << error.toStdString();
    EXPECT_EQ(store.storage(), PostgresHistorySchema::Storage::DayPartitions);
    ASSERT_TRUE(store.append(batch.data(), batch.size(), &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    PostgresConnection db;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    PostgresConnection::Result rows;
    ASSERT_TRUE(db.query(
        "SELECT tableoid::regclass::text FROM twin_chunks ORDER BY start", {}, &rows, &error))
        << error.toStdString();
    ASSERT_EQ(rows.rows(), 2);
    EXPECT_EQ(rows.text(0, 0), QStringLiteral("twin_chunks_d%1").arg(today - 1));
    EXPECT_EQ(rows.text(1, 0), QStringLiteral("twin_chunks_d%1").arg(today));
}

TEST_F(PostgresHistoryTest, AHypertableStoresEachSampleOnceAndAnswersAsPartitionsDo)
{
    PostgresConnection db;
    QString error;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    bool timescale = false;
    ASSERT_TRUE(PostgresHistorySchema::timescaleAvailable(db, &timescale, &error))
        << error.toStdString();
    if (!timescale)
        GTEST_SKIP() << "TimescaleDB is not installed for this PostgreSQL (pg_available_extensions "
                        "has no timescaledb): the day partitions are what is tested here";
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<HistorySample> batch;
    for (int i = 0; i < 3; ++i)
        batch.push_back({ temp, now - PostgresHistorySchema::DayMs * i, double(i) });
    PostgresHistoryStore store;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    ASSERT_EQ(store.storage(), PostgresHistorySchema::Storage::Hypertable)
        << "TimescaleDB is installed but not loaded (shared_preload_libraries)";
    ASSERT_TRUE(store.append(batch.data(), batch.size(), &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(store.append(batch.data(), batch.size(), &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();
    EXPECT_EQ(store.duplicates(), 3);
    EXPECT_EQ(storedTemperatures(url),
        (QStringList { QString::number(now - 2 * PostgresHistorySchema::DayMs) + u"=2",
            QString::number(now - PostgresHistorySchema::DayMs) + u"=1",
            QString::number(now) + u"=0" }));
}

TEST_F(PostgresHistoryTest, AWriterCarriesOnAfterTheServerRestarts)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const HistorySample one { temp, now, 21.5 }, two { temp, now + 1, 22.5 };
    PostgresHistoryStore store;
    QString error;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    ASSERT_TRUE(store.append(&one, 1, &infoOf, &points, &error)) << error.toStdString();

    ASSERT_TRUE(s_server->stop(&error)) << error.toStdString();
    EXPECT_FALSE(store.append(&two, 1, &infoOf, &points, &error));
    EXPECT_TRUE(error.contains(QString::number(s_server->port()))) << error.toStdString();
    ASSERT_TRUE(s_server->restart(&error)) << error.toStdString();
    EXPECT_TRUE(store.append(&two, 1, &infoOf, &points, &error)) << error.toStdString();

    EXPECT_EQ(storedTemperatures(url),
        (QStringList { QString::number(now) + u"=21.5", QString::number(now + 1) + u"=22.5" }));
}

TEST_F(PostgresHistoryTest, TheJournalOfAWriterThatDiedIsMergedByTheNextOne)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<HistorySample> batch;
    for (int i = 0; i < 1000; ++i)
        batch.push_back({ temp, now - 1000 + i, double(i) });
    QString error;
    auto dying = std::make_unique<PostgresHistoryStore>();
    ASSERT_TRUE(dying->open(url, &error)) << error.toStdString();
    ASSERT_TRUE(dying->append(batch.data(), batch.size(), &infoOf, &points, &error))
        << error.toStdString();
    // Its connection ends as a killed process's would: the journal rows stay.
    PostgresConnection db;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    PostgresConnection::Result rows;
    ASSERT_TRUE(db.query("SELECT count(pg_terminate_backend(pid)) FROM pg_locks"
                         " WHERE locktype = 'advisory' AND classid = 734619025 AND objsubid = 2",
        {}, &rows, &error))
        << error.toStdString();
    ASSERT_EQ(rows.toInt(0, 0), 1);
    EXPECT_EQ(storedTemperatures(url).size(), 1000);

    // The broker delivers the last 100 again to the next writer.
    PostgresHistoryStore next;
    ASSERT_TRUE(next.open(url, &error)) << error.toStdString();
    ASSERT_TRUE(db.query("SELECT count(*) FROM twin_journal", {}, &rows, &error))
        << error.toStdString();
    EXPECT_EQ(rows.toInt(0, 0), 0);
    ASSERT_TRUE(next.append(batch.data() + 900, 100, &infoOf, &points, &error))
        << error.toStdString();
    ASSERT_TRUE(next.flush(&error)) << error.toStdString();
    EXPECT_EQ(next.duplicates(), 100);
    const QStringList stored = storedTemperatures(url);
    ASSERT_EQ(stored.size(), 1000);
    EXPECT_EQ(stored.front(), QString::number(now - 1000) + u"=0");
    EXPECT_EQ(stored.back(), QString::number(now - 1) + u"=999");
    dying.reset(); // its merge fails on the ended connection and is only logged
    EXPECT_EQ(storedTemperatures(url).size(), 1000);
}

TEST_F(PostgresHistoryTest, AnIdleWriterMergesItsJournalAfterAWhileThroughTheSpool)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    const HistorySample one { temp, QDateTime::currentMSecsSinceEpoch(), 21.5 };
    QTemporaryDir dir;
    QString error;
    auto store = std::make_unique<PostgresHistoryStore>();
    ASSERT_TRUE(store->open(url, &error)) << error.toStdString();
    HistorySpool spool(std::move(store), url, dir.filePath(QStringLiteral("spool")), 1 << 20);
    ASSERT_TRUE(spool.append(&one, 1, &infoOf, &points, &error)) << error.toStdString();
    PostgresConnection db;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    const auto journalRows = [&] {
        PostgresConnection::Result rows;
        EXPECT_TRUE(db.query("SELECT count(*) FROM twin_journal", {}, &rows, &error))
            << error.toStdString();
        return rows.toInt(0, 0);
    };
    spool.idle(); // too early
    EXPECT_EQ(journalRows(), 1);
    QThread::msleep(PostgresHistoryStore::CheckpointAfterMs + 100);
    spool.idle();
    EXPECT_EQ(journalRows(), 0);
    EXPECT_EQ(storedTemperatures(url), QStringList { QString::number(one.timestampMs) + u"=21.5" });
}

TEST_F(PostgresHistoryTest, ASampleRowHistoryOfLayout1IsConvertedToChunks)
{
    PostgresConnection db;
    QString error;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ASSERT_TRUE(db.exec("CREATE TABLE twin_history_meta (key text PRIMARY KEY, value text NOT NULL);"
                        "INSERT INTO twin_history_meta VALUES ('layout', '1'), ('storage', 'partitions');"
                        "CREATE TABLE twin_points (id serial PRIMARY KEY, twin_id text NOT NULL,"
                        " name text NOT NULL, data_type text NOT NULL DEFAULT '',"
                        " unit text NOT NULL DEFAULT '', UNIQUE (twin_id, name));"
                        "INSERT INTO twin_points (twin_id, name) VALUES ('temp-1', 'Temperature');"
                        "CREATE TABLE twin_samples (point_id integer NOT NULL, ts bigint NOT NULL,"
                        " value double precision NOT NULL, PRIMARY KEY (point_id, ts))"
                        " PARTITION BY RANGE (ts);"
                        "CREATE TABLE twin_samples_default PARTITION OF twin_samples DEFAULT",
        &error))
        << error.toStdString();
    // Three hours at one sample a minute, and one before 1970.
    PostgresConnection::Result rows;
    ASSERT_TRUE(db.query("INSERT INTO twin_samples SELECT 1, $1::bigint + i * 60000, i FROM"
                         " generate_series(0, 179) i UNION ALL SELECT 1, -1, -1",
        { QByteArray::number(now - 3 * 3600000) }, &rows, &error))
        << error.toStdString();

    PostgresHistoryStore store;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    const QStringList stored = storedTemperatures(url);
    ASSERT_EQ(stored.size(), 181);
    EXPECT_EQ(stored.front(), u"-1=-1");
    EXPECT_EQ(stored[1], QString::number(now - 3 * 3600000) + u"=0");
    EXPECT_EQ(stored.back(), QString::number(now - 3 * 3600000 + 179 * 60000) + u"=179");
    ASSERT_TRUE(db.query("SELECT (SELECT value FROM twin_history_meta WHERE key = 'layout'),"
                         " to_regclass('twin_samples') IS NULL, (SELECT count(*) FROM twin_chunks),"
                         " (SELECT bool_and(last - start < 3600000) FROM twin_chunks)",
        {}, &rows, &error))
        << error.toStdString();
    EXPECT_EQ(rows.toInt(0, 0), PostgresHistorySchema::LayoutVersion);
    EXPECT_EQ(rows.bytes(0, 1), "t");
    EXPECT_GE(rows.toInt(0, 2), 4);
    EXPECT_EQ(rows.bytes(0, 3), "t");
}

TEST_F(PostgresHistoryTest, TheJournalOfALayout2HistoryIsPackedAndMerged)
{
    PostgresConnection db;
    QString error;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    // Layout 2 as it was made, with journal rows of a writer that is gone (writer 1).
    ASSERT_TRUE(db.exec("CREATE TABLE twin_history_meta (key text PRIMARY KEY, value text NOT NULL);"
                        "INSERT INTO twin_history_meta VALUES ('layout', '2'), ('storage', 'partitions');"
                        "CREATE TABLE twin_points (id serial PRIMARY KEY, twin_id text NOT NULL,"
                        " name text NOT NULL, data_type text NOT NULL DEFAULT '',"
                        " unit text NOT NULL DEFAULT '', UNIQUE (twin_id, name));"
                        "INSERT INTO twin_points (twin_id, name) VALUES ('temp-1', 'Temperature'),"
                        " ('temp-2', 'Temperature');"
                        "CREATE TABLE twin_chunks (point_id integer NOT NULL, start bigint NOT NULL,"
                        " last bigint NOT NULL, ts bigint[] NOT NULL, value double precision[] NOT NULL,"
                        " PRIMARY KEY (point_id, start)) PARTITION BY RANGE (start);"
                        "CREATE TABLE twin_chunks_default PARTITION OF twin_chunks DEFAULT;"
                        "CREATE INDEX twin_chunks_last ON twin_chunks (point_id, last);"
                        "INSERT INTO twin_chunks VALUES (1, 1000, 2000, '{1000,2000}', '{1,2}');"
                        "CREATE TABLE twin_journal (id bigserial NOT NULL, writer integer NOT NULL,"
                        " point_id integer[] NOT NULL, ts bigint[] NOT NULL,"
                        " value double precision[] NOT NULL);"
                        "CREATE SEQUENCE twin_writers;"
                        // Values whose bits test the unpacking: signs, extremes, a subnormal.
                        "INSERT INTO twin_journal (writer, point_id, ts, value) VALUES"
                        " (1, '{1,2,1}', '{3000,3000,-5}', '{0.1,7,-2.5e-300}'),"
                        " (1, '{1,1}', '{2000,4000}', '{2000,1.7976931348623157e308}'),"
                        " (1, '{1}', '{5000}', '{5e-324}')",
        &error))
        << error.toStdString();

    // Not converted yet: a reader says so, with the history's address.
    {
        PostgresHistoryReader old(url);
        QList<HistorySample> samples;
        EXPECT_FALSE(old.range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast,
            &samples, 0, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("layout 2")) && error.contains(old.url())) << error.toStdString();
    }
    // A reader of the packed journal, before any writer merges it.
    ASSERT_TRUE(PostgresHistorySchema::prepare(db, &error)) << error.toStdString();
    const QStringList expected = described(QList<HistorySample> { { -1, -5, -2.5e-300 }, { -1, 1000, 1 },
        { -1, 2000, 2 }, { -1, 3000, 0.1 }, { -1, 4000, 1.7976931348623157e308 }, { -1, 5000, 5e-324 } });
    EXPECT_EQ(storedTemperatures(url), expected);
    PostgresConnection::Result rows;
    ASSERT_TRUE(db.query("SELECT (SELECT value FROM twin_history_meta WHERE key = 'layout'),"
                         " (SELECT count(*) FROM twin_journal)",
        {}, &rows, &error))
        << error.toStdString();
    EXPECT_EQ(rows.toInt(0, 0), PostgresHistorySchema::LayoutVersion);
    EXPECT_EQ(rows.toInt(0, 1), 3);

    // The next writer merges it: the sample the chunks hold (2000) is kept once.
    PostgresHistoryStore store;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    EXPECT_EQ(store.duplicates(), 1);
    EXPECT_EQ(storedTemperatures(url), expected);
    ASSERT_TRUE(db.query("SELECT count(*) FROM twin_journal", {}, &rows, &error)) << error.toStdString();
    EXPECT_EQ(rows.toInt(0, 0), 0);
    PostgresHistoryReader reader(url);
    QList<HistorySample> other;
    ASSERT_TRUE(reader.range(QStringLiteral("temp-2"), QStringLiteral("Temperature"), kFirst, kLast,
        &other, 0, &error))
        << error.toStdString();
    EXPECT_EQ(described(other), QStringList { QStringLiteral("3000=7") });
    // The chunk of layout 2 was given its rollups: wide buckets read them.
    ASSERT_TRUE(db.query("SELECT r_bucket::text, r_count::text, r_sum::text FROM twin_chunks WHERE start = 1000",
        {}, &rows, &error))
        << error.toStdString();
    EXPECT_EQ(rows.bytes(0, 0), "{0}");
    EXPECT_EQ(rows.bytes(0, 1), "{2}");
    EXPECT_EQ(rows.bytes(0, 2), "{3}");
    const QList<HistoryBucket> buckets = temperatureBuckets(url, 0, 20000, 1);
    ASSERT_EQ(buckets.size(), 1);
    EXPECT_EQ(buckets[0].count, 5);
    EXPECT_DOUBLE_EQ(buckets[0].max, 1.7976931348623157e308);
}

TEST_F(PostgresHistoryTest, RetentionKeepsTheNewerPartOfAChunkWithItsRollups)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    std::vector<HistorySample> batch;
    for (int i = 0; i < 100; ++i)
        batch.push_back({ temp, qint64(i) * 1000, double(i) });
    PostgresHistoryStore store;
    QString error;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    ASSERT_TRUE(store.append(batch.data(), batch.size(), &infoOf, &points, &error)) << error.toStdString();
    qint64 deleted = 0;
    ASSERT_TRUE(store.applyRetention(50500, &deleted, &error)) << error.toStdString();
    EXPECT_EQ(deleted, 51);
    const QStringList stored = storedTemperatures(url);
    ASSERT_EQ(stored.size(), 49);
    EXPECT_EQ(stored.front(), u"51000=51");
    // Wide buckets read the kept chunk's rollups: the first has lost what was cut.
    const QList<HistoryBucket> buckets = temperatureBuckets(url, 0, 100000, 10);
    ASSERT_EQ(buckets.size(), 5);
    EXPECT_EQ(buckets[0].startMs, 50000);
    EXPECT_EQ(buckets[0].count, 9);
    EXPECT_DOUBLE_EQ(buckets[0].min, 51);
    EXPECT_DOUBLE_EQ(buckets[0].average, 55);
    EXPECT_EQ(buckets[4].count, 10);
    EXPECT_DOUBLE_EQ(buckets[4].max, 99);
}

TEST_F(PostgresHistoryTest, ARecorderOfAnotherDatabaseUserOpensAHistoryItDidNotMake)
{
    const int temp = points.findOrCreate({ QStringLiteral("temp-1"), QStringLiteral("Temperature"),
        QStringLiteral("Temperature"), {} });
    QString error;
    {
        PostgresHistoryStore owner;
        ASSERT_TRUE(owner.open(url, &error)) << error.toStdString();
    }
    PostgresConnection db;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    // The roles are the server's: another test may have made this one.
    ASSERT_TRUE(db.exec("DO $$BEGIN CREATE ROLE twin_other LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$;"
                        "GRANT CREATE, USAGE ON SCHEMA public TO twin_other;"
                        "GRANT ALL ON ALL TABLES IN SCHEMA public TO twin_other;"
                        "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO twin_other",
        &error))
        << error.toStdString();
    QString other = url;
    other.replace(QStringLiteral("postgresql://twin@"), QStringLiteral("postgresql://twin_other@"));
    ASSERT_NE(other, url);
    PostgresHistoryStore recorder;
    ASSERT_TRUE(recorder.open(other, &error)) << error.toStdString();
    const HistorySample sample { temp, 5000, 21.5 };
    ASSERT_TRUE(recorder.append(&sample, 1, &infoOf, &points, &error)) << error.toStdString();
    ASSERT_TRUE(recorder.flush(&error)) << error.toStdString();
    EXPECT_EQ(storedTemperatures(url), QStringList { QStringLiteral("5000=21.5") });
}

TEST_F(PostgresHistoryTest, ADatabaseOfANewerLayoutIsRefused)
{
    PostgresHistoryStore store;
    QString error;
    ASSERT_TRUE(store.open(url, &error)) << error.toStdString();
    store.close();
    PostgresConnection db;
    ASSERT_TRUE(db.open(url, &error)) << error.toStdString();
    ASSERT_TRUE(db.exec("UPDATE twin_history_meta SET value = '99' WHERE key = 'layout'", &error))
        << error.toStdString();
    EXPECT_FALSE(store.open(url, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer"))) << error.toStdString();
}

TEST(PostgresConnectionTest, AUrlIsShownWithoutItsPassword)
{
    EXPECT_EQ(PostgresConnection::shownUrl(
                  QStringLiteral("postgresql://rec:s3cret@db.example:5432/site")),
        QStringLiteral("postgresql://rec@db.example:5432/site"));
    EXPECT_EQ(PostgresConnection::shownUrl(
                  QStringLiteral("postgresql://db.example/site?user=rec&password=s3cret")),
        QStringLiteral("postgresql://db.example/site?user=rec&password=***"));
    PostgresConnection db;
    QString error;
    // Nothing listens on port 1.
    EXPECT_FALSE(db.open(
        QStringLiteral("postgresql://rec:s3cret@127.0.0.1:1/site?connect_timeout=2"), &error));
    EXPECT_FALSE(error.contains(QStringLiteral("s3cret"))) << error.toStdString();
    EXPECT_TRUE(PostgresConnection::isUrl(QStringLiteral("postgres://h/db")));
    EXPECT_FALSE(PostgresConnection::isUrl(QStringLiteral("/var/lib/site.twinproj.history")));
}
