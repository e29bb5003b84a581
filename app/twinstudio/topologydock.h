// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QAbstractItemModel;
class QAction;
class QLineEdit;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace twin {
class ContainmentTreeModel;
class Project;
class TwinFilterModel;
class TwinListModel;
class TwinSelection;
}

namespace twin::ui {

/**
 * The topology: the containment tree, and a filtered flat list while a search is typed.
 * Both show the shared twin selection and change it: Ctrl-click and Shift-click select
 * several twins; the list selects among the twins it lists.
 */
class TopologyDock : public QDockWidget
{
    Q_OBJECT

public:
    TopologyDock(Project *project, TwinSelection *selection, QWidget *parent = nullptr);
    ~TopologyDock() override;

    /// Deletes the selected twins with what they contain, as one step (Del in the tree or
    /// the list); false when nothing is selected or the project refused.
    bool deleteSelection();
    /// The tree's context menu for the twin \a parentId (empty: the top level): Add with
    /// each type the ontology lets it contain, and Delete.
    QMenu *contextMenu(const QString &parentId);
    /// Adds a twin of \a model under \a parentId (one step) and selects it.
    bool addChild(const QString &model, const QString &parentId);

signals:
    /// The user asked to chart the selected twins.
    void chartRequested(const QStringList &twinIds);

private:
    void onFilterChanged(const QString &text);
    /// Tells the shared selection what \a view has selected (the user changed it).
    void reportSelection(QTreeView *view, int idRole);
    /// Shows the shared selection in the tree and the list, but not in the view that is
    /// reporting it; \a reveal scrolls to the current twin, expanding what holds it.
    void showSelection(bool reveal);
    void showSelectionIn(QTreeView *view, bool reveal);
    /// The row of \a id in \a view (column 0), or an invalid index.
    QModelIndex indexIn(QTreeView *view, const QString &id) const;
    /// Row removals, moves, resets and re-sorts of \a model change the selection of its view
    /// without the user: such changes are not reported, and the view shows the shared
    /// selection again once the model is done. Connects what must run before the view's
    /// selection model does: call before the view gets \a model.
    void guardModelChanges(QAbstractItemModel *model);
    /// The part of guardModelChanges() that must run after the view's selection model.
    void showAfterModelChanges(QAbstractItemModel *model, QTreeView *view);

    Project *const m_project;
    TwinSelection *const m_selection;
    QAction *m_deleteAction = nullptr;
    QAction *m_chartAction = nullptr;
    ContainmentTreeModel *const m_treeModel;
    TwinListModel *const m_listModel;
    TwinFilterModel *const m_filterModel;
    QLineEdit *const m_filter;
    QStackedWidget *const m_stack;
    QTreeView *const m_tree;
    QTreeView *const m_list;
    QTreeView *m_reporting = nullptr; ///< the view whose change is being reported
    bool m_showing = false;           ///< the views' selection is being set from the shared one
    int m_modelChanges = 0;           ///< model changes under way
};

} // namespace twin::ui
