// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl function run, as a user runs it.
#include "support/testsupport.h"

#include "document/project.h"
#include "functions/truststore.h"
#include "store/projectstore.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const char *const kAvailability = R"JS(// Room availability, written for the original service.
var co2Type = "CarbonDioxide";
var motionType = "Motion";

function process(telemetry, executionContext) {
    var sensor = getSensorMetadata(telemetry.SensorId);
    var reading = JSON.parse(telemetry.Message);
    setSensorValue(telemetry.SensorId, sensor.DataType, reading.SensorValue);
    var room = sensor.Space();
    var others = room.ChildSensors();
    var co2Sensor = others.find(function (s) { return s.DataType === co2Type; });
    var motionSensor = others.find(function (s) { return s.DataType === motionType; });
    var motion = motionSensor.Value().Value;
    var co2 = co2Sensor.Value().Value;
    if (motion === null || co2 === null) {
        log("incomplete");
        return;
    }
    var present = motion.toLowerCase() === "true";
    if (parseFloat(co2) < 1000 && !present) {
        setSpaceValue(room.Id, "AvailableAndFresh", "available");
    } else {
        setSpaceValue(room.Id, "AvailableAndFresh", present ? "occupied" : "stale");
        room.Notify(JSON.stringify({ co2: parseFloat(co2), presence: present }));
    }
}
)JS";

QJsonObject twinJson(const QString &id, const QString &model, const QJsonObject &props = {})
{
    QJsonObject o = props;
    o.insert(QStringLiteral("$dtId"), id);
    o.insert(QStringLiteral("$metadata"),
             QJsonObject{{QStringLiteral("$model"), QStringLiteral("dtmi:twinstudio:core:%1;1").arg(model)}});
    return o;
}

QJsonObject relJson(const QString &source, const QString &name, const QString &target)
{
    return {{QStringLiteral("$relationshipId"), QString(name + u'-' + target)},
            {QStringLiteral("$sourceId"), source},
            {QStringLiteral("$relationshipName"), name},
            {QStringLiteral("$targetId"), target}};
}

class FunctionCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        // Trust decisions of the child processes go to a store inside the test folder.
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        write(QStringLiteral("availability.js"), kAvailability);
        write(QStringLiteral("telemetry.jsonl"),
              "{\"SensorId\": \"motion-1\", \"Message\": \"{\\\"SensorValue\\\": false}\", \"Timestamp\": \"2024-05-01T10:00:00Z\"}\n"
              "{\"SensorId\": \"co2-1\", \"Message\": \"{\\\"SensorValue\\\": 600}\", \"Timestamp\": \"2024-05-01T10:00:01Z\"}\n"
              "\n"
              "{\"SensorId\": \"co2-1\", \"Message\": \"{\\\"SensorValue\\\": 1400}\", \"Timestamp\": 1714557602000}\n");
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    /// The room topology as a JSON project snapshot, with \a functions and \a viewState.
    QString writeProject(const QJsonArray &functions = {}, const QJsonObject &viewState = {})
    {
        QJsonObject root{
            {QStringLiteral("twins"),
             QJsonArray{twinJson(QStringLiteral("room-1"), QStringLiteral("Room")),
                        twinJson(QStringLiteral("multisensor-1"), QStringLiteral("Multisensor")),
                        twinJson(QStringLiteral("motion-1"), QStringLiteral("MotionSensor"),
                                 {{QStringLiteral("dataType"), QStringLiteral("Motion")}}),
                        twinJson(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxideSensor"),
                                 {{QStringLiteral("dataType"), QStringLiteral("CarbonDioxide")}})}},
            {QStringLiteral("relationships"),
             QJsonArray{relJson(QStringLiteral("room-1"), QStringLiteral("contains"), QStringLiteral("multisensor-1")),
                        relJson(QStringLiteral("multisensor-1"), QStringLiteral("hasSensor"), QStringLiteral("motion-1")),
                        relJson(QStringLiteral("multisensor-1"), QStringLiteral("hasSensor"), QStringLiteral("co2-1"))}},
            {QStringLiteral("functions"), functions},
            {QStringLiteral("viewState"), viewState}};
        return write(QStringLiteral("project.json"), QJsonDocument(root).toJson());
    }

    QJsonArray availabilityFunction() const
    {
        return QJsonArray{QJsonObject{
            {QStringLiteral("name"), QStringLiteral("availability")},
            {QStringLiteral("source"), QString::fromUtf8(kAvailability)},
            {QStringLiteral("assignedTo"), QStringLiteral("room-1")},
            {QStringLiteral("matchers"),
             QJsonArray{QJsonObject{{QStringLiteral("conditions"),
                                     QJsonArray{QJsonObject{{QStringLiteral("target"), QStringLiteral("Sensor")},
                                                            {QStringLiteral("path"), QStringLiteral("$.dataType")},
                                                            {QStringLiteral("value"), QStringLiteral("CarbonDioxide")},
                                                            {QStringLiteral("comparison"), QStringLiteral("Equals")}}}}},
                        QJsonObject{{QStringLiteral("conditions"),
                                     QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("$.dataType")},
                                                            {QStringLiteral("value"), QStringLiteral("Motion")}}}}}}}}};
    }

    static QJsonObject lastJson(const QByteArray &out)
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }

    QTemporaryDir dir;
};

