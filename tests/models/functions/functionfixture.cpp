// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionfixture.h"

#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"

#include <gtest/gtest.h>

using namespace twin;

namespace twintest {

const char *const kAvailabilitySource = R"JS(var carbonDioxideType = "CarbonDioxide";
var motionType = "Motion";
var availableAndFresh = "AvailableAndFresh";
var carbonDioxideLimit = 1000.0;

function process(telemetry, executionContext) {
    var sensor = getSensorMetadata(telemetry.SensorId);
    var reading = JSON.parse(telemetry.Message);
    setSensorValue(telemetry.SensorId, sensor.DataType, reading.SensorValue);

    var room = sensor.Space();
    var siblings = room.ChildSensors();
    var co2Sensor = siblings.find(function (s) { return s.DataType === carbonDioxideType; });
    var motionSensor = siblings.find(function (s) { return s.DataType === motionType; });

    var motion = motionSensor.Value().Value;
    var co2Text = co2Sensor.Value().Value;
    if (motion === null || co2Text === null) {
        log("waiting for both readings in " + room.Name);
        return;
    }
    var present = motion.toLowerCase() === "true";
    var co2 = parseFloat(co2Text);
    if (co2 < carbonDioxideLimit && !present) {
        setSpaceValue(room.Id, availableAndFresh, "Room is available and the air is fresh.");
    } else {
        var why = present ? "occupied" : "the air is stale";
        setSpaceValue(room.Id, availableAndFresh, "Room is not available: " + why + ".");
        room.Notify(JSON.stringify({ room: room.Id, carbonDioxide: co2, presence: present }));
    }
}
)JS";

namespace {

Twin makeTwin(const QString &id, const QString &model, const QJsonObject &properties = {})
{
    Twin t;
    t.id = id;
    t.model = model;
    t.properties = properties;
    return t;
}

void addRel(Project *p, const QString &source, const QString &name, const QString &target)
{
    Relationship r;
    r.id = name + u'-' + target;
    r.source = source;
    r.name = name;
    r.target = target;
    QString error;
    ASSERT_TRUE(p->addRelationship(r, &error)) << error.toStdString();
}

} // namespace

void buildRoomTopology(Project *p)
{
    const QString core = QStringLiteral("dtmi:twinstudio:core:");
    auto add = [&](const QString &id, const QString &model, const QJsonObject &props = {}) {
        QString error;
        ASSERT_TRUE(p->addTwin(makeTwin(id, core + model + QStringLiteral(";1"), props), &error))
            << error.toStdString();
    };
    add(QStringLiteral("building-1"), QStringLiteral("Building"));
    add(QStringLiteral("floor-1"), QStringLiteral("Floor"));
    add(QStringLiteral("room-1"), QStringLiteral("Room"),
        {{QStringLiteral("name"), QStringLiteral("Focus room")}, {QStringLiteral("capacity"), 4}});
    add(QStringLiteral("multisensor-1"), QStringLiteral("Multisensor"), {{QStringLiteral("hardwareId"), QStringLiteral("HW-1")}});
    add(QStringLiteral("motion-1"), QStringLiteral("MotionSensor"), {{QStringLiteral("dataType"), QStringLiteral("Motion")}});
    add(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxideSensor"),
        {{QStringLiteral("dataType"), QStringLiteral("CarbonDioxide")}, {QStringLiteral("unit"), QStringLiteral("ppm")}});
    add(QStringLiteral("room-2"), QStringLiteral("Room"));
    add(QStringLiteral("multisensor-2"), QStringLiteral("Multisensor"));
    add(QStringLiteral("temp-2"), QStringLiteral("TemperatureSensor"), {{QStringLiteral("dataType"), QStringLiteral("Temperature")}});
    const QString contains = QStringLiteral("contains");
    const QString hasSensor = QStringLiteral("hasSensor");
    addRel(p, QStringLiteral("building-1"), contains, QStringLiteral("floor-1"));
    addRel(p, QStringLiteral("floor-1"), contains, QStringLiteral("room-1"));
    addRel(p, QStringLiteral("room-1"), contains, QStringLiteral("multisensor-1"));
    addRel(p, QStringLiteral("multisensor-1"), hasSensor, QStringLiteral("motion-1"));
    addRel(p, QStringLiteral("multisensor-1"), hasSensor, QStringLiteral("co2-1"));
    addRel(p, QStringLiteral("floor-1"), contains, QStringLiteral("room-2"));
    addRel(p, QStringLiteral("room-2"), contains, QStringLiteral("multisensor-2"));
    addRel(p, QStringLiteral("multisensor-2"), hasSensor, QStringLiteral("temp-2"));
}

Matcher dataTypeMatcher(const QString &dataType)
{
    Matcher m;
    MatcherCondition c;
    c.target = MatcherCondition::Target::Sensor;
    c.path = QStringLiteral("$.dataType");
    c.value = dataType;
    m.conditions.append(c);
    return m;
}

FunctionDefinition makeFunction(const QString &name, const QString &source, const QList<Matcher> &matchers,
                                const QString &assignedTo)
{
    FunctionDefinition d;
    d.name = name;
    d.source = source;
    d.matchers = matchers.isEmpty() ? QList<Matcher>{Matcher()} : matchers;
    d.assignedTo = assignedTo;
    return d;
}

FunctionFixture::FunctionFixture()
{
    buildRoomTopology(&project);
}

void FunctionFixture::add(const FunctionDefinition &definition)
{
    QString error;
    ASSERT_TRUE(editor.addFunction(definition, &error)) << error.toStdString();
    reload();
}

bool recordReadings(const QString &path, const QString &sensor, const QString &name,
                    const QList<QPair<qint64, double>> &readings)
{
    HistoryStore history;
    PointRegistry points;
    QString error;
    if (!history.open(path, &error)) {
        ADD_FAILURE() << error.toStdString();
        return false;
    }
    const int point = points.findOrCreate({sensor, name, name, {}, PointKind::Sensor, ValueKind::Number});
    std::vector<HistorySample> samples;
    for (const auto &[time, value] : readings)
        samples.push_back({point, time, value});
    const auto info = [](const void *registry, int id) -> const PointInfo & {
        return static_cast<const PointRegistry *>(registry)->info(id);
    };
    if (!history.append(samples.data(), samples.size(), info, &points, &error)) {
        ADD_FAILURE() << error.toStdString();
        return false;
    }
    return true;
}

void FunctionFixture::reload()
{
    replay.setTopology(index.snapshot());
}

QList<InvocationResult> FunctionFixture::feed(const QString &sensorId, const QString &message)
{
    TelemetrySample s;
    QString error;
    const QJsonObject line{{QStringLiteral("SensorId"), sensorId}, {QStringLiteral("Message"), message}};
    EXPECT_TRUE(replay.sampleFrom(line, &s, &error)) << error.toStdString();
    return replay.feed(s);
}

} // namespace twintest
