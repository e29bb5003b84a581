// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace twin;

namespace {

TopicCatalogue::TopicInfo topic(const char *name, quint64 count, bool bound, const QByteArray &payload = "1",
                                const char *connection = "")
{
    TopicCatalogue::TopicInfo info;
    info.topic = QString::fromLatin1(name);
    info.connection = QString::fromLatin1(connection);
    info.count = count;
    info.bound = bound;
    info.lastPayload = payload;
    info.lastPayloadSize = int(payload.size());
    return info;
}

QString cell(const TopicTreeModel &model, const QString &topic, int column)
{
    const QModelIndex i = model.indexOfTopic(topic);
    return model.index(i.row(), column, i.parent()).data().toString();
}

} // namespace

TEST(TopicTreeModel, BuildsTheTreeOfLevelsAndUpdatesCountsRatesAndPayloads)
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConnectionName(QString(), QStringLiteral("mqtt://broker:1883"));
    model.update({topic("site/b1/t", 1, true, R"({"v": 1})"), topic("site/b2/t", 1, false), topic("other", 3, false)}, 0);
    ASSERT_EQ(model.rowCount(), 1) << "one top-level node per connection";
    const QModelIndex source = model.index(0, 0);
    EXPECT_EQ(source.data().toString(), QStringLiteral("mqtt://broker:1883"));
    EXPECT_EQ(model.rowCount(source), 2);
    const QModelIndex site = model.index(0, 0, source);
    EXPECT_EQ(site.data().toString(), QStringLiteral("site"));
    EXPECT_FALSE(site.data(TopicTreeModel::IsTopicRole).toBool());
    EXPECT_EQ(model.rowCount(site), 2);
    EXPECT_EQ(cell(model, QStringLiteral("site/b1/t"), TopicTreeModel::PayloadColumn), QStringLiteral("{\"v\": 1}"));
    EXPECT_EQ(cell(model, QStringLiteral("site/b2/t"), TopicTreeModel::BoundColumn), QStringLiteral("unbound"));
    EXPECT_TRUE(model.indexOfTopic(QStringLiteral("site/b2/t")).data(Qt::ForegroundRole).isValid())
        << "unbound topics stand out";
    EXPECT_FALSE(model.indexOfTopic(QStringLiteral("site/b1/t")).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.unboundTopicCount(), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.update({topic("site/b1/t", 11, true, R"({"v": 2})")}, 2000);
    EXPECT_EQ(cell(model, QStringLiteral("site/b1/t"), TopicTreeModel::CountColumn), QStringLiteral("11"));
    EXPECT_DOUBLE_EQ(model.rate(QStringLiteral("site/b1/t")), 5.5) << "11 messages in 2 s";
    EXPECT_FALSE(changed.isEmpty());
}

TEST(TopicTreeModel, SearchKeepsMatchingTopicsWithTheirAncestors)
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.update({topic("site/b1/temp", 1, true), topic("site/b2/co2", 1, true), topic("x/temp", 1, false)}, 0);
    model.setFilterText(QStringLiteral("TEMP"));
    EXPECT_TRUE(model.indexOfTopic(QStringLiteral("site/b1/temp")).isValid());
    EXPECT_TRUE(model.indexOfTopic(QStringLiteral("x/temp")).isValid());
    EXPECT_FALSE(model.indexOfTopic(QStringLiteral("site/b2/co2")).isValid());
    // New topics while searching: only matching ones join.
    model.update({topic("site/b3/temp", 1, true), topic("site/b3/co2", 1, true)}, 100);
    EXPECT_TRUE(model.indexOfTopic(QStringLiteral("site/b3/temp")).isValid());
    EXPECT_FALSE(model.indexOfTopic(QStringLiteral("site/b3/co2")).isValid());
    model.setFilterText(QString());
    EXPECT_TRUE(model.indexOfTopic(QStringLiteral("site/b3/co2")).isValid());
    EXPECT_EQ(model.topicCount(), 5);
}

