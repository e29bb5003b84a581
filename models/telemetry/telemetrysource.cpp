// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrysource.h"
#include "telemetrytypes.h"

#include <algorithm>

namespace twin {

bool TelemetrySource::publish(std::string_view, std::string_view, int, QString *error)
{
    if (error)
        *error = QStringLiteral("this source cannot publish");
    return false;
}

bool TelemetrySource::flush(int)
{
    return true;
}

TelemetrySource::Counters TelemetrySource::counters() const
{
    Counters c;
    c.received = m_received.load(std::memory_order_relaxed);
    c.published = m_published.load(std::memory_order_relaxed);
    c.errors = m_errors.load(std::memory_order_relaxed);
    c.reconnects = m_reconnects.load(std::memory_order_relaxed);
    c.duplicates = m_duplicates.load(std::memory_order_relaxed);
    c.outageMs = m_outageMs.load(std::memory_order_relaxed);
    const qint64 lostAt = m_lostAtMs.load(std::memory_order_relaxed);
    if (lostAt >= 0)
        c.outageMs += quint64(std::max<qint64>(0, currentMsecsSinceEpoch() - lostAt));
    return c;
}

void TelemetrySource::markConnectionLost()
{
    m_reconnects.fetch_add(1, std::memory_order_relaxed);
    qint64 connected = -1;
    m_lostAtMs.compare_exchange_strong(connected, currentMsecsSinceEpoch());
}

void TelemetrySource::markConnectionRestored()
{
    const qint64 lostAt = m_lostAtMs.exchange(-1);
    if (lostAt >= 0)
        m_outageMs.fetch_add(quint64(std::max<qint64>(0, currentMsecsSinceEpoch() - lostAt)), std::memory_order_relaxed);
}

void TelemetrySource::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
}

} // namespace twin
