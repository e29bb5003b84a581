// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttreceivesession.h"

#include "mqttrecentmessages.h"
#include "mqttwire.h"

#include "telemetry/telemetrysink.h"

#include <string_view>

namespace twin {

namespace {

constexpr unsigned Connack = 2, Publish = 3, Pubrel = 6, Suback = 9;

void putAck(std::string *out, unsigned char type, unsigned char idHigh, unsigned char idLow)
{
    *out += char(type);
    *out += char(2);
    *out += char(idHigh);
    *out += char(idLow);
}

} // namespace

MqttReceiveSession::MqttReceiveSession()
    : m_awaitingRelease(65536, false)
{
}

void MqttReceiveSession::connectionOpened()
{
    m_heldAcks.clear(); // the broker sends those messages again
    if (m_persistent)
        return;
    m_seen.clear();
    m_awaitingRelease.assign(65536, false);
}

void MqttReceiveSession::loadSeen(const std::vector<std::pair<std::uint16_t, std::uint64_t>> &seen)
{
    for (const auto &[id, digest] : seen)
        seenSlot(id) = digest; // later pairs are newer: a reused id keeps its last message
}

std::uint64_t &MqttReceiveSession::seenSlot(std::size_t packetId)
{
    if (m_seen.empty())
        m_seen.assign(65536, 0); // made when a kept session first needs it
    return m_seen[packetId];
}

void MqttReceiveSession::putHeldAck(std::string *out, std::uint32_t held)
{
    putAck(out, (held & HeldPubrec) ? 0x50 : 0x40, (unsigned char)((held >> 8) & 0xff), (unsigned char)(held & 0xff));
}

std::string MqttReceiveSession::subscribePacket(const std::vector<std::pair<std::string, int>> &subscriptions)
{
    std::string body;
    body += char(0);
    body += char(1); // packet id 1
    for (const auto &[filter, qos] : subscriptions) {
        mqttwire::putString(body, filter);
        body += char(qos < 0 ? 0 : qos > 2 ? 2 : qos);
    }
    return mqttwire::packet(0x82, body);
}

MqttReceiveSession::Event MqttReceiveSession::publish(const MqttPacketReader::Packet &p, TelemetrySink *sink,
                                                      std::string *replies)
{
    const unsigned qos = (p.flags() >> 1) & 3;
    const bool dup = p.flags() & 0x08;
    if (qos == 3) {
        m_error = "a PUBLISH packet with QoS 3";
        return Event::Malformed;
    }
    const std::size_t topicLength = p.size >= 2 ? (std::size_t(p.body[0]) << 8) | p.body[1] : 0;
    const std::size_t offset = 2 + topicLength + (qos ? 2 : 0);
    if (p.size < 2 || offset > p.size) {
        m_error = "a PUBLISH packet shorter than its topic";
        return Event::Malformed;
    }
    const std::string_view topic(reinterpret_cast<const char *>(p.body + 2), topicLength);
    const std::string_view payload(reinterpret_cast<const char *>(p.body + offset), p.size - offset);
    TelemetrySink::MessageMeta meta;
    meta.qos = qos;
    meta.retained = (p.flags() & 0x01) != 0;
    if (p.truncated())
        meta.payloadSize = p.fullSize - offset;
    if (qos == 0) {
        ++m_delivered;
        sink->deliverMessage(topic, payload, meta);
        return Event::None;
    }
    const unsigned char idHigh = p.body[2 + topicLength];
    const unsigned char idLow = p.body[3 + topicLength];
    const std::size_t id = (std::size_t(idHigh) << 8) | idLow;
    if (qos == 1) {
        if (m_holdAcks)
            m_heldAcks.push_back(std::uint32_t(id)); // a duplicate too: its first delivery may not be stored yet
        else
            putAck(replies, 0x40, idHigh, idLow);
        if (m_persistent) {
            const std::uint64_t d = MqttRecentMessages::digest(topic, payload);
            if (dup && seenSlot(id) == d) {
                ++m_duplicates;
                return Event::None;
            }
            seenSlot(id) = d;
            meta.packetId = std::uint16_t(id);
            meta.digest = d;
        }
        ++m_delivered;
        sink->deliverMessage(topic, payload, meta);
        return Event::None;
    }
    // QoS 2: deliver on the first PUBLISH of an id, PUBREC every time, until PUBREL. A kept
    // session also knows the ids an earlier process stored (loadSeen()) but did not PUBREC.
    if (m_holdAcks)
        m_heldAcks.push_back(std::uint32_t(id) | HeldPubrec);
    else
        putAck(replies, 0x50, idHigh, idLow);
    const std::uint64_t d = m_persistent ? MqttRecentMessages::digest(topic, payload) : 0;
    if (m_awaitingRelease[id] || (dup && m_persistent && seenSlot(id) == d)) {
        ++m_duplicates;
        return Event::None;
    }
    m_awaitingRelease[id] = true;
    if (m_persistent) {
        seenSlot(id) = d;
        meta.packetId = std::uint16_t(id);
        meta.digest = d;
    }
    ++m_delivered;
    sink->deliverMessage(topic, payload, meta);
    return Event::None;
}

MqttReceiveSession::Event MqttReceiveSession::handle(const MqttPacketReader::Packet &p, TelemetrySink *sink,
                                                     std::string *replies)
{
    switch (p.type()) {
    case Publish:
        return publish(p, sink, replies);
    case Pubrel: {
        if (p.size < 2 || p.flags() != 0x2) {
            m_error = "a malformed PUBREL packet";
            return Event::Malformed;
        }
        m_awaitingRelease[(std::size_t(p.body[0]) << 8) | p.body[1]] = false;
        putAck(replies, 0x70, p.body[0], p.body[1]);
        return Event::None;
    }
    case Connack:
        if (p.size < 2) {
            m_error = "a CONNACK packet shorter than 2 bytes";
            return Event::Malformed;
        }
        if (p.body[1] != 0) {
            m_error = mqttwire::connackReason(p.body[1]);
            return Event::ConnectRefused;
        }
        m_sessionPresent = p.body[0] & 1;
        if (!m_sessionPresent) {
            // The broker starts afresh (or lost what it kept): so do we.
            m_seen.clear();
            m_awaitingRelease.assign(65536, false);
        }
        return Event::Connected;
    case Suback:
        if (p.size < 3) {
            m_error = "a SUBACK packet without return codes";
            return Event::Malformed;
        }
        for (std::size_t i = 2; i < p.size; ++i) {
            if (p.body[i] == 0x80) {
                m_error = "the broker refused a subscription";
                return Event::SubscribeRefused;
            }
        }
        return Event::Subscribed;
    default:
        return Event::None; // PINGRESP, UNSUBACK
    }
}

} // namespace twin
