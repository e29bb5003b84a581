// SPDX-License-Identifier: GPL-3.0-or-later
#include "topiccatalogue.h"

#include <QSet>

#include <algorithm>

namespace twin {

TopicCatalogue::TopicCatalogue(const Limits &limits)
    : m_limits(limits)
{
}

std::string TopicCatalogue::keyOf(std::string_view connection, std::string_view topic)
{
    std::string key;
    key.reserve(connection.size() + 1 + topic.size());
    key.append(connection);
    key.push_back('\0');
    key.append(topic);
    return key;
}

void TopicCatalogue::record(std::string_view connection, std::string_view topic, std::string_view payload,
                            bool retained, bool bound, qint64 receivedMs)
{
    std::lock_guard lock(m_mutex);
    m_key.assign(connection);
    m_key.push_back('\0');
    m_key.append(topic);
    auto it = m_index.find(m_key);
    if (it == m_index.end()) {
        if (int(m_entries.size()) >= m_limits.maxTopics) {
            ++m_overflow;
            return;
        }
        Entry entry;
        entry.key = m_key;
        entry.topicStart = connection.size() + 1;
        m_entries.push_back(std::move(entry));
        it = m_index.emplace(m_entries.back().key, m_entries.size() - 1).first;
    }
    Entry &entry = m_entries[it->second];
    ++entry.count;
    entry.lastMs = receivedMs;
    entry.retained = retained;
    entry.bound = bound;
    entry.lastSize = int(payload.size());
    keepPayload(entry, payload);
    if (!entry.dirty) {
        entry.dirty = true;
        m_dirty.push_back(it->second);
    }
}

void TopicCatalogue::keepPayload(Entry &entry, std::string_view payload)
{
    if (m_limits.payloadsPerTopic <= 0)
        return;
    const std::string_view cut = payload.substr(0, std::size_t(std::max(0, m_limits.maxPayloadSize)));
    // The oldest buffer of a full topic is reused: a steady stream allocates nothing.
    std::string buffer;
    const auto dropOldest = [&] {
        m_bytes -= qint64(entry.payloads.front().capacity());
        if (buffer.capacity() == 0)
            buffer = std::move(entry.payloads.front());
        entry.payloads.pop_front();
    };
    if (int(entry.payloads.size()) >= m_limits.payloadsPerTopic)
        dropOldest();
    while (!entry.payloads.empty() && m_bytes + qint64(std::max(cut.size(), buffer.capacity())) > m_limits.maxPayloadBytes)
        dropOldest();
    buffer.assign(cut);
    if (m_bytes + qint64(buffer.capacity()) > m_limits.maxPayloadBytes)
        return; // over the cap even alone: this topic keeps no payload for now
    m_bytes += qint64(buffer.capacity());
    entry.payloads.push_back(std::move(buffer));
}

void TopicCatalogue::copyRaw(const Entry &entry, int previewBytes, Raw *raw)
{
    raw->key = entry.key;
    raw->topicStart = entry.topicStart;
    raw->count = entry.count;
    raw->retained = entry.retained;
    raw->bound = entry.bound;
    raw->lastMs = entry.lastMs;
    raw->lastSize = entry.lastSize;
    raw->payload.clear();
    if (!entry.payloads.empty()) {
        const std::string &last = entry.payloads.back();
        raw->payload.assign(last, 0, std::min<std::size_t>(last.size(), std::size_t(std::max(0, previewBytes))));
    }
}

TopicCatalogue::TopicInfo TopicCatalogue::infoOf(const Raw &raw)
{
    TopicInfo info;
    info.connection = QString::fromUtf8(raw.key.data(), qsizetype(raw.topicStart - 1));
    info.topic = QString::fromUtf8(raw.key.data() + raw.topicStart, qsizetype(raw.key.size() - raw.topicStart));
    info.count = raw.count;
    info.retained = raw.retained;
    info.bound = raw.bound;
    info.lastMs = raw.lastMs;
    info.lastPayloadSize = raw.lastSize;
    info.lastPayload = QByteArray(raw.payload.data(), qsizetype(raw.payload.size()));
    return info;
}

int TopicCatalogue::takeChanges(QList<TopicInfo> *changes, int previewBytes, int maxTopics)
{
    // Under the lock only the bytes are copied (the receiving threads wait for it); the
    // strings the GUI needs are made after.
    std::vector<Raw> raws;
    int left = 0;
    {
        std::lock_guard lock(m_mutex);
        const std::size_t n = std::min(m_dirty.size(), std::size_t(std::max(0, maxTopics)));
        raws.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            Entry &entry = m_entries[m_dirty[i]];
            entry.dirty = false;
            copyRaw(entry, previewBytes, &raws[i]);
        }
        m_dirty.erase(m_dirty.begin(), m_dirty.begin() + std::ptrdiff_t(n));
        left = int(m_dirty.size());
    }
    changes->reserve(changes->size() + qsizetype(raws.size()));
    for (const Raw &raw : raws)
        changes->append(infoOf(raw));
    return left;
}

