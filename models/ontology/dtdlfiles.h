// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "ontology/dtdlparser.h"

#include <QList>
#include <QStringList>

namespace twin {

/// Collects DTDL documents from files and folders (folders recursively, *.json, in
/// sorted order). Ontologies come as hundreds of small files, so listing and reading
/// avoid per-file overhead: no stat per directory entry, one read per file.
class DtdlFiles
{
public:
    /// Reads \a paths; unreadable or missing paths are reported in \a diagnostics.
    static QList<DtdlParser::Document> read(const QStringList &paths, Diagnostics *diagnostics);
};

} // namespace twin
