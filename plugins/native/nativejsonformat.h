// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/topologyexporter.h"
#include "interchange/topologyimporter.h"

#include <QObject>

namespace twin {

/**
 * TwinStudio's own interchange file: everything in a ProjectContent, losslessly.
 *
 *     {
 *         "format": "twinstudio-project",
 *         "version": 1,
 *         "models": [ interface, ... ],
 *         "twins": [ {"$dtId", "$geometry"?, "$metadata": {"$model"}, properties...}, ... ],
 *         "relationships": [ {"$relationshipId", "$relationshipName", "$sourceId",
 *                             "$targetId", properties...}, ... ],
 *         "functions": [...], "bindings": [...], "connections": [...],
 *         "viewState": {...},
 *         "categoryRoots": {"dtmi": "Space", ...},        (empty: the defaults)
 *         "containmentRules": [{"name", "direction"}, ...] (empty: the defaults)
 *     }
 *
 * Top-level members in this fixed order, one array element per line with object keys
 * sorted: the same project always gives the same bytes, and a change to one twin is a
 * one-line diff. Geometry is Geometry::toJson() under "$geometry".
 */
class NativeJsonFormat : public QObject, public TopologyImporter, public TopologyExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.twinstudio.TopologyFormat/1" FILE "plugin.json")
    Q_INTERFACES(twin::TopologyImporter twin::TopologyExporter)

public:
    static constexpr int fileVersion = 1;

    explicit NativeJsonFormat(QObject *parent = nullptr);

    QString formatId() const override;
    QString displayName() const override;
    QStringList nameFilters() const override;
    /// Like the project file: every TwinStudio has the core ontology.
    bool carriesBuiltInModels() const override { return false; }

    bool canRead(const QByteArray &head) const override;
    bool read(QIODevice *device, const QString &fileName, ProjectContent *out,
              Diagnostics *diagnostics, const ProgressCallback &progress = {},
              SourceMap *sourceMap = nullptr) override;

    bool write(const ProjectContent &content, QIODevice *device, QString *error,
               const ProgressCallback &progress = {}) override;
};

} // namespace twin
