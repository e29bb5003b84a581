// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <utility>

namespace twin {

/**
 * A hash of a string's UTF-16 code units for the hash tables on paths that run per message
 * (twin ids, value names). Qt 6.4's qHash(QStringView) takes a slow path for strings under 8
 * characters ("room-1", "Comfort"): ~120 ns a hash on the processors measured, against ~5
 * for longer ones (twin_bench, BM_KeyLookup). This one costs the same for every
 * length and uses no vector registers. Seeded (QHash passes its seed), so that the buckets
 * of a table cannot be predicted from outside the process.
 */
inline size_t stringKeyHash(QStringView text, size_t seed = 0) noexcept
{
    constexpr quint64 kMix1 = 0xbf58476d1ce4e5b9ull;
    constexpr quint64 kMix2 = 0x94d049bb133111ebull;
    const char16_t *p = text.utf16();
    qsizetype n = text.size();
    quint64 h = quint64(seed) ^ (quint64(n) * 0x9e3779b97f4a7c15ull);
    for (; n >= 4; n -= 4, p += 4) {
        const quint64 chunk = quint64(p[0]) | quint64(p[1]) << 16 | quint64(p[2]) << 32 | quint64(p[3]) << 48;
        h = (h ^ chunk) * kMix1;
        h ^= h >> 31;
    }
    quint64 tail = 0;
    switch (n) {
    case 3:
        tail |= quint64(p[2]) << 32;
        [[fallthrough]];
    case 2:
        tail |= quint64(p[1]) << 16;
        [[fallthrough]];
    case 1:
        tail |= quint64(p[0]);
        break;
    default:
        break;
    }
    h = (h ^ tail) * kMix2;
    h ^= h >> 29;
    h *= kMix1;
    h ^= h >> 32;
    return size_t(h);
}

/**
 * A QString as the key of a QHash or QSet on a path that runs per message: the table hashes
 * it with stringKeyHash() instead of qHash(QString). Converts from and to QString, so that
 * lookups take the QString the caller has.
 */
class StringKey : public QString
{
public:
    StringKey() = default;
    StringKey(const QString &text) // implicit: a lookup takes a QString
        : QString(text)
    {
    }
    StringKey(QString &&text) noexcept
        : QString(std::move(text))
    {
    }
};

inline size_t qHash(const StringKey &key, size_t seed = 0) noexcept
{
    return stringKeyHash(key, seed);
}

} // namespace twin
