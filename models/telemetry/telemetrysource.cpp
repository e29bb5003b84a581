// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetrysource.h"

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
    return c;
}

void TelemetrySource::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
}

} // namespace twin
