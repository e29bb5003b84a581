// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionfixture.h"

#include "document/projectcontent.h"
#include "functions/functiontopology.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

MatcherCondition condition(MatcherCondition::Target target, const QString &path, const QString &value,
                           MatcherCondition::Comparison comparison = MatcherCondition::Comparison::Equals)
{
    MatcherCondition c;
    c.target = target;
    c.path = path;
    c.value = value;
    c.comparison = comparison;
    return c;
}

QStringList matchedSensors(FunctionFixture &f, const QString &function)
{
    const auto topo = f.index.snapshot();
    const int slot = topo->functionSlot(function);
    QStringList result;
    for (const QString &id : {QStringLiteral("motion-1"), QStringLiteral("co2-1"), QStringLiteral("temp-2"),
                              QStringLiteral("temp-3")}) {
        if (topo->functionsFor(id).contains(slot))
            result.append(id);
    }
    return result;
}

const QString kNoop = QStringLiteral("function process(t, c) {}");

TEST(MatcherConditionTest, ComparisonsAndPaths)
{
    const QJsonObject m{{QStringLiteral("DataType"), QStringLiteral("CarbonDioxide")},
                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("air"), QStringLiteral("hvac")}},
                        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("level"), 2}}}};
    using T = MatcherCondition::Target;
    using C = MatcherCondition::Comparison;
    EXPECT_TRUE(condition(T::Sensor, QStringLiteral("$.dataType"), QStringLiteral("CarbonDioxide")).matches(m));
    EXPECT_FALSE(condition(T::Sensor, QStringLiteral("$.dataType"), QStringLiteral("Motion")).matches(m));
    EXPECT_TRUE(condition(T::Sensor, QStringLiteral("$.dataType"), QStringLiteral("Motion"), C::NotEquals).matches(m));
    EXPECT_TRUE(condition(T::Sensor, QStringLiteral("$.dataType"), QStringLiteral("Dioxide"), C::Contains).matches(m));
    EXPECT_TRUE(condition(T::Sensor, QStringLiteral("$.tags"), QStringLiteral("hvac"), C::Contains).matches(m));
    EXPECT_TRUE(condition(T::Sensor, QStringLiteral("$.nested.level"), QStringLiteral("2")).matches(m));
    EXPECT_TRUE(condition(T::Sensor, QStringLiteral("$.tags[1]"), QStringLiteral("hvac")).matches(m));
    EXPECT_FALSE(condition(T::Sensor, QStringLiteral("$.missing"), QStringLiteral("")).matches(m));
}

TEST(MatcherConditionTest, ParsesTheCommandLineForm)
{
    MatcherCondition c;
    QString error;
    ASSERT_TRUE(MatcherCondition::fromString(QStringLiteral("SensorSpace:$.name:Contains:a:b"), &c, &error));
    EXPECT_EQ(c.target, MatcherCondition::Target::SensorSpace);
    EXPECT_EQ(c.comparison, MatcherCondition::Comparison::Contains);
    EXPECT_EQ(c.value, QStringLiteral("a:b"));
    EXPECT_FALSE(MatcherCondition::fromString(QStringLiteral("Room:$.x:Equals:1"), &c, &error));
    EXPECT_FALSE(MatcherCondition::fromString(QStringLiteral("Sensor:$.x:Like:1"), &c, &error));
    EXPECT_FALSE(MatcherCondition::fromString(QStringLiteral("Sensor:x:Equals:1"), &c, &error));
}

TEST(FunctionIndexTest, DefinitionRoundTrip)
{
    FunctionDefinition d = makeFunction(QStringLiteral("f"), kNoop, {dataTypeMatcher(QStringLiteral("Motion"))},
                                        QStringLiteral("room-1"));
    d.timeoutMs = 50;
    FunctionDefinition back;
    QString error;
    ASSERT_TRUE(FunctionDefinition::fromJson(d.toJson(), &back, &error)) << error.toStdString();
    EXPECT_EQ(back, d);
}

TEST(FunctionIndexTest, MatchersSelectSensorsInTheAssignedSubtree)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("motion"), kNoop, {dataTypeMatcher(QStringLiteral("Motion"))}));
    f.add(makeFunction(QStringLiteral("anyInRoom1"), kNoop, {}, QStringLiteral("room-1")));
    f.add(makeFunction(QStringLiteral("floor"), kNoop, {}, QStringLiteral("floor-1")));
    Matcher byDevice;
    byDevice.conditions = {condition(MatcherCondition::Target::SensorDevice, QStringLiteral("$.hardwareId"),
                                     QStringLiteral("HW-1"))};
    f.add(makeFunction(QStringLiteral("device"), kNoop, {byDevice}));
    Matcher bySpace;
    bySpace.conditions = {condition(MatcherCondition::Target::SensorSpace, QStringLiteral("$.name"),
                                    QStringLiteral("Focus room")),
                          condition(MatcherCondition::Target::Sensor, QStringLiteral("$.dataType"),
                                    QStringLiteral("CarbonDioxide"))};
    f.add(makeFunction(QStringLiteral("space"), kNoop, {bySpace}));
    FunctionDefinition none = makeFunction(QStringLiteral("none"), kNoop);
    none.matchers.clear();
    f.add(none);

    EXPECT_EQ(matchedSensors(f, QStringLiteral("motion")), QStringList{QStringLiteral("motion-1")});
    EXPECT_EQ(matchedSensors(f, QStringLiteral("anyInRoom1")), (QStringList{QStringLiteral("motion-1"), QStringLiteral("co2-1")}));
    EXPECT_EQ(matchedSensors(f, QStringLiteral("floor")),
              (QStringList{QStringLiteral("motion-1"), QStringLiteral("co2-1"), QStringLiteral("temp-2")}));
    EXPECT_EQ(matchedSensors(f, QStringLiteral("device")), (QStringList{QStringLiteral("motion-1"), QStringLiteral("co2-1")}));
    EXPECT_EQ(matchedSensors(f, QStringLiteral("space")), QStringList{QStringLiteral("co2-1")});
    EXPECT_TRUE(matchedSensors(f, QStringLiteral("none")).isEmpty()); // no matcher: never runs
}

