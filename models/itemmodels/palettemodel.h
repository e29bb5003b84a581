// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace twin {

class Project;

/**
 * The ontology palette: the loaded interfaces grouped by category (Space, Device,
 * Sensor, Person, Other), each draggable onto the plan or the tree as
 * "application/x-twinstudio-model" (the DTMI, UTF-8). Rebuilt when the project's
 * models change (open, import).
 */
class PaletteModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { ModelIdRole = Qt::UserRole + 1, CategoryRole };
    static constexpr const char *MimeType = "application/x-twinstudio-model";

    explicit PaletteModel(Project *project, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    /// Re-reads the project's models.
    void refresh();

private:
    struct Entry
    {
        QString id;
        QString name;
        QString tooltip;
        QString dataType; ///< sensors: the data type their icon shows
    };
    struct Group
    {
        Category category;
        QList<Entry> entries;
    };

    Project *const m_project;
    QList<Group> m_groups;
};

/// Keeps palette entries whose name or DTMI contains the text, with their groups.
class PaletteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PaletteFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace twin
