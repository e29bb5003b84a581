// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace twin {

/**
 * Splits a stream of bytes from an MQTT broker into packets (fixed header, remaining
 * length, body), whatever the reads' boundaries: a packet may arrive in pieces, many
 * packets in one read. Owns the receive buffer, so that a socket reads straight into it
 * and packets are handed out as views without copying.
 *
 * Use: read into writable(), commit() the bytes read, call next() until it returns
 * NeedMore, handle the packets, then compact() (the views end there).
 */
class MqttPacketReader
{
public:
    /// The largest remaining length MQTT 3.1.1 can encode (four length bytes).
    static constexpr std::size_t MaxRemainingLength = 268435455;

    struct Packet
    {
        unsigned char header = 0;              ///< packet type (high nibble) and flags
        const unsigned char *body = nullptr;   ///< the remaining length's bytes
        std::size_t size = 0;
        /// The remaining length as sent: over size when the reader kept only the first
        /// size bytes of an oversize PUBLISH (see setKeepAtMost()).
        std::size_t fullSize = 0;
        bool truncated() const { return fullSize > size; }
        unsigned type() const { return header >> 4; }
        unsigned flags() const { return header & 0x0f; }
    };
    enum class Result { Packet, NeedMore, Malformed };

    explicit MqttPacketReader(std::size_t initialCapacity = 1 << 20);
    ~MqttPacketReader();
    MqttPacketReader(const MqttPacketReader &) = delete;
    MqttPacketReader &operator=(const MqttPacketReader &) = delete;

    /// PUBLISH packets whose remaining length is over \a bytes keep only their first
    /// \a bytes: the rest is dropped as it arrives, so that one message far over a payload
    /// limit is never held whole. Such a packet is handed out, truncated, once all of it
    /// has been received. 0 (the default): every packet is kept whole.
    void setKeepAtMost(std::size_t bytes) { m_keepAtMost = bytes; }

    /// Free space for the next read, grown to at least \a minFree bytes.
    unsigned char *writable(std::size_t minFree, std::size_t *size);
    /// Takes \a n bytes written into writable() as received.
    void commit(std::size_t n);
    /// Copies \a bytes in as received (tests, and callers without a socket).
    void append(std::string_view bytes);

    /// The next complete packet; Malformed (with error()) when the length is not a valid
    /// MQTT remaining length: the stream cannot be resynchronised, drop the connection.
    Result next(Packet *packet);
    /// Drops the bytes of the packets handed out; their views are invalid afterwards. A
    /// buffer that grew for a large packet goes back to its initial capacity once what
    /// is left fits there, so one huge message does not hold its memory for good.
    void compact();
    /// Forgets everything (a new connection).
    void clear();

    std::size_t buffered() const { return m_have - m_pos; }
    /// Bytes of a truncated packet still to be received and dropped.
    std::size_t skipping() const { return m_skip; }
    std::size_t capacity() const { return m_capacity; }
    const std::string &error() const { return m_error; }

private:
    /// Replaces the buffer by one of \a capacity bytes holding the unread bytes.
    void reallocate(std::size_t capacity);

    // Mapped from the system directly, not taken from malloc: the allocator keeps what it
    // freed below its adaptive mmap threshold, so the steps a buffer grows through for one
    // 20 MB message would stay resident for good.
    unsigned char *m_buffer = nullptr;
    std::size_t m_capacity = 0;
    std::size_t m_initialCapacity = 0;
    std::size_t m_have = 0; ///< bytes received into m_buffer
    std::size_t m_pos = 0;  ///< start of the first packet not handed out
    std::size_t m_keepAtMost = 0;
    // A truncated packet waiting for its dropped bytes: its kept part is at m_pos.
    bool m_truncated = false;
    std::size_t m_skip = 0;       ///< bytes still to drop as they arrive
    std::size_t m_bodyAt = 0;     ///< offset of its body from m_pos
    std::size_t m_fullSize = 0;   ///< its remaining length as sent
    std::string m_error;
};

} // namespace twin
