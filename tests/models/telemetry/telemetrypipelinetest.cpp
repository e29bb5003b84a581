// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrytestutil.h"

#include "document/project.h"
#include "telemetry/historyreader.h"
#include "telemetry/sampledispatcher.h"
#include "telemetry/telemetrypipeline.h"
#include "telemetry/telemetrysink.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <limits>

using namespace twin;

namespace {

class RecordingDispatcher : public SampleDispatcher
{
public:
    int dispatch(const SampleBatchView &batch) override
    {
        ++batches;
        for (int i = 0; i < batch.size(); ++i) {
            const DispatchSample s = batch.at(i);
            twins.append(s.twinId.toString());
            names.append(s.name.toString());
            types.append(s.dataType.toString());
            payloads.append(s.payload.toByteArray());
            values.append(s.number);
        }
        return batch.size();
    }
    int batches = 0;
    QStringList twins, names, types;
    QList<QByteArray> payloads;
    QList<double> values;
};

struct PipelineFixture : ::testing::Test
{
    void start(const QJsonArray &bindings = {}, bool history = false)
    {
        Diagnostics d;
        ASSERT_TRUE(project.setContent(twintest::telemetrySite(bindings), &d));
        diagnostics.clear();
        pipeline.setProject(project, &diagnostics);
        TelemetryPipeline::Options options;
        options.history = history;
        options.historyPath = dir.filePath(QStringLiteral("site.twinproj.history"));
        options.maxPayloadBytes = 1024;
        QString error;
        ASSERT_TRUE(pipeline.start(options, &error)) << error.toStdString();
        sink = pipeline.createSink();
    }
    void send(std::string_view topic, std::string_view payload) { sink->deliver(topic, payload); }
    double latest(const char *twinId, const char *name)
    {
        EXPECT_TRUE(pipeline.waitIdle(5000));
        LiveValue v;
        EXPECT_TRUE(pipeline.latestValue(QString::fromLatin1(twinId), QString::fromLatin1(name), &v))
            << twinId << " " << name;
        return v.number;
    }
    QTemporaryDir dir;
    Project project;
    TelemetryPipeline pipeline;
    TelemetrySink *sink = nullptr;
    Diagnostics diagnostics;
};

} // namespace

TEST_F(PipelineFixture, DefaultBindingForEveryPayloadForm)
{
    start();
    send("twins/temp-1/telemetry", "20.5");
    EXPECT_EQ(latest("temp-1", "Temperature"), 20.5);
    send("twins/temp-1/telemetry", R"({"value": 21})");
    EXPECT_EQ(latest("temp-1", "Temperature"), 21.0);
    send("twins/temp-1/telemetry", R"({"SensorValue": 22})");
    EXPECT_EQ(latest("temp-1", "Temperature"), 22.0);
    send("twins/temp-1/telemetry", R"({"Temperature": 23, "Battery": 97})");
    EXPECT_EQ(latest("temp-1", "Temperature"), 23.0);
    // A named member of a sensor's payload becomes a point of that twin on first use.
    EXPECT_EQ(latest("temp-1", "Battery"), 97.0);
    send("twins/motion-1/telemetry", R"({"value": true})");
    EXPECT_EQ(latest("motion-1", "Motion"), 1.0);
    const auto c = pipeline.counters();
    EXPECT_EQ(c.received, 5u);
    EXPECT_EQ(c.processed, 5u);
    EXPECT_EQ(c.malformed + c.unbound + c.wrongType, 0u);
}

