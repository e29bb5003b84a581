// SPDX-License-Identifier: GPL-3.0-or-later
#include "ontology/modelregistry.h"
#include "ontology/sensorsemantics.h"

#include "support/testsupport.h"
#include "support/twinfixtures.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using twin::Category;
using twin::ModelRegistry;
using twin::SensorSemantics;
using twintest::coreRegistry;

namespace {

QString core(const char *name)
{
    return twintest::coreModel(name);
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
        EXPECT_EQ(SensorSemantics::dataType(r, core(model), {}), QLatin1String(type)) << model;
    EXPECT_EQ(SensorSemantics::unit(r, core("TemperatureSensor"), {}), QStringLiteral("degreeCelsius"));
    const QJsonObject custom{{QStringLiteral("dataType"), QStringLiteral("Flow")},
                             {QStringLiteral("unit"), QStringLiteral("kelvin")}};
    EXPECT_EQ(SensorSemantics::dataType(r, core("TemperatureSensor"), custom), QStringLiteral("Flow"));
    EXPECT_EQ(SensorSemantics::unit(r, core("TemperatureSensor"), custom), QStringLiteral("kelvin"));
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
    EXPECT_EQ(SensorSemantics::dataType(r, rec + QStringLiteral("device:TemperatureSensor;1"), {}), QStringLiteral("Temperature"));
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
