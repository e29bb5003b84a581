// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/bindingfixtures.h"
#include "mosquittobroker.h"

#include "document/project.h"
#include "itemmodels/topictreemodel.h"
#include "live/livesession.h"
#include "telemetry/bindingpicker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

using namespace twin;
using namespace twintest;

namespace {


/// A climate site live on a broker of the test's own, browsing everything, with the
/// browser's model fed on every tick as the dock feeds it.
struct BrowserFixture : ::testing::Test
{
    void SetUp() override
    {
        TWIN_REQUIRE_MOSQUITTO();
        climateSite(project);
        QString error;
        ASSERT_TRUE(broker.start(&error)) << error.toStdString();
        QObject::connect(&session, &LiveSession::statisticsChanged, &model, [this] {
            QList<TopicCatalogue::TopicInfo> changes;
            session.topicCatalogue()->takeChanges(&changes);
            model.update(changes, clock.elapsed());
        });
        clock.start();
        session.setBrowseFilter(QStringLiteral("#"));
        session.connectToBroker(broker.url());
        ASSERT_TRUE(connected());
    }
    bool connected()
    {
        return waitUntil([this] { return session.state() == LiveSession::State::Connected; });
    }
    void publish(const QString &topic, const QString &payload, bool retain = false)
    {
        QStringList args{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(broker.port()), QStringLiteral("-q"), QStringLiteral("1"),
                         QStringLiteral("-t"), topic, QStringLiteral("-m"), payload};
        if (retain)
            args.append(QStringLiteral("-r"));
        QString error;
        ASSERT_TRUE(runProgram(QStringLiteral("mosquitto_pub"), args, &error)) << error.toStdString();
    }
    QString cell(const QString &topic, int column)
    {
        const QModelIndex i = model.indexOfTopic(topic);
        return model.index(i.row(), column, i.parent()).data().toString();
    }
    std::optional<double> value(const char *twinId, const char *name)
    {
        for (const LiveReading &r : session.readings(QString::fromLatin1(twinId))) {
            if (r.name == QLatin1StringView(name))
                return r.value.toDouble();
        }
        return std::nullopt;
    }

    MosquittoBroker broker;
    Project project;
    LiveSession session{&project};
    TopicTreeModel model;
    QElapsedTimer clock;
};

} // namespace

TEST_F(BrowserFixture, ListsThePublishedTopicsWithCountsAndTheLastPayload)
{
    publish(QStringLiteral("vendor/b1/zone-a/climate"), QStringLiteral(R"({"tF": 68})"));
    publish(QStringLiteral("vendor/b1/zone-a/climate"), QStringLiteral(R"({"tF": 70})"));
    publish(QStringLiteral("vendor/b1/status"), QStringLiteral("online"), true);
    ASSERT_TRUE(waitUntil([&] {
        return cell(QStringLiteral("vendor/b1/zone-a/climate"), TopicTreeModel::CountColumn) == QStringLiteral("2")
            && model.indexOfTopic(QStringLiteral("vendor/b1/status")).isValid();
    })) << "topics seen: " << model.topicCount();
    EXPECT_EQ(cell(QStringLiteral("vendor/b1/zone-a/climate"), TopicTreeModel::PayloadColumn),
              QStringLiteral(R"({"tF": 70})"));
    EXPECT_EQ(cell(QStringLiteral("vendor/b1/zone-a/climate"), TopicTreeModel::BoundColumn), QStringLiteral("unbound"));
    EXPECT_TRUE(waitUntil([&] { return session.counters().unbound >= 3; })) << "the pipeline counts them unbound";

    // A retained message comes with the flag when a subscription is made after it: a
    // new browse filter subscribes again.
    session.setBrowseFilter(QStringLiteral("vendor/#"));
    ASSERT_TRUE(connected());
    EXPECT_TRUE(waitUntil([&] {
        return cell(QStringLiteral("vendor/b1/status"), TopicTreeModel::RetainedColumn) == QStringLiteral("retained");
    }));
    EXPECT_EQ(session.topicCatalogue()->payloads(QStringLiteral("vendor/b1/zone-a/climate")),
              (QList<QByteArray>{R"({"tF": 68})", R"({"tF": 70})"}));
}

