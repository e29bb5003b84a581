// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrysourceregistry.h"

#include "core/logging.h"
#include "telemetrysource.h"

#include <QPluginLoader>
#include <QStaticPlugin>

namespace twin {

namespace {

bool isSourcePlugin(const QJsonObject &meta)
{
    return meta.value(QStringLiteral("IID")).toString() == QLatin1StringView(qobject_interface_iid<TelemetrySourcePlugin *>());
}

TelemetrySourceRegistry::Entry entryOf(const QJsonObject &meta)
{
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    return {data.value(QStringLiteral("name")).toString(), data.value(QStringLiteral("description")).toString(),
            data.value(QStringLiteral("apiVersion")).toInt()};
}

} // namespace

QList<TelemetrySourceRegistry::Entry> TelemetrySourceRegistry::available()
{
    QList<Entry> result;
    for (const QStaticPlugin &plugin : QPluginLoader::staticPlugins()) {
        const QJsonObject meta = plugin.metaData();
        if (!isSourcePlugin(meta))
            continue;
        const Entry e = entryOf(meta);
        if (e.apiVersion != ApiVersion) {
            qCWarning(lcPlugins) << "telemetry source plugin" << e.name << "has API version" << e.apiVersion
                                 << "instead of" << ApiVersion << "- skipped";
            continue;
        }
        result.append(e);
    }
    return result;
}

TelemetrySource *TelemetrySourceRegistry::create(const QString &name, QObject *parent, QString *error)
{
    QStringList names;
    for (const QStaticPlugin &plugin : QPluginLoader::staticPlugins()) {
        const QJsonObject meta = plugin.metaData();
        if (!isSourcePlugin(meta))
            continue;
        const Entry e = entryOf(meta);
        names.append(e.name);
        if (e.name != name)
            continue;
        if (e.apiVersion != ApiVersion) {
            if (error)
                *error = QStringLiteral("telemetry source plugin '%1' has API version %2, expected %3")
                             .arg(name)
                             .arg(e.apiVersion)
                             .arg(ApiVersion);
            return nullptr;
        }
        auto *factory = qobject_cast<TelemetrySourcePlugin *>(plugin.instance());
        if (!factory) {
            if (error)
                *error = QStringLiteral("telemetry source plugin '%1' could not be instantiated").arg(name);
            qCWarning(lcPlugins) << "plugin" << name << "does not implement TelemetrySourcePlugin";
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
