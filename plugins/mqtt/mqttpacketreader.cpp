// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttpacketreader.h"

#include <cstring>

namespace twin {

MqttPacketReader::MqttPacketReader(std::size_t initialCapacity)
    : m_buffer(initialCapacity)
    , m_initialCapacity(initialCapacity)
{
}

unsigned char *MqttPacketReader::writable(std::size_t minFree, std::size_t *size)
{
    if (m_buffer.size() - m_have < minFree) {
        std::size_t grown = m_buffer.size() ? m_buffer.size() : minFree;
        while (grown - m_have < minFree)
            grown *= 2;
        m_buffer.resize(grown);
    }
    *size = m_buffer.size() - m_have;
    return m_buffer.data() + m_have;
}

void MqttPacketReader::commit(std::size_t n)
{
    m_have += n;
}

void MqttPacketReader::append(std::string_view bytes)
{
    std::size_t free = 0;
    unsigned char *out = writable(bytes.size(), &free);
    std::memcpy(out, bytes.data(), bytes.size());
    commit(bytes.size());
}

MqttPacketReader::Result MqttPacketReader::next(Packet *packet)
{
    // Fixed header: the type byte, then 1-4 bytes of remaining length, 7 bits each, low
    // bits first; a set high bit means another byte follows.
    std::size_t length = 0;
    std::size_t i = m_pos + 1;
    for (int byte = 0;; ++byte) {
        if (i >= m_have)
            return Result::NeedMore;
        const unsigned char b = m_buffer[i++];
        length |= std::size_t(b & 0x7f) << (7 * byte);
        if (!(b & 0x80))
            break;
        if (byte == 3) {
            m_error = "the remaining length of a packet runs over four bytes";
            return Result::Malformed;
        }
    }
    if (m_have - i < length)
        return Result::NeedMore;
    packet->header = m_buffer[m_pos];
    packet->body = m_buffer.data() + i;
    packet->size = length;
    m_pos = i + length;
    return Result::Packet;
}

void MqttPacketReader::compact()
{
    const std::size_t left = m_have - m_pos;
    if (m_buffer.size() > 4 * m_initialCapacity && left <= m_initialCapacity / 2) {
        // A fresh vector, not shrink_to_fit (a request the library may ignore): the large
        // block goes back to the system now.
        std::vector<unsigned char> smaller(m_initialCapacity);
        std::memcpy(smaller.data(), m_buffer.data() + m_pos, left);
        m_buffer.swap(smaller);
        m_have = left;
        m_pos = 0;
        return;
    }
    if (m_pos == 0)
        return;
    std::memmove(m_buffer.data(), m_buffer.data() + m_pos, left);
    m_have = left;
    m_pos = 0;
}

void MqttPacketReader::clear()
{
    m_have = 0;
    m_pos = 0;
    m_error.clear();
}

} // namespace twin
