// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QString>

namespace twin {

class Project;

/**
 * Reads and writes *.twinproj files (SQLite). The contract other parts rely on:
 * open() fills a Project (replacing its content, clearing its undo stack, setting its
 * file name and marking it clean) or reports why not without touching it; save() writes
 * the whole project atomically and marks it clean.
 */
class ProjectStore
{
public:
    static bool open(const QString &fileName, Project *project, Diagnostics *diagnostics);
    static bool save(Project *project, const QString &fileName, QString *error);
};

} // namespace twin
