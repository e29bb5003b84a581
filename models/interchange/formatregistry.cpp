// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatregistry.h"

#include "core/logging.h"
#include "interchange/topologyexporter.h"
#include "interchange/topologyimporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>

namespace twin {

namespace {

constexpr qint64 headSize = 64 * 1024;

FormatRegistry::PluginInfo infoFrom(const QJsonObject &metaData, const QString &source)
{
    const QJsonObject md = metaData.value(QStringLiteral("MetaData")).toObject();
    FormatRegistry::PluginInfo info;
    info.source = source;
    info.name = md.value(QStringLiteral("name")).toString();
    info.description = md.value(QStringLiteral("description")).toString();
    info.apiVersion = md.value(QStringLiteral("apiVersion")).toInt(0);
    for (const QJsonValue &f : md.value(QStringLiteral("formats")).toArray())
        info.formats.append(f.toString());
    return info;
}

} // namespace

FormatRegistry &FormatRegistry::instance()
{
    // Initialised once, thread-safely; lives as long as the plugins it points into.
    static FormatRegistry *const registry = [] {
        auto *r = new FormatRegistry;
        r->loadStaticPlugins();
        return r;
    }();
    return *registry;
}

bool FormatRegistry::isFormatPlugin(const QJsonObject &metaData)
{
    const QString iid = metaData.value(QStringLiteral("IID")).toString();
    const QString ours = QString::fromLatin1(pluginIid);
    return iid.section(u'/', 0, 0) == ours.section(u'/', 0, 0);
}

bool FormatRegistry::checkMetaData(const QJsonObject &metaData, QString *why)
{
    auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    const QString iid = metaData.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1StringView(pluginIid))
        return fail(QStringLiteral("plugin interface %1 is not the supported %2")
                        .arg(iid, QLatin1StringView(pluginIid)));
    const QJsonValue mdValue = metaData.value(QStringLiteral("MetaData"));
    if (!mdValue.isObject())
        return fail(QStringLiteral("plugin.json is missing"));
    const QJsonObject md = mdValue.toObject();
    if (md.value(QStringLiteral("name")).toString().isEmpty())
        return fail(QStringLiteral("plugin.json has no \"name\""));
    const QJsonValue api = md.value(QStringLiteral("apiVersion"));
    if (!api.isDouble())
        return fail(QStringLiteral("plugin.json has no numeric \"apiVersion\""));
    if (api.toInt() != apiVersion)
        return fail(QStringLiteral("apiVersion %1 is not the supported %2").arg(api.toInt()).arg(apiVersion));
    const QJsonValue formats = md.value(QStringLiteral("formats"));
    if (!formats.isArray() || formats.toArray().isEmpty())
        return fail(QStringLiteral("plugin.json lists no \"formats\""));
    return true;
}

void FormatRegistry::loadStaticPlugins()
{
    if (m_staticLoaded)
        return;
    m_staticLoaded = true;
    const QList<QStaticPlugin> statics = QPluginLoader::staticPlugins();
    QSet<QtPluginInstanceFunction> seen;
    for (const QStaticPlugin &plugin : statics) {
        // A plugin imported both by twinplugins and by Qt's generated initialiser is
        // listed twice; it is one plugin.
        if (seen.contains(plugin.instance))
            continue;
        seen.insert(plugin.instance);
        const QJsonObject metaData = plugin.metaData();
        if (!isFormatPlugin(metaData))
            continue; // another kind of plugin (telemetry sources, ...)
        const QString source = QStringLiteral("static:") + metaData.value(QStringLiteral("className")).toString();
        PluginInfo info = infoFrom(metaData, source);
        QString why;
        if (!checkMetaData(metaData, &why)) {
            qCWarning(lcPlugins).noquote() << "format plugin" << source << "rejected:" << why;
            info.error = why;
            m_plugins.append(info);
            continue;
        }
        addInstance(plugin.instance(), info);
    }
}

