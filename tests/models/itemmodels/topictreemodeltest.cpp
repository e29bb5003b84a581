// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace twin;

namespace {

TopicCatalogue::TopicInfo topic(const char *name, quint64 count, bool bound, const QByteArray &payload = "1")
{
    TopicCatalogue::TopicInfo info;
    info.topic = QString::fromLatin1(name);
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
    model.update({topic("site/b1/t", 1, true, R"({"v": 1})"), topic("site/b2/t", 1, false), topic("other", 3, false)}, 0);
    EXPECT_EQ(model.rowCount(), 2);
    const QModelIndex site = model.index(0, 0);
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
