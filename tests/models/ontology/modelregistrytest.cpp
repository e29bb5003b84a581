// SPDX-License-Identifier: GPL-3.0-or-later
#include "ontology/modelregistry.h"

#include "support/testsupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using twin::Category;
using twin::ModelRegistry;
using twin::Twin;

namespace {

const QString kCore = QStringLiteral("dtmi:twinstudio:core:");

QString core(const char *name)
{
    return kCore + QLatin1String(name) + QStringLiteral(";1");
}

ModelRegistry coreRegistry()
{
    ModelRegistry r;
    twin::Diagnostics d;
    EXPECT_TRUE(r.loadCoreOntology(&d)) << (d.isEmpty() ? "" : d.first().format().toStdString());
    return r;
}

Twin twinOf(const QString &model, const QJsonObject &properties = {})
{
    Twin t;
    t.id = QStringLiteral("t1");
    t.model = model;
    t.properties = properties;
    return t;
}

} // namespace

TEST(OntologyRegistry, CoreOntologyContract)
{
    const ModelRegistry r = coreRegistry();
    for (const char *name : {"Space", "Site", "Building", "Floor", "Room", "Zone", "Device", "Multisensor",
                             "Thermostat", "Meter", "Sensor", "TemperatureSensor", "HumiditySensor",
                             "CarbonDioxideSensor", "MotionSensor", "OccupancySensor", "IlluminanceSensor",
                             "PowerSensor", "EnergySensor", "Person"}) {
        EXPECT_TRUE(r.contains(core(name))) << name;
    }
    EXPECT_EQ(r.category(core("Room")), Category::Space);
    EXPECT_EQ(r.category(core("Thermostat")), Category::Device);
    EXPECT_EQ(r.category(core("MotionSensor")), Category::Sensor);
    EXPECT_EQ(r.category(core("Person")), Category::Person);
    EXPECT_TRUE(r.isA(core("Floor"), core("Space")));
    const auto *elevation = r.content(core("Floor"), QStringLiteral("elevation"));
    ASSERT_NE(elevation, nullptr);
    EXPECT_EQ(elevation->schema, QStringLiteral("double"));
    EXPECT_EQ(elevation->unit, QStringLiteral("metre"));
    EXPECT_NE(r.content(core("Floor"), QStringLiteral("name")), nullptr); // inherited
    const auto *dataType = r.content(core("TemperatureSensor"), QStringLiteral("dataType"));
    ASSERT_NE(dataType, nullptr);
    EXPECT_TRUE(dataType->writable);
    const auto *hasRole = r.content(core("Person"), QStringLiteral("hasRole"));
    ASSERT_NE(hasRole, nullptr);
    EXPECT_EQ(hasRole->target, core("Space"));
}

TEST(OntologyRegistry, SensorDataTypeAndUnit)
{
    const ModelRegistry r = coreRegistry();
    const QList<std::pair<const char *, const char *>> expected{
        {"TemperatureSensor", "Temperature"}, {"HumiditySensor", "Humidity"},
        {"CarbonDioxideSensor", "CarbonDioxide"}, {"MotionSensor", "Motion"},
        {"OccupancySensor", "Occupancy"}, {"IlluminanceSensor", "Illuminance"},
        {"PowerSensor", "Power"}, {"EnergySensor", "Energy"}};
    for (const auto &[model, type] : expected)
        EXPECT_EQ(r.sensorDataType(twinOf(core(model))), QLatin1String(type)) << model;
    EXPECT_EQ(r.sensorUnit(twinOf(core("TemperatureSensor"))), QStringLiteral("degreeCelsius"));
    const Twin custom = twinOf(core("TemperatureSensor"), {{QStringLiteral("dataType"), QStringLiteral("Flow")},
                                                          {QStringLiteral("unit"), QStringLiteral("kelvin")}});
    EXPECT_EQ(r.sensorDataType(custom), QStringLiteral("Flow"));
    EXPECT_EQ(r.sensorUnit(custom), QStringLiteral("kelvin"));
}

