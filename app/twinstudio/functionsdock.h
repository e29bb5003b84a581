// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QAction;
class QTreeView;

namespace twin {
class FunctionStatusModel;
}

namespace twin::ui {

/// The project's functions while live: enabled or why disabled (red, with the reason as
/// tooltip), invocations and errors of the current run.
class FunctionsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FunctionsDock(FunctionStatusModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /// New Function: asks for a function to be written (the Functions tab takes it).
    QAction *newFunctionAction() const { return m_newFunction; }

signals:
    void newFunctionRequested();

private:
    FunctionStatusModel *const m_model;
    QTreeView *const m_view;
    QAction *m_newFunction = nullptr;
};

} // namespace twin::ui
