// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace twin {

/// Collects output in a buffer and writes it to a device in large chunks, remembering
/// the first write error, so writers can stream hundreds of thousands of records.
class ChunkedWriter
{
public:
    explicit ChunkedWriter(QIODevice *device, qsizetype chunkSize = 1 << 20);

    void write(const QByteArray &bytes)
    {
        m_buffer.append(bytes);
        if (m_buffer.size() >= m_chunkSize)
            flush();
    }
    void write(const char *text) { write(QByteArray::fromRawData(text, qsizetype(qstrlen(text)))); }
    /// The pending bytes, for serialisers that append in place; call maybeFlush() after.
    QByteArray *buffer() { return &m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() >= m_chunkSize)
            flush();
    }
    /// Writes what is buffered; false once any write failed.
    bool flush();
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    QIODevice *m_device;
    qsizetype m_chunkSize;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace twin
