// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"
#include "telemetrytestutil.h"

#include "document/project.h"
#include "telemetry/historyreader.h"
#include "telemetry/telemetrypipeline.h"
#include "telemetry/telemetrysink.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <limits>
#include <set>
#include <memory>

using namespace twin;
using twintest::MosquittoBroker;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        QThread::msleep(10);
    }
    return condition();
}

std::unique_ptr<TelemetrySource> mqttSource()
{
    QString error;
    std::unique_ptr<TelemetrySource> s(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    EXPECT_TRUE(s) << error.toStdString();
    return s;
}

struct MqttFixture : ::testing::Test
{
    void SetUp() override
    {
        TWIN_REQUIRE_MOSQUITTO();
        QString error;
        ASSERT_TRUE(broker.start(&error)) << error.toStdString();
        publisher = mqttSource();
        ASSERT_TRUE(publisher);
        ASSERT_TRUE(publisher->start({{QStringLiteral("url"), broker.url()}}, &error)) << error.toStdString();
    }
    void startPipeline(bool history = true)
    {
        Diagnostics d;
        ASSERT_TRUE(project.setContent(twintest::telemetrySite(QJsonArray{QJsonObject{
                                           {QStringLiteral("twin"), QStringLiteral("room-2")},
                                           {QStringLiteral("name"), QStringLiteral("Humidity")},
                                           {QStringLiteral("topic"), QStringLiteral("legacy/+/hum")},
                                           {QStringLiteral("path"), QStringLiteral("$.h")}}}),
                                       &d));
        pipeline.setProject(project);
        TelemetryPipeline::Options options;
        options.history = history;
        options.historyPath = dir.filePath(QStringLiteral("site.twinproj.history"));
        QString error;
        ASSERT_TRUE(pipeline.start(options, &error)) << error.toStdString();
    }
    /// A subscriber feeding the pipeline.
    std::unique_ptr<TelemetrySource> subscribe(QVariantMap extra = {}, int qos = 1)
    {
        auto s = mqttSource();
        if (!s)
            return s;
        s->setSink(sink ? sink : (sink = pipeline.createSink()));
        QVariantList subs;
        for (const Subscription &sub : pipeline.subscriptions(qos))
            subs.append(QVariantMap{{QStringLiteral("filter"), sub.filter}, {QStringLiteral("qos"), sub.qos}});
        QVariantMap config{{QStringLiteral("url"), broker.url()}, {QStringLiteral("subscriptions"), subs},
                           {QStringLiteral("reconnectMinSeconds"), 1}, {QStringLiteral("reconnectMaxSeconds"), 2}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            config.insert(it.key(), it.value());
        QString error;
        EXPECT_TRUE(s->start(config, &error)) << error.toStdString();
        return s;
    }
    void publish(const std::string &topic, const std::string &payload, int qos = 1)
    {
        QString error;
        EXPECT_TRUE(publisher->publish(topic, payload, qos, &error)) << error.toStdString();
    }

    /// Receive, lose the broker, see the state change, get it back, receive again.
    void checkReconnect(const QVariantMap &extra)
    {
        startPipeline(false);
        auto subscriber = subscribe(extra);
        ASSERT_TRUE(subscriber);
        std::atomic<int> states{0};
        QObject::connect(subscriber.get(), &TelemetrySource::stateChanged, subscriber.get(),
                         [&](TelemetrySource::State) { ++states; }, Qt::DirectConnection);
        publish("twins/temp-1/telemetry", "1");
        ASSERT_TRUE(waitFor([&] { return pipeline.counters().processed >= 1; }, 10000));

        const int port = broker.port();
        broker.stop();
        ASSERT_TRUE(waitFor([&] { return subscriber->state() == TelemetrySource::State::Reconnecting; }, 10000));
        QString error;
        ASSERT_TRUE(broker.start(&error, port)) << error.toStdString();
        ASSERT_TRUE(waitFor([&] { return subscriber->state() == TelemetrySource::State::Connected; }, 20000));
        EXPECT_GE(subscriber->counters().reconnects, 1u);
        EXPECT_GE(states.load(), 2);

        // The publisher reconnects too; subscriptions are renewed on the new broker.
        ASSERT_TRUE(waitFor([&] { return publisher->state() == TelemetrySource::State::Connected; }, 20000));
        ASSERT_TRUE(waitFor(
            [&] {
                publish("twins/temp-1/telemetry", "2");
                publisher->flush(2000);
                return pipeline.counters().processed >= 2;
            },
            20000));
        ASSERT_TRUE(pipeline.waitIdle(5000));
        LiveValue v;
        ASSERT_TRUE(pipeline.latestValue(QStringLiteral("temp-1"), QStringLiteral("Temperature"), &v));
        EXPECT_EQ(v.number, 2.0);
    }

    MosquittoBroker broker;
    QTemporaryDir dir;
    Project project;
    TelemetryPipeline pipeline;
    TelemetrySink *sink = nullptr;
    std::unique_ptr<TelemetrySource> publisher;
};

} // namespace

TEST_F(MqttFixture, BindReceiveHistoryAndAggregate)
{
    startPipeline();
    auto subscriber = subscribe();
    ASSERT_TRUE(subscriber);
    EXPECT_EQ(subscriber->state(), TelemetrySource::State::Connected);
    publish("twins/temp-1/telemetry", R"({"value": 20})");
    publish("twins/temp-2/telemetry", R"({"SensorValue": 24, "ts": 1700000000000})");
    publish("legacy/x/hum", R"({"h": 44.5})");
    publish("twins/nobody/telemetry", "1");
    publish("twins/temp-1/telemetry", "garbage");
    ASSERT_TRUE(publisher->flush(5000));
    ASSERT_TRUE(waitFor([&] { return pipeline.counters().received >= 5; }, 10000));
    ASSERT_TRUE(pipeline.waitIdle(5000));
    const auto c = pipeline.counters();
    EXPECT_EQ(c.processed, 3u);
    EXPECT_EQ(c.unbound, 1u);
    EXPECT_EQ(c.malformed, 1u);
    LiveValue v;
    ASSERT_TRUE(pipeline.latestValue(QStringLiteral("room-2"), QStringLiteral("Humidity"), &v));
    EXPECT_EQ(v.number, 44.5);
    AggregateValue a;
    ASSERT_TRUE(pipeline.aggregator().aggregate(QStringLiteral("room-1"), QStringLiteral("Temperature"), &a));
    EXPECT_EQ(a.count, 2);
    EXPECT_DOUBLE_EQ(a.average(), 22.0);
    QList<HistorySample> rows;
    QString error;
    ASSERT_TRUE(HistoryReader(dir.filePath(QStringLiteral("site.twinproj.history"))).range(QStringLiteral("temp-2"), QStringLiteral("Temperature"), 0,
                                         1800000000000LL, &rows, 0, &error));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].timestampMs, 1700000000000LL);
    EXPECT_EQ(rows[0].value, 24.0);
}