TEST_F(FunctionCommandTest, ReplaysTheAvailabilityScriptWithASummary)
{
    const QString project = writeProject();
    const auto r = twintest::runTool(QStringLiteral("twinctl"),
                                     {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                                      QStringLiteral("--script"), dir.filePath(QStringLiteral("availability.js")),
                                      QStringLiteral("--matcher"), QStringLiteral("Sensor:$.dataType:Contains:o"),
                                      QStringLiteral("--assign"), QStringLiteral("room-1"),
                                      QStringLiteral("--telemetry"), dir.filePath(QStringLiteral("telemetry.jsonl")),
                                      QStringLiteral("--json")});
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = lastJson(r.out);
    EXPECT_EQ(summary.value(QStringLiteral("invocations")).toInt(), 3);
    EXPECT_TRUE(summary.value(QStringLiteral("errors")).toArray().isEmpty());
    EXPECT_EQ(summary.value(QStringLiteral("spaceValues")).toObject().value(QStringLiteral("room-1")).toObject()
                  .value(QStringLiteral("AvailableAndFresh")).toString(),
              QStringLiteral("stale"));
    EXPECT_EQ(summary.value(QStringLiteral("sensorValues")).toObject().value(QStringLiteral("co2-1")).toObject()
                  .value(QStringLiteral("CarbonDioxide")).toString(),
              QStringLiteral("1400"));
    const QJsonArray notes = summary.value(QStringLiteral("notifications")).toArray();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("room-1"));
    EXPECT_EQ(notes.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("Space"));
    EXPECT_EQ(notes.at(0).toObject().value(QStringLiteral("payload")).toString(), QStringLiteral(R"({"co2":1400,"presence":false})"));
    EXPECT_EQ(summary.value(QStringLiteral("logs")).toInt(), 1);
    // Each invocation's trace names the API calls with their source lines.
    const QJsonObject first = QJsonDocument::fromJson(r.out.split('\n').first()).object();
    const QJsonArray calls = first.value(QStringLiteral("calls")).toArray();
    ASSERT_FALSE(calls.isEmpty());
    EXPECT_EQ(calls.at(0).toObject().value(QStringLiteral("api")).toString(), QStringLiteral("getSensorMetadata"));
    EXPECT_EQ(calls.at(0).toObject().value(QStringLiteral("line")).toInt(), 6);
    EXPECT_EQ(calls.at(1).toObject().value(QStringLiteral("line")).toInt(), 8);
}

