// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/topologyexporter.h"
#include "interchange/topologyimporter.h"
#include "interchangetesthelpers.h"

#include "adtndjson/adtndjsonformat.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace twintest;

namespace {

const QString adt = QStringLiteral("adt-ndjson");

} // namespace

TEST(AdtNdjsonFormat, RefusesADuplicateKeyWithItsLine)
{
    const twin::Diagnostics d = readErrors(adt,
        "{\"Section\":\"Twins\"}\n{\"$dtId\":\"a\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"},\"$dtId\":\"b\"}\n",
        QStringLiteral("t.ndjson"));
    ASSERT_FALSE(d.isEmpty());
    EXPECT_EQ(d.first().format(), QStringLiteral("t.ndjson:2:50: error: duplicate key '$dtId'"));
}

TEST(AdtNdjsonFormat, GoldenFileRoundTripsByteForByte)
{
    const QByteArray golden = readBytes(interchangeData(QStringLiteral("site.ndjson")));
    const twin::ProjectContent content = readContent(adt, golden);
    EXPECT_EQ(content.models.size(), 5);
    EXPECT_EQ(content.twins.size(), 5);
    EXPECT_EQ(content.relationships.size(), 4);
    EXPECT_EQ(writeContent(adt, content), golden);
    expectSameContent(readContent(adt, writeContent(adt, content)), content);
}

TEST(AdtNdjsonFormat, ReadsTwinsAndRelationshipsWithTheirProperties)
{
    const twin::ProjectContent c = readContent(adt, readBytes(interchangeData(QStringLiteral("site.ndjson"))));
    const twin::Twin &room = c.twins.at(2);
    EXPECT_EQ(room.id, QStringLiteral("room-101"));
    EXPECT_EQ(room.model, QStringLiteral("dtmi:example:Room;1"));
    EXPECT_EQ(room.properties.value(QStringLiteral("name")).toString(), QStringLiteral("Salle de réunion"));
    EXPECT_EQ(room.properties.value(QStringLiteral("temperatureSetpoint")).toDouble(), 21.5);
    EXPECT_FALSE(room.properties.contains(QStringLiteral("$metadata")));
    const twin::Relationship &r = c.relationships.at(2);
    EXPECT_EQ(r.source, QStringLiteral("floor-0"));
    EXPECT_EQ(r.id, QStringLiteral("contains-room-102"));
    EXPECT_EQ(r.name, QStringLiteral("contains"));
    EXPECT_EQ(r.target, QStringLiteral("room-102"));
    EXPECT_EQ(r.properties, QJsonObject({{QStringLiteral("since"), QStringLiteral("2024-01-01")}}));
}

TEST(AdtNdjsonFormat, SectionsAreOptionalAndBlankLinesAndCrLfAreFine)
{
    const twin::ProjectContent c = readContent(adt, "\r\n{\"Section\": \"Twins\"}\r\n\r\n"
                                                    "{\"$dtId\":\"a\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"},\"$etag\":\"W/1\"}\r\n");
    ASSERT_EQ(c.twins.size(), 1);
    EXPECT_TRUE(c.twins.first().properties.isEmpty()) << "system members such as $etag are not properties";
    EXPECT_TRUE(readContent(adt, QByteArray()).isEmpty());
}

TEST(AdtNdjsonFormat, ReportsEveryErrorWithItsLine)
{
    const QByteArray input =
        "{\"Section\":\"Header\"}\n"                                          // 1
        "{\"fileVersion\":\"1.0.0\",\"author\":\"a\",\"organization\":\"b\"}\n" // 2
        "{\"Section\":\"Twins\"}\n"                                           // 3
        "{\"$dtId\":\"a\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"}}\n"       // 4
        "{\"$dtId\": \"b\", oops}\n"                                          // 5 bad JSON
        "{\"$metadata\":{\"$model\":\"dtmi:x:A;1\"}}\n"                       // 6 no $dtId
        "{\"$dtId\":\"c\"}\n"                                                 // 7 no $metadata
        "{\"Section\":\"Models\"}\n"                                          // 8 out of order
        "{\"@id\":\"dtmi:x:A;1\",\"@type\":\"Interface\"}\n"                  // 9
        "{\"Section\":\"Bogus\"}\n"                                           // 10 unknown
        "{\"anything\":1}\n"                                                  // 11 (ignored)
        "{\"Section\":\"Relationships\"}\n"                                   // 12
        "{\"$dtId\":\"a\",\"$relationshipId\":\"r1\",\"$targetId\":\"a\"}\n"  // 13 no name
        "[1,2]\n"                                                             // 14 not an object
        "{\"$dtId\":\"a\",\"$relationshipId\":7,\"$targetId\":\"a\",\"$relationshipName\":\"x\"}\n" // 15
        "{\"Section\":\"Relationships\"}\n";                                  // 16 twice
    const twin::Diagnostics d = readErrors(adt, input, QStringLiteral("site.ndjson"));
    EXPECT_EQ(d.size(), 9) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 5, QStringLiteral("invalid JSON"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 6, QStringLiteral("$dtId")));
    EXPECT_TRUE(hasError(d, 7, QStringLiteral("$metadata")));
    EXPECT_TRUE(hasError(d, 8, QStringLiteral("out of order")));
    EXPECT_TRUE(hasError(d, 10, QStringLiteral("unknown section 'Bogus'")));
    EXPECT_TRUE(hasError(d, 13, QStringLiteral("$relationshipName")));
    EXPECT_TRUE(hasError(d, 14, QStringLiteral("expected a JSON object")));
    EXPECT_TRUE(hasError(d, 15, QStringLiteral("$relationshipId must be a string")));
    EXPECT_TRUE(hasError(d, 16, QStringLiteral("appears twice")));
    EXPECT_TRUE(d.first().format().startsWith(QStringLiteral("site.ndjson:5:"))) << qPrintable(d.first().format());
}

