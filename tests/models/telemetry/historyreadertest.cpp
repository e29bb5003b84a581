// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/historyreader.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"
#include "telemetrytestutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>

using namespace twin;

namespace {

constexpr qint64 kFirst = std::numeric_limits<qint64>::min();
constexpr qint64 kLast = std::numeric_limits<qint64>::max();

struct HistoryReaderTest : ::testing::Test
{
    HistoryReaderTest()
        : path(dir.filePath(QStringLiteral("site.twinproj.history")))
        , file(path)
        , store(file.store)
        , temp(file.point(QStringLiteral("temp-1"), QStringLiteral("Temperature")))
        , room(file.point(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"), PointKind::Computed,
                          ValueKind::Any))
    {
    }
    void append(const std::vector<HistorySample> &rows) { file.append(rows); }
    void appendTexts(const std::vector<HistoryText> &rows) { file.appendTexts(rows); }
    /// The values as text: numbers with %g, texts quoted.
    static QStringList described(const QList<HistoryValue> &values)
    {
        QStringList out;
        for (const HistoryValue &v : values)
            out.append(v.isText ? u'"' + v.text + u'"' : QString::number(v.number));
        return out;
    }
    QStringList latest(const HistoryReader &reader, const QString &twin, const QString &name, qint64 from, qint64 to,
                       int limit, bool *truncated = nullptr)
    {
        QList<HistoryValue> values;
        QString dataType, error;
        bool more = false;
        EXPECT_TRUE(reader.latest(twin, name, from, to, limit, &values, &dataType, &more, &error)) << error.toStdString();
        if (truncated)
            *truncated = more;
        return described(values);
    }

    QTemporaryDir dir;
    QString path;
    twintest::HistoryFile file;
    HistoryStore &store;
    int temp = -1, room = -1;
};

} // namespace

TEST_F(HistoryReaderTest, NewestNumbersAndTextsOldestFirst)
{
    std::vector<HistorySample> rows;
    for (int i = 0; i < 5; ++i)
        rows.push_back({temp, 1000 + i, double(i)});
    append(rows);
    QString error;
    ASSERT_TRUE(store.flush(&error)) << error.toStdString(); // these in chunks, the next in the journal
    rows.clear();
    for (int i = 5; i < 10; ++i)
        rows.push_back({temp, 1000 + i, double(i)});
    append(rows);
    appendTexts({{temp, 1003, QStringLiteral("recalibrated")}, {temp, 1012, QStringLiteral("offline")}});

    HistoryReader reader(path);
    bool truncated = true;
    EXPECT_EQ(latest(reader, QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast, 100, &truncated),
              (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("\"recalibrated\""), QStringLiteral("4"), QStringLiteral("5"),
                           QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                           QStringLiteral("\"offline\"")}));
    EXPECT_FALSE(truncated);
    EXPECT_EQ(latest(reader, QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast, 3, &truncated),
              (QStringList{QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("\"offline\"")}));
    EXPECT_TRUE(truncated);
    // [from, to): the end is left out.
    EXPECT_EQ(latest(reader, QStringLiteral("temp-1"), QStringLiteral("Temperature"), 1002, 1004, 100, &truncated),
              (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("\"recalibrated\"")}));

    QList<HistoryValue> values;
    QString dataType;
    ASSERT_TRUE(reader.latest(QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast, 1, &values,
                              &dataType, &truncated, &error));
    EXPECT_EQ(dataType, QStringLiteral("Temperature"));
    ASSERT_EQ(values.size(), 1);
    EXPECT_EQ(values.first().timestampMs, 1012);
}

TEST_F(HistoryReaderTest, UnknownSeriesIsEmptyAndAMissingFileIsAnError)
{
    append({{temp, 1, 1.0}});
    HistoryReader reader(path);
    bool truncated = true;
    EXPECT_TRUE(latest(reader, QStringLiteral("temp-1"), QStringLiteral("Humidity"), kFirst, kLast, 10, &truncated)
                    .isEmpty());
    EXPECT_FALSE(truncated);

    const QString missing = dir.filePath(QStringLiteral("elsewhere.history"));
    HistoryReader nowhere(missing);
    QList<HistoryValue> values;
    QString dataType, error;
    EXPECT_FALSE(nowhere.latest(QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast, 10, &values,
                                &dataType, &truncated, &error));
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
}

