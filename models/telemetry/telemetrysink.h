// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string_view>

namespace twin {

/**
 * Where a telemetry source delivers messages: called on the source's own thread (for MQTT,
 * Paho's callback thread), once per message, with views valid for the call only. The
 * pipeline's implementation decodes, binds and stages the samples without blocking on
 * the pipeline thread.
 */
class TelemetrySink
{
public:
    virtual ~TelemetrySink() = default;
    virtual void deliver(std::string_view topic, std::string_view payload) = 0;
    /// Optional bracketing by sources that read many messages at once: between the two
    /// calls the sink may hold samples and stage them together at endBurst(), which saves
    /// a lock and a wake-up per message.
    virtual void beginBurst() {}
    virtual void endBurst() {}
};

} // namespace twin