TEST(AdtNdjsonFormat, RejectsDataBeforeTheFirstSectionAndASecondHeaderLine)
{
    twin::Diagnostics d = readErrors(adt, "{\"$dtId\":\"a\"}\n{\"$dtId\":\"b\"}\n{\"Section\":\"Header\"}\n{}\n{}\n");
    EXPECT_TRUE(hasError(d, 1, QStringLiteral("before the first section"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 5, QStringLiteral("Header section holds one line"))) << qPrintable(formatted(d));
    EXPECT_EQ(d.size(), 2) << "data before a section is reported once";

    d = readErrors(adt, "{\"Section\":\"Models\"}\n{\"@type\":\"Interface\"}\n");
    EXPECT_TRUE(hasError(d, 2, QStringLiteral("no @id"))) << qPrintable(formatted(d));
}

TEST(AdtNdjsonFormat, CancellingStopsReadingAndWriting)
{
    const twin::ProjectContent site = generatedSite(20000);
    QByteArray data = writeContent(adt, site);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    twin::ProjectContent out;
    twin::Diagnostics d;
    int calls = 0;
    EXPECT_FALSE(importer(adt)->read(&buffer, QStringLiteral("big.ndjson"), &out, &d,
                                     [&](qint64, qint64) { return ++calls < 3; }));
    ASSERT_EQ(d.size(), 1);
    EXPECT_TRUE(d.first().message.contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(out.isEmpty()) << "a cancelled read leaves the output alone";
    EXPECT_LT(buffer.pos(), data.size());

    QByteArray written;
    QBuffer sink(&written);
    sink.open(QIODevice::WriteOnly);
    QString error;
    EXPECT_FALSE(exporter(adt)->write(site, &sink, &error, [](qint64 done, qint64) { return done < 100; }));
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled")));
}

TEST(AdtNdjsonFormat, ReportsProgressUpToTheTotal)
{
    QByteArray data = writeContent(adt, generatedSite(5000));
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    twin::ProjectContent out;
    qint64 last = -1;
    qint64 total = 0;
    int calls = 0;
    EXPECT_TRUE(importer(adt)->read(&buffer, QStringLiteral("x"), &out, nullptr, [&](qint64 done, qint64 t) {
        EXPECT_GE(done, last);
        last = done;
        total = t;
        ++calls;
        return true;
    }));
    EXPECT_EQ(total, data.size());
    EXPECT_EQ(last, total);
    EXPECT_GT(calls, 10);
    EXPECT_LT(calls, 1000) << "progress is throttled";
}

TEST(AdtNdjsonFormat, ALineBeyondTheLimitIsAnErrorAtItsLineAndTheRestIsRead)
{
    QByteArray bytes = "{\"Section\":\"Twins\"}\n{\"$dtId\":\"big\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"},\"blob\":\"";
    bytes.append(QByteArray(twin::AdtNdjsonFormat::MaxLineBytes + 1, 'x'));
    bytes.append("\"}\n{\"$dtId\":\"a\",\"$metadata\":{\"$model\":\"dtmi:x:A;1\"}}\n");
    const twin::Diagnostics d = readErrors(adt, bytes, QStringLiteral("t.ndjson"));
    ASSERT_EQ(d.size(), 1) << formatted(d).toStdString();
    EXPECT_EQ(d.first().format(), QStringLiteral("t.ndjson:2: error: the line is longer than 16 MiB: left out"));
}