TEST_F(FunctionCommandTest, StringValuesAreDecodedAsThePipelineDecodesThem)
{
    // The original service's device format: the value as a string, read by the sensor's type.
    write(QStringLiteral("kinds.js"), "function process(telemetry, executionContext) {\n"
                                      "    setSpaceValue('room-1', telemetry.DataType,\n"
                                      "                  typeof telemetry.Value + ':' + telemetry.Value);\n"
                                      "}\n");
    write(QStringLiteral("strings.jsonl"),
          "{\"SensorId\": \"co2-1\", \"Message\": \"{\\\"SensorValue\\\": \\\"612.5\\\"}\"}\n"
          "{\"SensorId\": \"motion-1\", \"Message\": \"{\\\"SensorValue\\\": \\\"True\\\"}\"}\n");
    const QStringList args{QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), writeProject(),
                           QStringLiteral("--script"), dir.filePath(QStringLiteral("kinds.js")),
                           QStringLiteral("--telemetry"), dir.filePath(QStringLiteral("strings.jsonl")),
                           QStringLiteral("--json")};
    const auto r = twintest::runTool(QStringLiteral("twinctl"), args);
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject room = lastJson(r.out).value(QStringLiteral("spaceValues")).toObject()
                                 .value(QStringLiteral("room-1")).toObject();
    EXPECT_EQ(room.value(QStringLiteral("CarbonDioxide")).toString(), QStringLiteral("number:612.5"));
    EXPECT_EQ(room.value(QStringLiteral("Motion")).toString(), QStringLiteral("boolean:true"));

    // A string that is no number is refused for a number sensor, as the pipeline counts it.
    write(QStringLiteral("strings.jsonl"), "{\"SensorId\": \"co2-1\", \"Message\": \"{\\\"SensorValue\\\": \\\"high\\\"}\"}\n");
    const auto bad = twintest::runTool(QStringLiteral("twinctl"), args);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains("strings.jsonl:1:1: error: value of the wrong type for co2-1 (a number expected)"))
        << bad.err.toStdString();
}

