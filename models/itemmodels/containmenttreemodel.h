// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace twin {

class Project;
class TwinGraph;

/**
 * The spatial hierarchy as a tree: roots are twins without a containment parent, and each
 * twin's children are the twins its containment relationships place under it. Follows
 * the graph's signals with fine-grained insert/remove/move notifications; bulk changes
 * arrive as a reset.
 */
class ContainmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        TwinIdRole = Qt::UserRole + 1,
        ModelRole,
        CategoryRole,   ///< twin::Category as int
        TwinIndexRole,  ///< dense graph index
    };
    Q_ENUM(Role)

    explicit ContainmentTreeModel(Project *project, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The MIME type of dragged twins: their ids, one per line (UTF-8).
    static constexpr const char *MimeType = "application/x-twinstudio-twin-ids";
    /// Twins drag onto other twins (moving them there where the ontology allows the
    /// containment, one undo step) and palette types drop onto twins (adding one there).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The model index of a twin (column 0), or an invalid index.
    QModelIndex indexOfTwin(int twinIndex) const;
    int twinIndexAt(const QModelIndex &index) const;

signals:
    /// A drop was refused, with the reason.
    void dropRefused(const QString &reason);

private:
    const QList<int> &siblingsOf(int parentTwin) const;
    int rowOf(int twinIndex) const;

    /// Tells views that every twin's category may have changed (the category map did).
    void announceCategories(const QModelIndex &parent);
    void onTwinAboutToBeInserted(int index);
    void onTwinInserted(int index);
    void onTwinAboutToBeRemoved(int index);
    void onTwinRemoved(int index);
    void onTwinChanged(int index);
    void onParentAboutToChange(int child, int oldParent, int newParent);
    void onParentChanged(int child, int oldParent, int newParent);

    Project *const m_project;
    const TwinGraph *const m_graph;
    bool m_moving = false;
};

} // namespace twin
