// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/topologyexporter.h"
#include "interchange/topologyimporter.h"

#include <QObject>

namespace twin {

/**
 * The graph file of Azure Digital Twins Explorer (its "Import graph" / "Export graph"):
 *
 *     {"digitalTwinsFileInfo": {"fileVersion": "1.0.0"},
 *      "digitalTwinsGraph": {"digitalTwins": [twin...], "relationships": [rel...]},
 *      "digitalTwinsModels": [interface...]}
 *
 * Twins are ADT twin JSON; relationships carry their source as "$sourceId". Written
 * with one twin, relationship or model per line, so errors in a file we wrote (or
 * edited by hand) are reported by line; otherwise by JSON pointer. Geometry is not
 * written (see AdtNdjsonFormat).
 */
class ExplorerJsonFormat : public QObject, public TopologyImporter, public TopologyExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.twinstudio.TopologyFormat/1" FILE "plugin.json")
    Q_INTERFACES(twin::TopologyImporter twin::TopologyExporter)

public:
    explicit ExplorerJsonFormat(QObject *parent = nullptr);

    QString formatId() const override;
    QString displayName() const override;
    QStringList nameFilters() const override;

    bool canRead(const QByteArray &head) const override;
    bool read(QIODevice *device, const QString &fileName, ProjectContent *out,
              Diagnostics *diagnostics, const ProgressCallback &progress = {},
              SourceMap *sourceMap = nullptr) override;

    bool write(const ProjectContent &content, QIODevice *device, QString *error,
               const ProgressCallback &progress = {}) override;
};

} // namespace twin