QList<QByteArray> TopicCatalogue::payloads(const QString &topic, const QString &connection) const
{
    const std::string key = keyOf(connection.toStdString(), topic.toStdString());
    std::lock_guard lock(m_mutex);
    QList<QByteArray> result;
    const auto it = m_index.find(key);
    if (it != m_index.end()) {
        for (const std::string &p : m_entries[it->second].payloads)
            result.append(QByteArray(p.data(), qsizetype(p.size())));
    }
    return result;
}

bool TopicCatalogue::info(const QString &topic, TopicInfo *info, const QString &connection) const
{
    const std::string key = keyOf(connection.toStdString(), topic.toStdString());
    Raw raw;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_index.find(key);
        if (it == m_index.end())
            return false;
        copyRaw(m_entries[it->second], m_limits.maxPayloadSize, &raw);
    }
    *info = infoOf(raw);
    return true;
}

QStringList TopicCatalogue::topics() const
{
    std::vector<std::string> names;
    {
        std::lock_guard lock(m_mutex);
        names.reserve(m_entries.size());
        for (const Entry &e : m_entries)
            names.emplace_back(e.key, e.topicStart);
    }
    QStringList result;
    QSet<QString> seen;
    result.reserve(qsizetype(names.size()));
    for (const std::string &n : names) {
        const QString topic = QString::fromStdString(n);
        if (!seen.contains(topic)) {
            seen.insert(topic);
            result.append(topic);
        }
    }
    return result;
}

int TopicCatalogue::topicCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_entries.size());
}

qint64 TopicCatalogue::payloadBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

quint64 TopicCatalogue::overflowMessages() const
{
    std::lock_guard lock(m_mutex);
    return m_overflow;
}

void TopicCatalogue::clear()
{
    std::lock_guard lock(m_mutex);
    m_index.clear();
    m_entries.clear();
    m_dirty.clear();
    m_bytes = 0;
    m_overflow = 0;
    ++m_generation;
}

void TopicCatalogue::clear(const QString &connection)
{
    const std::string prefix = keyOf(connection.toStdString(), {});
    std::lock_guard lock(m_mutex);
    std::deque<Entry> kept;
    for (Entry &e : m_entries) {
        if (e.key.compare(0, prefix.size(), prefix) == 0 && e.topicStart == prefix.size()) {
            for (const std::string &p : e.payloads)
                m_bytes -= qint64(p.capacity());
            continue;
        }
        kept.push_back(std::move(e));
    }
    m_entries = std::move(kept);
    m_index.clear();
    m_dirty.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        m_index.emplace(m_entries[i].key, i);
        m_entries[i].dirty = true;
        m_dirty.push_back(i);
    }
    ++m_generation;
}

quint64 TopicCatalogue::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

} // namespace twin