TEST_F(HistoryReaderTest, TextsSurviveReopeningAndGoWithRetention)
{
    appendTexts({{room, 100, QStringLiteral("stale")}, {room, 5000, QStringLiteral("fresh")}});
    append({{temp, 100, 20.0}, {temp, 5000, 21.0}});
    EXPECT_EQ(store.sampleCount(), 4);
    store.close();
    QString error;
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
    qint64 deleted = 0;
    ASSERT_TRUE(store.applyRetention(2500, &deleted, &error)) << error.toStdString();
    EXPECT_EQ(deleted, 2);
    HistoryReader reader(path);
    EXPECT_EQ(latest(reader, QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"), kFirst, kLast, 10),
              QStringList{QStringLiteral("\"fresh\"")});
}

TEST_F(HistoryReaderTest, TheLimitBoundsTheWorkNotTheRange)
{
    // Twelve days of one reading a second, in chunks: the newest 10,000 are read without
    // going through the rest.
    constexpr int total = 1'000'000, batch = 100'000, limit = 10'000;
    std::vector<HistorySample> rows(batch);
    for (int k = 0; k < total / batch; ++k) {
        for (int i = 0; i < batch; ++i)
            rows[std::size_t(i)] = {temp, (qint64(k) * batch + i) * 1000, double(k * batch + i)};
        append(rows);
    }
    QString error;
    ASSERT_TRUE(store.flush(&error)) << error.toStdString();

    HistoryReader reader(path);
    QList<HistoryValue> values;
    QString dataType;
    bool truncated = false;
    qint64 newest = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        ASSERT_TRUE(reader.latest(QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast, limit,
                                  &values, &dataType, &truncated, &error))
            << error.toStdString();
        newest = std::min(newest, timer.nsecsElapsed());
    }
    ASSERT_EQ(values.size(), limit);
    EXPECT_TRUE(truncated);
    for (int i = 0; i < limit; ++i)
        ASSERT_EQ(values[i].number, double(total - limit + i));

    QElapsedTimer timer;
    timer.start();
    QList<HistorySample> all;
    ASSERT_TRUE(store.range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast, &all, 0, &error));
    const qint64 everything = timer.nsecsElapsed();
    ASSERT_EQ(all.size(), total);
    // A hundredth of the samples: far less than half the time, however loaded the machine.
    EXPECT_LT(newest * 4, everything) << "newest " << newest / 1000 << " us, all " << everything / 1000 << " us";
}

TEST_F(HistoryReaderTest, ReadersOnSeveralThreadsWhileTheWriterWrites)
{
    // Each reader sees a gap-free suffix of what was committed, never an error.
    constexpr int batches = 60, size = 2000, limit = 500;
    std::atomic<bool> done{false};
    HistoryReader reader(path);
    std::thread writer([&] {
        std::vector<HistorySample> rows(size);
        for (int k = 0; k < batches; ++k) {
            for (int i = 0; i < size; ++i)
                rows[std::size_t(i)] = {temp, qint64(k) * size + i, double(k * size + i)};
            file.append(rows);
        }
        done = true;
    });
    std::atomic<int> reads{0};
    auto readLoop = [&] {
        QList<HistoryValue> values;
        QString dataType, error;
        bool truncated = false;
        while (!done) {
            if (!reader.latest(QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast, limit, &values,
                               &dataType, &truncated, &error)) {
                ADD_FAILURE() << error.toStdString();
                return;
            }
            for (qsizetype i = 1; i < values.size(); ++i) {
                if (values[i].number != values[i - 1].number + 1) {
                    ADD_FAILURE() << "gap after " << values[i - 1].number;
                    return;
                }
            }
            if (values.size() == limit && !truncated) {
                ADD_FAILURE() << "a full read without the older values counted";
                return;
            }
            ++reads;
        }
    };
    std::thread r1(readLoop), r2(readLoop), r3(readLoop);
    writer.join();
    r1.join();
    r2.join();
    r3.join();
    EXPECT_GT(reads.load(), 0);
    bool truncated = false;
    const QStringList last = latest(reader, QStringLiteral("temp-1"), QStringLiteral("Temperature"), kFirst, kLast,
                                    limit, &truncated);
    ASSERT_EQ(last.size(), limit);
    EXPECT_EQ(last.last(), QString::number(batches * size - 1));
}
