// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/notificationmodel.h"
#include "itemmodels/notificationtimefilter.h"
#include "live/historysnapshotfeed.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace twin;

namespace {

HistoryPointValue number(const QString &twin, const QString &name, double value, qint64 at)
{
    return HistoryPointValue{twin, name, name, QStringLiteral("degreeCelsius"), HistoryValue{at, value, {}, false}};
}

HistoryPointValue text(const QString &twin, const QString &name, const QString &value, qint64 at)
{
    return HistoryPointValue{twin, name, name, QString(), HistoryValue{at, 0.0, value, true}};
}

} // namespace

TEST(HistorySnapshotFeed, PointsNoBindingFeedsAreComputedValues)
{
    HistorySnapshotFeed feed;
    feed.setBoundPoints({{QStringLiteral("s1"), QStringLiteral("Temperature")}});
    QSignalSpy changed(&feed, &LiveValueFeed::valuesChanged);
    feed.setSnapshot(1000, {number(QStringLiteral("s1"), QStringLiteral("Temperature"), 21.5, 900),
                            text(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"), QStringLiteral("yes"), 950)});
    EXPECT_EQ(feed.nowMs(), 1000);
    QStringList ids = feed.twinIds();
    ids.sort();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("room-1"), QStringLiteral("s1")}));
    ASSERT_EQ(changed.size(), 1);
    QStringList announced = changed.at(0).at(0).toStringList();
    announced.sort();
    EXPECT_EQ(announced, ids);

    ASSERT_EQ(feed.readings(QStringLiteral("s1")).size(), 1);
    EXPECT_EQ(feed.readings(QStringLiteral("s1")).first().value.toDouble(), 21.5);
    EXPECT_EQ(feed.readings(QStringLiteral("s1")).first().timestampMs, 900);
    EXPECT_TRUE(feed.computedReadings(QStringLiteral("s1")).isEmpty());
    ASSERT_EQ(feed.computedReadings(QStringLiteral("room-1")).size(), 1);
    EXPECT_EQ(feed.computedReadings(QStringLiteral("room-1")).first().value.toString(), QStringLiteral("yes"));
    EXPECT_EQ(feed.readings(QStringLiteral("room-1")).size(), 1) << "computed values are readings too, as live";
}

TEST(HistorySnapshotFeed, MovingBackOrLosingValuesClearsFirst)
{
    HistorySnapshotFeed feed;
    QSignalSpy cleared(&feed, &LiveValueFeed::valuesCleared);
    const auto s1 = [](double v, qint64 at) { return number(QStringLiteral("s1"), QStringLiteral("Temperature"), v, at); };
    const auto s2 = [](double v, qint64 at) { return number(QStringLiteral("s2"), QStringLiteral("Temperature"), v, at); };
    feed.setSnapshot(1000, {s1(20, 900), s2(21, 950)});
    feed.setSnapshot(2000, {s1(22, 1900), s2(23, 1950)});
    EXPECT_EQ(cleared.size(), 0) << "forward, every twin still has its values";
    feed.setSnapshot(1500, {s1(20, 900), s2(21, 950)});
    EXPECT_EQ(cleared.size(), 1) << "back in time";
    feed.setSnapshot(1600, {s1(20, 900)});
    EXPECT_EQ(cleared.size(), 2) << "s2 has no value any more";
    EXPECT_TRUE(feed.readings(QStringLiteral("s2")).isEmpty());
}

TEST(HistorySnapshotFeed, AMoveAnnouncesOnlyTheTwinsWhoseValuesDiffer)
{
    HistorySnapshotFeed feed;
    QSignalSpy changed(&feed, &LiveValueFeed::valuesChanged);
    const auto s1 = [](double v, qint64 at) { return number(QStringLiteral("s1"), QStringLiteral("Temperature"), v, at); };
    const auto s2 = [](double v, qint64 at) { return number(QStringLiteral("s2"), QStringLiteral("Temperature"), v, at); };
    feed.setSnapshot(1000, {s1(20, 900), s2(21, 950)});
    feed.setSnapshot(1100, {s1(20, 900), s2(22, 1050)});
    ASSERT_EQ(changed.size(), 2);
    EXPECT_EQ(changed.at(1).at(0).toStringList(), QStringList{QStringLiteral("s2")});
    EXPECT_EQ(feed.nowMs(), 1100);
    feed.setSnapshot(1200, {s1(20, 900), s2(22, 1050)});
    EXPECT_EQ(changed.size(), 2) << "nothing differs";
    EXPECT_EQ(feed.nowMs(), 1200);
}

TEST(NotificationTimeFilter, ShowsThoseRaisedUpToTheMoment)
{
    NotificationModel model;
    NotificationTimeFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<FunctionNotification> raised;
    for (qint64 at : {100, 200, 300}) {
        FunctionNotification n;
        n.twinId = QStringLiteral("room-1");
        n.timeMs = at;
        raised.append(n);
    }
    model.addNotifications(raised);
    EXPECT_EQ(filter.rowCount(), 3);
    filter.setUntilMs(200);
    ASSERT_EQ(filter.rowCount(), 2);
    EXPECT_EQ(filter.index(0, 0).data(NotificationModel::TimeRole).toLongLong(), 200) << "newest first";
    filter.setUntilMs(50);
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setUntilMs(-1);
    EXPECT_EQ(filter.rowCount(), 3);
}

TEST(HistorySnapshotFeed, AfterClearNothingOfTheEarlierMomentsStays)
{
    HistorySnapshotFeed feed;
    feed.setSnapshot(1000, {number(QStringLiteral("s1"), QStringLiteral("Temperature"), 21.5, 900)});
    // Another file, a later moment, as many points: only its own twin has values.
    feed.clear();
    QSignalSpy cleared(&feed, &LiveValueFeed::valuesCleared);
    feed.setSnapshot(2000, {number(QStringLiteral("s2"), QStringLiteral("Temperature"), 19.0, 1900)});
    EXPECT_TRUE(feed.readings(QStringLiteral("s1")).isEmpty());
    EXPECT_EQ(feed.twinIds(), QStringList{QStringLiteral("s2")});
    EXPECT_EQ(cleared.size(), 0) << "nothing followed the feed's values in between";
    // Without a clear, a later moment keeps what it had and updates in place.
    feed.setSnapshot(3000, {number(QStringLiteral("s2"), QStringLiteral("Temperature"), 20.0, 2900)});
    ASSERT_EQ(feed.readings(QStringLiteral("s2")).size(), 1);
    EXPECT_EQ(feed.readings(QStringLiteral("s2")).first().value.toDouble(), 20.0);
}
