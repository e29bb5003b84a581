// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace twin {
class ContainmentTreeModel;
class Project;
class TwinFilterModel;
class TwinListModel;
}

namespace twin::ui {

/// The topology: the containment tree, and a filtered flat list while a search is typed.
class TopologyDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TopologyDock(Project *project, QWidget *parent = nullptr);

    /// Selects the twin with \a id in the tree (and scrolls to it); false if unknown.
    bool selectTwin(const QString &id);
    QString selectedTwin() const;

signals:
    void twinSelected(const QString &id);

private:
    void onFilterChanged(const QString &text);

    Project *const m_project;
    ContainmentTreeModel *const m_treeModel;
    TwinListModel *const m_listModel;
    TwinFilterModel *const m_filterModel;
    QLineEdit *const m_filter;
    QStackedWidget *const m_stack;
    QTreeView *const m_tree;
    QTreeView *const m_list;
};

} // namespace twin::ui
