// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologydock.h"

#include "document/project.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/twinlistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace twin::ui {

TopologyDock::TopologyDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Topology"), parent)
    , m_project(project)
    , m_treeModel(new ContainmentTreeModel(project, this))
    , m_listModel(new TwinListModel(project, this))
    , m_filterModel(new TwinFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_list(new QTreeView(this))
{
    setObjectName(QStringLiteral("TopologyDock"));
    m_filterModel->setSourceModel(m_listModel);
    m_tree->setObjectName(QStringLiteral("TopologyTree"));
    m_list->setObjectName(QStringLiteral("TwinList"));

    m_filter->setPlaceholderText(tr("Filter twins by id, name or type"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type to list the twins whose id, name or model contains the text"));

    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The type column keeps a fixed share (the user may drag it): sizing it to its contents
    // would measure every expanded row and starve the names in a narrow dock.
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(1, m_tree->fontMetrics().horizontalAdvance(QStringLiteral("Multisensor")) + 12);
    m_list->setModel(m_filterModel);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(TwinListModel::IdColumn, Qt::AscendingOrder);

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_list);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack);
    setWidget(content);
    content->setMinimumWidth(300);

    connect(m_filter, &QLineEdit::textChanged, this, &TopologyDock::onFilterChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        emit twinSelected(current.data(ContainmentTreeModel::TwinIdRole).toString());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        emit twinSelected(current.data(TwinListModel::TwinIdRole).toString());
    });
    connect(m_treeModel, &QAbstractItemModel::modelReset, m_tree, [this] { m_tree->expandToDepth(2); });
}

void TopologyDock::onFilterChanged(const QString &text)
{
    m_filterModel->setText(text.trimmed());
    m_stack->setCurrentWidget(text.trimmed().isEmpty() ? static_cast<QWidget *>(m_tree) : m_list);
}

bool TopologyDock::selectTwin(const QString &id)
{
    const QModelIndex index = m_treeModel->indexOfTwin(m_project->graph()->indexOfTwin(id));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

QString TopologyDock::selectedTwin() const
{
    return m_tree->currentIndex().data(ContainmentTreeModel::TwinIdRole).toString();
}

} // namespace twin::ui
