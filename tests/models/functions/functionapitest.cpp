// SPDX-License-Identifier: GPL-3.0-or-later
// Each function of the v1 API, through a function that returns what it saw as a log line.
#include "functionfixture.h"
#include "../telemetry/telemetrytestutil.h"

#include "functions/functionhost.h"
#include "telemetry/historyreader.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

class FunctionApiTest : public ::testing::Test
{
protected:
    /// Runs \a body (JavaScript with telemetry in scope) for a message of co2-1 and returns
    /// what `log(JSON.stringify(result))` printed, parsed.
    QJsonValue eval(const QString &body, InvocationResult *out = nullptr)
    {
        const QString name = QStringLiteral("probe%1").arg(++m_count);
        f.add(makeFunction(name,
                           QStringLiteral("function process(telemetry, executionContext) {\n"
                                          "  var result = (function () { %1 })();\n"
                                          "  log(JSON.stringify(result === undefined ? null : result));\n}\n")
                               .arg(body),
                           {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
        const auto results = f.feed(QStringLiteral("co2-1"), QStringLiteral(R"({"SensorValue": 800})"));
        QJsonValue value;
        for (const InvocationResult &r : results) {
            if (r.function != name)
                continue;
            EXPECT_TRUE(r.ok()) << r.error.format(name).toStdString();
            if (out)
                *out = r;
            if (!r.logs.isEmpty())
                value = QJsonDocument::fromJson("[" + r.logs.constLast().toUtf8() + "]").array().at(0);
        }
        QString error;
        EXPECT_TRUE(f.editor.removeFunction(name, &error));
        f.reload();
        return value;
    }

    FunctionFixture f;
    int m_count = 0;
};

TEST_F(FunctionApiTest, TelemetryAndExecutionContext)
{
    const QJsonObject t = eval(QStringLiteral(
        "return {id: telemetry.SensorId, msg: telemetry.Message, v: telemetry.Value, dt: telemetry.DataType,"
        " ts: typeof telemetry.Timestamp, alias: telemetry.sensorId, fn: executionContext.UserDefinedFunctionId,"
        " enq: typeof executionContext.EnqueuedTime, recv: typeof executionContext.ProcessorReceivedTime,"
        " corr: typeof executionContext.CorrelationId};")).toObject();
    EXPECT_EQ(t.value(QStringLiteral("id")).toString(), QStringLiteral("co2-1"));
    EXPECT_EQ(t.value(QStringLiteral("msg")).toString(), QStringLiteral(R"({"SensorValue": 800})"));
    EXPECT_EQ(t.value(QStringLiteral("v")).toDouble(), 800);
    EXPECT_EQ(t.value(QStringLiteral("dt")).toString(), QStringLiteral("CarbonDioxide"));
    EXPECT_EQ(t.value(QStringLiteral("ts")).toString(), QStringLiteral("string"));
    EXPECT_EQ(t.value(QStringLiteral("alias")).toString(), QStringLiteral("co2-1"));
    EXPECT_TRUE(t.value(QStringLiteral("fn")).toString().startsWith(QStringLiteral("probe")));
    EXPECT_EQ(t.value(QStringLiteral("corr")).toString(), QStringLiteral("string"));
}

TEST_F(FunctionApiTest, MetadataObjects)
{
    const QJsonObject s = eval(QStringLiteral("return getSensorMetadata('co2-1');")).toObject();
    EXPECT_EQ(s.value(QStringLiteral("Id")).toString(), QStringLiteral("co2-1"));
    EXPECT_EQ(s.value(QStringLiteral("DataType")).toString(), QStringLiteral("CarbonDioxide"));
    EXPECT_EQ(s.value(QStringLiteral("dataType")).toString(), QStringLiteral("CarbonDioxide"));
    EXPECT_EQ(s.value(QStringLiteral("SpaceId")).toString(), QStringLiteral("room-1"));
    EXPECT_EQ(s.value(QStringLiteral("DeviceId")).toString(), QStringLiteral("multisensor-1"));
    const QJsonObject d = eval(QStringLiteral("return getDeviceMetadata('multisensor-1');")).toObject();
    EXPECT_EQ(d.value(QStringLiteral("SpaceId")).toString(), QStringLiteral("room-1"));
    EXPECT_EQ(d.value(QStringLiteral("HardwareId")).toString(), QStringLiteral("HW-1"));
    const QJsonObject r = eval(QStringLiteral("return getSpaceMetadata('room-1');")).toObject();
    EXPECT_EQ(r.value(QStringLiteral("Name")).toString(), QStringLiteral("Focus room"));
    EXPECT_EQ(r.value(QStringLiteral("ParentSpaceId")).toString(), QStringLiteral("floor-1"));
    // The wrong kind or an unknown id gives null.
    EXPECT_TRUE(eval(QStringLiteral("return getSpaceMetadata('co2-1');")).isNull());
    EXPECT_TRUE(eval(QStringLiteral("return getSensorMetadata('nope');")).isNull());
}

TEST_F(FunctionApiTest, ValuesAreStringsWithTypeAndTime)
{
    const QJsonObject v = eval(QStringLiteral("return getSensorValue('co2-1', 'CarbonDioxide');")).toObject();
    EXPECT_EQ(v.value(QStringLiteral("Value")).toString(), QStringLiteral("800"));
    EXPECT_EQ(v.value(QStringLiteral("DataType")).toString(), QStringLiteral("CarbonDioxide"));
    EXPECT_TRUE(v.value(QStringLiteral("CreatedTime")).toString().endsWith(u'Z'));
    EXPECT_EQ(eval(QStringLiteral("return getSensorMetadata('co2-1').Value().value;")).toString(), QStringLiteral("800"));
    // A sensor without a value gives a value object whose Value is null.
    EXPECT_TRUE(eval(QStringLiteral("return getSensorValue('motion-1').Value;")).isNull());

    eval(QStringLiteral("setSpaceValue('room-1', 'Comfort', 0.75); setSensorValue('motion-1', 'Motion', true);"));
    StoredValue stored;
    ASSERT_TRUE(f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("Comfort"), &stored));
    EXPECT_EQ(stored.value, QStringLiteral("0.75"));
    ASSERT_TRUE(f.store.sensorValue(QStringLiteral("motion-1"), &stored));
    EXPECT_EQ(stored.value, QStringLiteral("true"));
    EXPECT_EQ(eval(QStringLiteral("return getSpaceValue('room-1', 'Comfort').Value;")).toString(), QStringLiteral("0.75"));
    EXPECT_EQ(eval(QStringLiteral("return getSpaceMetadata('room-1').Value('Comfort').Value;")).toString(), QStringLiteral("0.75"));
    EXPECT_EQ(eval(QStringLiteral("return typeof getSensorValue('motion-1').Value;")).toString(), QStringLiteral("string"));
}

TEST_F(FunctionApiTest, History)
{
    f.reload();
    f.feed(QStringLiteral("co2-1"), QStringLiteral("700"));
    const QJsonArray h = eval(QStringLiteral("return getSensorHistoryValues('co2-1', 'CarbonDioxide').map(function (v) { return v.Value; });")).toArray();
    ASSERT_GE(h.size(), 2);
    EXPECT_EQ(h.at(h.size() - 2).toString(), QStringLiteral("700"));
    EXPECT_EQ(h.last().toString(), QStringLiteral("800"));
    eval(QStringLiteral("setSpaceValue('room-1', 'Occupancy', 1);"));
    eval(QStringLiteral("setSpaceValue('room-1', 'Occupancy', 2);"));
    const QJsonArray sh = eval(QStringLiteral("return getSpaceHistoryValues('room-1', 'Occupancy').map(function (v) { return v.Value; });")).toArray();
    EXPECT_EQ(sh, (QJsonArray{QStringLiteral("1"), QStringLiteral("2")}));
    EXPECT_EQ(eval(QStringLiteral("return getSpaceMetadata('room-1').History('Occupancy').length;")).toInt(), 2);
    EXPECT_GE(eval(QStringLiteral("return getSensorMetadata('co2-1').History().length;")).toInt(), 2);
}

TEST_F(FunctionApiTest, GraphWalks)
{
    auto ids = [&](const QString &expr) {
        return eval(QStringLiteral("return %1.map(function (o) { return o.Id; });").arg(expr)).toArray();
    };
    EXPECT_EQ(ids(QStringLiteral("getSpaceChildSpaces('floor-1')")), (QJsonArray{QStringLiteral("room-1"), QStringLiteral("room-2")}));
    EXPECT_EQ(ids(QStringLiteral("getSpaceChildDevices('room-1')")), QJsonArray{QStringLiteral("multisensor-1")});
    EXPECT_EQ(ids(QStringLiteral("getSpaceChildSensors('room-1')")), (QJsonArray{QStringLiteral("motion-1"), QStringLiteral("co2-1")}));
    EXPECT_EQ(ids(QStringLiteral("getDeviceChildSensors('multisensor-1')")), (QJsonArray{QStringLiteral("motion-1"), QStringLiteral("co2-1")}));
    EXPECT_EQ(ids(QStringLiteral("getSpaceMetadata('room-1').ChildDevices()")), QJsonArray{QStringLiteral("multisensor-1")});
    EXPECT_EQ(ids(QStringLiteral("getDeviceMetadata('multisensor-1').ChildSensors()")), (QJsonArray{QStringLiteral("motion-1"), QStringLiteral("co2-1")}));
    EXPECT_EQ(eval(QStringLiteral("return getSpaceParentSpace('room-1').Id;")).toString(), QStringLiteral("floor-1"));
    EXPECT_EQ(eval(QStringLiteral("return getSpaceMetadata('floor-1').Parent().Id;")).toString(), QStringLiteral("building-1"));
    EXPECT_TRUE(eval(QStringLiteral("return getSpaceParentSpace('building-1');")).isNull());
    EXPECT_EQ(eval(QStringLiteral("return getSensorParentSpace('co2-1').Id;")).toString(), QStringLiteral("room-1"));
    EXPECT_EQ(eval(QStringLiteral("return getDeviceParentSpace('multisensor-1').Id;")).toString(), QStringLiteral("room-1"));
    EXPECT_EQ(eval(QStringLiteral("return getDeviceMetadata('multisensor-1').Parent().Id;")).toString(), QStringLiteral("room-1"));
    EXPECT_EQ(eval(QStringLiteral("return getSensorParentDevice('co2-1').Id;")).toString(), QStringLiteral("multisensor-1"));
    EXPECT_EQ(eval(QStringLiteral("return getSensorMetadata('co2-1').Device().Id;")).toString(), QStringLiteral("multisensor-1"));
    EXPECT_EQ(eval(QStringLiteral("return getSensorMetadata('co2-1').Space().Id;")).toString(), QStringLiteral("room-1"));
}

TEST_F(FunctionApiTest, ExtendedProperties)
{
    const QJsonObject p = eval(QStringLiteral("return getSpaceExtendedProperty('room-1', 'capacity');")).toObject();
    EXPECT_EQ(p.value(QStringLiteral("Name")).toString(), QStringLiteral("capacity"));
    EXPECT_EQ(p.value(QStringLiteral("Value")).toString(), QStringLiteral("4"));
    EXPECT_EQ(eval(QStringLiteral("return getSensorExtendedProperty('co2-1', 'unit').Value;")).toString(), QStringLiteral("ppm"));
    EXPECT_EQ(eval(QStringLiteral("return getDeviceExtendedProperty('multisensor-1', 'hardwareId').Value;")).toString(), QStringLiteral("HW-1"));
    EXPECT_EQ(eval(QStringLiteral("return getSensorMetadata('co2-1').ExtendedProperty('unit').Value;")).toString(), QStringLiteral("ppm"));
    EXPECT_TRUE(eval(QStringLiteral("return getSpaceExtendedProperty('room-1', 'none');")).isNull());
}

TEST_F(FunctionApiTest, LogAndNotifications)
{
    InvocationResult r;
    eval(QStringLiteral("log('hello'); sendNotification('room-1', 'Space', {a: 1});"
                        " getSensorMetadata('co2-1').Notify('x'); getDeviceMetadata('multisensor-1').Notify('y');"),
         &r);
    ASSERT_EQ(r.logs.size(), 2);
    EXPECT_EQ(r.logs.first(), QStringLiteral("hello"));
    ASSERT_EQ(r.notifications.size(), 3);
    EXPECT_EQ(r.notifications.at(0).payload, QStringLiteral(R"({"a":1})"));
    EXPECT_EQ(r.notifications.at(1).type, QStringLiteral("Sensor"));
    EXPECT_EQ(r.notifications.at(2).twinId, QStringLiteral("multisensor-1"));
    EXPECT_EQ(f.store.notifications().size(), 3);
}

TEST_F(FunctionApiTest, JsonParseFastPathMatchesTheParser)
{
    // The fast path for device payloads must give what JSON.parse gives.
    const QJsonArray r = eval(QStringLiteral(
        "var a = JSON.parse(telemetry.Message); a.SensorValue += 1; var b = JSON.parse(telemetry.Message);"
        " return [a.SensorValue, b.SensorValue, Object.keys(b).length, JSON.parse('[1,2]').length];")).toArray();
    EXPECT_EQ(r, (QJsonArray{801, 800, 1, 2}));
}

TEST_F(FunctionApiTest, ApiMisuseThrowsWithTheCallingLine)
{
    f.add(makeFunction(QStringLiteral("misuse"),
                       QStringLiteral("function process(t) {\n  var x = 1;\n  setSpaceValue('nowhere', 'a', 1);\n}\n"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    const auto results = f.feed(QStringLiteral("co2-1"), QStringLiteral("1"));
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().error.kind, FunctionError::Kind::Exception);
    EXPECT_EQ(results.first().error.line, 3);
    EXPECT_TRUE(results.first().error.message.contains(QStringLiteral("nowhere")));
}

} // namespace

namespace {

/// A history file as a live run leaves it: co2-1 and motion-1 readings and room-1's
/// AvailableAndFresh insight.
struct EarlierRun
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("rooms.twinproj.history"));
    HistoryFile file{path};
    int co2 = file.point(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"));
    int motion = file.point(QStringLiteral("motion-1"), QStringLiteral("Motion"), PointKind::Sensor, ValueKind::Bool);
    int fresh = file.point(QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"), PointKind::Computed,
                           ValueKind::Any);
};

} // namespace

TEST_F(FunctionApiTest, HistoryOfAnEarlierRunFromTheHistoryFile)
{
    EarlierRun run;
    run.file.append({{run.co2, 1000, 500}, {run.motion, 1500, 1.0}, {run.co2, 2000, 612.5}});
    run.file.appendTexts({{run.fresh, 1500, QStringLiteral("Room is available.")}, {run.fresh, 2500, QStringLiteral("Stale air.")}});
    run.file.store.close();
    f.store.setHistoryFile(std::make_shared<HistoryReader>(run.path), false);

    // The file's readings, then the one replayed now (800), in the original value shape.
    const QJsonArray co2 = eval(QStringLiteral(
        "return getSensorHistoryValues('co2-1', 'CarbonDioxide').map(function (v) {"
        " return [v.DataType, v.Value, v.CreatedTime, v.dataType === v.DataType, typeof v.createdTime]; });")).toArray();
    ASSERT_EQ(co2.size(), 3);
    EXPECT_EQ(co2.at(0).toArray(), (QJsonArray{QStringLiteral("CarbonDioxide"), QStringLiteral("500"),
                                               QStringLiteral("1970-01-01T00:00:01.000Z"), true, QStringLiteral("string")}));
    EXPECT_EQ(co2.at(1).toArray().at(1).toString(), QStringLiteral("612.5"));
    EXPECT_EQ(co2.at(2).toArray().at(1).toString(), QStringLiteral("800"));
    EXPECT_EQ(eval(QStringLiteral("return getSensorMetadata('motion-1').History().map(function (v) { return v.Value; });")),
              QJsonArray{QStringLiteral("true")});
    EXPECT_EQ(eval(QStringLiteral("return getSpaceHistoryValues('room-1', 'AvailableAndFresh').map(function (v) {"
                                  " return [v.DataType, v.Value]; });")),
              (QJsonArray{QJsonArray{QStringLiteral("AvailableAndFresh"), QStringLiteral("Room is available.")},
                          QJsonArray{QStringLiteral("AvailableAndFresh"), QStringLiteral("Stale air.")}}));
    // A value set in this invocation comes last, as getSpaceValue sees it; one of an
    // earlier invocation is in the store.
    EXPECT_EQ(eval(QStringLiteral("setSpaceValue('room-1', 'AvailableAndFresh', 'Occupied.');"
                                  " return getSpaceMetadata('room-1').History('AvailableAndFresh').map(function (v) {"
                                  " return v.value; });")),
              (QJsonArray{QStringLiteral("Room is available."), QStringLiteral("Stale air."), QStringLiteral("Occupied.")}));
    EXPECT_EQ(eval(QStringLiteral("return getSpaceHistoryValues('room-1', 'AvailableAndFresh').length;")).toInt(), 3);
}

TEST_F(FunctionApiTest, HistoryIsLimitedToTheNewestValuesAndSaysSo)
{
    // Seven hours of 1 Hz readings: more than one call returns.
    EarlierRun run;
    std::vector<HistorySample> rows;
    const int count = FunctionHost::HistoryLimit * 5 / 2;
    for (int i = 0; i < count; ++i)
        rows.push_back({run.co2, qint64(i) * 1000, double(i)});
    run.file.append(rows);
    f.store.setHistoryFile(std::make_shared<HistoryReader>(run.path), false);

    InvocationResult result;
    const QJsonArray seen = eval(QStringLiteral("var h = getSensorHistoryValues('co2-1');"
                                                " return [h.length, h[0].Value, h[h.length - 2].Value, h[h.length - 1].Value];"),
                                 &result)
                                .toArray();
    EXPECT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_EQ(seen, (QJsonArray{FunctionHost::HistoryLimit, QString::number(count - FunctionHost::HistoryLimit + 1),
                                QString::number(count - 1), QStringLiteral("800")}));
    ASSERT_EQ(result.logs.size(), 2);
    EXPECT_EQ(result.logs.first(),
              QStringLiteral("getSensorHistoryValues('co2-1'): the newest %1 values; older ones are left out")
                  .arg(FunctionHost::HistoryLimit));
}

TEST_F(FunctionApiTest, UnreadableHistoryIsAnErrorTheFunctionCanCatch)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("moved-away.history"));
    f.store.setHistoryFile(std::make_shared<HistoryReader>(missing), false);
    const QString message = eval(QStringLiteral("try { getSensorHistoryValues('co2-1'); return 'read'; }"
                                                " catch (e) { return e.message; }")).toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("getSensorHistoryValues: history "))) << message.toStdString();
    EXPECT_TRUE(message.contains(missing)) << message.toStdString();
}
