// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "document/importoptions.h"

#include <QObject>

#include <optional>

class QWidget;

namespace twin {
class Project;
}

namespace twin::ui {

/// Import and export of topologies in every format a plugin provides, with a progress
/// dialog that can cancel, and an error dialog that lists every problem with its line;
/// import of DTDL ontologies and the category map that makes their types spaces,
/// devices, sensors and people.
class InterchangeActions : public QObject
{
    Q_OBJECT

public:
    InterchangeActions(Project *project, QWidget *window);

    /// Asks for a file and imports it (one undo step). Returns whether anything changed.
    bool importTopology();
    /// Imports \a path; the format is recognised from the content. When the file
    /// defines models the project has with another definition, asks whether to keep or
    /// replace them; when some twins or relationships are invalid, asks whether to import
    /// the valid ones (and then lists those left out).
    bool importFile(const QString &path);
    bool exportTopology();
    /// Exports to \a path in the format of the dialog filter \a filter (one of
    /// exportFilters()), adding the format's extension when \a path has none of its own.
    bool exportFile(const QString &path, const QString &filter);

    /// The import dialog's filters: every topology file first, then one per format.
    static QStringList importFilters();
    /// The export dialog's filters, one per format.
    static QStringList exportFilters();
    /// The glob patterns of a dialog filter ("Name (*.a *.b)" → "*.a", "*.b").
    static QStringList patternsOf(const QString &filter);
    /// \a path, with the first pattern's extension added when it matches none of them.
    static QString withExtension(const QString &path, const QString &filter);

    /// Asks for DTDL files, or with \a folder for a folder of them, and loads them as one
    /// undo step; every error is listed with its file and line.
    bool importOntology(bool folder);
    bool importOntologyPaths(const QStringList &paths);
    /// Opens the category map editor (CategoriesDialog).
    void editCategories();

private:
    std::optional<ImportOptions::Models> askModels(const QString &name, const QStringList &models,
                                                   const Diagnostics &diagnostics);
    bool askPartial(const QString &name, const Diagnostics &diagnostics);
    void showLeftOut(const QString &name, const Diagnostics &diagnostics);
    static QString formatted(const Diagnostics &diagnostics);

    Project *const m_project;
    QWidget *const m_window;
};

} // namespace twin::ui
