// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>

class QObject;

namespace twin {

/**
 * Finds the Qt plugins of one interface family (IIDs "org.twinstudio.Family/N", any
 * N): the static ones linked into the executable (call twin::importStaticPlugins() first)
 * and the libraries of a folder. It reads each plugin's metadata (plugin.json: name,
 * apiVersion, description, ...) before anything is instantiated, so a registry can refuse
 * a plugin of another interface or API version without running its code, and it logs
 * QPluginLoader::errorString() when a library fails to load.
 *
 * FormatRegistry (topology formats) and TelemetrySourceRegistry (telemetry sources)
 * find their plugins through it.
 */
class PluginLoader
{
public:
    /// One plugin as found: its metadata, and how to instantiate it.
    struct Plugin
    {
        QString source;         ///< "static:ClassName" or the library's path
        QString iid;
        QJsonObject metaData;   ///< the plugin.json object
        QtPluginInstanceFunction staticInstance = nullptr;

        QString name() const { return metaData.value(QStringLiteral("name")).toString(); }
        QString description() const { return metaData.value(QStringLiteral("description")).toString(); }
        int apiVersion() const { return metaData.value(QStringLiteral("apiVersion")).toInt(0); }
    };

    /// \a iid is the interface this build implements ("org.twinstudio.TopologyFormat/1");
    /// plugins of the same family and another version are found too, for their errors.
    explicit PluginLoader(const QString &iid);

    const QString &iid() const { return m_iid; }

    /// The static plugins of the family, each once.
    QList<Plugin> staticPlugins() const;
    /// The plugin libraries of the family in \a directory, each path once per loader.
    /// Files that are no plugin are logged and skipped.
    QList<Plugin> pluginsIn(const QString &directory);

    /// Checks what every plugin must declare: this interface version, a "name", a
    /// numeric "apiVersion" equal to \a apiVersion. False with the reason otherwise.
    bool check(const Plugin &plugin, int apiVersion, QString *why) const;
    /// Whether the full metadata of a plugin (IID, className, MetaData; as
    /// QPluginLoader::metaData() gives it) belongs to the family of \a iid.
    static bool isOfFamily(const QJsonObject &fullMetaData, const QString &iid);
    /// A plugin described by its full metadata, found at \a source.
    static Plugin describe(const QJsonObject &fullMetaData, const QString &source);

    /// The plugin's root object (shared by every caller), or nullptr with \a error set to
    /// the loader's errorString(), which is logged too.
    QObject *instance(const Plugin &plugin, QString *error) const;

private:
    QString m_iid;
    QStringList m_seenLibraries;
};

} // namespace twin
