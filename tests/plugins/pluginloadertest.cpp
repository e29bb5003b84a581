// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pluginloader.h"
#include "interchange/formatregistry.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using twin::PluginLoader;

namespace {

QString formatIid()
{
    return QString::fromLatin1(twin::FormatRegistry::pluginIid);
}

QString sourceIid()
{
    return QString::fromLatin1(qobject_interface_iid<twin::TelemetrySourcePlugin *>());
}

} // namespace

TEST(PluginLoader, OneLoaderFindsTheStaticPluginsOfEachFamily)
{
    const PluginLoader formats(formatIid());
    QStringList formatNames;
    for (const PluginLoader::Plugin &p : formats.staticPlugins()) {
        EXPECT_TRUE(p.source.startsWith(QStringLiteral("static:"))) << qPrintable(p.source);
        EXPECT_NE(p.staticInstance, nullptr);
        formatNames.append(p.name());
    }
    for (const char *name : {"Azure Digital Twins bulk import", "TwinStudio project JSON", "DTDL models"})
        EXPECT_TRUE(formatNames.contains(QString::fromUtf8(name))) << name << ": " << qPrintable(formatNames.join(u','));
    const PluginLoader sources(sourceIid());
    QStringList sourceNames;
    for (const PluginLoader::Plugin &p : sources.staticPlugins()) {
        EXPECT_EQ(p.iid, sourceIid());
        sourceNames.append(p.name());
    }
    EXPECT_TRUE(sourceNames.contains(QStringLiteral("mqtt"))) << qPrintable(sourceNames.join(u','));
    EXPECT_TRUE(sourceNames.contains(QStringLiteral("simulator"))) << qPrintable(sourceNames.join(u','));
    for (const QString &name : sourceNames)
        EXPECT_FALSE(formatNames.contains(name)) << "a source is no format: " << qPrintable(name);
}

TEST(PluginLoader, ChecksTheMetadataBeforeAnythingIsInstantiated)
{
    const PluginLoader loader(formatIid());
    bool sawBadApi = false;
    for (const PluginLoader::Plugin &p : loader.staticPlugins()) {
        QString why;
        if (p.apiVersion() == twin::FormatRegistry::apiVersion) {
            EXPECT_TRUE(loader.check(p, twin::FormatRegistry::apiVersion, &why)) << qPrintable(why);
            continue;
        }
        sawBadApi = true;
        EXPECT_FALSE(loader.check(p, twin::FormatRegistry::apiVersion, &why));
        EXPECT_TRUE(why.contains(QStringLiteral("apiVersion"))) << qPrintable(why);
    }
    EXPECT_TRUE(sawBadApi) << "the test plugin built for another apiVersion is listed";
    const PluginLoader::Plugin other = PluginLoader::describe(
        QJsonObject{{QStringLiteral("IID"), QStringLiteral("org.twinstudio.TopologyFormat/9")},
                    {QStringLiteral("MetaData"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                             {QStringLiteral("apiVersion"), 1}}}},
        QStringLiteral("x.so"));
    QString why;
    EXPECT_FALSE(loader.check(other, 1, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("TopologyFormat/9"))) << qPrintable(why);
    const PluginLoader::Plugin unnamed = PluginLoader::describe(
        QJsonObject{{QStringLiteral("IID"), formatIid()},
                    {QStringLiteral("MetaData"), QJsonObject{{QStringLiteral("apiVersion"), 1}}}},
        QStringLiteral("y.so"));
    EXPECT_FALSE(loader.check(unnamed, 1, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("name"))) << qPrintable(why);
}

TEST(PluginLoader, FindsLibrariesOnceAndSaysWhyOneDoesNotLoad)
{
    PluginLoader loader(formatIid());
    const QList<PluginLoader::Plugin> found = loader.pluginsIn(QStringLiteral(TWIN_TEST_PLUGIN_DIR));
    ASSERT_EQ(found.size(), 2);
    for (const PluginLoader::Plugin &p : found)
        EXPECT_TRUE(p.source.endsWith(QStringLiteral(".so"))) << qPrintable(p.source);
    EXPECT_TRUE(loader.pluginsIn(QStringLiteral(TWIN_TEST_PLUGIN_DIR)).isEmpty()) << "each library once";
    // A library that went away after it was found: the loader's reason comes back.
    PluginLoader::Plugin gone = found.first();
    gone.source = QDir(QStringLiteral(TWIN_TEST_PLUGIN_DIR)).filePath(QStringLiteral("missing.so"));
    QString error;
    EXPECT_EQ(loader.instance(gone, &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
    // Another family finds nothing there.
    PluginLoader sources(sourceIid());
    EXPECT_TRUE(sources.pluginsIn(QStringLiteral(TWIN_TEST_PLUGIN_DIR)).isEmpty());
}

TEST(PluginLoader, TelemetrySourcesComeThroughIt)
{
    const QList<twin::TelemetrySourceRegistry::Entry> entries = twin::TelemetrySourceRegistry::available();
    QStringList names;
    for (const auto &e : entries)
        names.append(e.name);
    EXPECT_TRUE(names.contains(QStringLiteral("simulator"))) << qPrintable(names.join(u','));
    QString error;
    std::unique_ptr<twin::TelemetrySource> source(
        twin::TelemetrySourceRegistry::create(QStringLiteral("simulator"), nullptr, &error));
    EXPECT_NE(source, nullptr) << qPrintable(error);
    EXPECT_EQ(twin::TelemetrySourceRegistry::create(QStringLiteral("nope"), nullptr, &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("simulator"))) << qPrintable(error);
}
