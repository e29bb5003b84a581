// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/topiccatalogue.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace twin {

/**
 * The topic browser's tree: one node per topic level, topics with their message count,
 * rate, retained flag, binding state and a preview of their last payload. Unbound topics
 * stand out (ForegroundRole, tooltip).
 *
 * update() takes what a TopicCatalogue reports changed since the last tick: counts change
 * in place (one dataChanged per parent), new topics are inserted. The search text
 * (setFilterText()) keeps the topics that contain it, their ancestors with them.
 */
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TopicColumn, CountColumn, RateColumn, RetainedColumn, BoundColumn, PayloadColumn, ColumnCount };
    enum Role { TopicRole = Qt::UserRole + 1, IsTopicRole, BoundRole };

    explicit TopicTreeModel(QObject *parent = nullptr);

    /// Applies the changes of one tick; \a nowMs is the tick's time (for the rates).
    void update(const QList<TopicCatalogue::TopicInfo> &changes, qint64 nowMs);
    /// Forgets every topic (a new connection).
    void clear();
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    int topicCount() const { return int(m_entries.size()); }
    int unboundTopicCount() const;
    /// The index of \a topic (column 0), invalid when it is not shown.
    QModelIndex indexOfTopic(const QString &topic) const;
    double rate(const QString &topic) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        TopicCatalogue::TopicInfo info;
        double rate = 0.0;
        quint64 rateCount = 0; ///< count at the start of the rate window
    };
    struct Node
    {
        QString level;
        QString path;
        int parent = -1;     ///< -1: top level
        int row = 0;
        int entry = -1;      ///< index into m_entries when the node is a topic
        QList<int> children;
    };
    bool accepts(const QString &topic) const;
    /// The node of \a path, created (with its ancestors) when missing; emits inserts when
    /// \a notify.
    int nodeFor(const QString &path, bool notify);
    void rebuild();
    QModelIndex indexOfNode(int node, int column) const;
    /// One dataChanged per parent over the rows of \a nodes, columns \a first..\a last.
    void announce(const QList<int> &nodes, int first, int last);

    std::vector<Entry> m_entries;
    QHash<QString, int> m_entryOf;   ///< topic → entry
    std::vector<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_nodeOf;    ///< path → node
    QString m_filter;
    qint64 m_rateStartMs = -1;
};

} // namespace twin
