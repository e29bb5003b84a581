// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionstatusmodel.h"

#include "document/project.h"
#include "functions/functioneditor.h"

#include <QBrush>
#include <QColor>

namespace twin {

FunctionStatusModel::FunctionStatusModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(m_project, &Project::functionsChanged, this, &FunctionStatusModel::reload);
    connect(m_project, &Project::contentReset, this, &FunctionStatusModel::reload);
    reload();
}

void FunctionStatusModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QList<FunctionDefinition> definitions = FunctionEditor(m_project).functions();
    for (const FunctionDefinition &d : definitions)
        m_rows.append(Row{d.name, d.enabled, d.disabledReason, m_stats.value(d.name)});
    endResetModel();
}

void FunctionStatusModel::setRunState(RunState state)
{
    if (m_runState == state)
        return;
    m_runState = state;
    emitChanged(StateColumn, StateColumn);
}

void FunctionStatusModel::setStats(const QHash<QString, FunctionStats> &stats)
{
    m_stats = stats;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        const FunctionStats s = m_stats.value(r.name);
        if (s.invocations == r.stats.invocations && s.failures == r.stats.failures && s.lastError == r.stats.lastError
            && s.meanNs == r.stats.meanNs && s.p99Ns == r.stats.p99Ns)
            continue;
        r.stats = s;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void FunctionStatusModel::emitChanged(int firstColumn, int lastColumn)
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, firstColumn), index(int(m_rows.size()) - 1, lastColumn));
}

QString FunctionStatusModel::timeText(qint64 ns)
{
    if (ns <= 0)
        return QString();
    if (ns < 100000)
        return QStringLiteral("%1 µs").arg(double(ns) / 1e3, 0, 'f', ns < 10000 ? 1 : 0);
    return QStringLiteral("%1 ms").arg(double(ns) / 1e6, 0, 'f', ns < 10000000 ? 2 : 1);
}

int FunctionStatusModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

int FunctionStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunctionStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FunctionStatusModel::stateText(const Row &row) const
{
    if (!row.enabled)
        return row.disabledReason.isEmpty() ? tr("Disabled") : tr("Disabled: %1").arg(row.disabledReason);
    switch (m_runState) {
    case RunState::Running:
        return tr("Running");
    case RunState::Untrusted:
        return tr("Not run: the project is not trusted");
    case RunState::Stopped:
        break;
    }
    return tr("Enabled");
}

QVariant FunctionStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case StateColumn:
            return stateText(r);
        case InvocationsColumn:
            return r.stats.invocations;
        case FailuresColumn:
            return r.stats.failures;
        case MeanTimeColumn:
            return timeText(r.stats.meanNs);
        case P99TimeColumn:
            return timeText(r.stats.p99Ns);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (!r.enabled && !r.disabledReason.isEmpty())
            return r.disabledReason;
        if (!r.stats.lastError.isEmpty())
            return tr("Last error: %1").arg(r.stats.lastError);
        return QVariant();
    case Qt::ForegroundRole:
        if (!r.enabled && !r.disabledReason.isEmpty())
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn && index.column() != StateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case NameRole:
        return r.name;
    case EnabledRole:
        return r.enabled;
    case DisabledReasonRole:
        return r.disabledReason;
    case InvocationsRole:
        return r.stats.invocations;
    case FailuresRole:
        return r.stats.failures;
    case LastErrorRole:
        return r.stats.lastError;
    case MeanTimeRole:
        return double(r.stats.meanNs) / 1e6;
    case P99TimeRole:
        return double(r.stats.p99Ns) / 1e6;
    default:
        return QVariant();
    }
}

QVariant FunctionStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Function");
    case StateColumn:
        return tr("State");
    case InvocationsColumn:
        return tr("Invocations");
    case FailuresColumn:
        return tr("Errors");
    case MeanTimeColumn:
        return tr("Mean time");
    case P99TimeColumn:
        return tr("p99 time");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> FunctionStatusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(EnabledRole, "enabled");
    names.insert(DisabledReasonRole, "disabledReason");
    names.insert(InvocationsRole, "invocations");
    names.insert(FailuresRole, "failures");
    names.insert(LastErrorRole, "lastError");
    names.insert(MeanTimeRole, "meanTime");
    names.insert(P99TimeRole, "p99Time");
    return names;
}

} // namespace twin