TEST_F(PipelineFixture, StringValuesAreReadAsThePointsSchemaSays)
{
    // The original service's devices send {"SensorValue": "21.5"}.
    start({}, true);
    send("twins/temp-1/telemetry", R"({"SensorValue": "21.5"})");
    EXPECT_EQ(latest("temp-1", "Temperature"), 21.5);
    send("twins/temp-1/telemetry", R"({"value": " -3e1 "})");
    EXPECT_EQ(latest("temp-1", "Temperature"), -30.0);
    send("twins/motion-1/telemetry", R"({"SensorValue": "true"})");
    EXPECT_EQ(latest("motion-1", "Motion"), 1.0);
    send("twins/motion-1/telemetry", R"({"SensorValue": "False"})");
    EXPECT_EQ(latest("motion-1", "Motion"), 0.0);
    // Not numbers: still refused, and counted.
    for (const char *bad : {R"({"SensorValue": "21.5 C"})", R"({"SensorValue": "nan"})", R"({"SensorValue": ""})",
                            R"({"SensorValue": "0x10"})"})
        send("twins/temp-1/telemetry", bad);
    EXPECT_EQ(latest("temp-1", "Temperature"), -30.0);
    const auto c = pipeline.counters();
    EXPECT_EQ(c.processed, 4u);
    EXPECT_EQ(c.wrongType, 4u);
    // History holds numbers, not texts.
    pipeline.stop();
    HistoryReader reader(dir.filePath(QStringLiteral("site.twinproj.history")));
    QList<HistoryValue> values;
    QString dataType, error;
    bool truncated = false;
    ASSERT_TRUE(reader.latest(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0,
                              std::numeric_limits<qint64>::max(), 100, &values, &dataType, &truncated, &error))
        << error.toStdString();
    ASSERT_EQ(values.size(), 2);
    EXPECT_FALSE(values.at(0).isText);
    EXPECT_EQ(values.at(0).number, 21.5);
    EXPECT_FALSE(values.at(1).isText);
    EXPECT_EQ(values.at(1).number, -30.0);
}

TEST_F(PipelineFixture, TimestampFromPayloadOrReceiveTime)
{
    start();
    send("twins/temp-2/telemetry", R"({"value": 1, "ts": 1700000000000})");
    ASSERT_TRUE(pipeline.waitIdle(5000));
    LiveValue v;
    ASSERT_TRUE(pipeline.latestValue(QStringLiteral("temp-2"), QStringLiteral("Temperature"), &v));
    EXPECT_EQ(v.timestampMs, 1700000000000LL);
    // Far in the future: counted, and the receive time is used instead.
    const qint64 before = currentMsecsSinceEpoch();
    send("twins/temp-2/telemetry", R"({"value": 2, "ts": "2999-01-01T00:00:00Z"})");
    ASSERT_TRUE(pipeline.waitIdle(5000));
    ASSERT_TRUE(pipeline.latestValue(QStringLiteral("temp-2"), QStringLiteral("Temperature"), &v));
    EXPECT_EQ(v.number, 2.0);
    EXPECT_GE(v.timestampMs, before);
    EXPECT_LT(v.timestampMs, before + 60000);
    EXPECT_EQ(pipeline.counters().futureTimestamp, 1u);
    EXPECT_EQ(pipeline.counters().badTimestamp, 0u);
}

TEST_F(PipelineFixture, NegativeAndNonDateTimestampsAreCounted)
{
    start();
    const qint64 before = currentMsecsSinceEpoch();
    int sent = 0;
    for (const char *payload : {R"({"value": 1, "ts": -5})", R"({"value": 2, "ts": -1})", R"({"value": 3, "ts": "yesterday"})",
                                R"({"value": 4, "ts": "1969-12-31T23:59:59Z"})", R"({"value": 5, "ts": null})"}) {
        send("twins/temp-2/telemetry", payload);
        ++sent;
        ASSERT_TRUE(pipeline.waitIdle(5000));
        LiveValue v;
        ASSERT_TRUE(pipeline.latestValue(QStringLiteral("temp-2"), QStringLiteral("Temperature"), &v));
        EXPECT_EQ(v.number, double(sent));
        EXPECT_GE(v.timestampMs, before) << payload; // the receive time
    }
    EXPECT_EQ(pipeline.counters().badTimestamp, 5u);
    EXPECT_EQ(pipeline.counters().processed, 5u);
}

