// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livevaluestore.h"
#include "itemmodels/alertfiltermodel.h"
#include "itemmodels/notificationmodel.h"
#include "telemetry/alertlog.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace twin;

namespace {

FunctionNotification note(int i)
{
    return FunctionNotification{QStringLiteral("room-%1").arg(i), QStringLiteral("Space"),
                                QStringLiteral("{\"n\": %1}").arg(i), QStringLiteral("f"), 1000LL * i};
}

QList<FunctionNotification> notes(int from, int to)
{
    QList<FunctionNotification> list;
    for (int i = from; i <= to; ++i)
        list.append(note(i));
    return list;
}

} // namespace

TEST(NotificationModel, NewestFirstCappedAndClearable)
{
    NotificationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLimit(5);
    model.addNotifications(notes(1, 3));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.notification(0).twinId, QStringLiteral("room-3"));
    EXPECT_EQ(model.notification(2).twinId, QStringLiteral("room-1"));

    model.addNotifications(notes(4, 6));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.notification(0).twinId, QStringLiteral("room-6"));
    // The oldest went.
    EXPECT_EQ(model.notification(4).twinId, QStringLiteral("room-2"));

    // A batch larger than the limit keeps its newest.
    model.addNotifications(notes(10, 20));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.notification(0).twinId, QStringLiteral("room-20"));
    EXPECT_EQ(model.notification(4).twinId, QStringLiteral("room-16"));

    const QModelIndex payload = model.index(0, NotificationModel::PayloadColumn);
    EXPECT_EQ(model.data(payload).toString(), QStringLiteral("{\"n\": 20}"));
    EXPECT_EQ(model.data(payload, NotificationModel::TimeRole).toLongLong(), 20000);
    EXPECT_EQ(model.data(model.index(0, NotificationModel::TypeColumn)).toString(), QStringLiteral("Space"));
    EXPECT_TRUE(model.data(payload, Qt::ToolTipRole).toString().contains(QStringLiteral("function f")));
    EXPECT_FALSE(model.data(model.index(0, NotificationModel::TimeColumn)).toString().isEmpty());

    model.setLimit(2);
    EXPECT_EQ(model.rowCount(), 2);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(NotificationModel, LongPayloadsShowOneLine)
{
    NotificationModel model;
    FunctionNotification n = note(1);
    n.payload = QStringLiteral("{\n  \"text\": \"%1\"\n}").arg(QString(500, u'x'));
    model.addNotifications({n});
    const QString shown = model.data(model.index(0, NotificationModel::PayloadColumn)).toString();
    EXPECT_FALSE(shown.contains(u'\n'));
    EXPECT_LT(shown.size(), 250);
    EXPECT_EQ(model.data(model.index(0, NotificationModel::PayloadColumn), NotificationModel::PayloadRole).toString(),
              n.payload);
}

TEST(LiveValueStore, NotificationsWaitInABoundedQueue)
{
    LiveValueStore store(100, 3);
    for (const FunctionNotification &n : notes(1, 5))
        store.notify(n);
    EXPECT_EQ(store.notificationCount(), 5u);
    EXPECT_EQ(store.droppedNotifications(), 2u);
    // Not kept beyond the queue: a long session does not grow.
    EXPECT_TRUE(store.notifications().isEmpty());
    const QList<FunctionNotification> taken = store.takeNotifications();
    ASSERT_EQ(taken.size(), 3);
    EXPECT_EQ(taken.first().twinId, QStringLiteral("room-3"));
    EXPECT_EQ(taken.last().twinId, QStringLiteral("room-5"));
    EXPECT_TRUE(store.takeNotifications().isEmpty());
    EXPECT_EQ(store.notificationCount(), 5u);
}

namespace {

FunctionNotification ruleAlert(const QString &twin, const char *what, qint64 timeMs, const char *severity = "warning")
{
    return FunctionNotification{twin, QStringLiteral("Alert"),
                                QStringLiteral("{\"alert\":\"%1\",\"severity\":\"%2\",\"rule\":\"Temperature above 28\"}")
                                    .arg(QLatin1StringView(what), QLatin1StringView(severity)),
                                QString(), timeMs};
}

} // namespace

