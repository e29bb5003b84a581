// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressreporter.h"

#include <algorithm>

namespace twin {

ProgressReporter::ProgressReporter(const ProgressCallback &callback, qint64 total)
    : m_callback(callback)
{
    setTotal(total);
}

void ProgressReporter::setTotal(qint64 total)
{
    m_total = std::max<qint64>(0, total);
    m_stride = m_total > 0 ? std::max<qint64>(1, m_total / 256) : 8192;
    m_nextReport = 0;
}

bool ProgressReporter::update(qint64 done)
{
    if (m_cancelled)
        return false;
    if (!m_callback || done < m_nextReport)
        return true;
    m_nextReport = done + m_stride;
    if (!m_callback(done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

bool ProgressReporter::finish()
{
    if (m_cancelled)
        return false;
    if (m_callback && !m_callback(m_total, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

} // namespace twin
