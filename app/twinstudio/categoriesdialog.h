// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableView;

namespace twin {
class CategoryMapModel;
class Project;
}

namespace twin::ui {

/// Edits which interfaces count as Space, Device, Sensor or Person (their subtypes
/// follow): a table of root interfaces with a category each. OK applies the whole
/// table as one undoable edit.
class CategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    CategoriesDialog(Project *project, QWidget *parent = nullptr);

    CategoryMapModel *model() const { return m_model; }
    /// Adds \a dtmi (chosen from the loaded interfaces) as a root; used by the Add button.
    bool addRoot(const QString &dtmi);

    void accept() override;

private:
    void chooseRoot();

    CategoryMapModel *const m_model;
    QTableView *const m_table;
};

} // namespace twin::ui
