// SPDX-License-Identifier: GPL-3.0-or-later
#include "topictreemodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QSet>

namespace twin {

namespace {
constexpr qint64 RateWindowMs = 1000;
/// Beyond this many parents changed at once, one range over the top level stands for them.
constexpr int MaxPreciseRanges = 32;
}

TopicTreeModel::TopicTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

bool TopicTreeModel::accepts(const QString &topic) const
{
    return m_filter.isEmpty() || topic.contains(m_filter, Qt::CaseInsensitive);
}

int TopicTreeModel::nodeFor(const QString &connection, const QString &path)
{
    const QString key = path.isNull() ? connectionKey(connection) : keyOf(connection, path);
    const auto found = m_nodeOf.constFind(key);
    if (found != m_nodeOf.cend())
        return *found;
    Node node;
    node.connection = connection;
    if (path.isNull()) {
        node.parent = -1;
    } else {
        // An empty level ("a//b", "/a") is a level too: only the topic's start has no parent level.
        const qsizetype slash = path.lastIndexOf(u'/');
        node.parent = nodeFor(connection, slash < 0 ? QString() : path.left(slash));
        node.level = slash < 0 ? path : path.mid(slash + 1);
        node.path = path;
        if (node.path.isNull())
            node.path = QStringLiteral("");
    }
    QList<int> &siblings = node.parent < 0 ? m_roots : m_nodes[std::size_t(node.parent)].children;
    node.row = int(siblings.size());
    const int id = int(m_nodes.size());
    siblings.append(id);
    m_nodes.push_back(std::move(node));
    m_nodeOf.insert(key, id);
    return id;
}

int TopicTreeModel::existingAncestor(const QString &connection, const QString &path, QString *firstNew) const
{
    firstNew->clear();
    QString candidate = path;
    while (true) {
        const QString key = keyOf(connection, candidate);
        if (const auto it = m_nodeOf.constFind(key); it != m_nodeOf.cend())
            return *it;
        *firstNew = key;
        const qsizetype slash = candidate.lastIndexOf(u'/');
        if (slash < 0)
            break;
        candidate.truncate(slash);
    }
    const QString top = connectionKey(connection);
    if (const auto it = m_nodeOf.constFind(top); it != m_nodeOf.cend())
        return *it;
    *firstNew = top;
    return -1;
}

void TopicTreeModel::insertTopics(const QList<int> &entries)
{
    // Grouped by the deepest node that exists above each: every group becomes one range
    // of new rows at the end of that node's children, its subtrees built inside it.
    QHash<int, QList<int>> topics;
    QHash<int, QSet<QString>> newChildren;
    QList<int> parents;
    QString firstNew;
    for (int e : entries) {
        Entry &entry = m_entries[std::size_t(e)];
        const int parent = existingAncestor(entry.info.connection, entry.info.topic, &firstNew);
        if (firstNew.isEmpty()) {
            // The topic's node stood for a level already; now it is a topic too.
            entry.node = parent;
            m_nodes[std::size_t(parent)].entry = e;
            const QModelIndex index = indexOfNode(parent, 0);
            emit dataChanged(index, index.siblingAtColumn(PayloadColumn));
            continue;
        }
        auto it = topics.find(parent);
        if (it == topics.end()) {
            parents.append(parent);
            it = topics.insert(parent, {});
        }
        it->append(e);
        newChildren[parent].insert(firstNew);
    }
    for (int parent : std::as_const(parents)) {
        const int first = parent < 0 ? int(m_roots.size()) : int(m_nodes[std::size_t(parent)].children.size());
        beginInsertRows(parent < 0 ? QModelIndex() : indexOfNode(parent, 0), first,
                        first + int(newChildren.value(parent).size()) - 1);
        for (int e : topics.value(parent)) {
            Entry &entry = m_entries[std::size_t(e)];
            entry.node = nodeFor(entry.info.connection, entry.info.topic);
            m_nodes[std::size_t(entry.node)].entry = e;
        }
        endInsertRows();
    }
}

void TopicTreeModel::update(const QList<TopicCatalogue::TopicInfo> &changes, qint64 nowMs)
{
    QList<int> changed;
    QList<int> fresh;
    for (const TopicCatalogue::TopicInfo &info : changes) {
        const QString key = keyOf(info.connection, info.topic);
        auto it = m_entryOf.constFind(key);
        if (it == m_entryOf.cend()) {
            m_entries.push_back(Entry{info, 0.0, 0, -1});
            m_unbound += info.bound ? 0 : 1;
            it = m_entryOf.insert(key, int(m_entries.size()) - 1);
            if (accepts(info.topic))
                fresh.append(*it);
            continue;
        }
        Entry &entry = m_entries[std::size_t(*it)];
        m_unbound += (info.bound ? 0 : 1) - (entry.info.bound ? 0 : 1);
        entry.info = info;
        if (entry.node >= 0)
            changed.append(entry.node);
    }
    insertTopics(fresh);
    if (m_rateStartMs < 0)
        m_rateStartMs = nowMs;
    if (nowMs - m_rateStartMs >= RateWindowMs) {
        const double seconds = double(nowMs - m_rateStartMs) / 1000.0;
        QList<int> rated;
        for (Entry &e : m_entries) {
            const double rate = double(e.info.count - e.rateCount) / seconds;
            e.rateCount = e.info.count;
            if (rate != e.rate) {
                e.rate = rate;
                if (e.node >= 0)
                    rated.append(e.node);
            }
        }
        m_rateStartMs = nowMs;
        announce(rated, RateColumn, RateColumn);
    }
    announce(changed, CountColumn, PayloadColumn);
}

void TopicTreeModel::announce(const QList<int> &nodes, int first, int last)
{
    QHash<int, QPair<int, int>> ranges; // parent → (first row, last row)
    for (int n : nodes) {
        const Node &node = m_nodes[std::size_t(n)];
        auto it = ranges.find(node.parent);
        if (it == ranges.end())
            ranges.insert(node.parent, {node.row, node.row});
        else
            *it = {std::min(it->first, node.row), std::max(it->second, node.row)};
    }
    if (ranges.size() > MaxPreciseRanges && !m_roots.isEmpty()) {
        // A tree view looks each range's first row up among all the rows it shows: with
        // thousands of parents changing per tick (one device per topic level) that search
        // made a tick take hundreds of milliseconds. One range over the top level repaints
        // what the view shows; no row changes size or children here.
        emit dataChanged(index(0, first), index(int(m_roots.size()) - 1, last));
        return;
    }
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        const QModelIndex parent = it.key() < 0 ? QModelIndex() : indexOfNode(it.key(), 0);
        emit dataChanged(index(it->first, first, parent), index(it->second, last, parent));
    }
}

void TopicTreeModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_entryOf.clear();
    m_nodes.clear();
    m_roots.clear();
    m_nodeOf.clear();
    m_rateStartMs = -1;
    m_unbound = 0;
    endResetModel();
}

void TopicTreeModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    beginResetModel();
    rebuild();
    endResetModel();
}

void TopicTreeModel::setConnectionName(const QString &connection, const QString &name)
{
    if (m_connectionNames.value(connection) == name && m_connectionNames.contains(connection))
        return;
    m_connectionNames.insert(connection, name);
    if (const QModelIndex index = indexOfConnection(connection); index.isValid())
        emit dataChanged(index, index);
}

void TopicTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    m_nodeOf.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        e.node = accepts(e.info.topic) ? nodeFor(e.info.connection, e.info.topic) : -1;
        if (e.node >= 0)
            m_nodes[std::size_t(e.node)].entry = int(i);
    }
}

QModelIndex TopicTreeModel::indexOfTopic(const QString &topic, const QString &connection) const
{
    const auto it = m_nodeOf.constFind(keyOf(connection, topic));
    return it == m_nodeOf.cend() ? QModelIndex() : indexOfNode(*it, 0);
}

QModelIndex TopicTreeModel::indexOfConnection(const QString &connection) const
{
    const auto it = m_nodeOf.constFind(connectionKey(connection));
    return it == m_nodeOf.cend() ? QModelIndex() : indexOfNode(*it, 0);
}

double TopicTreeModel::rate(const QString &topic, const QString &connection) const
{
    const auto it = m_entryOf.constFind(keyOf(connection, topic));
    return it == m_entryOf.cend() ? 0.0 : m_entries[std::size_t(*it)].rate;
}

QModelIndex TopicTreeModel::indexOfNode(int node, int column) const
{
    return createIndex(m_nodes[std::size_t(node)].row, column, quintptr(node));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const QList<int> &siblings = parent.isValid() ? m_nodes[std::size_t(parent.internalId())].children : m_roots;
    if (row >= siblings.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int parent = m_nodes[std::size_t(child.internalId())].parent;
    return parent < 0 ? QModelIndex() : indexOfNode(parent, 0);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[std::size_t(parent.internalId())].children.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node &node = m_nodes[std::size_t(index.internalId())];
    const Entry *entry = node.entry >= 0 ? &m_entries[std::size_t(node.entry)] : nullptr;
    const bool isConnection = node.parent < 0;
    switch (role) {
    case TopicRole:
        return isConnection ? QVariant() : QVariant(node.path);
    case ConnectionRole:
        return node.connection;
    case IsTopicRole:
        return entry != nullptr;
    case BoundRole:
        return entry && entry->info.bound;
    case Qt::FontRole:
        if (isConnection) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::ForegroundRole:
        // Unbound topics stand out: what arrives there reaches no twin.
        return entry && !entry->info.bound ? QVariant(QColor(0xb3, 0x40, 0x00)) : QVariant();
    case Qt::ToolTipRole:
        if (isConnection)
            return node.connection.isEmpty() ? tr("The topics of the source without a connection profile")
                                             : tr("The topics of connection %1").arg(node.connection);
        if (!entry)
            return node.path;
        return entry->info.bound ? tr("%1\nBound: its values reach twins").arg(node.path)
                                 : tr("%1\nNo binding takes this topic").arg(node.path);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn || index.column() == RateColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    if (index.column() == TopicColumn) {
        if (!isConnection)
            return node.level;
        const auto name = m_connectionNames.constFind(node.connection);
        if (name != m_connectionNames.cend())
            return *name;
        return node.connection.isEmpty() ? tr("(source)") : node.connection;
    }
    if (!entry)
        return QVariant();
    switch (index.column()) {
    case CountColumn:
        return QString::number(entry->info.count);
    case RateColumn:
        return QString::number(entry->rate, 'f', entry->rate < 10 ? 1 : 0);
    case RetainedColumn:
        return entry->info.retained ? tr("retained") : QString();
    case BoundColumn:
        return entry->info.bound ? tr("bound") : tr("unbound");
    case PayloadColumn:
        return QString::fromUtf8(entry->info.lastPayload).simplified();
    default:
        return QVariant();
    }
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TopicColumn: return tr("Topic");
    case CountColumn: return tr("Messages");
    case RateColumn: return tr("Rate (/s)");
    case RetainedColumn: return tr("Retained");
    case BoundColumn: return tr("Binding");
    case PayloadColumn: return tr("Last payload");
    default: return QVariant();
    }
}

} // namespace twin