TEST_F(BrowserFixture, ABindingMadeFromAPayloadFieldProducesValuesOnTheTwin)
{
    const QString topic = QStringLiteral("vendor/b1/zone-a/climate");
    publish(topic, QStringLiteral(R"({"data": {"tF": 68}})"));
    ASSERT_TRUE(waitUntil([&] { return model.indexOfTopic(topic).isValid(); }));

    BindingPicker picker(&project);
    picker.setTopic(topic);
    picker.setField(QStringLiteral("/data/tF"));
    picker.setPayload(session.topicCatalogue()->payloads(topic).constLast());
    picker.setTwin(QStringLiteral("zone-a"));
    ASSERT_TRUE(picker.setTarget(QStringLiteral("temperature")));
    picker.setScale(BindingPicker::conversions().at(1).scale);
    picker.setOffset(BindingPicker::conversions().at(1).offset);
    QString error;
    ASSERT_TRUE(picker.commit(&project, &error)) << error.toStdString();

    // The session binds again; the next message reaches the twin, converted.
    ASSERT_TRUE(connected());
    ASSERT_TRUE(waitUntil([&] {
        publish(topic, QStringLiteral(R"({"data": {"tF": 77}})"));
        return waitUntil([&] { return value("zone-a", "temperature").has_value(); }, 500);
    }));
    EXPECT_NEAR(*value("zone-a", "temperature"), 25.0, 1e-9);
    EXPECT_EQ(cell(topic, TopicTreeModel::BoundColumn), QStringLiteral("bound"));
}

TEST_F(BrowserFixture, APatternBindingBindsEveryMatchingTwin)
{
    publish(QStringLiteral("site/b1/zone-a/climate"), QStringLiteral(R"({"rh": 40})"));
    ASSERT_TRUE(waitUntil([&] { return model.indexOfTopic(QStringLiteral("site/b1/zone-a/climate")).isValid(); }));
    BindingPicker picker(&project);
    picker.setTopic(QStringLiteral("site/b1/zone-a/climate"));
    picker.setField(QStringLiteral("/rh"));
    picker.setPayload(R"({"rh": 40})");
    picker.setTwin(QStringLiteral("zone-a"));
    ASSERT_TRUE(picker.setTarget(QStringLiteral("humidity")));
    picker.setPatternLevel(2);
    EXPECT_EQ(picker.topicFilter(), QStringLiteral("site/b1/{twin}/climate"));
    QString error;
    ASSERT_TRUE(picker.commit(&project, &error)) << error.toStdString();
    ASSERT_TRUE(connected());
    ASSERT_TRUE(waitUntil([&] {
        publish(QStringLiteral("site/b1/zone-a/climate"), QStringLiteral(R"({"rh": 41})"));
        publish(QStringLiteral("site/b1/zone-b/climate"), QStringLiteral(R"({"rh": 42})"));
        publish(QStringLiteral("site/b1/zone-c/climate"), QStringLiteral(R"({"rh": 43})"));
        return waitUntil([&] { return value("zone-c", "humidity").has_value(); }, 500);
    }));
    ASSERT_TRUE(waitUntil([&] { return value("zone-a", "humidity") && value("zone-b", "humidity"); }));
    EXPECT_EQ(*value("zone-a", "humidity"), 41.0);
    EXPECT_EQ(*value("zone-b", "humidity"), 42.0);
    EXPECT_EQ(*value("zone-c", "humidity"), 43.0);
}

TEST_F(BrowserFixture, AWrongSchemaIsRefusedWithAMessage)
{
    const QString topic = QStringLiteral("vendor/zone-a/mode");
    publish(topic, QStringLiteral(R"({"mode": "turbo"})"));
    ASSERT_TRUE(waitUntil([&] { return !session.topicCatalogue()->payloads(topic).isEmpty(); }));
    BindingPicker picker(&project);
    picker.setTopic(topic);
    picker.setField(QStringLiteral("/mode"));
    picker.setPayload(session.topicCatalogue()->payloads(topic).constLast());
    picker.setTwin(QStringLiteral("zone-a"));
    ASSERT_TRUE(picker.setTarget(QStringLiteral("mode")));
    QString error;
    EXPECT_FALSE(picker.commit(&project, &error));
    EXPECT_EQ(error, QStringLiteral("mode takes one of eco, comfort, not \"turbo\""));
    EXPECT_TRUE(project.bindings().isEmpty());
}