TEST_F(FunctionCommandTest, EachMatcherFlagIsOneMatcherAndAnyOfThemRunsTheFunction)
{
    const QString project = writeProject();
    const QString script = write(QStringLiteral("echo.js"), "function process(t) { log(t.SensorId); }\n");
    const auto invocations = [&](const QStringList &matchers) {
        QStringList args{QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                         QStringLiteral("--script"), script,
                         QStringLiteral("--telemetry"), dir.filePath(QStringLiteral("telemetry.jsonl")),
                         QStringLiteral("--json")};
        for (const QString &m : matchers)
            args << QStringLiteral("--matcher") << m;
        const auto r = twintest::runTool(QStringLiteral("twinctl"), args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return lastJson(r.out).value(QStringLiteral("invocations")).toInt();
    };
    const QString motion = QStringLiteral("Sensor:$.dataType:Equals:Motion");
    const QString co2 = QStringLiteral("Sensor:$.dataType:Equals:CarbonDioxide");
    // Two flags: two matchers, the function runs for the motion line and both CO2 lines.
    EXPECT_EQ(invocations({motion, co2}), 3);
    EXPECT_EQ(invocations({co2}), 2);
    // && joins the conditions of one matcher: both must hold.
    EXPECT_EQ(invocations({motion + QStringLiteral(" && ") + co2}), 0);
    EXPECT_EQ(invocations({co2 + QStringLiteral("&&SensorDevice:$.id:Equals:multisensor-1")}), 2);
    EXPECT_EQ(invocations({}), 3);

    const auto bad = twintest::runTool(QStringLiteral("twinctl"),
                                       {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"),
                                        project, QStringLiteral("--script"), script, QStringLiteral("--telemetry"),
                                        dir.filePath(QStringLiteral("telemetry.jsonl")), QStringLiteral("--matcher"),
                                        co2 + QStringLiteral(" && Sensor")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("--matcher")) << bad.err.toStdString();
    const auto help = twintest::runTool(QStringLiteral("twinctl"),
                                        {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--help")});
    const QString helpText = QString::fromUtf8(help.out).simplified(); // the parser wraps lines
    EXPECT_TRUE(helpText.contains(QStringLiteral("joined by &&"))) << help.out.toStdString();
    EXPECT_TRUE(helpText.contains(QStringLiteral("when any of them holds"))) << help.out.toStdString();
}

TEST_F(FunctionCommandTest, FunctionsSeeTelemetryOfSensorsNoFunctionMatched)
{
    const QString project = writeProject();
    const QString script = write(QStringLiteral("reader.js"),
                                 "function process(t) {\n"
                                 "    log(getSensorValue('motion-1').Value + ' ' + getSensorMetadata('motion-1').Value().Value);\n"
                                 "}\n");
    const QString telemetry = write(QStringLiteral("order.jsonl"),
        "{\"SensorId\": \"co2-1\", \"Message\": \"{\\\"SensorValue\\\": 600}\"}\n"
        "{\"SensorId\": \"motion-1\", \"Message\": \"{\\\"SensorValue\\\": true}\"}\n"
        "{\"SensorId\": \"co2-1\", \"Message\": \"{\\\"SensorValue\\\": 1400}\"}\n");
    const auto r = twintest::runTool(QStringLiteral("twinctl"),
                                     {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                                      QStringLiteral("--script"), script, QStringLiteral("--matcher"),
                                      QStringLiteral("Sensor:$.dataType:Equals:CarbonDioxide"),
                                      QStringLiteral("--telemetry"), telemetry, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("logs")).toArray(),
              QJsonArray{QStringLiteral("null null")});
    EXPECT_EQ(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("logs")).toArray(),
              QJsonArray{QStringLiteral("true true")});
}

TEST_F(FunctionCommandTest, TextTraceShowsCallsLinesAndResults)
{
    const QString project = writeProject();
    const auto r = twintest::runTool(QStringLiteral("twinctl"),
                                     {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                                      QStringLiteral("--script"), dir.filePath(QStringLiteral("availability.js")),
                                      QStringLiteral("--telemetry"), dir.filePath(QStringLiteral("telemetry.jsonl"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("L6 getSensorMetadata(\"motion-1\") -> Sensor(motion-1)"))) << r.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("L9 Sensor.Space(Sensor(co2-1)) -> Space(room-1)")));
    EXPECT_TRUE(out.contains(QStringLiteral("log \"incomplete\"")));
    EXPECT_TRUE(out.contains(QStringLiteral("notify Space(room-1)")));
    EXPECT_TRUE(out.contains(QStringLiteral("3 invocation(s), 0 error(s)")));
}

TEST_F(FunctionCommandTest, ProjectFunctionsNeedTrust)
{
    const QString project = writeProject(availabilityFunction());
    const QStringList args{QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                           QStringLiteral("--function"), QStringLiteral("availability"),
                           QStringLiteral("--telemetry"), dir.filePath(QStringLiteral("telemetry.jsonl")),
                           QStringLiteral("--json")};
    const auto refused = twintest::runTool(QStringLiteral("twinctl"), args);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("not trusted")) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());

    const auto trusted = twintest::runTool(QStringLiteral("twinctl"), args + QStringList{QStringLiteral("--trust")});
    EXPECT_EQ(trusted.exitCode, 0) << trusted.err.toStdString();
    EXPECT_EQ(lastJson(trusted.out).value(QStringLiteral("invocations")).toInt(), 3);

    // A project created by twinctl for this user on this machine runs without asking.
    writeProject(availabilityFunction(),
                 QJsonObject{{QStringLiteral("trust"),
                              QJsonObject{{QStringLiteral("createdBy"), twin::TrustStore::creatorId()}}}});
    const auto ours = twintest::runTool(QStringLiteral("twinctl"), args);
    EXPECT_EQ(ours.exitCode, 0) << ours.err.toStdString();
    EXPECT_EQ(lastJson(ours.out).value(QStringLiteral("spaceValues")).toObject().value(QStringLiteral("room-1")).toObject()
                  .value(QStringLiteral("AvailableAndFresh")).toString(),
              QStringLiteral("stale"));
}

TEST_F(FunctionCommandTest, RunsProjectFilesFromTheStore)
{
    twin::Project p;
    twin::ProjectContent content;
    twin::Diagnostics d;
    content.twins = {twin::Twin{QStringLiteral("room-1"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}}};
    content.functions = availabilityFunction();
    ASSERT_TRUE(p.setContent(content, &d));
    twin::TrustStore::markCreatedHere(&p);
    QString error;
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    ASSERT_TRUE(twin::ProjectStore::save(&p, file, &error)) << error.toStdString();
    write(QStringLiteral("room.jsonl"), "");
    const auto r = twintest::runTool(QStringLiteral("twinctl"),
                                     {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), file,
                                      QStringLiteral("--function"), QStringLiteral("availability"),
                                      QStringLiteral("--telemetry"), dir.filePath(QStringLiteral("room.jsonl")),
                                      QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lastJson(r.out).value(QStringLiteral("invocations")).toInt(), 0);
}

TEST_F(FunctionCommandTest, RunawayScriptIsStoppedAndReported)
{
    const QString project = writeProject();
    const QString script = write(QStringLiteral("spin.js"), "function process(t) {\n  while (true) {}\n}\n");
    const auto r = twintest::runTool(QStringLiteral("twinctl"),
                                     {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                                      QStringLiteral("--script"), script, QStringLiteral("--timeout"), QStringLiteral("30"),
                                      QStringLiteral("--telemetry"), dir.filePath(QStringLiteral("telemetry.jsonl")),
                                      QStringLiteral("--json")},
                                     30000);
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray errors = lastJson(r.out).value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("timeout"));
}