TEST(OntologyRegistry, ValidatesTwinsAgainstResolvedContents)
{
    ModelRegistry empty;
    EXPECT_TRUE(empty.validateTwin(twinOf(QStringLiteral("dtmi:any:Thing;1"))).isEmpty());

    const ModelRegistry r = coreRegistry();
    EXPECT_TRUE(r.validateTwin(twinOf(core("Floor"), {{QStringLiteral("name"), QStringLiteral("L1")},
                                                     {QStringLiteral("elevation"), 3.5},
                                                     {QStringLiteral("$metadata"), QJsonObject()}}))
                    .isEmpty());
    const auto wrongType = r.validateTwin(twinOf(core("Floor"), {{QStringLiteral("elevation"), QStringLiteral("high")}}),
                                          QStringLiteral("import.json"));
    ASSERT_EQ(wrongType.size(), 1);
    EXPECT_EQ(wrongType.first().file, QStringLiteral("import.json"));
    EXPECT_EQ(wrongType.first().pointer, QStringLiteral("/elevation"));
    EXPECT_EQ(r.validateTwin(twinOf(core("Room"), {{QStringLiteral("nope"), 1}})).size(), 1);
    EXPECT_EQ(r.validateTwin(twinOf(core("Room"), {{QStringLiteral("contains"), 1}})).size(), 1);
    EXPECT_EQ(r.validateTwin(twinOf(QStringLiteral("dtmi:unknown:X;1"))).size(), 1);
}

TEST(OntologyRegistry, ValidatesComplexSchemasAndComponents)
{
    ModelRegistry r;
    twin::Diagnostics d;
    ASSERT_TRUE(r.addDocuments({{QStringLiteral("m.json"), R"([
      {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:Part;1", "@type": "Interface",
       "contents": [{"@type": "Property", "name": "level", "schema": "integer"}]},
      {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:Thing;1", "@type": "Interface",
       "schemas": [{"@id": "dtmi:ex:Mode;1", "@type": "Enum", "valueSchema": "string",
                    "enumValues": [{"name": "eco", "enumValue": "eco"}, {"name": "max", "enumValue": "max"}]}],
       "contents": [
         {"@type": "Property", "name": "mode", "schema": "dtmi:ex:Mode;1"},
         {"@type": "Property", "name": "pos", "schema": {"@type": "Object", "fields": [
            {"name": "x", "schema": "double"}, {"name": "when", "schema": "dateTime"}]}},
         {"@type": "Property", "name": "tags", "schema": {"@type": "Map", "mapKey": {"name": "k", "schema": "string"},
            "mapValue": {"name": "v", "schema": "boolean"}}},
         {"@type": "Property", "name": "list", "schema": {"@type": "Array", "elementSchema": "long"}},
         {"@type": "Component", "name": "part", "schema": "dtmi:ex:Part;1"}]}])"}},
                               &d))
        << (d.isEmpty() ? "" : d.first().format().toStdString());
    const QString m = QStringLiteral("dtmi:ex:Thing;1");
    const QJsonObject good{{QStringLiteral("mode"), QStringLiteral("eco")},
                           {QStringLiteral("pos"), QJsonObject{{QStringLiteral("x"), 1.5},
                                                               {QStringLiteral("when"), QStringLiteral("2024-01-02T03:04:05Z")}}},
                           {QStringLiteral("tags"), QJsonObject{{QStringLiteral("a"), true}}},
                           {QStringLiteral("list"), QJsonArray{1, 2, 3}},
                           {QStringLiteral("part"), QJsonObject{{QStringLiteral("level"), 4},
                                                                {QStringLiteral("$metadata"), QJsonObject()}}}};
    EXPECT_TRUE(r.validateTwin(twinOf(m, good)).isEmpty());
    const QJsonObject bad{{QStringLiteral("mode"), QStringLiteral("turbo")},
                          {QStringLiteral("pos"), QJsonObject{{QStringLiteral("y"), 1}}},
                          {QStringLiteral("tags"), QJsonObject{{QStringLiteral("a"), 1}}},
                          {QStringLiteral("list"), QJsonArray{1.5}},
                          {QStringLiteral("part"), QJsonObject{{QStringLiteral("level"), QStringLiteral("x")}}}};
    EXPECT_EQ(r.validateTwin(twinOf(m, bad)).size(), 5);
}

