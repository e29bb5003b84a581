// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqttpacketreader.h"

#include <QtGlobal>

#include <cstdint>
#include <string>
#include <vector>

namespace twin {

class TelemetrySink;

/**
 * The receiving side of an MQTT 3.1.1 client session, without the socket: takes the
 * packets the broker sends, delivers PUBLISH payloads to a sink and writes the replies
 * the protocol asks for (PUBACK at QoS 1; PUBREC, then PUBCOMP for the broker's PUBREL at
 * QoS 2, each message delivered once).
 *
 * A session kept by the broker (clean session off) outlives connections: after a
 * reconnect the broker sends again, flagged DUP, the QoS 1 messages whose PUBACK it did
 * not get. A DUP message with the packet id, topic and payload of one delivered before is
 * acknowledged but not delivered twice.
 *
 * What was seen can be handed over from an earlier process (loadSeen()); each QoS 1
 * message of a kept session is delivered with its packet id and digest
 * (TelemetrySink::MessageMeta), for the sink to store with its samples.
 *
 * With held acknowledgements, QoS 1 PUBACKs and QoS 2 PUBRECs are not written: they are
 * collected in receive order (heldAcks()) for the caller to send once the messages are
 * stored (see MqttLeanSubscriber). A QoS 2 message is then the receiver's only once
 * stored: a process killed before that has it sent again (DUP), and one killed after
 * it gets PUBREL; its packet id and digest are stored with it like a QoS 1 message's.
 */
class MqttReceiveSession
{
public:
    enum class Event {
        None,
        Connected,        ///< CONNACK accepted
        ConnectRefused,   ///< CONNACK with a return code (error() says which)
        Subscribed,       ///< SUBACK, every filter granted
        SubscribeRefused, ///< SUBACK with a failure code
        Malformed,        ///< a packet that breaks the protocol (error() says how)
    };

    MqttReceiveSession();

    /// Whether the broker keeps the session between connections (clean session off).
    void setPersistent(bool persistent) { m_persistent = persistent; }
    bool isPersistent() const { return m_persistent; }
    /// Whether QoS 1 acknowledgements are held for the caller instead of written.
    void setHoldAcks(bool hold) { m_holdAcks = hold; }
    bool holdsAcks() const { return m_holdAcks; }
    /// In heldAcks(): the acknowledgement is a PUBREC (QoS 2), not a PUBACK.
    static constexpr std::uint32_t HeldPubrec = 0x10000;
    /// Acknowledgements of messages handled since the caller last emptied this, in order:
    /// the packet id, with HeldPubrec for a QoS 2 message.
    std::vector<std::uint32_t> &heldAcks() { return m_heldAcks; }
    /// Appends the acknowledgement \a held (an entry of heldAcks()) to \a out.
    static void putHeldAck(std::string *out, std::uint32_t held);
    /// A new connection: a clean session starts from nothing, a kept one from where the
    /// last connection ended.
    void connectionOpened();

    /// Handles one packet; deliveries go to \a sink, replies are appended to \a replies.
    Event handle(const MqttPacketReader::Packet &packet, TelemetrySink *sink, std::string *replies);

    /// The SUBSCRIBE packet for \a subscriptions (filter, QoS 0-2), packet id 1.
    static std::string subscribePacket(const std::vector<std::pair<std::string, int>> &subscriptions);

    quint64 delivered() const { return m_delivered; }
    /// Messages the broker sent again that were not delivered again.
    quint64 duplicates() const { return m_duplicates; }
    /// Whether the last CONNACK said the broker had kept the session.
    bool sessionPresent() const { return m_sessionPresent; }
    /// Takes (packet id, digest) pairs of QoS 1 messages stored by an earlier process, oldest
    /// first, so that the broker's DUP resends of them are recognised (a kept session).
    void loadSeen(const std::vector<std::pair<std::uint16_t, std::uint64_t>> &seen);
    const std::string &error() const { return m_error; }

private:
    /// The digest kept for \a packetId of a kept session (m_seen, made on first use).
    std::uint64_t &seenSlot(std::size_t packetId);
    Event publish(const MqttPacketReader::Packet &packet, TelemetrySink *sink, std::string *replies);

    bool m_persistent = false;
    bool m_holdAcks = false;
    std::vector<std::uint32_t> m_heldAcks;
    bool m_sessionPresent = false;
    quint64 m_delivered = 0;
    quint64 m_duplicates = 0;
    std::vector<std::uint64_t> m_seen;       ///< per packet id: a digest of the last QoS 1 or 2 message (persistent only)
    std::vector<bool> m_awaitingRelease;     ///< per packet id: a QoS 2 message delivered, PUBREL not yet received
    std::string m_error;
};

} // namespace twin
