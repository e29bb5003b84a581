// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstring>

namespace twin {

/**
 * Appends values to a frame payload in the function worker's fast encoding: fixed-size
 * numbers in the machine's byte order and strings as their UTF-16 code units (a 32-bit
 * count, -1 for a null string), copied as they are. Both ends run the same build; the
 * reader (FunctionWireReader) checks every length against what is left. QDataStream costs
 * several times more per value (a QBuffer, a virtual call per field, byte swapping).
 */
class FunctionWireWriter
{
public:
    explicit FunctionWireWriter(QByteArray *out)
        : m_out(out)
    {
    }

    template<typename T>
    void number(T value)
    {
        std::memcpy(grow(sizeof value), &value, sizeof value);
    }
    void byte(quint8 value) { number<quint8>(value); }
    void boolean(bool value) { byte(value ? 1 : 0); }
    void string(const QString &s)
    {
        const qsizetype bytes = s.size() * qsizetype(sizeof(QChar));
        char *at = grow(qsizetype(sizeof(qint32)) + bytes);
        const qint32 size = s.isNull() ? -1 : qint32(s.size());
        std::memcpy(at, &size, sizeof size);
        if (bytes > 0)
            std::memcpy(at + sizeof size, s.constData(), size_t(bytes));
    }
    void strings(const QStringList &list)
    {
        number<quint32>(quint32(list.size()));
        for (const QString &s : list)
            string(s);
    }

private:
    /// Room for \a n more bytes at the end, returned (QByteArray::append() is a general
    /// insert, several times slower for a few bytes).
    char *grow(qsizetype n)
    {
        const qsizetype at = m_out->size();
        if (m_out->capacity() < at + n)
            m_out->reserve(qMax(at + n, 2 * m_out->capacity()));
        m_out->resize(at + n);
        return m_out->data() + at;
    }

    QByteArray *const m_out;
};

} // namespace twin
