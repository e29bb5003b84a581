// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecontrols.h"
#include "mainwindow.h"
#include "notificationsdock.h"

#include "itemmodels/alertfiltermodel.h"
#include "itemmodels/notificationmodel.h"
#include "itemmodels/twinselection.h"
#include "live/livesession.h"

#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace twin;

namespace {

/// Runs the simulator on \a w until its functions raised notifications, then stops it. The
/// simulated clock starts at 14:00 UTC of the last working day before today: the simulator
/// fills the demo's rooms on working days, and their air turns stale and warm in the
/// afternoon, whatever the day and time the test runs at.
void raiseSomeNotifications(ui::MainWindow *w)
{
    const qint64 dayMs = 24LL * 3600 * 1000;
    qint64 day = QDateTime::currentMSecsSinceEpoch() / dayMs - 1;
    while ((day + 3) % 7 >= 5) // 1970-01-01 was a Thursday; 5 and 6 are the weekend
        --day;
    w->live()->session()->runSimulator(5.0, day * dayMs + 14LL * 3600 * 1000);
    EXPECT_TRUE(QTest::qWaitFor([&] { return w->live()->session()->notifications()->rowCount() > 0; }, 15000));
    w->live()->session()->disconnectFromSource();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !w->live()->session()->isActive(); }, 10000));
}

} // namespace

TEST(AlertsPanel, AcknowledgementWithACommentIsThereAfterReopeningTheProject)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    QString twin;
    {
        ui::MainWindow w;
        w.live()->session()->setTrustStoreFile(dir.filePath(QStringLiteral("trust.json")));
        w.openDemo();
        ASSERT_TRUE(w.saveFile(file));
        raiseSomeNotifications(&w);
        ui::NotificationsDock *dock = w.live()->notificationsDock();
        QTreeView *view = dock->view();
        ASSERT_GT(view->model()->rowCount(), 0);
        const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
        twin = last.data(NotificationModel::TwinIdRole).toString();
        view->selectionModel()->select(last, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        ASSERT_TRUE(dock->acknowledgeSelected(QStringLiteral("Checked on site: a window was open")));
        EXPECT_EQ(last.data(NotificationModel::StateRole).toString(), QStringLiteral("acknowledged"));
    }
    ui::MainWindow reopened;
    ASSERT_TRUE(reopened.openFile(file, true));
    const NotificationModel *model = reopened.live()->session()->notifications();
    ASSERT_GT(model->rowCount(), 0);
    int found = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->alert(row).state == AlertRecord::State::Acknowledged)
            found = row;
    }
    ASSERT_GE(found, 0) << "the acknowledged alert should be read back from the history file";
    const AlertRecord &a = model->alert(found);
    EXPECT_EQ(a.twinId, twin);
    EXPECT_EQ(a.comment, QStringLiteral("Checked on site: a window was open"));
    EXPECT_EQ(a.acknowledgedBy, NotificationModel::currentUser());
    EXPECT_GT(a.acknowledgedMs, 0);
}

TEST(AlertsPanel, FiltersCountsAndDoubleClickShowTheTwin)
{
    ui::MainWindow w;
    w.openDemo();
    NotificationModel *model = w.live()->session()->notifications();
    model->addNotifications(
        {FunctionNotification{QStringLiteral("room-101"), QStringLiteral("Alert"),
                              QStringLiteral("{\"alert\":\"raised\",\"severity\":\"critical\",\"rule\":\"r\"}"),
                              QString(), 1000},
         FunctionNotification{QStringLiteral("room-102"), QStringLiteral("Space"), QStringLiteral("{\"m\":1}"),
                              QStringLiteral("comfort"), 2000}});
    ui::NotificationsDock *dock = w.live()->notificationsDock();
    const QString counts = dock->countsLabel()->text();
    EXPECT_TRUE(counts.contains(QStringLiteral("1 critical"))) << counts.toStdString();
    EXPECT_TRUE(counts.contains(QStringLiteral("1 info"))) << counts.toStdString();

    dock->filter()->setSeverity(QStringLiteral("critical"));
    ASSERT_EQ(dock->view()->model()->rowCount(), 1);
    const QModelIndex critical = dock->view()->model()->index(0, 0);
    emit dock->view()->doubleClicked(critical);
    EXPECT_EQ(w.selection()->current(), QStringLiteral("room-101"));

    dock->view()->selectionModel()->select(critical, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_TRUE(dock->clearSelected());
    EXPECT_TRUE(dock->countsLabel()->text().contains(QStringLiteral("0 critical")));
}

TEST(AlertsPanel, SaysWhereNotificationsComeFromWhileItHasNone)
{
    QTemporaryDir dir;
    ui::MainWindow w;
    w.live()->session()->setTrustStoreFile(dir.filePath(QStringLiteral("trust.json")));
    w.openDemo();
    ui::NotificationsDock *dock = w.live()->notificationsDock();
    auto *hint = dock->view()->viewport()->findChild<QLabel *>(QStringLiteral("EmptyHint"));
    ASSERT_TRUE(hint);
    EXPECT_FALSE(hint->isHidden());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("alert rule")));

    raiseSomeNotifications(&w);
    EXPECT_TRUE(hint->isHidden());
    auto *clear = dock->findChild<QToolButton *>(QStringLiteral("ClearNotifications"));
    ASSERT_TRUE(clear);
    clear->click();
    ASSERT_EQ(dock->view()->model()->rowCount(), 0);
    EXPECT_FALSE(hint->isHidden()) << "emptied, the list says so again";
}
