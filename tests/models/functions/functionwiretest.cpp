// SPDX-License-Identifier: GPL-3.0-or-later
// The function worker's fast encoding of samples and results: what one end writes, the
// other reads back equal; what is cut short or out of range is refused.
#include "functions/functionworkerprotocol.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace twin;

namespace {

using Protocol = FunctionWorkerProtocol;

TelemetrySample sample(const QVariant &value)
{
    TelemetrySample s;
    s.sensorId = QStringLiteral("temperature-1");
    s.dataType = QStringLiteral("Temperature");
    s.value = value;
    s.valueText = QStringLiteral("21.5");
    s.message = QStringLiteral("{\"SensorValue\": 21.5} ümlaut €");
    s.timestampMs = 1700000000123;
    s.enqueuedMs = 1700000000124;
    s.receivedMs = 1700000000125;
    s.correlationId = 42;
    s.recordValue = true;
    return s;
}

TelemetrySample roundTrip(const TelemetrySample &in, bool *ok)
{
    QByteArray data;
    FunctionWireWriter writer(&data);
    Protocol::write(writer, in);
    FunctionWireReader reader(data);
    TelemetrySample out;
    Protocol::read(reader, &out);
    *ok = reader.ok() && reader.atEnd();
    return out;
}

} // namespace

TEST(FunctionWire, SamplesComeBackAsTheEngineTakesThem)
{
    const struct { QVariant value; QVariant expected; } cases[] = {
        {QVariant(21.5), QVariant(21.5)},
        {QVariant(qint64(7)), QVariant(7.0)},
        {QVariant(true), QVariant(true)},
        {QVariant(QStringLiteral("on")), QVariant(QStringLiteral("on"))},
        {QVariant(), QVariant()},
    };
    for (const auto &c : cases) {
        bool ok = false;
        const TelemetrySample in = sample(c.value);
        const TelemetrySample out = roundTrip(in, &ok);
        ASSERT_TRUE(ok);
        EXPECT_EQ(out.value, c.expected) << c.value.toString().toStdString();
        EXPECT_EQ(out.value.typeId(), c.expected.typeId());
        EXPECT_EQ(out.sensorId, in.sensorId);
        EXPECT_EQ(out.dataType, in.dataType);
        EXPECT_EQ(out.valueText, in.valueText);
        EXPECT_EQ(out.message, in.message);
        EXPECT_EQ(out.timestampMs, in.timestampMs);
        EXPECT_EQ(out.enqueuedMs, in.enqueuedMs);
        EXPECT_EQ(out.receivedMs, in.receivedMs);
        EXPECT_EQ(out.correlationId, in.correlationId);
        EXPECT_EQ(out.recordValue, in.recordValue);
    }
    // A null text (no value) stays null, an empty one empty.
    TelemetrySample in = sample(QVariant());
    in.valueText = QString();
    in.message = QStringLiteral("");
    bool ok = false;
    const TelemetrySample out = roundTrip(in, &ok);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(out.valueText.isNull());
    EXPECT_TRUE(out.message.isEmpty());
    EXPECT_FALSE(out.message.isNull());
}

TEST(FunctionWire, ResultsComeBackWhole)
{
    InvocationResult r;
    r.function = QStringLiteral("comfort");
    r.sensorId = QStringLiteral("temperature-1");
    r.error = {FunctionError::Kind::Scope, QStringLiteral("outside"), 3, 4, QStringLiteral("process@comfort.js:3")};
    r.durationNs = 12345;
    r.writes = {{ValueWrite::Kind::Sensor, QStringLiteral("s"), QStringLiteral("Temperature"), QStringLiteral("1")},
                {ValueWrite::Kind::Space, QStringLiteral("room"), QStringLiteral("Comfort"), QString()}};
    r.logs = {QStringLiteral("one"), QStringLiteral("two")};
    FunctionNotification n;
    n.twinId = QStringLiteral("room");
    n.type = QStringLiteral("Space");
    n.payload = QStringLiteral("{}");
    n.timeMs = 99;
    r.notifications = {n};
    r.calls = {{QStringLiteral("getSensorMetadata"), QJsonArray{QStringLiteral("s")}, QJsonObject{{QStringLiteral("Id"), 1}},
                QString(), 7},
               {QStringLiteral("log"), QJsonArray{}, QJsonValue(), QStringLiteral("boom"), 8}};
    QByteArray data;
    FunctionWireWriter writer(&data);
    Protocol::write(writer, r);
    FunctionWireReader reader(data);
    InvocationResult out;
    Protocol::read(reader, &out);
    ASSERT_TRUE(reader.ok());
    EXPECT_TRUE(reader.atEnd());
    EXPECT_EQ(out.function, r.function);
    EXPECT_EQ(out.error.kind, r.error.kind);
    EXPECT_EQ(out.error.message, r.error.message);
    EXPECT_EQ(out.error.line, 3);
    EXPECT_EQ(out.error.column, 4);
    EXPECT_EQ(out.error.stack, r.error.stack);
    EXPECT_EQ(out.durationNs, r.durationNs);
    ASSERT_EQ(out.writes.size(), 2);
    EXPECT_EQ(out.writes.at(1).kind, ValueWrite::Kind::Space);
    EXPECT_TRUE(out.writes.at(1).value.isNull());
    EXPECT_EQ(out.writes.at(0).value, QStringLiteral("1"));
    EXPECT_EQ(out.logs, r.logs);
    ASSERT_EQ(out.notifications.size(), 1);
    EXPECT_EQ(out.notifications.at(0).payload, n.payload);
    EXPECT_EQ(out.notifications.at(0).timeMs, 99);
    EXPECT_EQ(out.notifications.at(0).function, r.function);
    ASSERT_EQ(out.calls.size(), 2);
    EXPECT_EQ(out.calls.at(0).arguments, r.calls.at(0).arguments);
    EXPECT_EQ(out.calls.at(0).result, r.calls.at(0).result);
    EXPECT_EQ(out.calls.at(0).line, 7);
    EXPECT_TRUE(out.calls.at(1).result.isNull());
    EXPECT_EQ(out.calls.at(1).error, QStringLiteral("boom"));

    // Every cut of the payload is refused, and so is an error kind out of range.
    for (qsizetype size = 0; size < data.size(); ++size) {
        FunctionWireReader cut(data.constData(), size);
        InvocationResult partial;
        Protocol::read(cut, &partial);
        EXPECT_FALSE(cut.ok() && cut.atEnd()) << size;
    }
    QByteArray bad = data;
    bad[int(sizeof(qint32) + r.function.size() * 2 + sizeof(qint32) + r.sensorId.size() * 2)] = char(99);
    FunctionWireReader badReader(bad);
    InvocationResult refused;
    Protocol::read(badReader, &refused);
    EXPECT_FALSE(badReader.ok());
}

TEST(FunctionWire, LengthsBeyondThePayloadAreRefused)
{
    QByteArray data;
    FunctionWireWriter writer(&data);
    writer.number<qint32>(1 << 30); // a string of a billion characters, none there
    FunctionWireReader reader(data);
    EXPECT_TRUE(reader.string().isNull());
    EXPECT_FALSE(reader.ok());
    QByteArray negative;
    FunctionWireWriter(&negative).number<qint32>(-2);
    FunctionWireReader r2(negative);
    r2.string();
    EXPECT_FALSE(r2.ok());
    QByteArray many;
    FunctionWireWriter(&many).number<quint32>(1000000);
    FunctionWireReader r3(many);
    EXPECT_TRUE(r3.strings().isEmpty());
    EXPECT_FALSE(r3.ok());
}
