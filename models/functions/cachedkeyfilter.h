// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stringkey.h"

#include <QStringView>

#include <array>
#include <atomic>

namespace twin {

/**
 * The values a worker may hold in its cache, as bits of their keys' hashes (a Bloom filter
 * of one hash): another thread that changed a value asks mayContain() before it takes the
 * worker's lock to invalidate the value there. A miss is certain and costs one load of a
 * cache line that is written only when the worker caches a value it never cached before,
 * so two workers writing their own values share no cache line per invocation.
 *
 * Bits are only ever set. Ordering: the worker calls add() (sequentially consistent)
 * before it reads the value from the store; a writer stores the value, then calls
 * mayContain() after a sequentially consistent fence (writtenThenMayContain()): either the
 * writer sees the bit, or the worker's read sees the new value.
 */
class CachedKeyFilter
{
public:
    static size_t keyOf(QStringView twinId) { return stringKeyHash(twinId); }
    static size_t keyOf(QStringView spaceId, QStringView name) { return stringKeyHash(name, stringKeyHash(spaceId)); }

    void add(size_t key)
    {
        // Set bits are never cleared: a set one needs no write (the line stays shared).
        if ((word(key).load(std::memory_order_seq_cst) & bit(key)) == 0)
            word(key).fetch_or(bit(key), std::memory_order_seq_cst);
    }
    /// After the caller wrote the value \a key names: false when no worker read of it can
    /// have missed the write.
    bool writtenThenMayContain(size_t key) const
    {
        std::atomic_thread_fence(std::memory_order_seq_cst);
        return (word(key).load(std::memory_order_acquire) & bit(key)) != 0;
    }

private:
    static constexpr size_t kWords = 64; // 4096 bits: a few hundred cached values, few false hits
    static quint64 bit(size_t key) { return quint64(1) << ((key >> 6) & 63); }
    std::atomic<quint64> &word(size_t key) { return m_bits[(key >> 12) % kWords]; }
    const std::atomic<quint64> &word(size_t key) const { return m_bits[(key >> 12) % kWords]; }

    alignas(64) std::array<std::atomic<quint64>, kWords> m_bits{};
};

} // namespace twin
