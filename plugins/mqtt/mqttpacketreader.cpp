// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttpacketreader.h"

#include <algorithm>
#include <cstring>
#include <new>

#include <sys/mman.h>

namespace twin {

namespace {

unsigned char *mapBytes(std::size_t size)
{
    void *p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    return static_cast<unsigned char *>(p);
}

} // namespace

MqttPacketReader::MqttPacketReader(std::size_t initialCapacity)
    : m_initialCapacity(initialCapacity)
{
    if (initialCapacity > 0)
        reallocate(initialCapacity);
}

MqttPacketReader::~MqttPacketReader()
{
    if (m_buffer)
        ::munmap(m_buffer, m_capacity);
}

void MqttPacketReader::reallocate(std::size_t capacity)
{
    unsigned char *fresh = mapBytes(capacity);
    const std::size_t left = m_have - m_pos;
    if (left > 0)
        std::memcpy(fresh, m_buffer + m_pos, left);
    if (m_buffer)
        ::munmap(m_buffer, m_capacity);
    m_buffer = fresh;
    m_capacity = capacity;
    m_have = left;
    m_pos = 0;
}

unsigned char *MqttPacketReader::writable(std::size_t minFree, std::size_t *size)
{
    if (m_capacity - m_have < minFree) {
        std::size_t grown = m_capacity ? m_capacity : minFree;
        while (grown - (m_have - m_pos) < minFree)
            grown *= 2;
        reallocate(grown);
    }
    *size = m_capacity - m_have;
    return m_buffer + m_have;
}

void MqttPacketReader::commit(std::size_t n)
{
    if (m_skip > 0) {
        // Bytes of a truncated packet come first: close the gap they leave.
        const std::size_t drop = std::min(n, m_skip);
        std::memmove(m_buffer + m_have, m_buffer + m_have + drop, n - drop);
        m_skip -= drop;
        n -= drop;
    }
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
    if (m_truncated) {
        if (m_skip > 0)
            return Result::NeedMore;
        const std::size_t kept = m_keepAtMost;
        packet->header = m_buffer[m_pos];
        packet->body = m_buffer + m_pos + m_bodyAt;
        packet->size = kept;
        packet->fullSize = m_fullSize;
        m_pos += m_bodyAt + kept;
        m_truncated = false;
        return Result::Packet;
    }
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
    if (m_keepAtMost > 0 && length > m_keepAtMost && (m_buffer[m_pos] >> 4) == 3) {
        // An oversize PUBLISH: once its first bytes are in, drop the rest, both what has
        // arrived already (closing the gap) and what commit() takes from now on.
        if (m_have - i < m_keepAtMost)
            return Result::NeedMore;
        const std::size_t keptEnd = i + m_keepAtMost;
        const std::size_t rest = length - m_keepAtMost;
        const std::size_t here = std::min(rest, m_have - keptEnd);
        std::memmove(m_buffer + keptEnd, m_buffer + keptEnd + here, m_have - keptEnd - here);
        m_have -= here;
        m_skip = rest - here;
        m_truncated = true;
        m_bodyAt = i - m_pos;
        m_fullSize = length;
        return next(packet);
    }
    if (m_have - i < length)
        return Result::NeedMore;
    packet->header = m_buffer[m_pos];
    packet->body = m_buffer + i;
    packet->size = length;
    packet->fullSize = length;
    m_pos = i + length;
    return Result::Packet;
}

void MqttPacketReader::compact()
{
    const std::size_t left = m_have - m_pos;
    if (m_capacity > 4 * m_initialCapacity && left <= m_initialCapacity / 2) {
        // The large block goes back to the system now.
        reallocate(m_initialCapacity);
        return;
    }
    if (m_pos == 0)
        return;
    std::memmove(m_buffer, m_buffer + m_pos, left);
    m_have = left;
    m_pos = 0;
}

void MqttPacketReader::clear()
{
    m_have = 0;
    m_pos = 0;
    m_truncated = false;
    m_skip = 0;
    m_error.clear();
}

} // namespace twin
