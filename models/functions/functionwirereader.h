// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstring>
#include <initializer_list>

namespace twin {

/**
 * Reads what FunctionWireWriter wrote, from data it does not trust: each read checks what
 * is left, and a read past the end (or a negative length) makes ok() false for good and
 * returns zeros and empty strings from then on.
 */
class FunctionWireReader
{
public:
    FunctionWireReader(const char *data, qsizetype size)
        : m_at(data)
        , m_end(data + size)
    {
    }
    explicit FunctionWireReader(const QByteArray &data)
        : FunctionWireReader(data.constData(), data.size())
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    qsizetype left() const { return m_end - m_at; }
    /// Makes ok() false (a value out of range).
    void fail() { m_ok = false; }

    template<typename T>
    T number()
    {
        T value{};
        if (!take(sizeof value))
            return value;
        std::memcpy(&value, m_at - sizeof value, sizeof value);
        return value;
    }
    quint8 byte() { return number<quint8>(); }
    bool boolean()
    {
        const quint8 b = byte();
        if (b > 1)
            fail();
        return b == 1;
    }
    /// A string; one of \a likely (null pointers skipped) when it holds the same text,
    /// shared instead of allocated and copied.
    QString string(std::initializer_list<const QString *> likely = {})
    {
        const qint32 size = number<qint32>();
        if (size == -1 || !m_ok)
            return QString();
        if (size < 0 || qint64(size) * qint64(sizeof(QChar)) > left()) {
            fail();
            return QString();
        }
        const char *chars = m_at;
        const size_t bytes = size_t(size) * sizeof(QChar);
        m_at += qsizetype(bytes);
        for (const QString *candidate : likely) {
            if (candidate && candidate->size() == size && !candidate->isNull()
                && std::memcmp(candidate->constData(), chars, bytes) == 0)
                return *candidate;
        }
        // Copied (the data need not be aligned for QChar): QString's own allocation.
        QString s(size, Qt::Uninitialized);
        std::memcpy(s.data(), chars, bytes);
        return s;
    }
    QStringList strings()
    {
        const quint32 n = count(4);
        QStringList list;
        list.reserve(n);
        for (quint32 i = 0; i < n && m_ok; ++i)
            list.append(string());
        return list;
    }
    /// A count of items of at least \a minSize bytes each: never more than what is left holds.
    quint32 count(qsizetype minSize)
    {
        const quint32 n = number<quint32>();
        if (qint64(n) * minSize > left()) {
            fail();
            return 0;
        }
        return n;
    }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || left() < size) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    const char *m_at;
    const char *const m_end;
    bool m_ok = true;
};

} // namespace twin
