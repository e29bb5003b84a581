// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/topologyexporter.h"

#include <QObject>

namespace twintest {

/// A format plugin built as a shared library, loaded by FormatRegistry::loadPluginsFrom().
class DynamicFormat : public QObject, public twin::TopologyExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.twinstudio.TopologyFormat/1" FILE "plugin.json")
    Q_INTERFACES(twin::TopologyExporter)

public:
    QString formatId() const override { return QStringLiteral("dynamic-test"); }
    QString displayName() const override { return QStringLiteral("Dynamic test format"); }
    QStringList nameFilters() const override { return {QStringLiteral("Dynamic (*.dyn)")}; }
    bool write(const twin::ProjectContent &, QIODevice *device, QString *, const twin::ProgressCallback &) override;
};

} // namespace twintest