TEST_F(FunctionCommandTest, SyntaxErrorsAndBadLinesAreLocated)
{
    const QString project = writeProject();
    const QString broken = write(QStringLiteral("broken.js"), "function process(t) {\n  var x = ;\n}\n");
    const QString telemetry = dir.filePath(QStringLiteral("telemetry.jsonl"));
    auto r = twintest::runTool(QStringLiteral("twinctl"),
                               {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                                QStringLiteral("--script"), broken, QStringLiteral("--telemetry"), telemetry});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith((broken + QStringLiteral(":2:11: error:")).toUtf8())) << r.err.toStdString();

    const QString bad = write(QStringLiteral("bad.jsonl"),
                              "{\"SensorId\": \"ghost\", \"Message\": \"1\"}\nnot json\n");
    r = twintest::runTool(QStringLiteral("twinctl"),
                          {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                           QStringLiteral("--script"), dir.filePath(QStringLiteral("availability.js")),
                           QStringLiteral("--telemetry"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains((bad + QStringLiteral(":1:1: error: 'ghost' is not a sensor")).toUtf8())) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains((bad + QStringLiteral(":2:")).toUtf8()));
}

TEST_F(FunctionCommandTest, UsageErrors)
{
    const QString telemetry = dir.filePath(QStringLiteral("telemetry.jsonl"));
    EXPECT_EQ(twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("function")}).exitCode, 2);
    EXPECT_EQ(twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("function"), QStringLiteral("walk")}).exitCode, 2);
    EXPECT_EQ(twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("function"), QStringLiteral("run"),
                                                           QStringLiteral("--telemetry"), telemetry}).exitCode, 2);
    EXPECT_EQ(twintest::runTool(QStringLiteral("twinctl"),
                                {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), writeProject(),
                                 QStringLiteral("--script"), QStringLiteral("a.js"), QStringLiteral("--function"),
                                 QStringLiteral("x"), QStringLiteral("--telemetry"), telemetry}).exitCode, 2);
    const auto help = twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--matcher"));
    EXPECT_TRUE(help.out.contains("--history"));
}

const twin::PointInfo &pointInfo(const void *registry, int point)
{
    return static_cast<const twin::PointRegistry *>(registry)->info(point);
}