TEST_F(MqttFixture, NothingLostAtQos1)
{
    startPipeline(true);
    auto subscriber = subscribe();
    ASSERT_TRUE(subscriber);
    const int n = 5000;
    for (int i = 0; i < n; ++i)
        publish("twins/temp-3/telemetry", "{\"value\": " + std::to_string(i) + "}");
    ASSERT_TRUE(publisher->flush(30000));
    ASSERT_TRUE(waitFor([&] { return pipeline.counters().received >= quint64(n); }, 30000))
        << pipeline.counters().received;
    ASSERT_TRUE(pipeline.waitIdle(10000));
    EXPECT_EQ(pipeline.counters().processed, quint64(n));
    EXPECT_EQ(pipeline.counters().historyWritten, quint64(n));
}

TEST_F(MqttFixture, StringValuesOfTheOriginalDeviceFormatAreStoredAsNumbers)
{
    // {"SensorValue": "21.5"}: how the original service's devices send values, at QoS 0 and 1.
    startPipeline(true);
    auto subscriber = subscribe({{QStringLiteral("leanReceive"), true}});
    ASSERT_TRUE(subscriber);
    const int n = 1000;
    for (int i = 0; i < n; ++i) {
        publish("twins/temp-3/telemetry", "{\"SensorValue\": \"" + std::to_string(i) + ".5\"}", i % 2);
        publish("twins/motion-1/telemetry", i % 2 ? R"({"SensorValue": "true"})" : R"({"SensorValue": "false"})", 1);
    }
    ASSERT_TRUE(publisher->flush(30000));
    ASSERT_TRUE(waitFor([&] { return pipeline.counters().received >= quint64(2 * n); }, 30000))
        << pipeline.counters().received;
    ASSERT_TRUE(pipeline.waitIdle(10000));
    const auto c = pipeline.counters();
    EXPECT_EQ(c.wrongType, 0u);
    EXPECT_EQ(c.processed, quint64(2 * n));
    EXPECT_EQ(c.historyWritten, quint64(2 * n));
    LiveValue v;
    ASSERT_TRUE(pipeline.latestValue(QStringLiteral("motion-1"), QStringLiteral("Motion"), &v));
    EXPECT_EQ(v.number, 1.0);
    QList<HistorySample> rows;
    QString error;
    ASSERT_TRUE(HistoryReader(dir.filePath(QStringLiteral("site.twinproj.history"))).range(QStringLiteral("temp-3"), QStringLiteral("Temperature"), 0,
                                         std::numeric_limits<qint64>::max(), &rows, 0, &error))
        << error.toStdString();
    ASSERT_EQ(rows.size(), n);
    std::set<double> values;
    for (const HistorySample &row : rows)
        values.insert(row.value);
    EXPECT_EQ(values.size(), std::size_t(n));
    EXPECT_EQ(*values.begin(), 0.5);
    EXPECT_EQ(*values.rbegin(), n - 0.5);
}