TEST(OntologyRegistry, ValidatesRelationships)
{
    const ModelRegistry r = coreRegistry();
    EXPECT_TRUE(r.validateRelationship(core("Building"), QStringLiteral("contains"), core("Floor")).isEmpty());
    EXPECT_TRUE(r.validateRelationship(core("Multisensor"), QStringLiteral("hasSensor"), core("MotionSensor")).isEmpty());
    EXPECT_EQ(r.validateRelationship(core("Multisensor"), QStringLiteral("hasSensor"), core("Room")).size(), 1);
    EXPECT_EQ(r.validateRelationship(core("Room"), QStringLiteral("hasSensor"), core("MotionSensor")).size(), 1);
    EXPECT_TRUE(r.validateRelationship(core("Person"), QStringLiteral("hasRole"), core("Zone")).isEmpty());
    ModelRegistry empty;
    EXPECT_TRUE(empty.validateRelationship(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")).isEmpty());
}

TEST(OntologyRegistry, AddIsAllOrNothingAndRemoveUndoes)
{
    ModelRegistry r = coreRegistry();
    const int before = r.interfaceCount();
    twin::Diagnostics d;
    const QJsonObject good{{QStringLiteral("@context"), QStringLiteral("dtmi:dtdl:context;3")},
                           {QStringLiteral("@id"), QStringLiteral("dtmi:ex:Lab;1")},
                           {QStringLiteral("@type"), QStringLiteral("Interface")},
                           {QStringLiteral("extends"), core("Room")}};
    QJsonObject bad = good;
    bad.insert(QStringLiteral("@id"), QStringLiteral("dtmi:ex:Bad;1"));
    bad.insert(QStringLiteral("contents"), QJsonArray{QJsonObject{{QStringLiteral("@type"), QStringLiteral("Property")},
                                                                  {QStringLiteral("name"), QStringLiteral("x y")},
                                                                  {QStringLiteral("schema"), QStringLiteral("string")}}});
    EXPECT_FALSE(r.addInterfaces({good, bad}, &d));
    ASSERT_FALSE(d.isEmpty());
    EXPECT_EQ(d.first().file, QStringLiteral("dtmi:ex:Bad;1"));
    EXPECT_EQ(d.first().pointer, QStringLiteral("/contents/0/name"));
    EXPECT_EQ(r.interfaceCount(), before);
    EXPECT_FALSE(r.contains(QStringLiteral("dtmi:ex:Lab;1")));

    d.clear();
    ASSERT_TRUE(r.addInterfaces({good}, &d));
    EXPECT_EQ(r.category(QStringLiteral("dtmi:ex:Lab;1")), Category::Space);
    EXPECT_EQ(r.interfaceJson(QStringLiteral("dtmi:ex:Lab;1")), good);
    EXPECT_NE(r.content(QStringLiteral("dtmi:ex:Lab;1"), QStringLiteral("contains")), nullptr);
    EXPECT_FALSE(r.addInterfaces({good}, &d)); // defined twice
    // A named schema may not be defined twice either, even by another interface.
    const QByteArray withSchema = R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:S1;1", "@type": "Interface",
        "schemas": [{"@id": "dtmi:ex:Shared;1", "@type": "Enum", "valueSchema": "integer"}]})";
    ASSERT_TRUE(r.addDocuments({{QStringLiteral("s1.json"), withSchema}}, &d));
    QByteArray again = withSchema;
    again.replace("dtmi:ex:S1;1", "dtmi:ex:S2;1");
    EXPECT_FALSE(r.addDocuments({{QStringLiteral("s2.json"), again}}, &d));
    r.removeInterfaces({QStringLiteral("dtmi:ex:S1;1")});
    EXPECT_EQ(r.element(QStringLiteral("dtmi:ex:Shared;1")), nullptr);
    r.removeInterfaces({QStringLiteral("dtmi:ex:Lab;1")});
    EXPECT_EQ(r.interfaceCount(), before);
    EXPECT_FALSE(r.contains(QStringLiteral("dtmi:ex:Lab;1")));
    EXPECT_TRUE(r.contains(core("Room")));
}

