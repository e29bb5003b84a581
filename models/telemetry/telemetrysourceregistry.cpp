// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrysourceregistry.h"

#include "telemetrysource.h"

#include "core/logging.h"
#include "core/pluginloader.h"

namespace twin {

namespace {

PluginLoader sourcePlugins()
{
    return PluginLoader(QString::fromLatin1(qobject_interface_iid<TelemetrySourcePlugin *>()));
}

TelemetrySourceRegistry::Entry entryOf(const PluginLoader::Plugin &plugin)
{
    return {plugin.name(), plugin.description(), plugin.apiVersion()};
}

} // namespace

QList<TelemetrySourceRegistry::Entry> TelemetrySourceRegistry::available()
{
    QList<Entry> result;
    const PluginLoader loader = sourcePlugins();
    for (const PluginLoader::Plugin &plugin : loader.staticPlugins()) {
        QString why;
        if (!loader.check(plugin, ApiVersion, &why)) {
            qCWarning(lcPlugins).noquote() << "telemetry source plugin" << plugin.source << "skipped:" << why;
            continue;
        }
        result.append(entryOf(plugin));
    }
    return result;
}

TelemetrySource *TelemetrySourceRegistry::create(const QString &name, QObject *parent, QString *error)
{
    QStringList names;
    const PluginLoader loader = sourcePlugins();
    for (const PluginLoader::Plugin &plugin : loader.staticPlugins()) {
        const Entry e = entryOf(plugin);
        names.append(e.name);
        if (e.name != name)
            continue;
        QString why;
        if (e.apiVersion != ApiVersion) {
            if (error)
                *error = QStringLiteral("telemetry source plugin '%1' has API version %2, expected %3")
                             .arg(name)
                             .arg(e.apiVersion)
                             .arg(ApiVersion);
            return nullptr;
        }
        if (!loader.check(plugin, ApiVersion, &why)) {
            if (error)
                *error = QStringLiteral("telemetry source plugin '%1': %2").arg(name, why);
            return nullptr;
        }
        auto *factory = qobject_cast<TelemetrySourcePlugin *>(loader.instance(plugin, &why));
        if (!factory) {
            if (error)
                *error = QStringLiteral("telemetry source plugin '%1' could not be instantiated").arg(name);
            qCWarning(lcPlugins) << "plugin" << name << "does not implement TelemetrySourcePlugin" << why;
            return nullptr;
        }
        return factory->create(parent);
    }
    if (error)
        *error = QStringLiteral("no telemetry source plugin named '%1' (available: %2)")
                     .arg(name, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
    return nullptr;
}

} // namespace twin
