// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/historyreader.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"
#include "telemetrytestutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

namespace {

struct HistorySnapshotTest : ::testing::Test
{
    HistorySnapshotTest()
        : path(dir.filePath(QStringLiteral("site.twinproj.history")))
        , file(path)
        , temp(file.point(QStringLiteral("temp-1"), QStringLiteral("Temperature")))
        , co2(file.point(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide")))
        , room(file.point(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"), PointKind::Computed,
                          ValueKind::Any))
    {
    }
    /// "twin/name=value@ts" per point of the snapshot at \a atMs, sorted.
    QStringList at(qint64 atMs)
    {
        HistoryReader reader(path);
        QList<HistoryPointValue> values;
        QString error;
        EXPECT_TRUE(reader.snapshot(atMs, &values, &error)) << error.toStdString();
        QStringList out;
        for (const HistoryPointValue &v : values) {
            const QString value = v.value.isText ? u'"' + v.value.text + u'"' : QString::number(v.value.number);
            out.append(QStringLiteral("%1/%2=%3@%4").arg(v.twinId, v.name, value).arg(v.value.timestampMs));
        }
        out.sort();
        return out;
    }

    QTemporaryDir dir;
    QString path;
    twintest::HistoryFile file;
    int temp = -1, co2 = -1, room = -1;
};

} // namespace

TEST_F(HistorySnapshotTest, NewestValueOfEveryPointAtOrBeforeTheMoment)
{
    std::vector<HistorySample> rows;
    for (int i = 0; i < 5; ++i) {
        rows.push_back({temp, 1000 + 10 * i, 20.0 + i});
        rows.push_back({co2, 1005 + 10 * i, 400.0 + i});
    }
    file.append(rows);
    QString error;
    ASSERT_TRUE(file.store.flush(&error)) << error.toStdString(); // in chunks
    file.appendTexts({{room, 1012, QStringLiteral("yes")}, {room, 1031, QStringLiteral("no")}});

    EXPECT_EQ(at(999), QStringList());
    EXPECT_EQ(at(1000), QStringList{QStringLiteral("temp-1/Temperature=20@1000")});
    EXPECT_EQ(at(1024), (QStringList{QStringLiteral("co2-1/CarbonDioxide=401@1015"),
                                     QStringLiteral("room-1/AvailableAndFresh=\"yes\"@1012"),
                                     QStringLiteral("temp-1/Temperature=22@1020")}));
    EXPECT_EQ(at(1031), (QStringList{QStringLiteral("co2-1/CarbonDioxide=402@1025"),
                                     QStringLiteral("room-1/AvailableAndFresh=\"no\"@1031"),
                                     QStringLiteral("temp-1/Temperature=23@1030")}));
    EXPECT_EQ(at(5000), (QStringList{QStringLiteral("co2-1/CarbonDioxide=404@1045"),
                                     QStringLiteral("room-1/AvailableAndFresh=\"no\"@1031"),
                                     QStringLiteral("temp-1/Temperature=24@1040")}));
}

TEST_F(HistorySnapshotTest, LaterChunksAndTheJournalWin)
{
    QString error;
    file.append({{temp, 1000, 1.0}, {temp, 1001, 2.0}});
    ASSERT_TRUE(file.store.flush(&error)) << error.toStdString();
    file.append({{temp, 1002, 3.0}, {temp, 1003, 4.0}});
    ASSERT_TRUE(file.store.flush(&error)) << error.toStdString();
    // Not flushed: still in the journal.
    file.append({{temp, 1004, 5.0}, {temp, 1004, 6.0}});

    EXPECT_EQ(at(1001), QStringList{QStringLiteral("temp-1/Temperature=2@1001")});
    EXPECT_EQ(at(1003), QStringList{QStringLiteral("temp-1/Temperature=4@1003")});
    // A time is stored once: the first value to come is the value then.
    EXPECT_EQ(at(1004), QStringList{QStringLiteral("temp-1/Temperature=5@1004")});
}

TEST_F(HistorySnapshotTest, SpanCoversChunksJournalAndTexts)
{
    HistoryReader empty(path);
    qint64 from = -1, to = -1;
    QString error;
    ASSERT_TRUE(empty.span(&from, &to, &error)) << error.toStdString();
    EXPECT_EQ(from, 0);
    EXPECT_EQ(to, 0);

    file.append({{temp, 2000, 1.0}, {temp, 2500, 2.0}});
    ASSERT_TRUE(file.store.flush(&error)) << error.toStdString();
    file.append({{co2, 2600, 400.0}});
    file.appendTexts({{room, 1500, QStringLiteral("no")}});
    HistoryReader reader(path);
    ASSERT_TRUE(reader.span(&from, &to, &error)) << error.toStdString();
    EXPECT_EQ(from, 1500);
    EXPECT_EQ(to, 2600);
}
