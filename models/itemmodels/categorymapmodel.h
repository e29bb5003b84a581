// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"

#include <QAbstractTableModel>
#include <QHash>

namespace twin {

class Project;

/**
 * A draft of a project's category map, for the categories dialog: one row per root
 * interface, sorted by DTMI, with its category (editable) and how many of the loaded
 * interfaces it decides. Roots of the built-in map that the project has not loaded (REC
 * in a project without it) are listed too, marked as not loaded. Nothing reaches the
 * project until apply(), which makes the whole draft one undoable edit.
 */
class CategoryMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { InterfaceColumn, CategoryColumn, CoversColumn, ColumnCount };
    enum Role { DtmiRole = Qt::UserRole + 1 };

    explicit CategoryMapModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The categories a row can take, in the order the editor offers them.
    static QList<Category> choices();
    /// Loaded interfaces that are not roots yet, sorted.
    QStringList candidates() const;
    /// Adds \a dtmi (a loaded interface, not yet a root) as a root of \a category.
    bool addRoot(const QString &dtmi, Category category);
    void removeRoot(int row);
    /// Replaces the draft with the built-in map.
    void resetToBuiltIn();
    /// Re-reads the project's map, dropping the draft.
    void revert() override;

    QHash<QString, Category> roots() const;
    /// Whether the draft differs from the project's map.
    bool isChanged() const;
    /// Sets the project's map to the draft (one undo step); false with \a error when the
    /// project refuses it.
    bool apply(QString *error = nullptr);

private:
    struct Row
    {
        QString dtmi;
        Category category;
    };
    void setRows(const QHash<QString, Category> &roots);
    int coverage(const QString &root) const;

    Project *const m_project;
    QList<Row> m_rows;
};

} // namespace twin
