// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinlistmodel.h"

#include "document/project.h"
#include "graph/twingraph.h"

#include <algorithm>

namespace twin {

TwinListModel::TwinListModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_graph(project->graph())
{
    rebuild();
    connect(m_graph, &TwinGraph::twinAboutToBeInserted, this, [this](int slot) {
        m_pendingRow = int(std::lower_bound(m_rows.begin(), m_rows.end(), slot) - m_rows.begin());
        beginInsertRows(QModelIndex(), m_pendingRow, m_pendingRow);
        m_rows.insert(m_pendingRow, slot);
    });
    connect(m_graph, &TwinGraph::twinInserted, this, [this] { endInsertRows(); });
    connect(m_graph, &TwinGraph::twinAboutToBeRemoved, this, [this](int slot) {
        const int row = rowOfTwin(slot);
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
    });
    connect(m_graph, &TwinGraph::twinRemoved, this, [this] { endRemoveRows(); });
    connect(m_graph, &TwinGraph::twinChanged, this, [this](int slot) {
        const int row = rowOfTwin(slot);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(project, &Project::categoriesChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
    connect(m_graph, &TwinGraph::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_graph, &TwinGraph::wasReset, this, [this] {
        rebuild();
        endResetModel();
    });
}

void TwinListModel::rebuild()
{
    m_rows = m_graph->twinIndices();
}

int TwinListModel::rowOfTwin(int twinIndex) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), twinIndex);
    return it != m_rows.cend() && *it == twinIndex ? int(it - m_rows.cbegin()) : -1;
}

int TwinListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TwinListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TwinListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int slot = m_rows.at(index.row());
    // Rows are updated before the graph finishes an insertion; the twin may not be there yet.
    if (!m_graph->isTwinAlive(slot))
        return QVariant();
    const Twin &t = m_graph->twin(slot);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn: return t.id;
        case NameColumn: return t.displayName();
        case ModelColumn: return t.model;
        case CategoryColumn: return categoryDisplayName(m_project->categoryOf(t));
        }
        return QVariant();
    case TwinIdRole:
        return t.id;
    case CategoryRole:
        return int(m_project->categoryOf(t));
    case TwinIndexRole:
        return slot;
    default:
        return QVariant();
    }
}

QVariant TwinListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case IdColumn: return tr("Id");
    case NameColumn: return tr("Name");
    case ModelColumn: return tr("Model");
    case CategoryColumn: return tr("Category");
    }
    return QVariant();
}

TwinFilterModel::TwinFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TwinFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void TwinFilterModel::setCategory(std::optional<Category> category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

bool TwinFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_category) {
        const QModelIndex i = source->index(sourceRow, 0, sourceParent);
        if (source->data(i, TwinListModel::CategoryRole).toInt() != int(*m_category))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {TwinListModel::IdColumn, TwinListModel::NameColumn, TwinListModel::ModelColumn}) {
        const QModelIndex i = source->index(sourceRow, column, sourceParent);
        if (source->data(i).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace twin
