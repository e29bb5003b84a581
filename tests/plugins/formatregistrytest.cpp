// SPDX-License-Identifier: GPL-3.0-or-later
#include "badapi/badapiformat.h"
#include "interchange/formatregistry.h"
#include "interchange/topologyexporter.h"
#include "interchange/topologyimporter.h"
#include "interchangetesthelpers.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using twin::FormatRegistry;

namespace {

QJsonObject metaData(const QJsonObject &pluginJson, const QString &iid = QString::fromLatin1(FormatRegistry::pluginIid))
{
    return QJsonObject{{QStringLiteral("IID"), iid},
                       {QStringLiteral("className"), QStringLiteral("Test")},
                       {QStringLiteral("MetaData"), pluginJson}};
}

QJsonObject goodPluginJson()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Test")},
                       {QStringLiteral("apiVersion"), FormatRegistry::apiVersion},
                       {QStringLiteral("description"), QStringLiteral("d")},
                       {QStringLiteral("formats"), QJsonArray{QStringLiteral("x")}}};
}

} // namespace

TEST(FormatRegistry, LoadsEveryBuiltInFormat)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    for (const QString &id : {QStringLiteral("adt-ndjson"), QStringLiteral("explorer-json"), QStringLiteral("native")}) {
        EXPECT_NE(registry.importer(id), nullptr) << qPrintable(id);
        EXPECT_NE(registry.exporter(id), nullptr) << qPrintable(id);
    }
    EXPECT_NE(registry.exporter(QStringLiteral("dtdl")), nullptr);
    EXPECT_EQ(registry.importer(QStringLiteral("dtdl")), nullptr) << "dtdl is export only";
    for (twin::TopologyExporter *e : registry.exporters()) {
        EXPECT_FALSE(e->displayName().isEmpty());
        EXPECT_FALSE(e->nameFilters().isEmpty());
    }
}

TEST(FormatRegistry, PluginMetadataNamesWhatThePluginProvides)
{
    int loaded = 0;
    for (const FormatRegistry::PluginInfo &info : FormatRegistry::instance().plugins()) {
        if (!info.loaded)
            continue;
        ++loaded;
        EXPECT_FALSE(info.name.isEmpty());
        EXPECT_FALSE(info.description.isEmpty()) << qPrintable(info.name);
        EXPECT_EQ(info.apiVersion, FormatRegistry::apiVersion);
        ASSERT_EQ(info.formats.size(), 1) << qPrintable(info.name);
        const QString id = info.formats.first();
        EXPECT_TRUE(FormatRegistry::instance().importer(id) || FormatRegistry::instance().exporter(id)) << qPrintable(id);
    }
    EXPECT_EQ(loaded, 4);
}

TEST(FormatRegistry, RejectsPluginOfAnotherApiVersionBeforeInstantiatingIt)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    bool found = false;
    for (const FormatRegistry::PluginInfo &info : registry.plugins()) {
        if (info.name != QStringLiteral("Format from the future"))
            continue;
        found = true;
        EXPECT_FALSE(info.loaded);
        EXPECT_EQ(info.apiVersion, 99);
        EXPECT_TRUE(info.error.contains(QStringLiteral("apiVersion 99"))) << qPrintable(info.error);
        EXPECT_EQ(info.source, QStringLiteral("static:BadApiFormat"));
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(registry.exporter(QStringLiteral("future-format")), nullptr);
    EXPECT_EQ(twintest::BadApiFormat::instances, 0);
}

TEST(FormatRegistry, MetadataCheckExplainsEachRejection)
{
    QString why;
    EXPECT_TRUE(FormatRegistry::checkMetaData(metaData(goodPluginJson()), &why)) << qPrintable(why);

    EXPECT_FALSE(FormatRegistry::checkMetaData(metaData(goodPluginJson(), QStringLiteral("org.twinstudio.TopologyFormat/2")), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("TopologyFormat/2"))) << qPrintable(why);
    EXPECT_TRUE(FormatRegistry::isFormatPlugin(metaData(goodPluginJson(), QStringLiteral("org.twinstudio.TopologyFormat/2"))));
    EXPECT_FALSE(FormatRegistry::isFormatPlugin(metaData(goodPluginJson(), QStringLiteral("org.twinstudio.TelemetrySource/1"))));

    QJsonObject json = goodPluginJson();
    json.insert(QStringLiteral("apiVersion"), QStringLiteral("1"));
    EXPECT_FALSE(FormatRegistry::checkMetaData(metaData(json), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("apiVersion"))) << qPrintable(why);

    json = goodPluginJson();
    json.insert(QStringLiteral("apiVersion"), 2);
    EXPECT_FALSE(FormatRegistry::checkMetaData(metaData(json), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("apiVersion 2 is not the supported 1"))) << qPrintable(why);

    json = goodPluginJson();
    json.remove(QStringLiteral("name"));
    EXPECT_FALSE(FormatRegistry::checkMetaData(metaData(json), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("name"))) << qPrintable(why);

    json = goodPluginJson();
    json.insert(QStringLiteral("formats"), QJsonArray());
    EXPECT_FALSE(FormatRegistry::checkMetaData(metaData(json), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("formats"))) << qPrintable(why);

    QJsonObject noJson = metaData(goodPluginJson());
    noJson.remove(QStringLiteral("MetaData"));
    EXPECT_FALSE(FormatRegistry::checkMetaData(noJson, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("plugin.json"))) << qPrintable(why);
}