TEST_F(FunctionCommandTest, ReplayReadsTheHistoryFileBesideTheProject)
{
    const QString project = writeProject();
    {
        // What an earlier live run left: two readings and an insight.
        twin::HistoryStore history;
        twin::PointRegistry points;
        QString error;
        ASSERT_TRUE(history.open(twin::HistoryStore::companionPath(project), &error)) << error.toStdString();
        const int co2 = points.findOrCreate({QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"),
                                             QStringLiteral("CarbonDioxide"), {}, twin::PointKind::Sensor,
                                             twin::ValueKind::Number});
        const int insight = points.findOrCreate({QStringLiteral("room-1"), QStringLiteral("AvailableAndFresh"),
                                                 QStringLiteral("AvailableAndFresh"), {}, twin::PointKind::Computed,
                                                 twin::ValueKind::Any});
        const std::vector<twin::HistorySample> readings{{co2, 1714557500000, 450}, {co2, 1714557550000, 1250}};
        const std::vector<twin::HistoryText> texts{{insight, 1714557550000, QStringLiteral("stale")}};
        ASSERT_TRUE(history.append(readings.data(), readings.size(), &pointInfo, &points, &error));
        ASSERT_TRUE(history.appendTexts(texts.data(), texts.size(), &pointInfo, &points, &error));
    }
    write(QStringLiteral("history.js"),
          "function process(telemetry) {\n"
          "    var room = getSensorMetadata(telemetry.SensorId).Space();\n"
          "    log(getSensorHistoryValues('co2-1', 'CarbonDioxide').map(function (v) { return v.Value; }).join());\n"
          "    log(room.History('AvailableAndFresh').map(function (v) { return v.Value + '@' + v.CreatedTime; }).join());\n"
          "}\n");
    const QStringList args{QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"), project,
                           QStringLiteral("--script"), dir.filePath(QStringLiteral("history.js")),
                           QStringLiteral("--matcher"), QStringLiteral("Sensor:$.dataType:Equals:CarbonDioxide"),
                           QStringLiteral("--telemetry"), dir.filePath(QStringLiteral("telemetry.jsonl")),
                           QStringLiteral("--json")};
    const auto r = twintest::runTool(QStringLiteral("twinctl"), args);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The file's readings, then the replayed ones (600, 1400) as they come.
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    const QJsonArray last = QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("logs")).toArray();
    ASSERT_EQ(last.size(), 2) << r.out.toStdString();
    EXPECT_EQ(last.at(0).toString(), QStringLiteral("450,1250,600,1400"));
    EXPECT_EQ(last.at(1).toString(), QStringLiteral("stale@2024-05-01T09:59:10.000Z"));
    // The replay leaves the file as it was.
    twin::HistoryStore history;
    QString error;
    ASSERT_TRUE(history.open(twin::HistoryStore::companionPath(project), &error));
    EXPECT_EQ(history.sampleCount(), 3);

    // --history names another file; one that is not there is an error.
    const auto missing = twintest::runTool(QStringLiteral("twinctl"),
                                           args + QStringList{QStringLiteral("--history"), dir.filePath(QStringLiteral("none"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("no such history file")) << missing.err.toStdString();
}

} // namespace

namespace {

/// The availability function with two test cases that hold for it.
QJsonArray withTests(QJsonArray functions)
{
    const QJsonArray tests = QJsonDocument::fromJson(R"([
        { "name": "stale air is reported",
          "messages": [ { "SensorId": "motion-1", "Message": "{\"SensorValue\": false}" },
                        { "SensorId": "co2-1", "Message": "{\"SensorValue\": 1400}" } ],
          "expect": { "spaceValues": { "room-1": { "AvailableAndFresh": "stale" } },
                      "sensorValues": { "co2-1": { "CarbonDioxide": 1400 } },
                      "notifications": [ { "id": "room-1", "type": "Space",
                                           "payload": { "presence": false, "co2": 1400 } } ] } },
        { "name": "fresh and empty is available",
          "start": { "sensors": { "motion-1": false } },
          "messages": [ { "SensorId": "co2-1", "Message": "{\"SensorValue\": 600}" } ],
          "expect": { "spaceValues": { "room-1": { "AvailableAndFresh": "available" } },
                      "notifications": [] } }
    ])").array();
    QJsonObject f = functions.at(0).toObject();
    f.insert(QStringLiteral("tests"), tests);
    functions.replace(0, f);
    return functions;
}

} // namespace

TEST_F(FunctionCommandTest, FunctionTestPassesTheCasesThatHoldAndFailsABrokenFunction)
{
    const QString project = writeProject(withTests(availabilityFunction()));
    const QStringList args{QStringLiteral("function"), QStringLiteral("test"), QStringLiteral("--project"), project,
                           QStringLiteral("--trust")};
    const auto ok = twintest::runTool(QStringLiteral("twinctl"), args);
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString() << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains("PASS availability: stale air is reported")) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains("2 passed, 0 failed")) << ok.out.toStdString();
    EXPECT_TRUE(ok.err.isEmpty()) << ok.err.toStdString();

    const auto json = twintest::runTool(QStringLiteral("twinctl"), args + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 0);
    const QJsonObject summary = lastJson(json.out);
    EXPECT_EQ(summary.value(QStringLiteral("passed")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("failed")).toInt(), 0);

    // Not trusted, no --trust: refused, as for function run.
    EXPECT_EQ(twintest::runTool(QStringLiteral("twinctl"), args.mid(0, 4)).exitCode, 1);

    // The function breaks: the case and the difference go to stderr, exit 1.
    QJsonArray broken = withTests(availabilityFunction());
    QJsonObject f = broken.at(0).toObject();
    f.insert(QStringLiteral("source"), f.value(QStringLiteral("source")).toString().replace(
                                           QStringLiteral("present ? \"occupied\" : \"stale\""), QStringLiteral("\"occupied\"")));
    broken.replace(0, f);
    writeProject(broken);
    const auto failed = twintest::runTool(QStringLiteral("twinctl"), args);
    EXPECT_EQ(failed.exitCode, 1) << failed.out.toStdString();
    EXPECT_TRUE(failed.err.contains("function 'availability', test 'stale air is reported' failed"))
        << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains(R"(spaceValues room-1.AvailableAndFresh: expected "stale", got "occupied")"))
        << failed.err.toStdString();
    EXPECT_TRUE(failed.out.contains("1 passed, 1 failed")) << failed.out.toStdString();
    const auto failedJson = twintest::runTool(QStringLiteral("twinctl"), args + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(failedJson.exitCode, 1);
    EXPECT_EQ(lastJson(failedJson.out).value(QStringLiteral("failed")).toInt(), 1);

    // A syntax error fails every case with the line.
    f.insert(QStringLiteral("source"), QStringLiteral("function process(t) {\n  var x = ;\n}\n"));
    broken.replace(0, f);
    writeProject(broken);
    const auto syntax = twintest::runTool(QStringLiteral("twinctl"), args);
    EXPECT_EQ(syntax.exitCode, 1);
    EXPECT_TRUE(syntax.err.contains("availability.js:2:")) << syntax.err.toStdString();

    const auto unknown = twintest::runTool(QStringLiteral("twinctl"),
                                           args + QStringList{QStringLiteral("--function"), QStringLiteral("ghost")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("no function 'ghost'")) << unknown.err.toStdString();
    EXPECT_EQ(twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("function"), QStringLiteral("test")}).exitCode, 2);
}

