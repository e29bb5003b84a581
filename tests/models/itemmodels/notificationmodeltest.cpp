// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/livevaluestore.h"
#include "itemmodels/notificationmodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

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
