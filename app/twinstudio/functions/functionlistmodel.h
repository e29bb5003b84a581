// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondefinition.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace twin {
class FunctionStatusModel;
class Project;
}

namespace twin::ui {

/**
 * The Functions tab's list: each function of the project with its assignment, matchers
 * and whether it is enabled (from the document), and the live run's state, invocations,
 * errors, mean and p99 time and last error (from the session's FunctionStatusModel,
 * which updates on the session's tick).
 */
class FunctionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AssignedColumn,
        MatchersColumn,
        EnabledColumn,
        StateColumn,
        InvocationsColumn,
        ErrorsColumn,
        MeanTimeColumn,
        P99TimeColumn,
        LastErrorColumn,
        ColumnCount
    };

    FunctionListModel(Project *project, FunctionStatusModel *status, QObject *parent = nullptr);

    const FunctionDefinition &definition(int row) const { return m_functions.at(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QVariant statusOf(const QString &name, int column, int role) const;

    Project *const m_project;
    QPointer<FunctionStatusModel> m_status;
    QList<FunctionDefinition> m_functions;
};

} // namespace twin::ui