TEST_F(FunctionCommandTest, TheDemosFunctionsPassTheirTestsAndABrokenOneFails)
{
    const QString project = dir.filePath(QStringLiteral("demo.twinproj"));
    const auto made = twintest::runTool(QStringLiteral("twinctl"),
                                        {QStringLiteral("project"), QStringLiteral("new"), project, QStringLiteral("--demo")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();

    // Made here, so trusted here: no --trust needed.
    const QStringList args{QStringLiteral("function"), QStringLiteral("test"), QStringLiteral("--project"), project};
    const auto ok = twintest::runTool(QStringLiteral("twinctl"), args);
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString() << ok.out.toStdString();
    EXPECT_TRUE(ok.err.isEmpty()) << ok.err.toStdString();
    const auto json = twintest::runTool(QStringLiteral("twinctl"), args + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 0);
    const QJsonObject summary = lastJson(json.out);
    EXPECT_GT(summary.value(QStringLiteral("passed")).toInt(), 0) << json.out.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("failed")).toInt(), 0) << json.out.toStdString();
    for (const char *function : {"availability", "comfort", "occupancy"}) {
        const auto one = twintest::runTool(QStringLiteral("twinctl"),
                                           args + QStringList{QStringLiteral("--function"), QLatin1StringView(function),
                                                              QStringLiteral("--json")});
        EXPECT_EQ(one.exitCode, 0) << function;
        EXPECT_GT(lastJson(one.out).value(QStringLiteral("passed")).toInt(), 0) << function;
    }

    // Comfort's upper limit moves from 24 °C to 26 °C in the project: its warm room turns comfortable.
    twin::ProjectContent content;
    ASSERT_TRUE(twin::ProjectStore::readContent(project, &content, nullptr));
    bool changed = false;
    for (qsizetype i = 0; i < content.functions.size(); ++i) {
        QJsonObject f = content.functions.at(i).toObject();
        if (f.value(QStringLiteral("name")).toString() != QStringLiteral("comfort"))
            continue;
        const QString source = f.value(QStringLiteral("source")).toString();
        QString broken = source;
        broken.replace(QStringLiteral("above: 24.0"), QStringLiteral("above: 26.0"));
        changed = broken != source;
        f.insert(QStringLiteral("source"), broken);
        content.functions.replace(i, f);
    }
    ASSERT_TRUE(changed);
    ASSERT_TRUE(twin::ProjectStore::writeContent(content, project, nullptr));
    const auto failed = twintest::runTool(QStringLiteral("twinctl"), args + QStringList{QStringLiteral("--trust")});
    EXPECT_EQ(failed.exitCode, 1) << failed.out.toStdString();
    EXPECT_TRUE(failed.err.contains("function 'comfort', test 'a warm room is notified once' failed"))
        << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains(R"(spaceValues room-101.Comfort: expected "Too warm", got "Comfortable")"))
        << failed.err.toStdString();
    EXPECT_FALSE(failed.err.contains("function 'availability'")) << failed.err.toStdString();
}
