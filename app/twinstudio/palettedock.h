// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QMenu;

namespace twin {
class PaletteFilterModel;
class PaletteModel;
class Project;
class TwinSelection;
}

namespace twin::ui {

/// The ontology palette: the loaded types by category, searchable, dragged onto the plan.
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteDock(Project *project, QWidget *parent = nullptr);
    /// The selection whose current twin a palette entry's context menu adds to.
    void setSelection(TwinSelection *selection) { m_selection = selection; }
    /// The context menu of the palette entry \a model: Add to the current twin, where the
    /// ontology allows it.
    QMenu *contextMenu(const QString &model);

private:
    PaletteModel *const m_model;
    PaletteFilterModel *const m_filter;
    Project *const m_project;
    TwinSelection *m_selection = nullptr;
};

} // namespace twin::ui
