// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkedwriter.h"

#include <QIODevice>

namespace twin {

ChunkedWriter::ChunkedWriter(QIODevice *device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(chunkSize)
{
    m_buffer.reserve(chunkSize + 4096);
}

bool ChunkedWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
        m_error = m_device->errorString().isEmpty() ? QStringLiteral("write failed") : m_device->errorString();
    m_buffer.resize(0); // keeps the capacity
    return m_error.isEmpty();
}

} // namespace twin
