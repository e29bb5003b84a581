// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorymapmodel.h"

#include "document/project.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace twin {

CategoryMapModel::CategoryMapModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    setRows(project->models().categoryRoots());
}

void CategoryMapModel::setRows(const QHash<QString, Category> &roots)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = roots.cbegin(); it != roots.cend(); ++it)
        m_rows.append({it.key(), it.value()});
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.dtmi < b.dtmi; });
    endResetModel();
}

int CategoryMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CategoryMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CategoryMapModel::coverage(const QString &root) const
{
    const ModelRegistry &models = m_project->models();
    if (!models.contains(root))
        return 0;
    int n = 0;
    for (const QString &dtmi : models.interfaceIds()) {
        // An interface counts for the nearest root among itself and its ancestors.
        QString nearest;
        if (std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.dtmi == dtmi; })) {
            nearest = dtmi;
        } else {
            for (const QString &a : models.ancestors(dtmi)) {
                if (std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.dtmi == a; })) {
                    nearest = a;
                    break;
                }
            }
        }
        n += nearest == root;
    }
    return n;
}

QVariant CategoryMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool loaded = m_project->models().contains(row.dtmi);
    if (role == DtmiRole)
        return row.dtmi;
    if (role == Qt::ToolTipRole && !loaded)
        return tr("%1 is not loaded in this project: the entry applies once an ontology defining it is imported")
            .arg(row.dtmi);
    if (role == Qt::ForegroundRole && !loaded)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    switch (index.column()) {
    case InterfaceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.dtmi;
        break;
    case CategoryColumn:
        if (role == Qt::DisplayRole)
            return categoryDisplayName(row.category);
        if (role == Qt::EditRole)
            return int(row.category);
        break;
    case CoversColumn:
        if (role == Qt::DisplayRole)
            return loaded ? QVariant(coverage(row.dtmi)) : QVariant(tr("not loaded"));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool CategoryMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != CategoryColumn
        || role != Qt::EditRole)
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    const QList<Category> all = choices();
    if (!ok || !all.contains(Category(raw)))
        return false;
    m_rows[index.row()].category = Category(raw);
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags CategoryMapModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CategoryColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CategoryMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InterfaceColumn: return tr("Root interface");
    case CategoryColumn: return tr("Category");
    case CoversColumn: return tr("Interfaces");
    default: return {};
    }
}

QList<Category> CategoryMapModel::choices()
{
    return {Category::Space, Category::Device, Category::Sensor, Category::Person, Category::Other};
}

QStringList CategoryMapModel::candidates() const
{
    QStringList ids;
    for (const QString &dtmi : m_project->models().interfaceIds()) {
        if (std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.dtmi == dtmi; }))
            ids.append(dtmi);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool CategoryMapModel::addRoot(const QString &dtmi, Category category)
{
    if (!m_project->models().contains(dtmi)
        || std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.dtmi == dtmi; }))
        return false;
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), dtmi,
                                     [](const Row &r, const QString &id) { return r.dtmi < id; });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, {dtmi, category});
    endInsertRows();
    // Coverage of the other rows may have changed.
    emit dataChanged(index(0, CoversColumn), index(int(m_rows.size()) - 1, CoversColumn));
    return true;
}

void CategoryMapModel::removeRoot(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CoversColumn), index(int(m_rows.size()) - 1, CoversColumn));
}

void CategoryMapModel::resetToBuiltIn()
{
    setRows(ModelRegistry::defaultCategoryRoots());
}

void CategoryMapModel::revert()
{
    setRows(m_project->models().categoryRoots());
}

QHash<QString, Category> CategoryMapModel::roots() const
{
    QHash<QString, Category> map;
    for (const Row &r : m_rows)
        map.insert(r.dtmi, r.category);
    return map;
}

bool CategoryMapModel::isChanged() const
{
    return roots() != m_project->models().categoryRoots();
}

bool CategoryMapModel::apply(QString *error)
{
    return m_project->setCategoryRoots(roots(), error);
}

} // namespace twin
