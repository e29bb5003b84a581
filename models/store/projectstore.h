// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QString>

namespace twin {

class Project;
struct ProjectContent;

/**
 * Reads and writes *.twinproj files (SQLite). The contract other parts rely on:
 * open() fills a Project (replacing its content, clearing its undo stack, setting its
 * file name and marking it clean) or reports why not without touching it; save() writes
 * the whole project atomically and marks it clean.
 *
 * Saving writes a complete new file beside the target and renames it over the target,
 * so a crash or a failed save leaves the previous file as it was. Opening never writes:
 * a file of an older schema version is migrated in memory and rewritten in the current
 * version on the next save. Telemetry history is not part of this file (it belongs in a
 * companion file, see HistoryStore::companionPath()), so a save never rewrites history.
 */
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(twin::ProjectStore)

public:
    /// How much of each stored model is read. Outline keeps an interface's identity and
    /// its extends (all that twin categories depend on) and leaves out its contents and
    /// schemas, so a summary of a project with huge models (an enum of a million values)
    /// neither parses nor holds them. A project opened so must not be edited or saved.
    enum class ModelDetail { Full, Outline };

    static bool open(const QString &fileName, Project *project, Diagnostics *diagnostics,
                     ModelDetail detail = ModelDetail::Full);
    static bool save(Project *project, const QString &fileName, QString *error);

    /// Reads a project file into \a content. All or nothing: on failure \a content is
    /// unchanged and \a diagnostics say why (one line each, naming the file).
    static bool readContent(const QString &fileName, ProjectContent *content, Diagnostics *diagnostics,
                            ModelDetail detail = ModelDetail::Full);
    /// Writes \a content as a complete project file, atomically.
    static bool writeContent(const ProjectContent &content, const QString &fileName, QString *error);
    /// The schema version of a project file, or -1 (with \a error) when it is not one.
    static int schemaVersion(const QString &fileName, QString *error);
};

} // namespace twin
