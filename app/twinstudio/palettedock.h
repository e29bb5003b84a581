// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

namespace twin {
class PaletteFilterModel;
class PaletteModel;
class Project;
}

namespace twin::ui {

/// The ontology palette: the loaded types by category, searchable, dragged onto the plan.
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteDock(Project *project, QWidget *parent = nullptr);

private:
    PaletteModel *const m_model;
    PaletteFilterModel *const m_filter;
};

} // namespace twin::ui