TEST(FunctionIndexTest, FollowsTopologyChanges)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("room1Temperature"), kNoop, {dataTypeMatcher(QStringLiteral("Temperature"))},
                       QStringLiteral("room-1")));
    EXPECT_TRUE(matchedSensors(f, QStringLiteral("room1Temperature")).isEmpty());
    QSignalSpy changed(&f.index, &FunctionIndex::changed);

    // A new temperature sensor on room-1's device.
    Twin t;
    t.id = QStringLiteral("temp-3");
    t.model = QStringLiteral("dtmi:twinstudio:core:TemperatureSensor;1");
    t.properties = {{QStringLiteral("dataType"), QStringLiteral("Temperature")}};
    QString error;
    ASSERT_TRUE(f.project.addTwin(t, &error));
    Relationship r{QStringLiteral("hasSensor-temp-3"), QStringLiteral("multisensor-1"), QStringLiteral("hasSensor"),
                   QStringLiteral("temp-3"), {}};
    ASSERT_TRUE(f.project.addRelationship(r, &error)) << error.toStdString();
    EXPECT_EQ(changed.count(), 1); // once per burst
    EXPECT_EQ(matchedSensors(f, QStringLiteral("room1Temperature")), QStringList{QStringLiteral("temp-3")});

    // Move room-2's device (with temp-2) into room-1.
    ASSERT_TRUE(f.project.reparent(QStringLiteral("multisensor-2"), QStringLiteral("room-1"), &error)) << error.toStdString();
    EXPECT_EQ(matchedSensors(f, QStringLiteral("room1Temperature")), (QStringList{QStringLiteral("temp-2"), QStringLiteral("temp-3")}));
    EXPECT_EQ(f.index.snapshot()->node(QStringLiteral("temp-2"))->space, QStringLiteral("room-1"));

    // A sensor whose data type changes drops out.
    ASSERT_TRUE(f.project.setTwinProperty(QStringLiteral("temp-3"), QStringLiteral("dataType"), QStringLiteral("Humidity"), &error));
    EXPECT_EQ(matchedSensors(f, QStringLiteral("room1Temperature")), QStringList{QStringLiteral("temp-2")});

    // Undo brings it all back.
    f.project.undoStack()->undo();
    f.project.undoStack()->undo();
    EXPECT_EQ(matchedSensors(f, QStringLiteral("room1Temperature")), QStringList{QStringLiteral("temp-3")});

    // Disabling the function empties its index.
    ASSERT_TRUE(f.editor.setEnabled(QStringLiteral("room1Temperature"), false));
    EXPECT_TRUE(matchedSensors(f, QStringLiteral("room1Temperature")).isEmpty());
}

TEST(FunctionIndexTest, CategoriesFromTheOntologyWinOverStructure)
{
    Project p;
    Diagnostics d;
    const auto iface = [](const QString &id, const QString &base) {
        QJsonObject o{{QStringLiteral("@id"), id}, {QStringLiteral("@type"), QStringLiteral("Interface")},
                      {QStringLiteral("@context"), QStringLiteral("dtmi:dtdl:context;3")}};
        if (!base.isEmpty())
            o.insert(QStringLiteral("extends"), base);
        return o;
    };
    // The core ontology is built in; a user type extending its Sensor is a sensor.
    twin::ProjectContent models;
    models.models = {iface(QStringLiteral("dtmi:example:Probe;1"), QStringLiteral("dtmi:twinstudio:core:Sensor;1"))};
    ASSERT_TRUE(p.importContent(models, &d));
    QString error;
    ASSERT_TRUE(p.addTwin(Twin{QStringLiteral("r"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}}, &error));
    ASSERT_TRUE(p.addTwinUnder(Twin{QStringLiteral("p"), QStringLiteral("dtmi:example:Probe;1"), {}, {}},
                               QStringLiteral("r"), &error)) << error.toStdString();
    const auto topo = FunctionTopology::build(p, {});
    EXPECT_EQ(topo->node(QStringLiteral("p"))->kind, FunctionTopology::Kind::Sensor);
    EXPECT_EQ(topo->node(QStringLiteral("p"))->space, QStringLiteral("r"));
    EXPECT_EQ(topo->node(QStringLiteral("r"))->childSensors, QStringList{QStringLiteral("p")});
}

} // namespace
