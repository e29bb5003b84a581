// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "dashboard/dashboardtab.h"
#include "dashboard/dashboardtilewidget.h"
#include "livecontrols.h"
#include "mainwindow.h"
#include "notificationsdock.h"
#include "plan/planitems.h"
#include "plan/planlivelayer.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "timecursor/timebar.h"
#include "view3d/buildingview3d.h"
#include "view3d/notificationbadges.h"

#include "live/livesession.h"
#include "live/timecursor.h"
#include "itemmodels/notificationmodel.h"
#include "telemetrytestutil.h"

#include <QAction>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace twin;
using Tint = LivePlanOverlay::Tint;

namespace {

const QString kRoom = QStringLiteral("room-104"); // one temperature sensor: its value is the room's
const QString kSensor = QStringLiteral("ms-104-temp");
const QString kTemperature = QStringLiteral("Temperature");

QColor roomTint(ui::MainWindow &w)
{
    for (QGraphicsItem *item : w.plan()->scene()->items()) {
        if (auto *room = dynamic_cast<ui::RoomItem *>(item); room && room->twinId() == kRoom && item->isEnabled())
            return room->tint();
    }
    return QColor();
}

struct TimeCursorWindow : ::testing::Test
{
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        w.openDemo();
        w.show();
        w.plan()->scene()->setFloor(QStringLiteral("floor-1"));
        w.plan()->liveLayer()->setTint(Tint::Temperature);
        // Recorded history: 15 °C for a minute, then 28 °C.
        path = dir.filePath(QStringLiteral("demo.twinproj.history"));
        {
            twintest::HistoryFile file(path);
            const int temp = file.point(kSensor, kTemperature);
            std::vector<HistorySample> rows;
            for (int i = 0; i < 120; ++i)
                rows.push_back({temp, t0 + i * 1000, i < 60 ? 15.0 : 28.0});
            file.append(rows);
            QString error;
            ASSERT_TRUE(file.store.flush(&error)) << error.toStdString();
        }
        w.charts()->setHistoryPath(path);
        w.timeBar()->refreshSpan();
        cursor = w.timeBar()->cursor();
    }

    QTemporaryDir dir;
    QString path;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3600000;
    ui::MainWindow w;
    TimeCursor *cursor = nullptr;
};

} // namespace

TEST_F(TimeCursorWindow, APlanRoomHasTheColourOfItsValueAtTheMoment)
{
    EXPECT_EQ(cursor->spanFromMs(), t0);
    EXPECT_EQ(cursor->spanToMs(), t0 + 119000);
    EXPECT_FALSE(roomTint(w).isValid()) << "nothing live yet";

    QString error;
    ASSERT_TRUE(cursor->moveTo(t0 + 30000, &error)) << error.toStdString();
    EXPECT_EQ(w.valueFeed(), cursor->snapshot());
    EXPECT_EQ(roomTint(w), LivePlanOverlay::colour(Tint::Temperature, 15.0));
    ASSERT_TRUE(cursor->moveTo(t0 + 90000, &error)) << error.toStdString();
    EXPECT_EQ(roomTint(w), LivePlanOverlay::colour(Tint::Temperature, 28.0));
    // Back before the first value: the room has none.
    ASSERT_TRUE(cursor->moveTo(t0 - 1000, &error)) << error.toStdString();
    EXPECT_FALSE(roomTint(w).isValid());

    // The slider's position is the moment, in seconds of the span.
    ASSERT_TRUE(cursor->moveTo(t0 + 45000, &error)) << error.toStdString();
    EXPECT_EQ(w.timeBar()->slider()->value(), 45);
    EXPECT_FALSE(w.timeBar()->timeText().isEmpty());
}