TEST(NotificationModel, AlertsGoFromOpenToAcknowledgedToCleared)
{
    NotificationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addNotifications({ruleAlert(QStringLiteral("room-101"), "raised", 1000, "critical"),
                            ruleAlert(QStringLiteral("room-102"), "raised", 1100), note(3)});
    ASSERT_EQ(model.rowCount(), 3);
    const QModelIndex r101 = model.index(2, 0);
    EXPECT_EQ(r101.data(NotificationModel::StateRole).toString(), QStringLiteral("open"));
    EXPECT_EQ(r101.data(NotificationModel::SeverityRole).toString(), QStringLiteral("critical"));
    EXPECT_EQ(r101.data(NotificationModel::RaisedTimeRole).toLongLong(), 1000);
    EXPECT_EQ(model.index(0, 0).data(NotificationModel::SeverityRole).toString(), QStringLiteral("info"));
    EXPECT_EQ(NotificationModel::severityOf(FunctionNotification{QString(), QString(), QStringLiteral("{\"severity\":\"Error\"}"),
                                                                 QString(), 0}),
              QStringLiteral("critical"));
    NotificationModel::Counts counts = model.openCounts();
    EXPECT_EQ(counts.critical, 1);
    EXPECT_EQ(counts.warning, 1);
    EXPECT_EQ(counts.info, 1);

    QString error;
    ASSERT_TRUE(model.acknowledge(2, QStringLiteral("on it"), QStringLiteral("bob"), 1500, &error));
    EXPECT_EQ(r101.data(NotificationModel::StateRole).toString(), QStringLiteral("acknowledged"));
    EXPECT_EQ(r101.data(NotificationModel::AcknowledgedByRole).toString(), QStringLiteral("bob"));
    EXPECT_EQ(r101.data(NotificationModel::CommentRole).toString(), QStringLiteral("on it"));
    EXPECT_TRUE(model.index(2, NotificationModel::StateColumn).data(Qt::ToolTipRole).toString().contains(u"on it"));

    // The rule's "cleared" clears the alert it raised on that twin, adding no row.
    model.addNotifications({ruleAlert(QStringLiteral("room-101"), "cleared", 2000)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(r101.data(NotificationModel::StateRole).toString(), QStringLiteral("cleared"));
    EXPECT_EQ(r101.data(NotificationModel::ClearedTimeRole).toLongLong(), 2000);
    EXPECT_EQ(r101.data(NotificationModel::CommentRole).toString(), QStringLiteral("on it"));
    EXPECT_FALSE(model.acknowledge(2, QString(), QStringLiteral("bob"), 2500, &error));
    counts = model.openCounts();
    EXPECT_EQ(counts.critical, 0);
    EXPECT_EQ(counts.warning, 1);

    // Raised and cleared within one batch: one row, cleared.
    model.addNotifications({ruleAlert(QStringLiteral("room-103"), "raised", 3000),
                            ruleAlert(QStringLiteral("room-103"), "cleared", 3100)});
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, 0).data(NotificationModel::StateRole).toString(), QStringLiteral("cleared"));
    ASSERT_TRUE(model.clearAlert(1, 4000, &error));
    EXPECT_EQ(model.openCounts().info, 0);
}

TEST(NotificationModel, FilterBySeverityStateTwinAndText)
{
    NotificationModel model;
    model.addNotifications({ruleAlert(QStringLiteral("room-101"), "raised", 1000, "critical"),
                            ruleAlert(QStringLiteral("room-102"), "raised", 1100), note(3)});
    QString error;
    ASSERT_TRUE(model.acknowledge(1, QStringLiteral("Checked the Radiator"), QStringLiteral("bob"), 1500, &error));
    AlertFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    EXPECT_EQ(filter.rowCount(), 3);
    filter.setSeverity(QStringLiteral("critical"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(NotificationModel::TwinIdRole).toString(), QStringLiteral("room-101"));
    filter.setSeverity(QString());
    filter.setState(QStringLiteral("acknowledged"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(NotificationModel::TwinIdRole).toString(), QStringLiteral("room-102"));
    filter.setState(QStringLiteral("active"));
    EXPECT_EQ(filter.rowCount(), 3);
    filter.setState(QString());
    filter.setTwin(QStringLiteral("ROOM-10"));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setTwin(QString());
    filter.setText(QStringLiteral("radiator"));
    ASSERT_EQ(filter.rowCount(), 1);
    filter.setText(QStringLiteral("\"n\": 3"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(NotificationModel::TwinIdRole).toString(), QStringLiteral("room-3"));
}

TEST(NotificationModel, AcknowledgementWithACommentSurvivesReopeningTheLog)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.twinproj.history"));
    {
        NotificationModel model;
        // Raised before there was a log: stored when it comes.
        model.addNotifications({ruleAlert(QStringLiteral("room-101"), "raised", 1000, "critical")});
        auto log = std::make_shared<AlertLog>();
        QString error;
        ASSERT_TRUE(log->open(path, &error)) << error.toStdString();
        ASSERT_TRUE(model.setLog(log, &error)) << error.toStdString();
        ASSERT_EQ(model.rowCount(), 1);
        model.addNotifications({ruleAlert(QStringLiteral("room-102"), "raised", 2000), note(3)});
        ASSERT_EQ(model.rowCount(), 3);
        ASSERT_TRUE(model.acknowledge(2, QStringLiteral("window was open"), QStringLiteral("alice"), 2500, &error));
        model.addNotifications({ruleAlert(QStringLiteral("room-102"), "cleared", 3000)});
    }
    NotificationModel reopened;
    auto log = std::make_shared<AlertLog>();
    QString error;
    ASSERT_TRUE(log->open(path, &error)) << error.toStdString();
    ASSERT_TRUE(reopened.setLog(log, &error)) << error.toStdString();
    ASSERT_EQ(reopened.rowCount(), 3);
    const AlertRecord &acknowledged = reopened.alert(2);
    EXPECT_EQ(acknowledged.twinId, QStringLiteral("room-101"));
    EXPECT_EQ(acknowledged.state, AlertRecord::State::Acknowledged);
    EXPECT_EQ(acknowledged.acknowledgedBy, QStringLiteral("alice"));
    EXPECT_EQ(acknowledged.acknowledgedMs, 2500);
    EXPECT_EQ(acknowledged.comment, QStringLiteral("window was open"));
    EXPECT_EQ(reopened.alert(1).state, AlertRecord::State::Cleared);
    EXPECT_EQ(reopened.alert(1).clearedMs, 3000);
    EXPECT_EQ(reopened.alert(0).state, AlertRecord::State::Open);
}
