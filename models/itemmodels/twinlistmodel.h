// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

#include "core/category.h"

namespace twin {

class Project;
class TwinGraph;

/// Every twin of the project as a flat table (id, name, type, category), in graph order.
class TwinListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, ModelColumn, CategoryColumn, ColumnCount };
    enum Role { TwinIdRole = Qt::UserRole + 1, CategoryRole, TwinIndexRole };

    explicit TwinListModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfTwin(int twinIndex) const;

private:
    void rebuild();

    Project *const m_project;
    const TwinGraph *const m_graph;
    QList<int> m_rows; ///< live graph slots, ascending
    int m_pendingRow = -1;
};

/// Filters a TwinListModel by free text (id, name, model) and optionally one category.
class TwinFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TwinFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setCategory(std::optional<Category> category);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<Category> m_category;
};

} // namespace twin
