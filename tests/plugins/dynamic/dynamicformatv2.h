// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/topologyexporter.h"

#include <QObject>

namespace twintest {

/// A shared-library format plugin whose plugin.json names apiVersion 2: the registry
/// must refuse it without instantiating it.
class DynamicFormatV2 : public QObject, public twin::TopologyExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.twinstudio.TopologyFormat/1" FILE "plugin-v2.json")
    Q_INTERFACES(twin::TopologyExporter)

public:
    QString formatId() const override { return QStringLiteral("dynamic-test-v2"); }
    QString displayName() const override { return QStringLiteral("Dynamic test format"); }
    QStringList nameFilters() const override { return {QStringLiteral("Dynamic (*.dyn)")}; }
    bool write(const twin::ProjectContent &, QIODevice *, QString *, const twin::ProgressCallback &) override
    {
        return false;
    }
};

} // namespace twintest