TEST(OntologyRegistry, IncompleteModelNamesMissingDtmis)
{
    ModelRegistry r;
    twin::Diagnostics d;
    EXPECT_FALSE(r.addDocuments({{QStringLiteral("a.json"),
                                  R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:A;1", "@type": "Interface",
                                      "extends": "dtmi:ex:Missing;1"})"}},
                                &d));
    EXPECT_EQ(r.lastUnresolved(), QStringList{QStringLiteral("dtmi:ex:Missing;1")});
    ASSERT_FALSE(d.isEmpty());
    EXPECT_TRUE(d.last().message.contains(QStringLiteral("dtmi:ex:Missing;1")));
    EXPECT_EQ(r.interfaceCount(), 0);
}

TEST(OntologyRegistry, DiamondInheritanceDeduplicatesContents)
{
    ModelRegistry r;
    twin::Diagnostics d;
    ASSERT_TRUE(r.addDocuments({{QStringLiteral("d.json"), R"([
      {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:Top;1", "@type": "Interface",
       "contents": [{"@type": "Property", "name": "shared", "schema": "string"}]},
      {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:Left;1", "@type": "Interface", "extends": "dtmi:ex:Top;1"},
      {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:Right;1", "@type": "Interface", "extends": "dtmi:ex:Top;1"},
      {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:Bottom;1", "@type": "Interface",
       "extends": ["dtmi:ex:Left;1", "dtmi:ex:Right;1"]}])"}},
                               &d))
        << (d.isEmpty() ? "" : d.first().format().toStdString());
    const auto *res = r.resolved(QStringLiteral("dtmi:ex:Bottom;1"));
    ASSERT_NE(res, nullptr);
    EXPECT_EQ(res->contents.size(), 1);
    EXPECT_EQ(res->ancestors, (QStringList{QStringLiteral("dtmi:ex:Left;1"), QStringLiteral("dtmi:ex:Right;1"),
                                           QStringLiteral("dtmi:ex:Top;1")}));
}

TEST(OntologyRegistry, LoadsRealEstateCore33)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    ModelRegistry r;
    twin::Diagnostics d;
    ASSERT_TRUE(r.addPaths({twintest::sharedPath(QStringLiteral("ontologies/rec-3.3"))}, &d))
        << (d.isEmpty() ? "" : d.first().format().toStdString());
    EXPECT_EQ(r.interfaceCount(), 767);
    const QString rec = QStringLiteral("dtmi:digitaltwins:rec_3_3:");
    EXPECT_EQ(r.category(rec + QStringLiteral("core:Building;1")), Category::Space);
    EXPECT_EQ(r.category(rec + QStringLiteral("core:Agent;1")), Category::Person);
    EXPECT_EQ(r.category(rec + QStringLiteral("core:Capability;1")), Category::Sensor);
    EXPECT_EQ(r.category(rec + QStringLiteral("agents:Person;1")), Category::Person);
    EXPECT_EQ(r.category(rec + QStringLiteral("device:TemperatureSensor;1")), Category::Sensor);
    EXPECT_EQ(r.sensorDataType(twinOf(rec + QStringLiteral("device:TemperatureSensor;1"))), QStringLiteral("Temperature"));
    EXPECT_GT(r.relationships(rec + QStringLiteral("core:Room;1")).size(), 0);
    // REC and the core ontology live side by side.
    ASSERT_TRUE(r.loadCoreOntology(&d));
    EXPECT_EQ(r.interfaceCount(), 787);
}

TEST(OntologyRegistry, LoadsEnergyGrid)
{
    TWIN_REQUIRE_SHARED("ontologies/energygrid");
    ModelRegistry r;
    twin::Diagnostics d;
    ASSERT_TRUE(r.addPaths({twintest::sharedPath(QStringLiteral("ontologies/energygrid"))}, &d))
        << (d.isEmpty() ? "" : d.first().format().toStdString());
    EXPECT_EQ(r.interfaceCount(), 113);
}
