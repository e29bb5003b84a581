// SPDX-License-Identifier: GPL-3.0-or-later
#include "containmenttreemodel.h"
#include "twinicons.h"

#include "palettemodel.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "graph/twingraph.h"

#include <QMimeData>

namespace twin {

ContainmentTreeModel::ContainmentTreeModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
    , m_graph(project->graph())
{
    connect(m_graph, &TwinGraph::twinAboutToBeInserted, this, &ContainmentTreeModel::onTwinAboutToBeInserted);
    connect(m_graph, &TwinGraph::twinInserted, this, &ContainmentTreeModel::onTwinInserted);
    connect(m_graph, &TwinGraph::twinAboutToBeRemoved, this, &ContainmentTreeModel::onTwinAboutToBeRemoved);
    connect(m_graph, &TwinGraph::twinRemoved, this, &ContainmentTreeModel::onTwinRemoved);
    connect(m_graph, &TwinGraph::twinChanged, this, &ContainmentTreeModel::onTwinChanged);
    connect(m_graph, &TwinGraph::parentAboutToChange, this, &ContainmentTreeModel::onParentAboutToChange);
    connect(m_graph, &TwinGraph::parentChanged, this, &ContainmentTreeModel::onParentChanged);
    connect(m_graph, &TwinGraph::aboutToReset, this, &ContainmentTreeModel::beginResetModel);
    connect(m_graph, &TwinGraph::wasReset, this, &ContainmentTreeModel::endResetModel);
    connect(project, &Project::categoriesChanged, this, [this] { announceCategories(QModelIndex()); });
}

void ContainmentTreeModel::announceCategories(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, columnCount(parent) - 1, parent),
                     {CategoryRole, Qt::DecorationRole});
    for (int row = 0; row < rows; ++row)
        announceCategories(index(row, 0, parent));
}

const QList<int> &ContainmentTreeModel::siblingsOf(int parentTwin) const
{
    return parentTwin < 0 ? m_graph->roots() : m_graph->childrenOf(parentTwin);
}

int ContainmentTreeModel::rowOf(int twinIndex) const
{
    return int(siblingsOf(m_graph->parentOf(twinIndex)).indexOf(twinIndex));
}

QModelIndex ContainmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount(parent) || row < 0)
        return QModelIndex();
    const int parentTwin = parent.isValid() ? int(parent.internalId()) : -1;
    const QList<int> &siblings = siblingsOf(parentTwin);
    if (row >= siblings.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex ContainmentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int parentTwin = m_graph->parentOf(int(child.internalId()));
    if (parentTwin < 0)
        return QModelIndex();
    return createIndex(rowOf(parentTwin), 0, quintptr(parentTwin));
}

int ContainmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(siblingsOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int ContainmentTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ContainmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const int twinIndex = int(index.internalId());
    if (!m_graph->isTwinAlive(twinIndex))
        return QVariant();
    const Twin &t = m_graph->twin(twinIndex);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return t.displayName();
        return t.model.section(u':', -1).section(u';', 0, 0);
    case Qt::ToolTipRole:
        // The name in full first: the tree elides a long one.
        if (t.displayName() != t.id)
            return QStringLiteral("%1\n%2\n%3").arg(t.displayName(), t.id, t.model);
        return QStringLiteral("%1\n%2").arg(t.id, t.model);
    case Qt::DecorationRole: {
        if (index.column() != 0)
            return QVariant();
        const Category category = m_project->categoryOf(t);
        return twinIcon(category, category == Category::Sensor ? m_project->sensorDataType(t) : QString());
    }
    case TwinIdRole:
        return t.id;
    case ModelRole:
        return t.model;
    case CategoryRole:
        return int(m_project->categoryOf(t));
    case TwinIndexRole:
        return twinIndex;
    default:
        return QVariant();
    }
}

QVariant ContainmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == 0 ? tr("Name") : tr("Type");
}

QHash<int, QByteArray> ContainmentTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TwinIdRole, "twinId");
    names.insert(ModelRole, "model");
    names.insert(CategoryRole, "category");
    names.insert(TwinIndexRole, "twinIndex");
    return names;
}

QModelIndex ContainmentTreeModel::indexOfTwin(int twinIndex) const
{
    if (!m_graph->isTwinAlive(twinIndex))
        return QModelIndex();
    return createIndex(rowOf(twinIndex), 0, quintptr(twinIndex));
}