TEST_F(MqttFixture, LeanReceiverTakesQos2ExactlyOnce)
{
    // The broker holds QoS 2 messages until they are released (PUBREC, PUBREL, PUBCOMP):
    // a receiver that skipped the exchange would stall after the broker's in-flight window.
    startPipeline(false);
    auto subscriber = subscribe({{QStringLiteral("leanReceive"), true}}, 2);
    ASSERT_TRUE(subscriber);
    const int n = 2000;
    // mosquitto_pub -l: one message per line, at QoS 2.
    QProcess pub;
    pub.start(QStringLiteral("mosquitto_pub"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                QString::number(broker.port()), QStringLiteral("-q"), QStringLiteral("2"),
                                                QStringLiteral("-t"), QStringLiteral("twins/temp-2/telemetry"),
                                                QStringLiteral("-l")});
    ASSERT_TRUE(pub.waitForStarted(5000)) << "mosquitto_pub (mosquitto-clients) is needed";
    for (int i = 0; i < n; ++i)
        pub.write("{\"value\": " + QByteArray::number(i) + "}\n");
    pub.closeWriteChannel();
    ASSERT_TRUE(pub.waitForFinished(30000));
    ASSERT_EQ(pub.exitCode(), 0) << pub.readAllStandardError().toStdString();
    ASSERT_TRUE(waitFor([&] { return pipeline.counters().received >= quint64(n); }, 30000))
        << pipeline.counters().received;
    ASSERT_TRUE(pipeline.waitIdle(10000));
    QThread::msleep(200);
    EXPECT_EQ(pipeline.counters().received, quint64(n));
    EXPECT_EQ(pipeline.counters().processed, quint64(n));
    EXPECT_EQ(subscriber->counters().errors, 0u);
}

TEST_F(MqttFixture, PersistentSessionKeepsQos1MessagesWhileAway)
{
    startPipeline(false);
    const QVariantMap persistent{{QStringLiteral("clientId"), QStringLiteral("twin-integration-persistent")},
                                 {QStringLiteral("cleanSession"), false}};
    auto subscriber = subscribe(persistent);
    ASSERT_TRUE(subscriber);
    subscriber->stop();
    const int n = 300;
    for (int i = 0; i < n; ++i)
        publish("twins/temp-1/telemetry", "{\"value\": " + std::to_string(i) + "}");
    ASSERT_TRUE(publisher->flush(10000));
    EXPECT_EQ(pipeline.counters().received, 0u);
    // Back with the same client id: the broker delivers what it queued.
    subscriber = subscribe(persistent);
    ASSERT_TRUE(subscriber);
    ASSERT_TRUE(waitFor([&] { return pipeline.counters().received >= quint64(n); }, 20000))
        << pipeline.counters().received;
    ASSERT_TRUE(pipeline.waitIdle(5000));
    LiveValue v;
    ASSERT_TRUE(pipeline.latestValue(QStringLiteral("temp-1"), QStringLiteral("Temperature"), &v));
    EXPECT_EQ(v.number, double(n - 1));
    EXPECT_EQ(pipeline.counters().processed, quint64(n));
}

TEST_F(MqttFixture, ReconnectsAfterTheBrokerRestarts)
{
    checkReconnect({});
}

TEST_F(MqttFixture, LeanReceiverReconnectsAfterTheBrokerRestarts)
{
    checkReconnect({{QStringLiteral("leanReceive"), true}});
}

TEST(MqttSource, RefusesABadUrlAndAnAbsentBroker)
{
    TWIN_REQUIRE_MOSQUITTO();
    auto s = mqttSource();
    ASSERT_TRUE(s);
    QString error;
    EXPECT_FALSE(s->start({{QStringLiteral("url"), QStringLiteral("http://localhost:1")}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("mqtt://"))) << error.toStdString();
    EXPECT_FALSE(s->start({{QStringLiteral("url"), QStringLiteral("mqtt://127.0.0.1:1")},
                           {QStringLiteral("connectTimeoutMs"), 2000}},
                          &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_GE(s->counters().errors, 1u);
}
