// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/adtjson.h"
#include "interchange/contentcollector.h"
#include "interchange/progressreporter.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace twin;

namespace {

/// Streams \a bytes ({"m": [...], "t": [...], "r": [...]}) into \a collector.
JsonDocumentRead collect(const QByteArray &bytes, ContentCollector *collector)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ProgressReporter reporter({}, buffer.size());
    return collector->read(&buffer, &reporter, {QStringLiteral("/m"), QStringLiteral("/t"), QStringLiteral("/r")});
}

} // namespace

TEST(ContentCollector, ConvertsTheThreeArraysWithTheirLines)
{
    ContentCollector collector(QStringLiteral("f.json"), AdtJson::sourceIdKey());
    const JsonDocumentRead read = collect(
        "{\"m\": [{\"@id\": \"dtmi:a;1\"}],\n"
        " \"t\": [{\"$dtId\": \"room\", \"$metadata\": {\"$model\": \"dtmi:a;1\"}, \"area\": 4},\n"
        "        {\"$dtId\": \"hall\", \"$metadata\": {\"$model\": \"dtmi:a;1\"}}],\n"
        " \"r\": [{\"$relationshipId\": \"r1\", \"$sourceId\": \"hall\", \"$targetId\": \"room\",\n"
        "         \"$relationshipName\": \"contains\"}]}",
        &collector);
    ASSERT_EQ(read.status, JsonDocumentRead::Status::Ok);
    EXPECT_TRUE(collector.errors().isEmpty());
    const ProjectContent &content = collector.content();
    ASSERT_EQ(content.models.size(), 1);
    ASSERT_EQ(content.twins.size(), 2);
    EXPECT_EQ(content.twins.at(0).id, QStringLiteral("room"));
    EXPECT_EQ(content.twins.at(0).properties.value(QStringLiteral("area")).toInt(), 4);
    ASSERT_EQ(content.relationships.size(), 1);
    EXPECT_EQ(content.relationships.at(0).source, QStringLiteral("hall"));
    EXPECT_EQ(content.relationships.at(0).target, QStringLiteral("room"));
    EXPECT_EQ(collector.sourceMap().models.at(0).line, 1);
    EXPECT_EQ(collector.sourceMap().twins.at(1).line, 3);
    EXPECT_EQ(collector.sourceMap().relationships.at(0).line, 4);
    EXPECT_GE(content.twins.capacity(), 2); // reserved from the count
}

TEST(ContentCollector, ReportsBadElementsModelsFirstThenTwinsThenRelationships)
{
    ContentCollector collector(QStringLiteral("f.json"), AdtJson::sourceIdKey());
    const JsonDocumentRead read = collect("{\"r\": [3],\n"
                                          " \"t\": [\"x\"],\n"
                                          " \"m\": [{\"no\": \"id\"}]}",
                                          &collector);
    ASSERT_EQ(read.status, JsonDocumentRead::Status::Ok);
    const Diagnostics errors = collector.errors();
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors.at(0).line, 3);
    EXPECT_EQ(errors.at(0).message, QStringLiteral("expected a DTDL interface with an @id"));
    EXPECT_EQ(errors.at(1).line, 2);
    EXPECT_EQ(errors.at(1).message, QStringLiteral("expected a twin object"));
    EXPECT_EQ(errors.at(2).line, 1);
    EXPECT_EQ(errors.at(2).message, QStringLiteral("expected a relationship object"));
    EXPECT_EQ(errors.at(2).file, QStringLiteral("f.json"));
    EXPECT_TRUE(collector.content().twins.isEmpty());
}

TEST(ContentCollector, ATwinExtensionReadsMoreAndCanRejectTheTwin)
{
    ContentCollector collector(QStringLiteral("f.json"), AdtJson::sourceIdKey());
    collector.setTwinExtension([](const QJsonObject &json, Twin *t, QString *why) {
        if (json.value(QStringLiteral("$extra")).toString() == QStringLiteral("bad")) {
            *why = QStringLiteral("bad extra of %1").arg(t->id);
            return false;
        }
        t->properties.insert(QStringLiteral("seen"), json.value(QStringLiteral("$extra")));
        return true;
    });
    collect("{\"t\": [{\"$dtId\": \"a\", \"$metadata\": {\"$model\": \"dtmi:a;1\"}, \"$extra\": \"ok\"},\n"
            "       {\"$dtId\": \"b\", \"$metadata\": {\"$model\": \"dtmi:a;1\"}, \"$extra\": \"bad\"}]}",
            &collector);
    ASSERT_EQ(collector.content().twins.size(), 1);
    EXPECT_EQ(collector.content().twins.at(0).properties.value(QStringLiteral("seen")).toString(), QStringLiteral("ok"));
    ASSERT_EQ(collector.errors().size(), 1);
    EXPECT_EQ(collector.errors().at(0).message, QStringLiteral("bad extra of b"));
    EXPECT_EQ(collector.errors().at(0).line, 2);
}

TEST(ContentCollector, InvalidJsonIsReportedAtItsLineAndColumn)
{
    ContentCollector collector(QStringLiteral("f.json"), AdtJson::sourceIdKey());
    const JsonDocumentRead read = collect("{\"t\": [],\n \"x\": [1,, 2]}", &collector);
    ASSERT_EQ(read.status, JsonDocumentRead::Status::Invalid);
    const Diagnostic d = collector.invalidJson(read);
    EXPECT_EQ(d.file, QStringLiteral("f.json"));
    EXPECT_EQ(d.line, 2);
    EXPECT_EQ(d.column, read.errorColumn);
    EXPECT_TRUE(d.message.startsWith(QStringLiteral("invalid JSON: "))) << d.message.toStdString();

    ContentCollector twice(QStringLiteral("g.json"), AdtJson::sourceIdKey());
    const JsonDocumentRead duplicate = collect("{\"a\": 1,\n \"a\": 2}", &twice);
    ASSERT_EQ(duplicate.status, JsonDocumentRead::Status::Invalid);
    EXPECT_EQ(twice.invalidJson(duplicate).message, duplicate.errorText) << "says which key, as it is";
    EXPECT_EQ(twice.invalidJson(duplicate).line, 2);
    EXPECT_EQ(twice.invalidJson(duplicate).column, 2);
}