TEST_F(TimeCursorWindow, LiveReturnsTheLiveColourAndTheMomentIgnoresLiveValues)
{
    LiveSession *session = w.live()->session();
    session->runSimulator(10);
    const auto liveColour = [&] {
        for (const LiveReading &r : session->readings(kSensor))
            return LivePlanOverlay::colour(Tint::Temperature, r.value.toDouble());
        return QColor();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return liveColour().isValid() && roomTint(w) == liveColour(); }, 10000));

    QString error;
    ASSERT_TRUE(cursor->moveTo(t0 + 90000, &error)) << error.toStdString();
    const QColor past = LivePlanOverlay::colour(Tint::Temperature, 28.0);
    EXPECT_EQ(roomTint(w), past);
    // Live ticks go on, the moment stays.
    QTest::qWait(4 * session->updateInterval());
    EXPECT_EQ(roomTint(w), past);

    // "Live" (its action, as its shortcut triggers it) shows the live value again.
    QAction *live = w.findChild<QAction *>(QStringLiteral("TimeLive"));
    ASSERT_NE(live, nullptr);
    EXPECT_EQ(live->shortcut(), QKeySequence(Qt::ALT | Qt::Key_End));
    live->trigger();
    EXPECT_TRUE(cursor->isLive());
    EXPECT_EQ(w.valueFeed(), session);
    EXPECT_TRUE(QTest::qWaitFor([&] { return roomTint(w) == liveColour(); }, 10000));
    session->disconnectFromSource();
}

TEST_F(TimeCursorWindow, TheChartsTrackerFollowsTheMoment)
{
    w.resize(1400, 900);
    w.showView(QStringLiteral("chart"));
    w.charts()->addTwin(kSensor);
    ASSERT_EQ(w.charts()->view()->seriesCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.charts()->view()->plotWidth() > 600; }, 5000))
        << w.charts()->view()->plotWidth();
    QString error;
    ASSERT_TRUE(cursor->moveTo(t0 + 30000, &error)) << error.toStdString();
    ui::ChartView *chart = w.charts()->view();
    EXPECT_FALSE(chart->isFollowing());
    EXPECT_EQ(chart->trackerMs(), t0 + 30000);
    EXPECT_LE(chart->visibleFromMs(), t0 + 30000);
    EXPECT_GE(chart->visibleToMs(), t0 + 30000);
    // The chart reads the history around the moment: the tracker lists the value then.
    ASSERT_TRUE(w.charts()->loadHistoryNow(&error)) << error.toStdString();
    EXPECT_TRUE(chart->trackerText(t0 + 30000).contains(QStringLiteral("15"))) << chart->trackerText(t0 + 30000).toStdString();
    // Playing moves it: ten steps of 60 s.
    cursor->setSpeed(60.0);
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(cursor->step(1, &error)) << error.toStdString();
    EXPECT_EQ(cursor->timeMs(), t0 + 630000);
    EXPECT_EQ(chart->trackerMs(), t0 + 630000);
    cursor->goLive();
    EXPECT_TRUE(chart->isFollowing());
    EXPECT_EQ(chart->trackerMs(), -1);
}

TEST_F(TimeCursorWindow, NotificationsShownAreThoseRaisedUpToTheMoment)
{
    FunctionNotification early, late;
    early.twinId = kRoom;
    early.timeMs = t0 + 10000;
    late.twinId = kRoom;
    late.timeMs = t0 + 100000;
    w.live()->session()->notifications()->addNotifications({early, late});
    QTreeView *view = w.live()->notificationsDock()->view();
    EXPECT_EQ(view->model()->rowCount(), 2);
    QString error;
    ASSERT_TRUE(cursor->moveTo(t0 + 50000, &error)) << error.toStdString();
    EXPECT_EQ(view->model()->rowCount(), 1);
    cursor->goLive();
    EXPECT_EQ(view->model()->rowCount(), 2);
}

TEST_F(TimeCursorWindow, PlayingMovesTheMomentAndReachingThePresentIsLive)
{
    QString error;
    ASSERT_TRUE(cursor->moveTo(t0, &error)) << error.toStdString();
    cursor->setSpeed(600.0);
    QAction *play = w.findChild<QAction *>(QStringLiteral("TimePlay"));
    ASSERT_NE(play, nullptr);
    play->trigger();
    EXPECT_TRUE(cursor->isPlaying());
    ASSERT_TRUE(QTest::qWaitFor([&] { return cursor->timeMs() > t0 + 60000; }, 5000));
    EXPECT_EQ(roomTint(w), LivePlanOverlay::colour(Tint::Temperature, 28.0));
    cursor->setSpeed(3600.0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return cursor->isLive(); }, 10000));
    EXPECT_FALSE(cursor->isPlaying());
}

