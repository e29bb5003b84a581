// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace twin {
class BindingTableModel;
class Project;
}

namespace twin::ui {

/// The project's telemetry bindings in a table: edit a cell, delete a row; what does not
/// fit is refused with a message, and bindings whose twin or schema no longer fit are
/// marked (BindingTableModel).
class BindingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BindingsDialog(Project *project, QWidget *parent = nullptr);

    BindingTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;
    /// Deletes the selected bindings as one step each.
    void deleteSelected();

private:
    BindingTableModel *const m_model;
    QTableView *const m_view;
    QLabel *m_message = nullptr;
};

} // namespace twin::ui