TEST_F(PipelineFixture, ExplicitBindingsWithWildcardsPathsAndScale)
{
    const QJsonArray bindings{
        QJsonObject{{QStringLiteral("twin"), QStringLiteral("temp-3")},
                    {QStringLiteral("topic"), QStringLiteral("site/+/room2/climate")},
                    {QStringLiteral("path"), QStringLiteral("$.data.t")},
                    {QStringLiteral("scale"), 0.1}},
        QJsonObject{{QStringLiteral("twin"), QStringLiteral("room-2")},
                    {QStringLiteral("name"), QStringLiteral("Humidity")},
                    {QStringLiteral("unit"), QStringLiteral("%")},
                    {QStringLiteral("topic"), QStringLiteral("site/+/room2/climate")},
                    {QStringLiteral("path"), QStringLiteral("/data/h")}},
        QJsonObject{{QStringLiteral("twin"), QStringLiteral("no-such-twin")}, {QStringLiteral("topic"), QStringLiteral("x")}},
        QJsonObject{{QStringLiteral("twin"), QStringLiteral("temp-1")}, {QStringLiteral("topic"), QStringLiteral("a/#/b")}},
    };
    start(bindings);
    ASSERT_EQ(diagnostics.size(), 2); // the unknown twin and the invalid filter, nothing else
    EXPECT_EQ(diagnostics[0].pointer, QStringLiteral("/bindings/2"));
    const QList<Subscription> subs = pipeline.subscriptions(1);
    ASSERT_EQ(subs.size(), 2);
    EXPECT_EQ(subs[1].filter, QStringLiteral("site/+/room2/climate"));

    send("site/b1/room2/climate", R"({"data": {"t": 215, "h": 40}})");
    EXPECT_DOUBLE_EQ(latest("temp-3", "Temperature"), 21.5);
    EXPECT_EQ(latest("room-2", "Humidity"), 40.0);
    send("site/b2/room2/climate", R"({"data": {"h": 41}})");
    EXPECT_EQ(latest("room-2", "Humidity"), 41.0);
    EXPECT_EQ(pipeline.counters().processed, 2u);
}

TEST_F(PipelineFixture, BadInputIsCountedPerTopicAndNeverFatal)
{
    start();
    send("twins/temp-1/telemetry", "{not json");
    send("twins/temp-1/telemetry", "[1,2]");
    send("nobody/listens/here", "1");
    send("twins/unknown-twin/telemetry", "1");
    send("twins/temp-1/telemetry", std::string(2000, ' ') + "1"); // over the 1 KiB limit
    send("twins/temp-1/telemetry", R"({"value": "warm"})");        // string for a Temperature
    send("twins/motion-1/telemetry", R"({"value": "maybe"})");     // string for a Motion
    send("twins/temp-1/telemetry", "19");
    EXPECT_EQ(latest("temp-1", "Temperature"), 19.0);
    const auto c = pipeline.counters();
    EXPECT_EQ(c.received, 8u);
    EXPECT_EQ(c.malformed, 2u);
    EXPECT_EQ(c.unbound, 2u);
    EXPECT_EQ(c.oversize, 1u);
    EXPECT_EQ(c.wrongType, 2u);
    EXPECT_EQ(c.processed, 1u);
    quint64 temp1Malformed = 0, temp1Received = 0;
    int temp1Entries = 0;
    for (const auto &t : pipeline.topicStats()) {
        if (t.topic == QStringLiteral("twins/temp-1/telemetry")) {
            ++temp1Entries;
            temp1Malformed = t.malformed;
            temp1Received = t.received;
        }
    }
    // Resolved once and cached: one entry per topic.
    EXPECT_EQ(temp1Entries, 1);
    EXPECT_EQ(temp1Received, 5u);
    EXPECT_EQ(temp1Malformed, 2u);
}

TEST_F(PipelineFixture, APayloadATransportTruncatedCountsByItsWholeSize)
{
    // A transport that kept only the first bytes of a 5,000-byte payload (the limit says
    // how many it must keep) passes its real size along: oversize, not a value.
    start();
    EXPECT_EQ(sink->payloadLimit(), 1024u);
    TelemetrySink::MessageMeta meta;
    meta.payloadSize = 5000;
    sink->deliverMessage("twins/temp-1/telemetry", "19", meta);
    sink->deliverMessage("twins/temp-1/telemetry", "20", TelemetrySink::MessageMeta());
    ASSERT_TRUE(pipeline.waitIdle(5000));
    EXPECT_EQ(pipeline.counters().oversize, 1u);
    EXPECT_EQ(pipeline.counters().processed, 1u);
    EXPECT_EQ(latest("temp-1", "Temperature"), 20.0);
}