TEST(TopicTreeModel, InsertsTheNewTopicsOfAnUpdateAsOneRangePerParent)
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.update({topic("site/b1/f1/dev-0/state", 1, false)}, 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<TopicCatalogue::TopicInfo> flood;
    std::vector<QByteArray> names;
    for (int i = 1; i < 300; ++i)
        names.push_back("site/b1/f" + QByteArray::number(1 + i % 3) + "/dev-" + QByteArray::number(i) + "/state");
    for (const QByteArray &n : names)
        flood.append(topic(n.constData(), 1, false));
    model.update(flood, 100);
    // f1 has new devices; f2 and f3 are new under b1: two parents, two ranges (a row per
    // topic made a view look up hundreds of ranges among all its rows).
    ASSERT_EQ(inserted.size(), 2);
    const QModelIndex b1 = model.indexOfTopic(QStringLiteral("site/b1"));
    const QModelIndex f1 = model.indexOfTopic(QStringLiteral("site/b1/f1"));
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        const QModelIndex parent = args.at(0).value<QModelIndex>();
        if (parent == f1)
            EXPECT_EQ(args.at(2).toInt() - args.at(1).toInt() + 1, 99) << "f1: its 99 new devices at once";
        else
            EXPECT_EQ(parent, b1);
    }
    EXPECT_EQ(model.rowCount(b1), 3);
    EXPECT_EQ(model.topicCount(), 300);
    EXPECT_TRUE(model.indexOfTopic(QStringLiteral("site/b1/f3/dev-299/state")).isValid());
    EXPECT_EQ(model.unboundTopicCount(), 300);
}

TEST(TopicTreeModel, KeepsTheSameTopicOfTwoConnectionsApart)
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConnectionName(QStringLiteral("north"), QStringLiteral("North broker"));
    model.update({topic("plant/temp", 5, true, "21", "north"), topic("plant/temp", 2, false, "30", "south")}, 0);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.indexOfConnection(QStringLiteral("north")).data().toString(), QStringLiteral("North broker"));
    EXPECT_EQ(model.indexOfConnection(QStringLiteral("south")).data().toString(), QStringLiteral("south"));
    const QModelIndex north = model.indexOfTopic(QStringLiteral("plant/temp"), QStringLiteral("north"));
    const QModelIndex south = model.indexOfTopic(QStringLiteral("plant/temp"), QStringLiteral("south"));
    ASSERT_TRUE(north.isValid() && south.isValid());
    EXPECT_NE(north, south);
    EXPECT_EQ(north.data(TopicTreeModel::ConnectionRole).toString(), QStringLiteral("north"));
    EXPECT_EQ(north.siblingAtColumn(TopicTreeModel::CountColumn).data().toString(), QStringLiteral("5"));
    EXPECT_EQ(south.siblingAtColumn(TopicTreeModel::CountColumn).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(north.siblingAtColumn(TopicTreeModel::BoundColumn).data().toString(), QStringLiteral("bound"));
    EXPECT_EQ(south.siblingAtColumn(TopicTreeModel::PayloadColumn).data().toString(), QStringLiteral("30"));
    EXPECT_EQ(model.unboundTopicCount(), 1);

    model.update({topic("plant/temp", 25, true, "22", "north")}, 2000);
    EXPECT_DOUBLE_EQ(model.rate(QStringLiteral("plant/temp"), QStringLiteral("north")), 12.5);
    EXPECT_DOUBLE_EQ(model.rate(QStringLiteral("plant/temp"), QStringLiteral("south")), 1.0);

    model.setFilterText(QStringLiteral("TEMP"));
    EXPECT_EQ(model.rowCount(), 2) << "search keeps both connections' matches";
    model.setFilterText(QStringLiteral("nothing"));
    EXPECT_EQ(model.rowCount(), 0);
}