TEST(FormatRegistry, LoadingAnEmptyPluginFolderFindsNothing)
{
    FormatRegistry registry;
    EXPECT_EQ(registry.loadPluginsFrom(twintest::interchangeData(QString())), 0);
    EXPECT_TRUE(registry.importers().isEmpty());
}

TEST(FormatRegistry, LoadsSharedLibraryPluginsAndRefusesOtherApiVersions)
{
    FormatRegistry registry;
    EXPECT_EQ(registry.loadPluginsFrom(QStringLiteral(TWIN_TEST_PLUGIN_DIR)), 1);
    twin::TopologyExporter *dynamic = registry.exporter(QStringLiteral("dynamic-test"));
    ASSERT_NE(dynamic, nullptr);
    EXPECT_EQ(dynamic->displayName(), QStringLiteral("Dynamic test format"));
    EXPECT_EQ(registry.exporter(QStringLiteral("dynamic-test-v2")), nullptr);
    bool rejected = false;
    for (const FormatRegistry::PluginInfo &info : registry.plugins()) {
        if (info.name == QStringLiteral("Dynamic test format v2")) {
            rejected = !info.loaded && info.error.contains(QStringLiteral("apiVersion 2"));
            EXPECT_TRUE(info.source.endsWith(QStringLiteral(".so"))) << qPrintable(info.source);
        }
    }
    EXPECT_TRUE(rejected);
    const qsizetype known = registry.plugins().size();
    EXPECT_EQ(registry.loadPluginsFrom(QStringLiteral(TWIN_TEST_PLUGIN_DIR)), 0) << "loading twice adds nothing";
    EXPECT_EQ(registry.plugins().size(), known);
}

TEST(FormatRegistry, RecognisesEachFormatByContent)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    auto sniff = [&](const QByteArray &head) {
        twin::TopologyImporter *i = registry.importerForContent(head);
        return i ? i->formatId() : QString();
    };
    EXPECT_EQ(sniff(twintest::readBytes(twintest::interchangeData(QStringLiteral("site.ndjson")))), QStringLiteral("adt-ndjson"));
    EXPECT_EQ(sniff(twintest::readBytes(twintest::interchangeData(QStringLiteral("site.explorer.json")))), QStringLiteral("explorer-json"));
    EXPECT_EQ(sniff(twintest::readBytes(twintest::interchangeData(QStringLiteral("site.native.json")))), QStringLiteral("native"));
    // Variants: blank lines and a BOM before the marker, pretty-printed Explorer files,
    // a section marker with a space.
    EXPECT_EQ(sniff("\xEF\xBB\xBF\n\n{ \"Section\": \"Twins\" }\n{\"$dtId\":\"a\"}"), QStringLiteral("adt-ndjson"));
    EXPECT_EQ(sniff("{\n  \"digitalTwinsGraph\": {\n    \"digitalTwins\": []\n  }\n}"), QStringLiteral("explorer-json"));
    EXPECT_EQ(sniff("{\n    \"format\": \"twinstudio-project\",\n    \"version\": 1\n}"), QStringLiteral("native"));
    EXPECT_EQ(sniff("\xEF\xBB\xBF{\"format\":\"twinstudio-project\"}"), QStringLiteral("native"));
    // Not ours: plain DTDL, an unrelated JSON, binary.
    EXPECT_EQ(sniff("{\"@id\": \"dtmi:a:b;1\", \"@type\": \"Interface\"}"), QString());
    EXPECT_EQ(sniff("{\"format\": \"other\"}"), QString());
    EXPECT_EQ(sniff(QByteArray("SQLite format 3\0", 16)), QString());
    EXPECT_EQ(sniff(QByteArray()), QString());
}

TEST(FormatRegistry, ImporterForMissingFileSaysWhy)
{
    QString error;
    EXPECT_EQ(FormatRegistry::instance().importerForFile(QStringLiteral("/nonexistent/x.ndjson"), &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
}
