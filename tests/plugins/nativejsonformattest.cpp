// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangetesthelpers.h"

#include <gtest/gtest.h>

using namespace twintest;

namespace {

const QString native = QStringLiteral("native");

} // namespace

TEST(NativeJsonFormat, GoldenFileRoundTripsByteForByte)
{
    const QByteArray golden = readBytes(interchangeData(QStringLiteral("site.native.json")));
    const twin::ProjectContent content = readContent(native, golden);
    EXPECT_EQ(content.models.size(), 5);
    EXPECT_EQ(content.twins.size(), 5);
    EXPECT_EQ(content.relationships.size(), 4);
    EXPECT_EQ(writeContent(native, content), golden);
    expectSameContent(readContent(native, writeContent(native, content)), content);
}

TEST(NativeJsonFormat, KeepsEverythingAProjectHolds)
{
    const twin::ProjectContent c = readContent(native, readBytes(interchangeData(QStringLiteral("site.native.json"))));
    const twin::Twin &floor = c.twins.at(1);
    ASSERT_TRUE(floor.geometry.floor.has_value());
    EXPECT_EQ(floor.geometry.floor->height, 3.2);
    ASSERT_EQ(floor.geometry.floor->walls.size(), 1);
    EXPECT_EQ(floor.geometry.floor->walls.first().thickness, 0.25);
    EXPECT_EQ(floor.geometry.floor->background.path, QStringLiteral("embedded:plan-0"));
    EXPECT_FALSE(floor.properties.contains(QStringLiteral("$geometry")));
    EXPECT_EQ(c.twins.at(2).geometry.outline.size(), 4);
    ASSERT_TRUE(c.twins.at(4).geometry.position.has_value());
    EXPECT_EQ(*c.twins.at(4).geometry.position, QPointF(3.25, 1.75));
    EXPECT_TRUE(c.twins.at(0).geometry.isEmpty());
    EXPECT_EQ(c.functions.size(), 1);
    EXPECT_EQ(c.bindings.size(), 1);
    EXPECT_EQ(c.connections.size(), 1);
    EXPECT_EQ(c.viewState.value(QStringLiteral("selectedFloor")).toString(), QStringLiteral("floor-0"));
    EXPECT_EQ(c.categoryRoots.value(QStringLiteral("dtmi:example:Sensor;1")), twin::Category::Sensor);
    ASSERT_EQ(c.containmentRules.size(), 2);
    EXPECT_EQ(c.containmentRules.at(1).direction, twin::ContainmentRule::Direction::ChildToParent);
}

TEST(NativeJsonFormat, LargeGeneratedSiteRoundTrips)
{
    const twin::ProjectContent site = generatedSite(3000);
    const QByteArray bytes = writeContent(native, site);
    const twin::ProjectContent back = readContent(native, bytes);
    expectSameContent(back, site);
    EXPECT_EQ(writeContent(native, back), bytes);
}

TEST(NativeJsonFormat, EmptyContentRoundTrips)
{
    const QByteArray bytes = writeContent(native, twin::ProjectContent());
    expectSameContent(readContent(native, bytes), twin::ProjectContent());
}

TEST(NativeJsonFormat, LocatesErrors)
{
    const QByteArray input =
        "{\n"                                                                             // 1
        "    \"format\": \"twinstudio-project\",\n"                                        // 2
        "    \"version\": 1,\n"                                                            // 3
        "    \"twins\": [\n"                                                               // 4
        "        {\"$dtId\":\"a\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"}},\n"           // 5
        "        {\"$dtId\":\"b\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"},\"$geometry\":{\"position\":[1]}},\n" // 6
        "        {\"$dtId\":\"c\"}\n"                                                      // 7
        "    ],\n"                                                                         // 8
        "    \"relationships\": [\n"                                                       // 9
        "        {\"$relationshipId\":\"r\",\"$sourceId\":\"a\",\"$targetId\":\"b\"}\n"    // 10
        "    ],\n"                                                                         // 11
        "    \"categoryRoots\": {\"dtmi:x:A;1\": \"Vehicle\"},\n"                          // 12
        "    \"containmentRules\": [{\"name\": \"contains\", \"direction\": \"sideways\"}]\n"
        "}\n";
    const twin::Diagnostics d = readErrors(native, input, QStringLiteral("p.json"));
    EXPECT_EQ(d.size(), 5) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 6, QStringLiteral("geometry.position"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 7, QStringLiteral("$metadata")));
    EXPECT_TRUE(hasError(d, 10, QStringLiteral("$relationshipName")));
    EXPECT_TRUE(formatted(d).contains(QStringLiteral("p.json#/categoryRoots/dtmi:x:A;1: error:")));
    EXPECT_TRUE(formatted(d).contains(QStringLiteral("p.json#/containmentRules/0/direction: error:")));
}

TEST(NativeJsonFormat, RefusesOtherFilesAndNewerVersions)
{
    twin::Diagnostics d = readErrors(native, "{\"format\": \"something\", \"version\": 1}");
    EXPECT_TRUE(formatted(d).contains(QStringLiteral("not a TwinStudio project file")));
    d = readErrors(native, "{\"format\": \"twinstudio-project\", \"version\": 7}");
    EXPECT_TRUE(formatted(d).contains(QStringLiteral("newer"))) << qPrintable(formatted(d));
    d = readErrors(native, "{\"format\": \"twinstudio-project\",\n\"version\": 1,\n\"twins\": [}");
    EXPECT_TRUE(hasError(d, 3, QStringLiteral("invalid JSON"))) << qPrintable(formatted(d));
}
