// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystorecodec.h"

#include <QtEndian>

#include <cstring>

namespace twin::historycodec {

namespace {

void putVarint(quint64 v, std::string *out)
{
    char buf[10];
    int n = 0;
    while (v >= 0x80) {
        buf[n++] = char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    buf[n++] = char(v);
    out->append(buf, std::size_t(n));
}

bool getVarint(const unsigned char *&p, const unsigned char *end, quint64 *v)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const unsigned char byte = *p++;
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *v = result;
            return true;
        }
    }
    return false;
}

template<typename T>
void putFixed(T v, std::string *out)
{
    char buf[sizeof(T)];
    qToLittleEndian(v, buf);
    out->append(buf, sizeof(T));
}

double doubleAt(const void *p)
{
    const quint64 bits = qFromLittleEndian<quint64>(p);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

quint64 bitsOf(double d)
{
    quint64 bits;
    std::memcpy(&bits, &d, sizeof bits);
    return bits;
}

} // namespace

void encodeChunk(const TimedValue *values, std::size_t n, std::string *out)
{
    out->push_back(char(ChunkFormat));
    putVarint(n, out);
    qint64 previous = values[0].ts;
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            putVarint(quint64(values[i].ts - previous), out);
        previous = values[i].ts;
        putFixed(bitsOf(values[i].value), out);
    }
}

namespace {

enum class Walk { Malformed, Stopped, Complete };

/// Walks the samples of a chunk blob in order, handing each (ts, value bytes) to \a visit
/// until it returns false. Complete: every sample was read and the blob matches its row.
template<typename Visit>
Walk walkChunk(const char *data, std::size_t size, qint64 start, qint64 last, qint64 count, Visit visit)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const unsigned char *end = p + size;
    quint64 n = 0;
    if (size < 1 || *p++ != ChunkFormat || !getVarint(p, end, &n) || n == 0 || count <= 0 || n != quint64(count)
        || last < start)
        return Walk::Malformed;
    qint64 ts = start;
    for (quint64 i = 0; i < n; ++i) {
        if (i) {
            quint64 delta = 0;
            if (!getVarint(p, end, &delta) || delta > quint64(last) - quint64(ts))
                return Walk::Malformed;
            ts += qint64(delta);
        }
        if (end - p < 8)
            return Walk::Malformed;
        if (!visit(ts, p))
            return Walk::Stopped;
        p += 8;
    }
    return ts == last && p == end ? Walk::Complete : Walk::Malformed;
}

} // namespace

bool decodeChunk(const char *data, std::size_t size, qint64 start, qint64 last, qint64 count, qint64 fromMs,
                 qint64 toMs, std::vector<TimedValue> *out)
{
    return walkChunk(data, size, start, last, count, [&](qint64 ts, const unsigned char *value) {
        if (ts >= fromMs && ts < toMs)
            out->push_back({ts, doubleAt(value)});
        return true;
    }) == Walk::Complete;
}

bool latestInChunk(const char *data, std::size_t size, qint64 start, qint64 last, qint64 count, qint64 atMs,
                   TimedValue *out, bool *found)
{
    *found = false;
    if (last <= atMs && size >= 9 && count > 0 && last >= start && data[0] == char(ChunkFormat)) {
        // The whole chunk is before the moment: its last value closes the blob.
        *out = {last, doubleAt(data + size - 8)};
        *found = true;
        return true;
    }
    return walkChunk(data, size, start, last, count, [&](qint64 ts, const unsigned char *value) {
        if (ts > atMs)
            return false;
        *out = {ts, doubleAt(value)};
        *found = true;
        return true;
    }) != Walk::Malformed;
}

void beginJournal(std::string *out)
{
    out->clear();
    out->push_back(char(JournalFormat));
}

void appendJournalGroup(qint64 point, const TimedValue *values, std::size_t n, std::string *out)
{
    putFixed(point, out);
    putFixed(quint32(n), out);
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN && sizeof(TimedValue) == 16) {
        // The in-memory layout is the file layout: one copy.
        out->append(reinterpret_cast<const char *>(values), n * sizeof(TimedValue));
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            putFixed(values[i].ts, out);
            putFixed(bitsOf(values[i].value), out);
        }
    }
}

TimedValue JournalGroup::at(std::size_t i) const
{
    const char *p = data + i * 16;
    return {qFromLittleEndian<qint64>(p), doubleAt(p + 8)};
}

bool readJournal(const char *data, std::size_t size, std::vector<JournalGroup> *groups, qint64 *total)
{
    groups->clear();
    *total = 0;
    if (size < 1 || static_cast<unsigned char>(data[0]) != JournalFormat)
        return false;
    std::size_t at = 1;
    while (at < size) {
        if (size - at < 12)
            return false;
        JournalGroup g;
        g.point = qFromLittleEndian<qint64>(data + at);
        g.count = qFromLittleEndian<quint32>(data + at + 8);
        at += 12;
        if (g.count == 0 || (size - at) / 16 < g.count)
            return false;
        g.data = data + at;
        at += g.count * 16;
        *total += qint64(g.count);
        groups->push_back(g);
    }
    return true;
}

} // namespace twin::historycodec
