// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace twin {

/**
 * The digests of the last N QoS 1 messages a kept session delivered, for a receiver that
 * does not see packet ids (Paho's callback): a message the broker sends again (flagged
 * DUP) whose topic and payload match one of them was delivered already. N (65,536, one
 * per possible packet id) covers every message a broker can hold in flight. A DUP
 * message that merely repeats an older message's bytes is taken for that one; payloads
 * that carry a timestamp never do.
 */
class MqttRecentMessages
{
public:
    explicit MqttRecentMessages(std::size_t capacity = 65536);

    /// FNV-1a over topic, a separator and payload; never 0, which marks "none".
    static std::uint64_t digest(std::string_view topic, std::string_view payload);

    bool contains(std::uint64_t digest) const { return m_counts.find(digest) != m_counts.end(); }
    /// Remembers \a digest, forgetting the oldest one when full.
    void add(std::uint64_t digest);

private:
    std::vector<std::uint64_t> m_ring;
    std::size_t m_next = 0;
    std::unordered_map<std::uint64_t, std::uint32_t> m_counts;
};

} // namespace twin