int ContainmentTreeModel::twinIndexAt(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

// A new twin is appended to the roots (TwinGraph::insertTwin).
void ContainmentTreeModel::onTwinAboutToBeInserted(int)
{
    const int row = int(m_graph->roots().size());
    beginInsertRows(QModelIndex(), row, row);
}

void ContainmentTreeModel::onTwinInserted(int)
{
    endInsertRows();
}

// A twin is removed only once it is a childless root (its relationships go first).
void ContainmentTreeModel::onTwinAboutToBeRemoved(int index)
{
    const int row = int(m_graph->roots().indexOf(index));
    beginRemoveRows(QModelIndex(), row, row);
}

void ContainmentTreeModel::onTwinRemoved(int)
{
    endRemoveRows();
}

void ContainmentTreeModel::onTwinChanged(int index)
{
    const QModelIndex first = indexOfTwin(index);
    emit dataChanged(first, first.siblingAtColumn(columnCount() - 1));
}

void ContainmentTreeModel::onParentAboutToChange(int child, int oldParent, int newParent)
{
    const QModelIndex from = oldParent < 0 ? QModelIndex() : indexOfTwin(oldParent);
    const QModelIndex to = newParent < 0 ? QModelIndex() : indexOfTwin(newParent);
    const int row = rowOf(child);
    const int destination = int(siblingsOf(newParent).size());
    // Moving the last child to the end of the same parent is no move at all.
    m_moving = beginMoveRows(from, row, row, to, destination);
}

void ContainmentTreeModel::onParentChanged(int, int, int)
{
    if (m_moving)
        endMoveRows();
    m_moving = false;
}

Qt::ItemFlags ContainmentTreeModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractItemModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

Qt::DropActions ContainmentTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ContainmentTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType), QString::fromLatin1(PaletteModel::MimeType)};
}

QMimeData *ContainmentTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.siblingAtColumn(0).data(TwinIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), ids.join(u'\n').toUtf8());
    return data;
}

namespace {

QStringList draggedTwins(const QMimeData *data)
{
    return QString::fromUtf8(data->data(QString::fromLatin1(ContainmentTreeModel::MimeType)))
        .split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

bool ContainmentTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                           const QModelIndex &parent) const
{
    Q_UNUSED(action);
    Q_UNUSED(row);
    Q_UNUSED(column);
    const int target = twinIndexAt(parent);
    const QString targetId = target >= 0 ? m_graph->twin(target).id : QString();
    if (data->hasFormat(QString::fromLatin1(PaletteModel::MimeType))) {
        const QString model = QString::fromUtf8(data->data(QString::fromLatin1(PaletteModel::MimeType)));
        return target < 0 ? m_project->models().contains(model)
                          : TwinFactory::childModels(*m_project, targetId).contains(model);
    }
    const QStringList ids = draggedTwins(data);
    for (const QString &id : ids) {
        const int child = m_graph->indexOfTwin(id);
        if (child < 0 || child == target || (target >= 0 && m_graph->isAncestor(child, target)))
            return false;
        if (target >= 0 && !TwinFactory::childModels(*m_project, targetId).contains(m_graph->twin(child).model))
            return false;
    }
    return !ids.isEmpty();
}

bool ContainmentTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                        const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        emit dropRefused(tr("The ontology does not let it be placed there"));
        return false;
    }
    const int target = twinIndexAt(parent);
    const QString targetId = target >= 0 ? m_graph->twin(target).id : QString();
    QString error;
    bool ok = true;
    if (data->hasFormat(QString::fromLatin1(PaletteModel::MimeType))) {
        ok = TwinFactory::add(m_project, QString::fromUtf8(data->data(QString::fromLatin1(PaletteModel::MimeType))),
                              targetId, &error);
    } else {
        const QStringList ids = draggedTwins(data);
        QUndoStack *stack = m_project->undoStack();
        if (ids.size() > 1)
            stack->beginMacro(tr("Move %n twin(s)", nullptr, int(ids.size())));
        for (const QString &id : ids)
            ok = ok && m_project->reparent(id, targetId, &error);
        if (ids.size() > 1)
            stack->endMacro();
    }
    if (!ok)
        emit dropRefused(error);
    // The graph's signals move the rows; the model removes none itself (removeRows()).
    return ok;
}

} // namespace twin
