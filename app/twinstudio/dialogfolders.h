// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace twin::ui {

/**
 * Where a file dialog opens: the folder the user last chose a file of that kind in
 * (projects, topology files, ontologies, captures), remembered across runs, else the
 * user's documents folder -- never the folder the application happened to start in.
 */
class DialogFolders
{
public:
    enum class Kind { Projects, Topologies, Ontologies, Captures };

    /// The folder to open a dialog of \a kind in.
    static QString folder(Kind kind);
    /// \a path (a file or a folder) was chosen in a dialog of \a kind: its folder is next.
    static void remember(Kind kind, const QString &path);
    /// A path in the folder of \a kind for a file named \a baseName (made safe for a file
    /// name: no slashes or other characters file systems refuse) with \a suffix.
    static QString suggestion(Kind kind, const QString &baseName, const QString &suffix);
};

} // namespace twin::ui
