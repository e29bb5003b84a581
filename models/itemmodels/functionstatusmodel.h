// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functionstats.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace twin {

class Project;

/**
 * The project's functions as the live session sees them: name, state (enabled, disabled
 * with the reason the runtime gave, waiting for the project to be trusted, running) and
 * the invocations, failures and mean and p99 time per invocation of the current run. Follows the document's function
 * definitions; the run's figures come from setStats() on the session's tick.
 */
class FunctionStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, InvocationsColumn, FailuresColumn, MeanTimeColumn, P99TimeColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        EnabledRole,
        DisabledReasonRole,
        InvocationsRole,
        FailuresRole,
        LastErrorRole,
        MeanTimeRole, ///< ms, a double (0 before the first invocation)
        P99TimeRole,  ///< ms, a double
    };
    /// What the live session does with the project's functions.
    enum class RunState { Stopped, Running, Untrusted };
    Q_ENUM(RunState)

    explicit FunctionStatusModel(Project *project, QObject *parent = nullptr);

    RunState runState() const { return m_runState; }
    void setRunState(RunState state);
    /// The figures of the current run (an empty hash: a new run).
    void setStats(const QHash<QString, FunctionStats> &stats);
    /// A time per invocation as shown ("0.42 ms", "85 µs"); empty for 0 (none yet).
    static QString timeText(qint64 ns);
    /// The row of the function called \a name, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString name;
        bool enabled = true;
        QString disabledReason;
        FunctionStats stats;
    };
    void reload();
    QString stateText(const Row &row) const;
    void emitChanged(int firstColumn, int lastColumn);

    Project *const m_project;
    QList<Row> m_rows;
    QHash<QString, FunctionStats> m_stats;
    RunState m_runState = RunState::Stopped;
};

} // namespace twin
