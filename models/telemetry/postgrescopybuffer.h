// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

#include <cstddef>
#include <cstring>

namespace twin {

/**
 * Rows in the binary format of PostgreSQL's `COPY ... FROM STDIN (FORMAT binary)`,
 * appended to a byte array: what PostgresHistoryStore sends. Each array column is
 * one-dimensional, without NULLs, its elements given by a function of their index;
 * the bytes are written in place (a recorder encodes millions of values a second).
 */
class PostgresCopyBuffer
{
public:
    /// Element types of arrays (pg_type oids) and their sizes.
    enum class Type : qint32 { Int4 = 23, Int8 = 20, Float8 = 701 };

    explicit PostgresCopyBuffer(QByteArray *out)
        : m_out(out)
    { }

    /// Clears the array and writes the signature, flags and an empty header extension.
    void begin();
    /// The end of the data.
    void end() { put<qint16>(-1); }
    /// Starts a row of \a fields columns.
    void row(qint16 fields) { put<qint16>(fields); }
    void int4(qint32 value)
    {
        put<qint32>(4);
        put<qint32>(value);
    }
    void int8(qint64 value)
    {
        put<qint32>(8);
        put<qint64>(value);
    }
    /// An array column of \a n elements of \a type; \a element(i) gives element i.
    template<typename Element> void array(Type type, std::size_t n, Element element)
    {
        const std::size_t size = type == Type::Int4 ? 4 : 8;
        put<qint32>(qint32(20 + n * (4 + size)));
        put<qint32>(1); // dimensions
        put<qint32>(0); // no NULLs
        put<qint32>(qint32(type));
        put<qint32>(qint32(n));
        put<qint32>(1); // lower bound
        char *p = grow(n * (4 + size));
        for (std::size_t i = 0; i < n; ++i, p += 4 + size) {
            qToBigEndian(qint32(size), p);
            store(p + 4, element(i));
        }
    }

    /// A bytea column of \a n (time, value) pairs, 16 bytes each, big-endian: \a ts(i)
    /// and \a value(i) give pair i.
    template<typename Time, typename Value> void pairs(std::size_t n, Time ts, Value value)
    {
        put<qint32>(qint32(n * 16));
        char *p = grow(n * 16);
        for (std::size_t i = 0; i < n; ++i, p += 16) {
            store(p, qint64(ts(i)));
            store(p + 8, double(value(i)));
        }
    }

private:
    char *grow(std::size_t bytes)
    {
        const qsizetype at = m_out->size();
        m_out->resize(at + qsizetype(bytes));
        return m_out->data() + at;
    }
    template<typename T> void put(T value) { qToBigEndian(value, grow(sizeof(T))); }
    static void store(char *p, qint32 value) { qToBigEndian(value, p); }
    static void store(char *p, qint64 value) { qToBigEndian(value, p); }
    static void store(char *p, double value)
    {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        qToBigEndian(bits, p);
    }

    QByteArray *m_out;
};

} // namespace twin
