// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twin {

class Project;

/**
 * The project setting "historyLocation": where the project's history is read and recorded.
 * Empty for the file beside the project, else a file path (relative to the project's
 * folder, or absolute) or a `postgresql://user@host:port/db` URL, never with a password.
 *
 * Kept under its key of the project's view state while the project is open (so a change
 * is one SetViewStateCommand, undoable like any edit) and in the project file's settings
 * table (ProjectStore moves it there and back).
 */
class HistoryLocationSetting
{
public:
    /// The key, in the view state and in the settings table.
    static QString key() { return QStringLiteral("historyLocation"); }

    /// The setting of \a project (empty: the file beside the project).
    static QString of(const Project &project);
    /// Sets \a location (trimmed) on \a project through its undo stack; nothing is pushed
    /// when it does not change. False with why when a URL carries a password: passwords
    /// come from the environment, PGPASSFILE or ~/.pgpass, never from the project.
    static bool set(Project *project, const QString &location, QString *error);
};

} // namespace twin
