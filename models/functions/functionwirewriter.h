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
        m_out->append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void byte(quint8 value) { m_out->append(char(value)); }
    void boolean(bool value) { byte(value ? 1 : 0); }
    void string(const QString &s)
    {
        number<qint32>(s.isNull() ? -1 : qint32(s.size()));
        m_out->append(reinterpret_cast<const char *>(s.constData()), s.size() * qsizetype(sizeof(QChar)));
    }
    void strings(const QStringList &list)
    {
        number<quint32>(quint32(list.size()));
        for (const QString &s : list)
            string(s);
    }

private:
    QByteArray *const m_out;
};

} // namespace twin
