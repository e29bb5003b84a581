// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/topologyexporter.h"
#include "interchange/topologyimporter.h"

#include <QObject>

namespace twin {

/**
 * The Azure Digital Twins import-job file: newline-delimited JSON in up to four
 * sections, each opened by a marker line, optional but in this order:
 *
 *     {"Section": "Header"}         then one {"fileVersion", "author", "organization"} line
 *     {"Section": "Models"}         one DTDL interface per line
 *     {"Section": "Twins"}          {"$dtId", "$metadata": {"$model"}, properties...}
 *     {"Section": "Relationships"}  {"$dtId", "$relationshipId", "$targetId",
 *                                    "$relationshipName", properties...}
 *
 * Read line by line (constant memory besides the content itself); a line longer than
 * MaxLineBytes is an error located at its line and is skipped without being buffered. Geometry is not
 * written: the service rejects members its models do not declare; the native format
 * carries it.
 */
class AdtNdjsonFormat : public QObject, public TopologyImporter, public TopologyExporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.twinstudio.TopologyFormat/1" FILE "plugin.json")
    Q_INTERFACES(twin::TopologyImporter twin::TopologyExporter)

public:
    /// The longest line read: a record beyond this is refused (no real twin comes near).
    static constexpr qsizetype MaxLineBytes = qsizetype(16) << 20;

    explicit AdtNdjsonFormat(QObject *parent = nullptr);

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
