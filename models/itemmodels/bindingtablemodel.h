// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QStringList>

namespace twin {

class Project;

/**
 * The project's telemetry bindings as a table: twin (or the model of a pattern), name,
 * topic, path, scale, offset, and whether the binding still fits its twin and schema
 * (BindingCheck). A binding that no longer fits is marked, never dropped.
 *
 * Edits go through SetBindingsCommand with the same checks as the binding picker:
 * setData() refuses what does not fit and says why (lastError()).
 */
class BindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TwinColumn, NameColumn, TopicColumn, PathColumn, ScaleColumn, OffsetColumn, StatusColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 };

    explicit BindingTableModel(Project *project, QObject *parent = nullptr);

    /// Why binding \a row does not fit its twin or schema; empty when it fits.
    QString problem(int row) const;
    /// Removes binding \a row as one undo step.
    bool removeBinding(int row, QString *error);
    /// Why the last setData() was refused.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// An edit was refused; \a message says why.
    void editRefused(const QString &message);

private:
    void reload();
    static QString keyOf(int column);

    Project *const m_project;
    QList<QJsonObject> m_entries;
    QStringList m_problems;
    QString m_lastError;
};

} // namespace twin
