// SPDX-License-Identifier: GPL-3.0-or-later
#include "topictreemodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>

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

int TopicTreeModel::nodeFor(const QString &path, bool notify)
{
    const auto found = m_nodeOf.constFind(path);
    if (found != m_nodeOf.cend())
        return *found;
    const qsizetype slash = path.lastIndexOf(u'/');
    const int parent = slash < 0 ? -1 : nodeFor(path.left(slash), notify);
    Node node;
    node.level = slash < 0 ? path : path.mid(slash + 1);
    node.path = path;
    node.parent = parent;
    QList<int> &siblings = parent < 0 ? m_roots : m_nodes[std::size_t(parent)].children;
    node.row = int(siblings.size());
    const int id = int(m_nodes.size());
    if (notify)
        beginInsertRows(parent < 0 ? QModelIndex() : indexOfNode(parent, 0), node.row, node.row);
    m_nodes.push_back(node);
    (parent < 0 ? m_roots : m_nodes[std::size_t(parent)].children).append(id);
    m_nodeOf.insert(path, id);
    if (notify)
        endInsertRows();
    return id;
}

void TopicTreeModel::update(const QList<TopicCatalogue::TopicInfo> &changes, qint64 nowMs)
{
    QList<int> changed;
    for (const TopicCatalogue::TopicInfo &info : changes) {
        auto it = m_entryOf.constFind(info.topic);
        if (it == m_entryOf.cend()) {
            m_entries.push_back(Entry{info, 0.0, 0});
            it = m_entryOf.insert(info.topic, int(m_entries.size()) - 1);
            if (accepts(info.topic)) {
                const int node = nodeFor(info.topic, true);
                m_nodes[std::size_t(node)].entry = *it;
                changed.append(node);
            }
            continue;
        }
        m_entries[std::size_t(*it)].info = info;
        const auto node = m_nodeOf.constFind(info.topic);
        if (node != m_nodeOf.cend()) {
            m_nodes[std::size_t(*node)].entry = *it;
            changed.append(*node);
        }
    }
    if (m_rateStartMs < 0)
        m_rateStartMs = nowMs;
    if (nowMs - m_rateStartMs >= RateWindowMs) {
        const double seconds = double(nowMs - m_rateStartMs) / 1000.0;
        QList<int> rated;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            Entry &e = m_entries[i];
            const double rate = double(e.info.count - e.rateCount) / seconds;
            e.rateCount = e.info.count;
            if (rate != e.rate) {
                e.rate = rate;
                if (const auto node = m_nodeOf.constFind(e.info.topic); node != m_nodeOf.cend())
                    rated.append(*node);
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

void TopicTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    m_nodeOf.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (accepts(m_entries[i].info.topic))
            m_nodes[std::size_t(nodeFor(m_entries[i].info.topic, false))].entry = int(i);
    }
}

int TopicTreeModel::unboundTopicCount() const
{
    int count = 0;
    for (const Entry &e : m_entries)
        count += e.info.bound ? 0 : 1;
    return count;
}

QModelIndex TopicTreeModel::indexOfTopic(const QString &topic) const
{
    const auto it = m_nodeOf.constFind(topic);
    return it == m_nodeOf.cend() ? QModelIndex() : indexOfNode(*it, 0);
}

double TopicTreeModel::rate(const QString &topic) const
{
    const auto it = m_entryOf.constFind(topic);
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
    switch (role) {
    case TopicRole:
        return node.path;
    case IsTopicRole:
        return entry != nullptr;
    case BoundRole:
        return entry && entry->info.bound;
    case Qt::ForegroundRole:
        // Unbound topics stand out: what arrives there reaches no twin.
        return entry && !entry->info.bound ? QVariant(QColor(0xb3, 0x40, 0x00)) : QVariant();
    case Qt::ToolTipRole:
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
    if (index.column() == TopicColumn)
        return node.level;
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
