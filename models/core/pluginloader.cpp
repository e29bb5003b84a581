// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginloader.h"

#include "core/logging.h"

#include <QDir>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>
#include <QStaticPlugin>

namespace twin {

namespace {

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

} // namespace

PluginLoader::PluginLoader(const QString &iid)
    : m_iid(iid)
{
}

bool PluginLoader::isOfFamily(const QJsonObject &fullMetaData, const QString &iid)
{
    return fullMetaData.value(QStringLiteral("IID")).toString().section(u'/', 0, 0) == iid.section(u'/', 0, 0);
}

PluginLoader::Plugin PluginLoader::describe(const QJsonObject &fullMetaData, const QString &source)
{
    Plugin p;
    p.source = source;
    p.iid = fullMetaData.value(QStringLiteral("IID")).toString();
    p.metaData = fullMetaData.value(QStringLiteral("MetaData")).toObject();
    return p;
}

QList<PluginLoader::Plugin> PluginLoader::staticPlugins() const
{
    QList<Plugin> result;
    QSet<QtPluginInstanceFunction> seen;
    for (const QStaticPlugin &plugin : QPluginLoader::staticPlugins()) {
        // A plugin imported both by twinplugins and by Qt's generated initialiser is
        // listed twice; it is one plugin.
        if (seen.contains(plugin.instance))
            continue;
        seen.insert(plugin.instance);
        const QJsonObject metaData = plugin.metaData();
        if (!isOfFamily(metaData, m_iid))
            continue;
        Plugin p = describe(metaData, QStringLiteral("static:") + metaData.value(QStringLiteral("className")).toString());
        p.staticInstance = plugin.instance;
        result.append(p);
    }
    return result;
}

QList<PluginLoader::Plugin> PluginLoader::pluginsIn(const QString &directory)
{
    QList<Plugin> result;
    const QDir dir(directory);
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const QString path = dir.absoluteFilePath(entry);
        if (!QLibrary::isLibrary(path) || m_seenLibraries.contains(path))
            continue;
        m_seenLibraries.append(path); // loaded or rejected: either way once
        QPluginLoader loader(path);
        const QJsonObject metaData = loader.metaData();
        if (metaData.isEmpty()) {
            qCWarning(lcPlugins).noquote() << "not a plugin:" << path << loader.errorString();
            continue;
        }
        if (isOfFamily(metaData, m_iid))
            result.append(describe(metaData, path));
    }
    return result;
}

bool PluginLoader::check(const Plugin &plugin, int apiVersion, QString *why) const
{
    if (plugin.iid != m_iid)
        return fail(why, QStringLiteral("plugin interface %1 is not the supported %2").arg(plugin.iid, m_iid));
    if (plugin.metaData.isEmpty())
        return fail(why, QStringLiteral("plugin.json is missing"));
    if (plugin.name().isEmpty())
        return fail(why, QStringLiteral("plugin.json has no \"name\""));
    const QJsonValue api = plugin.metaData.value(QStringLiteral("apiVersion"));
    if (!api.isDouble())
        return fail(why, QStringLiteral("plugin.json has no numeric \"apiVersion\""));
    if (api.toInt() != apiVersion)
        return fail(why, QStringLiteral("apiVersion %1 is not the supported %2").arg(api.toInt()).arg(apiVersion));
    return true;
}

QObject *PluginLoader::instance(const Plugin &plugin, QString *error) const
{
    if (plugin.staticInstance) {
        if (QObject *object = plugin.staticInstance())
            return object;
        fail(error, QStringLiteral("the plugin could not be instantiated"));
        qCWarning(lcPlugins).noquote() << "plugin" << plugin.source << "failed:" << *error;
        return nullptr;
    }
    QPluginLoader loader(plugin.source);
    if (QObject *object = loader.instance())
        return object;
    const QString why = loader.errorString();
    qCWarning(lcPlugins).noquote() << "plugin" << plugin.source << "failed to load:" << why;
    fail(error, why);
    return nullptr;
}

} // namespace twin
