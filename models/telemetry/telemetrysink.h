// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
        /// The whole payload's size where the transport passes only its first bytes (a
        /// message over payloadLimit() it did not keep); 0: the payload is whole.
        std::size_t payloadSize = 0;
        /// A QoS 1 message of a kept session (sessionStarted()): its packet id (0: none)
        /// and the digest of its topic and payload, stored with its samples.
        std::uint16_t packetId = 0;
        std::uint64_t digest = 0;
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
    /// Payloads over this many bytes are refused (counted oversize) whatever they hold, so
    /// a transport need not keep more than their first limit + 1 bytes; 0: no limit.
    virtual std::size_t payloadLimit() const { return 0; }

    virtual void beginBurst() {}
    virtual void endBurst() {}

    /// Durability marks, for a source that acknowledges a message only once it is kept:
    /// receivedMark(), read after a message was delivered (after endBurst() in a burst),
    /// covers it; once durableMark() has reached that mark, its samples are stored or
    /// spooled on disk (or it produced none) and it may be acknowledged. Both stay 0 in a
    /// sink that keeps nothing (acknowledge on receipt). Any thread.
    virtual quint64 receivedMark() const { return 0; }
    virtual quint64 durableMark() const { return 0; }
    /// Asks that everything up to \a mark become durable now rather than at the next
    /// periodic write (a source whose window of unacknowledged messages is full).
    virtual void requestDurable(quint64 mark) { Q_UNUSED(mark); }
    /// Has \a wake called (on the storing thread: keep it short) each time durableMark()
    /// advances, so that a source holding acknowledgements waits instead of polling. An
    /// empty function stops the calls; none is in progress once this returns. A sink
    /// that keeps nothing never calls it.
    virtual void watchDurable(std::function<void()> wake) { Q_UNUSED(wake); }

    /// A kept MQTT session of \a clientId is (re)connected, \a present: whether the broker
    /// had kept it. From now on messages with a packet id (MessageMeta) are marked as this
    /// session's where their samples are stored. Not present: what the history kept of the
    /// session is forgotten with the next batch. With \a seen (present, first connection of
    /// the process): receives the (packet id, digest) pairs of its messages stored before,
    /// oldest first. False when the sink keeps nothing of sessions or cannot read them.
    virtual bool sessionStarted(const std::string &clientId, bool present,
                                std::vector<std::pair<std::uint16_t, std::uint64_t>> *seen)
    {
        Q_UNUSED(clientId);
        Q_UNUSED(present);
        Q_UNUSED(seen);
        return false;
    }
};

} // namespace twin
