// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttrecentmessages.h"

namespace twin {

MqttRecentMessages::MqttRecentMessages(std::size_t capacity)
    : m_ring(capacity ? capacity : 1, 0)
{
    m_counts.reserve(m_ring.size());
}

std::uint64_t MqttRecentMessages::digest(std::string_view topic, std::string_view payload)
{
    std::uint64_t h = 14695981039346656037ull;
    const auto add = [&h](std::string_view bytes) {
        for (const char c : bytes) {
            h ^= std::uint64_t(static_cast<unsigned char>(c));
            h *= 1099511628211ull;
        }
    };
    add(topic);
    add(std::string_view("\0", 1));
    add(payload);
    return h ? h : 1;
}

void MqttRecentMessages::add(std::uint64_t digest)
{
    std::uint64_t &slot = m_ring[m_next];
    if (slot != 0) {
        const auto it = m_counts.find(slot);
        if (it != m_counts.end() && --it->second == 0)
            m_counts.erase(it);
    }
    slot = digest;
    ++m_counts[digest];
    m_next = (m_next + 1) % m_ring.size();
}

} // namespace twin
