// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectcontent.h"
#include "interchange/progresscallback.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QIODevice;

namespace twin {

/**
 * Writes a ProjectContent in one file format. Implemented by format plugins; found
 * through FormatRegistry.
 *
 * Output is deterministic: the same content gives the same bytes, so exports diff well
 * and golden-file tests can compare them byte for byte. Implementations keep no state
 * between calls, so a write of a ProjectContent snapshot may run in a worker thread.
 */
class TopologyExporter
{
public:
    virtual ~TopologyExporter() = default;

    virtual QString formatId() const = 0;
    virtual QString displayName() const = 0;
    virtual QStringList nameFilters() const = 0;
    /// Whether exports in this format carry the built-in models the twins use (see
    /// ExportContent): true for formats other platforms read, which lack them.
    virtual bool carriesBuiltInModels() const { return true; }

    /**
     * Writes \a content to \a device (opened for writing). \a progress gets records
     * written out of all records; when it returns false, writing stops and fails with
     * "cancelled" in \a error.
     */
    virtual bool write(const ProjectContent &content, QIODevice *device, QString *error,
                       const ProgressCallback &progress = {}) = 0;

    /**
     * Writes \a content to the file \a path atomically (QSaveFile): on failure or
     * cancellation an existing file is left as it was. Formats that can also write a
     * folder (dtdl) override this.
     */
    virtual bool writeFile(const ProjectContent &content, const QString &path, QString *error,
                           const ProgressCallback &progress = {});
};

} // namespace twin

#define TwinTopologyExporter_iid "org.twinstudio.TopologyExporter/1"
Q_DECLARE_INTERFACE(twin::TopologyExporter, TwinTopologyExporter_iid)
