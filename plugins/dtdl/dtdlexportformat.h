// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/topologyexporter.h"

#include <QObject>

namespace twin {

/**
 * Exports the project's models as DTDL, in the order they were loaded, each interface
 * as written in its source document.
 *
 * To a file: one indented JSON array of all interfaces (what `ontology validate` and
 * Azure Digital Twins model upload accept). To a folder (an existing directory, or a
 * path ending in '/'): one indented file per interface, named after its DTMI without
 * the "dtmi:" scheme, ':' replaced by '.', and ";N" by ".vN" — e.g.
 * dtmi:com:example:Room;1 → com.example.Room.v1.json.
 */
class DtdlExportFormat : public QObject, public TopologyExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.twinstudio.TopologyFormat/1" FILE "plugin.json")
    Q_INTERFACES(twin::TopologyExporter)

public:
    explicit DtdlExportFormat(QObject *parent = nullptr);

    QString formatId() const override;
    QString displayName() const override;
    QStringList nameFilters() const override;

    bool write(const ProjectContent &content, QIODevice *device, QString *error,
               const ProgressCallback &progress = {}) override;
    bool writeFile(const ProjectContent &content, const QString &path, QString *error,
                   const ProgressCallback &progress = {}) override;

    /// The file name writeFile() gives \a dtmi in a folder.
    static QString fileNameFor(const QString &dtmi);
};

} // namespace twin
