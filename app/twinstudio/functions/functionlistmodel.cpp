// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionlistmodel.h"

#include "document/project.h"
#include "itemmodels/functionstatusmodel.h"

namespace twin::ui {

FunctionListModel::FunctionListModel(Project *project, FunctionStatusModel *status, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_status(status)
{
    connect(m_project, &Project::functionsChanged, this, &FunctionListModel::reload);
    // Opening a project (or the demo) replaces the content without a functionsChanged.
    connect(m_project, &Project::contentReset, this, &FunctionListModel::reload);
    if (m_status) {
        connect(m_status, &QAbstractItemModel::dataChanged, this, [this] {
            if (!m_functions.isEmpty())
                emit dataChanged(index(0, StateColumn), index(rowCount() - 1, LastErrorColumn));
        });
        connect(m_status, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_functions.isEmpty())
                emit dataChanged(index(0, StateColumn), index(rowCount() - 1, LastErrorColumn));
        });
    }
    reload();
}

void FunctionListModel::reload()
{
    beginResetModel();
    m_functions.clear();
    for (const QJsonValue &v : m_project->functions()) {
        FunctionDefinition d;
        if (FunctionDefinition::fromJson(v.toObject(), &d, nullptr))
            m_functions.append(d);
    }
    endResetModel();
}

int FunctionListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_functions.size(); ++i) {
        if (m_functions.at(i).name == name)
            return i;
    }
    return -1;
}

int FunctionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_functions.size());
}

int FunctionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunctionListModel::statusOf(const QString &name, int column, int role) const
{
    if (!m_status)
        return {};
    const int row = m_status->rowOf(name);
    if (row < 0)
        return {};
    switch (column) {
    case StateColumn:
        return m_status->index(row, FunctionStatusModel::StateColumn).data(role);
    case InvocationsColumn:
        return m_status->index(row, 0).data(FunctionStatusModel::InvocationsRole);
    case ErrorsColumn:
        return m_status->index(row, 0).data(FunctionStatusModel::FailuresRole);
    case MeanTimeColumn:
        return m_status->index(row, FunctionStatusModel::MeanTimeColumn).data(role);
    case P99TimeColumn:
        return m_status->index(row, FunctionStatusModel::P99TimeColumn).data(role);
    case LastErrorColumn:
        return m_status->index(row, 0).data(FunctionStatusModel::LastErrorRole);
    default:
        return {};
    }
}

QVariant FunctionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_functions.size())
        return {};
    const FunctionDefinition &f = m_functions.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return f.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == LastErrorColumn)
        return statusOf(f.name, LastErrorColumn, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return f.name;
    case AssignedColumn: return f.assignedTo.isEmpty() ? tr("whole project") : f.assignedTo;
    case MatchersColumn: {
        QStringList matchers;
        for (const Matcher &m : f.matchers)
            matchers.append(m.conditions.isEmpty() ? tr("every sensor") : m.toString());
        return matchers.join(QStringLiteral(" | "));
    }
    case EnabledColumn: return f.enabled ? tr("yes") : tr("no");
    case InvocationsColumn:
    case ErrorsColumn: {
        const QVariant v = statusOf(f.name, index.column(), role);
        return v.isValid() ? v : QVariant(0);
    }
    default: return statusOf(f.name, index.column(), role);
    }
}

QVariant FunctionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Function");
    case AssignedColumn: return tr("Assigned to");
    case MatchersColumn: return tr("Matchers");
    case EnabledColumn: return tr("Enabled");
    case StateColumn: return tr("State");
    case InvocationsColumn: return tr("Invocations");
    case ErrorsColumn: return tr("Errors");
    case MeanTimeColumn: return tr("Mean time");
    case P99TimeColumn: return tr("p99 time");
    case LastErrorColumn: return tr("Last error");
    default: return {};
    }
}

} // namespace twin::ui
