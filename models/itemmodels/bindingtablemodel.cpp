// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindingtablemodel.h"

#include "document/project.h"
#include "telemetry/bindingcheck.h"
#include "telemetry/setbindingscommand.h"

#include <QColor>
#include <QJsonArray>

namespace twin {

BindingTableModel::BindingTableModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Project::contentReset, this, &BindingTableModel::reload);
    // Bindings edited, a twin removed or retyped, a model replaced: the rows and marks follow.
    connect(project->undoStack(), &QUndoStack::indexChanged, this, &BindingTableModel::reload);
    reload();
}

void BindingTableModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_problems.clear();
    for (const QJsonValue &v : m_project->bindings()) {
        m_entries.append(v.toObject());
        m_problems.append(v.isObject() ? BindingCheck::problem(*m_project, v.toObject()) : tr("Not an object"));
    }
    endResetModel();
}

QString BindingTableModel::keyOf(int column)
{
    switch (column) {
    case NameColumn: return QStringLiteral("name");
    case TopicColumn: return QStringLiteral("topic");
    case PathColumn: return QStringLiteral("path");
    case ScaleColumn: return QStringLiteral("scale");
    case OffsetColumn: return QStringLiteral("offset");
    default: return QString();
    }
}

QString BindingTableModel::problem(int row) const
{
    return row >= 0 && row < m_problems.size() ? m_problems.at(row) : QString();
}

bool BindingTableModel::removeBinding(int row, QString *error)
{
    return SetBindingsCommand::remove(m_project, row, error);
}

int BindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const QJsonObject &e = m_entries.at(index.row());
    const QString problem = m_problems.at(index.row());
    if (role == ProblemRole)
        return problem;
    if (role == Qt::ForegroundRole && !problem.isEmpty())
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::ToolTipRole)
        return problem.isEmpty() ? QVariant() : problem;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (index.column()) {
    case TwinColumn:
        return e.contains(QStringLiteral("twin")) ? e.value(QStringLiteral("twin")).toString()
                                                    : tr("every %1").arg(e.value(QStringLiteral("model")).toString());
    case ScaleColumn:
        return e.value(QStringLiteral("scale")).toDouble(1.0);
    case OffsetColumn:
        return e.value(QStringLiteral("offset")).toDouble(0.0);
    case StatusColumn:
        return problem.isEmpty() ? tr("OK") : problem;
    default:
        return e.value(keyOf(index.column())).toString();
    }
}

bool BindingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || keyOf(index.column()).isEmpty())
        return false;
    QJsonObject e = m_entries.at(index.row());
    const QString key = keyOf(index.column());
    if (index.column() == ScaleColumn || index.column() == OffsetColumn) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            m_lastError = tr("%1 must be a number").arg(headerData(index.column(), Qt::Horizontal).toString());
            emit editRefused(m_lastError);
            return false;
        }
        e.insert(key, number);
    } else if (value.toString().isEmpty()) {
        e.remove(key);
    } else {
        e.insert(key, value.toString());
    }
    if (!SetBindingsCommand::replace(m_project, index.row(), e, &m_lastError)) {
        emit editRefused(m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

Qt::ItemFlags BindingTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !keyOf(index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TwinColumn: return tr("Twin");
    case NameColumn: return tr("Name");
    case TopicColumn: return tr("Topic");
    case PathColumn: return tr("Path");
    case ScaleColumn: return tr("Scale");
    case OffsetColumn: return tr("Offset");
    case StatusColumn: return tr("Status");
    default: return QVariant();
    }
}

} // namespace twin
