// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatregistry.h"

#include "core/logging.h"
#include "interchange/topologyexporter.h"
#include "interchange/topologyimporter.h"

#include <QFile>
#include <QJsonArray>

namespace twin {

namespace {

constexpr qint64 headSize = 64 * 1024;

FormatRegistry::PluginInfo infoFrom(const PluginLoader::Plugin &plugin)
{
    FormatRegistry::PluginInfo info;
    info.source = plugin.source;
    info.name = plugin.name();
    info.description = plugin.description();
    info.apiVersion = plugin.apiVersion();
    for (const QJsonValue &f : plugin.metaData.value(QStringLiteral("formats")).toArray())
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
    return PluginLoader::isOfFamily(metaData, QString::fromLatin1(pluginIid));
}

bool FormatRegistry::checkMetaData(const QJsonObject &metaData, QString *why)
{
    const PluginLoader loader(QString::fromLatin1(pluginIid));
    const PluginLoader::Plugin plugin = PluginLoader::describe(metaData, QString());
    if (!loader.check(plugin, apiVersion, why))
        return false;
    const QJsonValue formats = plugin.metaData.value(QStringLiteral("formats"));
    if (!formats.isArray() || formats.toArray().isEmpty()) {
        if (why)
            *why = QStringLiteral("plugin.json lists no \"formats\"");
        return false;
    }
    return true;
}

void FormatRegistry::loadStaticPlugins()
{
    if (m_staticLoaded)
        return;
    m_staticLoaded = true;
    for (const PluginLoader::Plugin &plugin : m_loader.staticPlugins())
        load(plugin);
}

int FormatRegistry::loadPluginsFrom(const QString &directory)
{
    int loaded = 0;
    for (const PluginLoader::Plugin &plugin : m_loader.pluginsIn(directory)) {
        if (load(plugin))
            ++loaded;
    }
    return loaded;
}

bool FormatRegistry::load(const PluginLoader::Plugin &plugin)
{
    PluginInfo info = infoFrom(plugin);
    QString why;
    if (!checkMetaData(QJsonObject{{QStringLiteral("IID"), plugin.iid}, {QStringLiteral("MetaData"), plugin.metaData}},
                       &why)) {
        qCWarning(lcPlugins).noquote() << "format plugin" << plugin.source << "rejected:" << why;
        info.error = why;
        m_plugins.append(info);
        return false;
    }
    QObject *object = m_loader.instance(plugin, &info.error);
    if (!object) {
        m_plugins.append(info);
        return false;
    }
    const qsizetype before = m_importers.size() + m_exporters.size();
    addInstance(object, info);
    return m_importers.size() + m_exporters.size() > before;
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
