// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/topologyexporter.h"

#include <QObject>

namespace twintest {

/// A format plugin whose plugin.json names apiVersion 99. Instantiating it counts how
/// often the registry did so: never, when the metadata check works.
class BadApiFormat : public QObject, public twin::TopologyExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.twinstudio.TopologyFormat/1" FILE "plugin.json")
    Q_INTERFACES(twin::TopologyExporter)

public:
    BadApiFormat();
    static int instances;

    QString formatId() const override { return QStringLiteral("future-format"); }
    QString displayName() const override { return QStringLiteral("Future"); }
    QStringList nameFilters() const override { return {}; }
    bool write(const twin::ProjectContent &, QIODevice *, QString *, const twin::ProgressCallback &) override
    {
        return false;
    }
};

} // namespace twintest