TEST_F(PipelineFixture, DispatcherOncePerBatchWithBoundSamples)
{
    RecordingDispatcher dispatcher;
    pipeline.setDispatcher(&dispatcher);
    start();
    send("twins/temp-1/telemetry", R"({"SensorValue": 21.5})");
    send("nobody/x", "1");
    ASSERT_TRUE(pipeline.waitIdle(5000));
    ASSERT_EQ(dispatcher.twins, QStringList{QStringLiteral("temp-1")});
    EXPECT_EQ(dispatcher.types.first(), QStringLiteral("Temperature"));
    EXPECT_EQ(dispatcher.payloads.first(), QByteArray(R"({"SensorValue": 21.5})"));
    EXPECT_EQ(dispatcher.values.first(), 21.5);
    EXPECT_GE(dispatcher.batches, 1);
    EXPECT_EQ(pipeline.counters().functionsRun, 1u);
}

TEST_F(PipelineFixture, ComputedValuesAreCreatedOnDemand)
{
    start({}, true);
    QString error;
    ASSERT_TRUE(pipeline.writeValue(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"),
                                    QStringLiteral("true"), 0, &error));
    ASSERT_TRUE(pipeline.writeValue(QStringLiteral("room-1"), QStringLiteral("Comfort"), QStringLiteral("0.75"), 0,
                                    &error));
    ASSERT_TRUE(pipeline.waitIdle(5000));
    LiveValue v;
    ASSERT_TRUE(pipeline.latestValue(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"), &v));
    EXPECT_EQ(v.kind, ValueKind::String);
    EXPECT_EQ(v.text, QStringLiteral("true"));
    EXPECT_EQ(latest("room-1", "Comfort"), 0.75);
    EXPECT_EQ(pipeline.counters().computed, 2u);
    QList<HistorySample> rows;
    ASSERT_TRUE(HistoryReader(dir.filePath(QStringLiteral("site.twinproj.history"))).range(QStringLiteral("room-1"), QStringLiteral("Comfort"), 0,
                                         currentMsecsSinceEpoch() + 1000, &rows, 0, &error));
    EXPECT_EQ(rows.size(), 1);
}

TEST_F(PipelineFixture, AggregatesFollowLiveValues)
{
    start();
    send("twins/temp-1/telemetry", "20");
    send("twins/temp-2/telemetry", "24");
    send("twins/temp-3/telemetry", "30");
    ASSERT_TRUE(pipeline.waitIdle(5000));
    AggregateValue a;
    ASSERT_TRUE(pipeline.aggregator().aggregate(QStringLiteral("room-1"), QStringLiteral("Temperature"), &a));
    EXPECT_EQ(a.count, 2);
    EXPECT_DOUBLE_EQ(a.average(), 22.0);
    send("twins/temp-2/telemetry", "26");
    ASSERT_TRUE(pipeline.waitIdle(5000));
    ASSERT_TRUE(pipeline.aggregator().aggregate(QStringLiteral("floor"), QStringLiteral("Temperature"), &a));
    EXPECT_EQ(a.count, 3);
    EXPECT_DOUBLE_EQ(a.sum, 76.0);
    EXPECT_EQ(a.max, 30.0);
}

TEST_F(PipelineFixture, HistoryOneTransactionPerBatch)
{
    start({}, true);
    for (int i = 0; i < 1000; ++i)
        send("twins/temp-1/telemetry", "{\"value\": " + std::to_string(i) + ", \"ts\": " + std::to_string(1000 + i) + "}");
    ASSERT_TRUE(pipeline.waitIdle(10000));
    const auto c = pipeline.counters();
    EXPECT_EQ(c.historyWritten, 1000u);
    EXPECT_EQ(c.historyErrors, 0u);
    EXPECT_LE(c.batches, 1000u);
    QList<HistoryBucket> buckets;
    QString error;
    ASSERT_TRUE(HistoryReader(dir.filePath(QStringLiteral("site.twinproj.history"))).downsample(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 1000, 2000,
                                              10, &buckets, &error));
    ASSERT_EQ(buckets.size(), 10);
    EXPECT_EQ(buckets[0].count, 100);
    EXPECT_EQ(buckets[9].max, 999.0);
    std::vector<PointUpdate> changes;
    pipeline.liveState().takeChanges(&changes);
    EXPECT_EQ(changes.size(), 1u);
    EXPECT_EQ(pipeline.liveState().recent(changes[0].point).size(), 512);
}

TEST(PipelineConnections, EachSinkSeesTheBindingsOfItsConnection)
{
    ProjectContent content = twintest::telemetrySite(
        {QJsonObject{{QStringLiteral("twin"), QStringLiteral("temp-2")}, {QStringLiteral("topic"), QStringLiteral("site/t")},
                     {QStringLiteral("path"), QStringLiteral("$.t")}},
         QJsonObject{{QStringLiteral("twin"), QStringLiteral("temp-3")}, {QStringLiteral("topic"), QStringLiteral("site/t")},
                     {QStringLiteral("path"), QStringLiteral("$.t")}, {QStringLiteral("connection"), QStringLiteral("b")}},
         QJsonObject{{QStringLiteral("twin"), QStringLiteral("temp-1")}, {QStringLiteral("topic"), QStringLiteral("x/t")},
                     {QStringLiteral("connection"), QStringLiteral("gone")}}});
    content.connections = {QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("url"), QStringLiteral("mqtt://a")}},
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("b")}, {QStringLiteral("url"), QStringLiteral("mqtt://b")}}};
    Project project;
    ASSERT_TRUE(project.setContent(content, nullptr));
    TelemetryPipeline pipeline;
    Diagnostics diagnostics;
    pipeline.setProject(project, &diagnostics);
    // A binding naming a connection the project lacks is kept, with a warning.
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_EQ(diagnostics[0].pointer, QStringLiteral("/bindings/2"));
    EXPECT_EQ(pipeline.bindings().rules().size(), 3u);
    EXPECT_EQ(pipeline.bindings().defaultConnection(), QStringLiteral("a"));

    const auto filters = [&](const QString &connection) {
        QStringList list;
        for (const Subscription &s : pipeline.subscriptions(1, connection))
            list.append(s.filter);
        return list;
    };
    EXPECT_EQ(filters(QStringLiteral("a")), (QStringList{QStringLiteral("twins/+/telemetry"), QStringLiteral("site/t")}));
    EXPECT_EQ(filters(QStringLiteral("b")), (QStringList{QStringLiteral("site/t")}));
    EXPECT_EQ(filters(QString()).size(), 3);

    TelemetryPipeline::Options options;
    options.history = false;
    QString error;
    ASSERT_TRUE(pipeline.start(options, &error)) << error.toStdString();
    TelemetrySink *a = pipeline.createSink(QStringLiteral("a"));
    TelemetrySink *b = pipeline.createSink(QStringLiteral("b"));
    a->deliver("site/t", R"({"t": 11})");
    b->deliver("site/t", R"({"t": 22})");
    b->deliver("twins/temp-1/telemetry", "5"); // default topics belong to the first connection
    ASSERT_TRUE(pipeline.waitIdle(5000));
    LiveValue v;
    ASSERT_TRUE(pipeline.latestValue(QStringLiteral("temp-2"), QStringLiteral("Temperature"), &v));
    EXPECT_EQ(v.number, 11.0);
    ASSERT_TRUE(pipeline.latestValue(QStringLiteral("temp-3"), QStringLiteral("Temperature"), &v));
    EXPECT_EQ(v.number, 22.0);
    EXPECT_FALSE(pipeline.latestValue(QStringLiteral("temp-1"), QStringLiteral("Temperature"), &v));
    EXPECT_EQ(pipeline.counters().unbound, 1u);
    pipeline.stop();
}
