// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangetesthelpers.h"

#include <gtest/gtest.h>

using namespace twintest;

namespace {

const QString explorer = QStringLiteral("explorer-json");

} // namespace

TEST(ExplorerJsonFormat, GoldenFileRoundTripsByteForByte)
{
    const QByteArray golden = readBytes(interchangeData(QStringLiteral("site.explorer.json")));
    const twin::ProjectContent content = readContent(explorer, golden);
    EXPECT_EQ(content.models.size(), 5);
    EXPECT_EQ(content.twins.size(), 5);
    EXPECT_EQ(content.relationships.size(), 4);
    EXPECT_EQ(writeContent(explorer, content), golden);
}

TEST(ExplorerJsonFormat, ReadsWhatTheAdtFormatReads)
{
    const twin::ProjectContent fromExplorer = readContent(explorer, readBytes(interchangeData(QStringLiteral("site.explorer.json"))));
    const twin::ProjectContent fromAdt = readContent(QStringLiteral("adt-ndjson"), readBytes(interchangeData(QStringLiteral("site.ndjson"))));
    expectSameContent(fromExplorer, fromAdt);
}

TEST(ExplorerJsonFormat, ReadsPrettyPrintedFilesAsExplorerWritesThem)
{
    const QByteArray input = R"({
  "digitalTwinsFileInfo": { "fileVersion": "1.0.0" },
  "digitalTwinsGraph": {
    "digitalTwins": [
      {
        "$dtId": "a",
        "$etag": "W/\"1\"",
        "$metadata": { "$model": "dtmi:x:A;1", "name": { "lastUpdateTime": "2024-01-01T00:00:00Z" } },
        "name": "A"
      }
    ],
    "relationships": [
      { "$relationshipId": "r", "$etag": "W/\"2\"", "$sourceId": "a", "$relationshipName": "rel", "$targetId": "a" }
    ]
  },
  "digitalTwinsModels": []
})";
    const twin::ProjectContent c = readContent(explorer, input);
    ASSERT_EQ(c.twins.size(), 1);
    EXPECT_EQ(c.twins.first().properties, QJsonObject({{QStringLiteral("name"), QStringLiteral("A")}}));
    ASSERT_EQ(c.relationships.size(), 1);
    EXPECT_EQ(c.relationships.first().source, QStringLiteral("a"));
    EXPECT_TRUE(c.relationships.first().properties.isEmpty());
}

TEST(ExplorerJsonFormat, LocatesErrorsByLineAndPointer)
{
    const QByteArray input =
        "{\"digitalTwinsFileInfo\":{\"fileVersion\":\"1.0.0\"},\"digitalTwinsGraph\":{\"digitalTwins\":[\n" // 1
        "{\"$dtId\":\"a\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"}},\n"                                 // 2
        "{\"$metadata\":{\"$model\":\"dtmi:x:A;1\"}},\n"                                                 // 3 no $dtId
        "42\n"                                                                                           // 4 not an object
        "],\"relationships\":[\n"                                                                        // 5
        "{\"$relationshipId\":\"r\",\"$targetId\":\"a\",\"$relationshipName\":\"x\"}\n"                  // 6 no $sourceId
        "]},\"digitalTwinsModels\":[\n"                                                                  // 7
        "{\"@type\":\"Interface\"}\n"                                                                    // 8 no @id
        "]}\n";
    const twin::Diagnostics d = readErrors(explorer, input, QStringLiteral("g.json"));
    EXPECT_EQ(d.size(), 4) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 3, QStringLiteral("$dtId"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 4, QStringLiteral("expected a twin object")));
    EXPECT_TRUE(hasError(d, 6, QStringLiteral("$sourceId")));
    EXPECT_TRUE(hasError(d, 8, QStringLiteral("@id")));
}

TEST(ExplorerJsonFormat, RefusesADuplicateKeyWithItsLine)
{
    const twin::Diagnostics d = readErrors(
        explorer, "{\"digitalTwinsGraph\": {\n\"digitalTwins\": [\n{\"$dtId\": \"a\",\n \"$dtId\": \"b\"}\n]}}",
        QStringLiteral("g.json"));
    ASSERT_EQ(d.size(), 1) << qPrintable(formatted(d));
    EXPECT_EQ(d.first().format(), QStringLiteral("g.json:4:2: error: duplicate key '$dtId'"));
}

TEST(ExplorerJsonFormat, ReportsSyntaxErrorsAndWrongShapes)
{
    twin::Diagnostics d = readErrors(explorer, "{\"digitalTwinsGraph\": {\n\"digitalTwins\": [\n{\"$dtId\": }\n]}}");
    EXPECT_TRUE(hasError(d, 3, QStringLiteral("invalid JSON"))) << qPrintable(formatted(d));

    d = readErrors(explorer, "{\"digitalTwinsGraph\": {\"digitalTwins\": {}}}", QStringLiteral("g.json"));
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d.first().format(), QStringLiteral("g.json#/digitalTwinsGraph/digitalTwins: error: must be an array"));

    d = readErrors(explorer, "{\"something\": 1}");
    EXPECT_EQ(d.size(), 1);
}
