// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pluginloader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QObject;

namespace twin {

class TopologyExporter;
class TopologyImporter;

/**
 * Finds the topology format plugins and hands out their readers and writers.
 *
 * Plugins are Qt plugins whose IID is FormatRegistry::pluginIid and whose plugin.json
 * holds {"name", "apiVersion", "description", "formats": [ids]}. The registry reads that
 * metadata before it instantiates a plugin and skips (with a logged reason, kept in
 * plugins()) any plugin built for another apiVersion or with incomplete metadata.
 * Static plugins come from QPluginLoader::staticPlugins() (executables call
 * twin::importStaticPlugins() first); loadPluginsFrom() adds shared-library plugins.
 * PluginLoader finds them and reads their metadata.
 */
class FormatRegistry
{
public:
    /// The interface version this build implements; plugin.json's apiVersion must match.
    static constexpr int apiVersion = 1;
    static constexpr const char *pluginIid = "org.twinstudio.TopologyFormat/1";

    /// What the registry learned about one plugin, loaded or rejected.
    struct PluginInfo
    {
        QString name;
        QString description;
        QString source;       ///< "static:ClassName" or the library's path
        QStringList formats;
        int apiVersion = 0;
        bool loaded = false;
        QString error;        ///< why it was rejected or failed to load
    };

    FormatRegistry() = default;
    FormatRegistry(const FormatRegistry &) = delete;
    FormatRegistry &operator=(const FormatRegistry &) = delete;

    /// The process-wide registry, with the static plugins loaded on first use.
    static FormatRegistry &instance();

    /// Loads every static plugin that is a topology format plugin. Idempotent.
    void loadStaticPlugins();
    /// Loads the plugin libraries in \a directory; returns how many were loaded.
    int loadPluginsFrom(const QString &directory);

    /// Checks a plugin's full metadata (as QStaticPlugin::metaData() or
    /// QPluginLoader::metaData() return it: IID, className, MetaData) without loading it.
    /// Returns false with the reason when the plugin must not be instantiated.
    static bool checkMetaData(const QJsonObject &metaData, QString *why);
    /// Whether \a metaData names a topology format plugin at all (any version).
    static bool isFormatPlugin(const QJsonObject &metaData);

    const QList<PluginInfo> &plugins() const { return m_plugins; }
    const QList<TopologyImporter *> &importers() const { return m_importers; }
    const QList<TopologyExporter *> &exporters() const { return m_exporters; }
    QStringList importerIds() const;
    QStringList exporterIds() const;

    TopologyImporter *importer(const QString &formatId) const;
    TopologyExporter *exporter(const QString &formatId) const;
    /// The first importer whose canRead() accepts \a head, or nullptr.
    TopologyImporter *importerForContent(const QByteArray &head) const;
    /// Reads the head of \a path and picks an importer by content; nullptr with \a error
    /// when the file cannot be read or no format recognises it.
    TopologyImporter *importerForFile(const QString &path, QString *error = nullptr) const;

private:
    /// Checks, instantiates and adds one plugin; false when it was not added.
    bool load(const PluginLoader::Plugin &plugin);
    void addInstance(QObject *instance, PluginInfo info);

    QList<PluginInfo> m_plugins;
    QList<TopologyImporter *> m_importers;
    QList<TopologyExporter *> m_exporters;
    PluginLoader m_loader{QString::fromLatin1(pluginIid)};
    bool m_staticLoaded = false;
};

} // namespace twin
