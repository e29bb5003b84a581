// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/topiccatalogue.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace twin {

/**
 * The topic browser's tree: a top-level node per connection, under it one node per topic
 * level, topics with their message count, rate, retained flag, binding state and a preview
 * of their last payload. The same topic on two connections is two rows, each with its own
 * figures. Unbound topics stand out (ForegroundRole, tooltip).
 *
 * update() takes what a TopicCatalogue reports changed since the last tick: counts change
 * in place (one dataChanged per parent), new topics are inserted as one range per parent
 * (a view looks each inserted range up among the rows it shows). The search text
 * (setFilterText()) keeps the topics that contain it, their ancestors with them.
 */
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TopicColumn, CountColumn, RateColumn, RetainedColumn, BoundColumn, PayloadColumn, ColumnCount };
    enum Role { TopicRole = Qt::UserRole + 1, IsTopicRole, BoundRole, ConnectionRole };

    explicit TopicTreeModel(QObject *parent = nullptr);

    /// Applies the changes of one tick; \a nowMs is the tick's time (for the rates).
    void update(const QList<TopicCatalogue::TopicInfo> &changes, qint64 nowMs);
    /// Forgets every topic (a new connection).
    void clear();
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /// What the top-level node of \a connection (a profile's id; empty: none) shows.
    void setConnectionName(const QString &connection, const QString &name);

    int topicCount() const { return int(m_entries.size()); }
    int unboundTopicCount() const { return m_unbound; }
    /// The index of \a topic of \a connection (column 0), invalid when it is not shown.
    QModelIndex indexOfTopic(const QString &topic, const QString &connection = {}) const;
    /// The top-level node of \a connection, invalid when it has no topic shown.
    QModelIndex indexOfConnection(const QString &connection) const;
    double rate(const QString &topic, const QString &connection = {}) const;

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
        int node = -1;         ///< its node, -1 while the search hides it
    };
    struct Node
    {
        QString level;
        QString path;        ///< the topic levels down to this one; empty for a connection
        QString connection;
        int parent = -1;     ///< -1: top level (a connection)
        int row = 0;
        int entry = -1;      ///< index into m_entries when the node is a topic
        QList<int> children;
    };
    static QString keyOf(const QString &connection, const QString &path) { return connection + QChar(0) + path; }
    static QString connectionKey(const QString &connection) { return connection + QChar(1); }
    bool accepts(const QString &topic) const;
    /// The node of \a path of \a connection, created (with its ancestors) when missing;
    /// announces nothing.
    int nodeFor(const QString &connection, const QString &path);
    /// Inserts the nodes of new topics (entries), one row range per parent that exists.
    void insertTopics(const QList<int> &entries);
    /// The deepest node that exists on the way to \a path (-1: not even the connection's),
    /// with \a firstNew the key of the first node missing below it (empty: none missing).
    int existingAncestor(const QString &connection, const QString &path, QString *firstNew) const;
    void rebuild();
    QModelIndex indexOfNode(int node, int column) const;
    /// One dataChanged per parent over the rows of \a nodes, columns \a first..\a last.
    void announce(const QList<int> &nodes, int first, int last);

    std::vector<Entry> m_entries;
    QHash<QString, int> m_entryOf;   ///< keyOf(connection, topic) → entry
    std::vector<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_nodeOf;    ///< keyOf(connection, path) or connectionKey() → node
    QHash<QString, QString> m_connectionNames;
    QString m_filter;
    int m_unbound = 0;
    qint64 m_rateStartMs = -1;
};

} // namespace twin
