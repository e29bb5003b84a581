// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "document/projectcontent.h"
#include "interchange/progresscallback.h"
#include "interchange/sourcemap.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace twin {

class Project;
class TopologyImporter;

/**
 * Imports a topology file into a project, all or nothing: read with a format's
 * TopologyImporter, check the content against the project with source locations, then
 * Project::importContent() (one undo step). On any error the project is unchanged and
 * every problem is in the diagnostics, as "file:LINE: error: message" where the format
 * has lines.
 */
class TopologyImport
{
    Q_DECLARE_TR_FUNCTIONS(twin::TopologyImport)

public:
    /**
     * Cross-checks content read from \a file against \a project (may be null: the file
     * alone): twin ids valid and unique, models known (in the file or loaded), model
     * DTMIs valid, relationships with ids, names, existing ends and unique ids, models
     * not already loaded with another definition. Every problem is located through
     * \a sourceMap. \a partial: the content is what remained of a file with syntax
     * errors; checks that a skipped record could satisfy (relationship ends, models of
     * twins) are left out, so one broken line does not cascade into many errors.
     */
    static Diagnostics check(const ProjectContent &content, const SourceMap &sourceMap,
                             const Project *project, const QString &file, bool partial = false);

    /// Models of \a content that \a project already holds with the same definition are
    /// dropped (re-importing a file is not an error); \a sourceMap is kept in step.
    static void dropLoadedModels(ProjectContent *content, SourceMap *sourceMap, const Project &project);

    /// Reads \a device with \a importer and imports it into \a project.
    static bool importInto(Project *project, TopologyImporter *importer, QIODevice *device,
                           const QString &fileName, Diagnostics *diagnostics,
                           const ProgressCallback &progress = {});
    /// Opens \a path and imports it; \a importer null: picked by content.
    static bool importFile(Project *project, TopologyImporter *importer, const QString &path,
                           Diagnostics *diagnostics, const ProgressCallback &progress = {});
};

} // namespace twin
