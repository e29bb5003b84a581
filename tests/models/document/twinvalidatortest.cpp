// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/twinvalidator.h"

#include "ontology/modelregistry.h"
#include "support/twinfixtures.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using twin::ModelRegistry;
using twin::Twin;
using twin::TwinValidator;
using twintest::coreRegistry;

namespace {

QString core(const char *name)
{
    return twintest::coreModel(name);
}

Twin twinOf(const QString &model, const QJsonObject &properties = {})
{
    return twintest::makeTwin(QStringLiteral("t1"), model, properties);
}

} // namespace

TEST(TwinValidator, ValidatesTwinsAgainstResolvedContents)
{
    ModelRegistry empty;
    EXPECT_TRUE(TwinValidator(empty).validate(twinOf(QStringLiteral("dtmi:any:Thing;1"))).isEmpty());

    const ModelRegistry r = coreRegistry();
    EXPECT_TRUE(TwinValidator(r).validate(twinOf(core("Floor"), {{QStringLiteral("name"), QStringLiteral("L1")},
                                                     {QStringLiteral("elevation"), 3.5},
                                                     {QStringLiteral("$metadata"), QJsonObject()}}))
                    .isEmpty());
    const auto wrongType = TwinValidator(r).validate(twinOf(core("Floor"), {{QStringLiteral("elevation"), QStringLiteral("high")}}),
                                          QStringLiteral("import.json"));
    ASSERT_EQ(wrongType.size(), 1);
    EXPECT_EQ(wrongType.first().file, QStringLiteral("import.json"));
    EXPECT_EQ(wrongType.first().pointer, QStringLiteral("/elevation"));
    EXPECT_EQ(TwinValidator(r).validate(twinOf(core("Room"), {{QStringLiteral("nope"), 1}})).size(), 1);
    EXPECT_EQ(TwinValidator(r).validate(twinOf(core("Room"), {{QStringLiteral("contains"), 1}})).size(), 1);
    EXPECT_EQ(TwinValidator(r).validate(twinOf(QStringLiteral("dtmi:unknown:X;1"))).size(), 1);
}

TEST(TwinValidator, ValidatesComplexSchemasAndComponents)
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
    EXPECT_TRUE(TwinValidator(r).validate(twinOf(m, good)).isEmpty());
    const QJsonObject bad{{QStringLiteral("mode"), QStringLiteral("turbo")},
                          {QStringLiteral("pos"), QJsonObject{{QStringLiteral("y"), 1}}},
                          {QStringLiteral("tags"), QJsonObject{{QStringLiteral("a"), 1}}},
                          {QStringLiteral("list"), QJsonArray{1.5}},
                          {QStringLiteral("part"), QJsonObject{{QStringLiteral("level"), QStringLiteral("x")}}}};
    EXPECT_EQ(TwinValidator(r).validate(twinOf(m, bad)).size(), 5);
}

TEST(TwinValidator, ValidatesRelationships)
{
    const ModelRegistry r = coreRegistry();
    EXPECT_TRUE(TwinValidator(r).validateRelationship(core("Building"), QStringLiteral("contains"), core("Floor")).isEmpty());
    EXPECT_TRUE(TwinValidator(r).validateRelationship(core("Multisensor"), QStringLiteral("hasSensor"), core("MotionSensor")).isEmpty());
    EXPECT_EQ(TwinValidator(r).validateRelationship(core("Multisensor"), QStringLiteral("hasSensor"), core("Room")).size(), 1);
    EXPECT_EQ(TwinValidator(r).validateRelationship(core("Room"), QStringLiteral("hasSensor"), core("MotionSensor")).size(), 1);
    EXPECT_TRUE(TwinValidator(r).validateRelationship(core("Person"), QStringLiteral("hasRole"), core("Zone")).isEmpty());
    ModelRegistry empty;
    EXPECT_TRUE(TwinValidator(empty).validateRelationship(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")).isEmpty());
}
