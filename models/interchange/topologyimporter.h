// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "document/projectcontent.h"
#include "interchange/progresscallback.h"
#include "interchange/sourcemap.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QIODevice;

namespace twin {

/**
 * Reads a topology file into a ProjectContent. Implemented by format plugins (Tiled's
 * MapFormat shape); found through FormatRegistry.
 *
 * A reader checks what its format defines (syntax, sections, required members, value
 * types) and reports every problem, located by line (or JSON pointer), not only the
 * first. It does not know the project: checks against it (duplicate ids, relationships
 * to missing twins, unknown models) run afterwards in TopologyImport, using the
 * SourceMap the reader filled so those messages are located too.
 *
 * Implementations keep no state between calls: one plugin instance serves every
 * caller, and a read may run in a worker thread (behind a progress dialog, say)
 * while the document stays on the GUI thread until Project::importContent().
 */
class TopologyImporter
{
public:
    virtual ~TopologyImporter() = default;

    /// Stable id used on the command line, e.g. "adt-ndjson".
    virtual QString formatId() const = 0;
    virtual QString displayName() const = 0;
    /// File dialog filters, e.g. "Azure Digital Twins import (*.ndjson)".
    virtual QStringList nameFilters() const = 0;

    /// Whether \a head (the first bytes of a file, up to 64 KiB) looks like this format.
    /// Used to pick a reader when the user names none.
    virtual bool canRead(const QByteArray &head) const = 0;

    /**
     * Reads \a device (opened for reading) into \a out. On failure returns false with
     * every problem in \a diagnostics (located in \a fileName); \a out then holds the
     * records that could be read (so the project checks can still run on them), or is
     * left alone when nothing could be read or the read was cancelled. \a progress gets
     * bytes read out of the device size; when it returns false, reading stops and fails
     * with one "cancelled" error. \a sourceMap, when given, receives the location of
     * each record added to \a out.
     */
    virtual bool read(QIODevice *device, const QString &fileName, ProjectContent *out,
                      Diagnostics *diagnostics, const ProgressCallback &progress = {},
                      SourceMap *sourceMap = nullptr) = 0;
};

} // namespace twin

#define TwinTopologyImporter_iid "org.twinstudio.TopologyImporter/1"
Q_DECLARE_INTERFACE(twin::TopologyImporter, TwinTopologyImporter_iid)
