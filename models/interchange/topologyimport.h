// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "document/importoptions.h"
#include "document/projectcontent.h"
#include "interchange/progresscallback.h"
#include "interchange/sourcemap.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

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
 *
 * ImportOptions relax that: models the project holds with another definition can be
 * kept or replaced, and a partial import adds every valid twin and relationship and
 * reports each one left out as "file:LINE: warning: ...".
 */
class TopologyImport
{
    Q_DECLARE_TR_FUNCTIONS(twin::TopologyImport)

public:
    /// What a failed import met, for a caller that asks the user how to go on.
    struct Outcome
    {
        /// Models the project holds with another definition (refused: ImportOptions::models).
        QStringList modelConflicts;
        /// Whether a partial import could add part of the file (some records were read
        /// and the import was not partial already).
        bool partialPossible = false;
    };

    /// The records check() found at fault (indices into the content), so that a partial
    /// import can leave them out.
    struct Faults
    {
        QSet<qsizetype> models;
        QSet<qsizetype> twins;
        QSet<qsizetype> relationships;
        QStringList modelConflicts;
        int unattributed = 0; ///< errors no record can be left out for
    };

    /**
     * Cross-checks content read from \a file against \a project (may be null: the file
     * alone): twin ids valid and unique, models known (in the file or loaded), model
     * DTMIs valid, relationships with ids, names, existing ends and unique ids, models
     * not already loaded with another definition. Every problem is located through
     * \a sourceMap. \a partial: the content is what remained of a file with syntax
     * errors; checks that a skipped record could satisfy (relationship ends, models of
     * twins) are left out, so one broken line does not cascade into many errors.
     */
    /// \a options: with Models::Keep or Replace, a model loaded with another definition
    /// is no error. \a faults, when given, receives the records at fault.
    static Diagnostics check(const ProjectContent &content, const SourceMap &sourceMap,
                             const Project *project, const QString &file, bool partial = false,
                             const ImportOptions &options = {}, Faults *faults = nullptr);

    /// Models of \a content that \a project already holds with the same definition are
    /// dropped (re-importing a file is not an error); \a sourceMap is kept in step.
    static void dropLoadedModels(ProjectContent *content, SourceMap *sourceMap, const Project &project);

    /// Reads \a device with \a importer and imports it into \a project. On failure
    /// \a outcome says what the options could change.
    static bool importInto(Project *project, TopologyImporter *importer, QIODevice *device,
                           const QString &fileName, Diagnostics *diagnostics,
                           const ProgressCallback &progress = {}, const ImportOptions &options = {},
                           Outcome *outcome = nullptr);
    /// Opens \a path and imports it; \a importer null: picked by content.
    static bool importFile(Project *project, TopologyImporter *importer, const QString &path,
                           Diagnostics *diagnostics, const ProgressCallback &progress = {},
                           const ImportOptions &options = {}, Outcome *outcome = nullptr);

    /// Whether \a path is DTDL: a folder (of DTDL files), or a file whose first JSON
    /// object has a DTDL @context. Project::importOntology() loads those.
    static bool isDtdl(const QString &path);
};

} // namespace twin