TEST_F(TimeCursorWindow, DashboardTilesCountTheirAgeFromTheMoment)
{
    w.showView(QStringLiteral("dashboard"));
    ui::DashboardTile tile;
    tile.twinId = kSensor;
    w.dashboard()->addTile(tile);
    QString error;
    ASSERT_TRUE(cursor->moveTo(t0 + 90500, &error)) << error.toStdString();
    const ui::DashboardTileWidget::Content &content = w.dashboard()->tileWidgets().last()->content();
    ASSERT_TRUE(content.value.valid);
    EXPECT_EQ(content.value.number, 28.0);
    EXPECT_EQ(content.value.timestampMs, t0 + 90000);
    // Half a second old at the moment, not the hour the wall clock would make of it.
    EXPECT_EQ(content.nowMs, t0 + 90500);
    // Moving on where no value changed still moves the age.
    ASSERT_TRUE(cursor->moveTo(t0 + 90800, &error)) << error.toStdString();
    EXPECT_EQ(w.dashboard()->tileWidgets().last()->content().nowMs, t0 + 90800);
}

TEST_F(TimeCursorWindow, AggregateSparklinesHoldTheHourBeforeTheMoment)
{
    w.showView(QStringLiteral("dashboard"));
    ui::DashboardTile tile;
    tile.kind = ui::DashboardTile::Kind::Sparkline;
    tile.twinId = kRoom;
    tile.value = kTemperature;
    tile.aggregate = ui::DashboardTile::Aggregate::Mean;
    w.dashboard()->addTile(tile);
    QString error;
    ASSERT_TRUE(cursor->moveTo(t0 + 119000, &error)) << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.dashboard()->isLoadingSparkHistory(); }, 20000));
    const QList<QPointF> line = w.dashboard()->tileWidgets().last()->content().sparkline;
    // Two minutes of history in 30 s buckets: 15 °C, then 28 °C.
    ASSERT_GE(line.size(), 4);
    EXPECT_EQ(line.first().y(), 15.0);
    EXPECT_EQ(line.last().y(), 28.0);
    EXPECT_GE(qint64(line.first().x()), t0 - 60000); // the bucket holding the first value
    EXPECT_LE(qint64(line.last().x()), t0 + 119000);
    // Back before the second minute: the line ends there.
    ASSERT_TRUE(cursor->moveTo(t0 + 45000, &error)) << error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.dashboard()->isLoadingSparkHistory(); }, 20000));
    const QList<QPointF> earlier = w.dashboard()->tileWidgets().last()->content().sparkline;
    ASSERT_FALSE(earlier.isEmpty());
    EXPECT_TRUE(std::all_of(earlier.cbegin(), earlier.cend(), [](const QPointF &p) { return p.y() == 15.0; }));
}

TEST_F(TimeCursorWindow, TheOpenAlertsAndThe3DBadgesAreThoseOfTheMoment)
{
    FunctionNotification early, late;
    early.twinId = kSensor;
    early.payload = QStringLiteral(R"({"severity":"critical"})");
    early.timeMs = t0 + 10000;
    late = early;
    late.timeMs = t0 + 100000;
    NotificationModel *notifications = w.live()->session()->notifications();
    notifications->addNotifications({early, late});
    const view3d::NotificationBadges *badges = w.view3d()->badges();
    // The scene is built once the window's events run.
    ASSERT_TRUE(QTest::qWaitFor([&] { return badges->badge(kRoom).count == 2; }, 5000));

    QString error;
    ASSERT_TRUE(cursor->moveTo(t0 + 50000, &error)) << error.toStdString();
    EXPECT_EQ(badges->badge(kRoom).count, 1);
    ASSERT_TRUE(cursor->moveTo(t0 + 5000, &error)) << error.toStdString();
    EXPECT_EQ(badges->badge(kRoom).count, 0);
    // Cleared after the moment: it was open then.
    ASSERT_TRUE(notifications->clearAlert(0, t0 + 110000, &error)) << error.toStdString();
    ASSERT_TRUE(cursor->moveTo(t0 + 105000, &error)) << error.toStdString();
    EXPECT_EQ(badges->badge(kRoom).count, 2);

    // The dashboard's open alerts are counted at the moment as well.
    w.showView(QStringLiteral("dashboard"));
    ui::DashboardTile alerts;
    alerts.kind = ui::DashboardTile::Kind::Alerts;
    w.dashboard()->addTile(alerts);
    ASSERT_TRUE(cursor->moveTo(t0 + 50000, &error)) << error.toStdString();
    const std::array<int, 3> open = w.dashboard()->tileWidgets().last()->content().openAlerts;
    EXPECT_EQ(open[0] + open[1] + open[2], 1);

    cursor->goLive();
    EXPECT_EQ(badges->badge(kRoom).count, 1) << "the cleared one is closed now";
}