int FormatRegistry::loadPluginsFrom(const QString &directory)
{
    int loaded = 0;
    const QDir dir(directory);
    const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const QString path = dir.absoluteFilePath(entry);
        if (!QLibrary::isLibrary(path) || m_loadedSources.contains(path))
            continue;
        m_loadedSources.append(path); // loaded or rejected: either way once
        QPluginLoader loader(path);
        const QJsonObject metaData = loader.metaData();
        if (metaData.isEmpty()) {
            qCWarning(lcPlugins).noquote() << "not a plugin:" << path << loader.errorString();
            continue;
        }
        if (!isFormatPlugin(metaData))
            continue;
        PluginInfo info = infoFrom(metaData, path);
        QString why;
        if (!checkMetaData(metaData, &why)) {
            qCWarning(lcPlugins).noquote() << "format plugin" << path << "rejected:" << why;
            info.error = why;
            m_plugins.append(info);
            continue;
        }
        QObject *object = loader.instance();
        if (!object) {
            info.error = loader.errorString();
            qCWarning(lcPlugins).noquote() << "format plugin" << path << "failed to load:" << info.error;
            m_plugins.append(info);
            continue;
        }
        const qsizetype before = m_importers.size() + m_exporters.size();
        addInstance(object, info);
        if (m_importers.size() + m_exporters.size() > before)
            ++loaded;
    }
    return loaded;
}

void FormatRegistry::addInstance(QObject *object, PluginInfo info)
{
    if (!object) {
        info.error = QStringLiteral("the plugin could not be instantiated");
        qCWarning(lcPlugins).noquote() << "format plugin" << info.source << "failed:" << info.error;
        m_plugins.append(info);
        return;
    }
    auto *importer = qobject_cast<TopologyImporter *>(object);
    auto *exporter = qobject_cast<TopologyExporter *>(object);
    if (!importer && !exporter) {
        info.error = QStringLiteral("the plugin implements neither TopologyImporter nor TopologyExporter");
        qCWarning(lcPlugins).noquote() << "format plugin" << info.source << "rejected:" << info.error;
        m_plugins.append(info);
        return;
    }
    const QString id = importer ? importer->formatId() : exporter->formatId();
    if (!info.formats.contains(id))
        qCWarning(lcPlugins).noquote() << "format plugin" << info.name << "provides" << id
                                       << "which its plugin.json does not list";
    if ((importer && this->importer(id)) || (exporter && this->exporter(id))) {
        info.error = QStringLiteral("format %1 is already provided by another plugin").arg(id);
        qCWarning(lcPlugins).noquote() << "format plugin" << info.source << "skipped:" << info.error;
        m_plugins.append(info);
        return;
    }
    if (importer)
        m_importers.append(importer);
    if (exporter)
        m_exporters.append(exporter);
    info.loaded = true;
    m_plugins.append(info);
}

QStringList FormatRegistry::importerIds() const
{
    QStringList ids;
    for (const TopologyImporter *i : m_importers)
        ids.append(i->formatId());
    return ids;
}

QStringList FormatRegistry::exporterIds() const
{
    QStringList ids;
    for (const TopologyExporter *e : m_exporters)
        ids.append(e->formatId());
    return ids;
}

TopologyImporter *FormatRegistry::importer(const QString &formatId) const
{
    for (TopologyImporter *i : m_importers) {
        if (i->formatId() == formatId)
            return i;
    }
    return nullptr;
}

TopologyExporter *FormatRegistry::exporter(const QString &formatId) const
{
    for (TopologyExporter *e : m_exporters) {
        if (e->formatId() == formatId)
            return e;
    }
    return nullptr;
}

TopologyImporter *FormatRegistry::importerForContent(const QByteArray &head) const
{
    for (TopologyImporter *i : m_importers) {
        if (i->canRead(head))
            return i;
    }
    return nullptr;
}

TopologyImporter *FormatRegistry::importerForFile(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return nullptr;
    }
    TopologyImporter *importer = importerForContent(file.read(headSize));
    if (!importer && error)
        *error = QStringLiteral("the format is not recognised (known: %1); name it with --format")
                     .arg(importerIds().join(QStringLiteral(", ")));
    return importer;
}

} // namespace twin
