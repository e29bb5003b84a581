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
    /// What a transport knows of a message besides its topic and payload.
    struct MessageMeta
    {
        int qos = -1;            ///< -1: the transport does not say (the simulator)
        bool retained = false;
        qint64 receivedMs = 0;   ///< epoch ms it was received; 0: now (a replay passes the recorded time)
    };

    virtual ~TelemetrySink() = default;
    virtual void deliver(std::string_view topic, std::string_view payload) = 0;
    /// Like deliver(), with what the transport knows of the message (MQTT sources call
    /// this). Sinks that need the QoS, the retained flag or a recorded receive time
    /// override it; the default forgets them.
    virtual void deliverMessage(std::string_view topic, std::string_view payload, const MessageMeta &meta)
    {
        Q_UNUSED(meta);
        deliver(topic, payload);
    }
    /// Optional bracketing by sources that read many messages at once: between the two
    /// calls the sink may hold samples and stage them together at endBurst(), which saves
    /// a lock and a wake-up per message.
    virtual void beginBurst() {}
    virtual void endBurst() {}
};

} // namespace twin
