// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace twin {

class TelemetrySource;

/**
 * Finds telemetry source plugins among the static plugins linked into the executable
 * (call twin::importStaticPlugins() first), through PluginLoader. Metadata (plugin.json:
 * name, apiVersion, description) is read before any instance is created; plugins with
 * another interface or apiVersion are skipped with a warning.
 */
class TelemetrySourceRegistry
{
public:
    static constexpr int ApiVersion = 1;

    struct Entry
    {
        QString name;
        QString description;
        int apiVersion = 0;
    };

    /// Every source plugin with a matching API version.
    static QList<Entry> available();
    /// Creates a source of the plugin named \a name ("mqtt", "simulator").
    static TelemetrySource *create(const QString &name, QObject *parent, QString *error);
};

} // namespace twin
