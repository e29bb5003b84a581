// SPDX-License-Identifier: GPL-3.0-or-later
#include "topiccatalogue.h"

#include <algorithm>

namespace twin {

TopicCatalogue::TopicCatalogue(const Limits &limits)
    : m_limits(limits)
{
}

void TopicCatalogue::record(std::string_view topic, std::string_view payload, bool retained, bool bound,
                            qint64 receivedMs)
{
    std::lock_guard lock(m_mutex);
    auto it = m_index.find(topic);
    if (it == m_index.end()) {
        if (int(m_entries.size()) >= m_limits.maxTopics) {
            ++m_overflow;
            return;
        }
        Entry entry;
        entry.topic.assign(topic);
        m_entries.push_back(std::move(entry));
        it = m_index.emplace(m_entries.back().topic, m_entries.size() - 1).first;
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

TopicCatalogue::TopicInfo TopicCatalogue::infoOf(const Entry &entry, int previewBytes) const
{
    TopicInfo info;
    info.topic = QString::fromStdString(entry.topic);
    info.count = entry.count;
    info.retained = entry.retained;
    info.bound = entry.bound;
    info.lastMs = entry.lastMs;
    info.lastPayloadSize = entry.lastSize;
    if (!entry.payloads.empty()) {
        const std::string &last = entry.payloads.back();
        info.lastPayload = QByteArray(last.data(), qsizetype(std::min<std::size_t>(last.size(), std::size_t(previewBytes))));
    }
    return info;
}

int TopicCatalogue::takeChanges(QList<TopicInfo> *changes, int previewBytes, int maxTopics)
{
    std::lock_guard lock(m_mutex);
    const std::size_t n = std::min(m_dirty.size(), std::size_t(std::max(0, maxTopics)));
    changes->reserve(changes->size() + qsizetype(n));
    for (std::size_t i = 0; i < n; ++i) {
        Entry &entry = m_entries[m_dirty[i]];
        entry.dirty = false;
        changes->append(infoOf(entry, previewBytes));
    }
    m_dirty.erase(m_dirty.begin(), m_dirty.begin() + std::ptrdiff_t(n));
    return int(m_dirty.size());
}

QList<QByteArray> TopicCatalogue::payloads(const QString &topic) const
{
    const std::string key = topic.toStdString();
    std::lock_guard lock(m_mutex);
    QList<QByteArray> result;
    const auto it = m_index.find(key);
    if (it != m_index.end()) {
        for (const std::string &p : m_entries[it->second].payloads)
            result.append(QByteArray(p.data(), qsizetype(p.size())));
    }
    return result;
}

bool TopicCatalogue::info(const QString &topic, TopicInfo *info) const
{
    const std::string key = topic.toStdString();
    std::lock_guard lock(m_mutex);
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return false;
    *info = infoOf(m_entries[it->second], m_limits.maxPayloadSize);
    return true;
}

QStringList TopicCatalogue::topics() const
{
    std::lock_guard lock(m_mutex);
    QStringList result;
    result.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries)
        result.append(QString::fromStdString(e.topic));
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

quint64 TopicCatalogue::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

} // namespace twin
