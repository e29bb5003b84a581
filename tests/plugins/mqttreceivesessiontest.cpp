// SPDX-License-Identifier: GPL-3.0-or-later
// The lean MQTT receiver's protocol: acknowledgements, QoS 2, kept sessions.
#include "mqtt/mqttpacketreader.h"
#include "mqtt/mqttreceivesession.h"
#include "mqtt/mqttrecentmessages.h"
#include "mqtt/mqttwire.h"

#include "telemetry/telemetrysink.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using twin::MqttPacketReader;
using twin::MqttReceiveSession;

namespace {

struct RecordingSink : twin::TelemetrySink
{
    void deliver(std::string_view topic, std::string_view payload) override
    {
        messages.emplace_back(std::string(topic) + '=' + std::string(payload));
    }
    void deliverMessage(std::string_view topic, std::string_view payload, const MessageMeta &meta) override
    {
        wholeSizes.push_back(meta.payloadSize);
        marks.emplace_back(meta.packetId, meta.digest);
        deliver(topic, payload);
    }
    std::vector<std::string> messages;
    std::vector<std::size_t> wholeSizes; ///< MessageMeta::payloadSize of each message
    std::vector<std::pair<std::uint16_t, std::uint64_t>> marks; ///< MessageMeta's packet id and digest
};

std::string publish(int qos, int id, const std::string &payload, bool dup = false)
{
    std::string body;
    twin::mqttwire::putString(body, "twins/t/telemetry");
    if (qos) {
        body += char(id >> 8);
        body += char(id & 0xff);
    }
    body += payload;
    return twin::mqttwire::packet(char(0x30 | (dup ? 0x08 : 0) | (qos << 1)), body);
}

std::string ack(int type, int id)
{
    return std::string{char(type), char(2), char(id >> 8), char(id & 0xff)};
}

struct SessionFixture : ::testing::Test
{
    /// Feeds \a bytes from the broker; returns the replies and the last event.
    std::string feed(const std::string &bytes, MqttReceiveSession::Event *event = nullptr)
    {
        reader.append(bytes);
        std::string replies;
        MqttPacketReader::Packet p;
        while (reader.next(&p) == MqttPacketReader::Result::Packet) {
            const auto e = session.handle(p, &sink, &replies);
            if (event)
                *event = e;
        }
        reader.compact();
        return replies;
    }
    MqttPacketReader reader{64};
    MqttReceiveSession session;
    RecordingSink sink;
};

} // namespace

TEST_F(SessionFixture, SubscribesAtTheQosAskedForUpToTwo)
{
    const std::string packet = MqttReceiveSession::subscribePacket({{"a/#", 2}, {"b", 1}, {"c", 7}});
    // SUBSCRIBE, packet id 1, then each filter with its requested QoS.
    EXPECT_EQ(packet, std::string("\x82\x10\x00\x01\x00\x03" "a/#" "\x02\x00\x01" "b" "\x01\x00\x01" "c" "\x02", 18));
}

TEST_F(SessionFixture, AcknowledgesEachQos)
{
    EXPECT_EQ(feed(publish(0, 0, "0")), "");
    EXPECT_EQ(feed(publish(1, 300, "1")), ack(0x40, 300));
    EXPECT_EQ(sink.messages, (std::vector<std::string>{"twins/t/telemetry=0", "twins/t/telemetry=1"}));
    EXPECT_EQ(session.delivered(), 2u);
}

TEST_F(SessionFixture, Qos2IsDeliveredExactlyOnce)
{
    // PUBLISH → PUBREC; the broker may send the PUBLISH again (DUP) until it has our
    // PUBREC: PUBREC again, no second delivery; PUBREL → PUBCOMP, and the id is free.
    EXPECT_EQ(feed(publish(2, 7, "a")), ack(0x50, 7));
    EXPECT_EQ(feed(publish(2, 7, "a", true)), ack(0x50, 7));
    EXPECT_EQ(sink.messages.size(), 1u);
    EXPECT_EQ(session.duplicates(), 1u);
    EXPECT_EQ(feed(ack(0x62, 7)), ack(0x70, 7));
    EXPECT_EQ(feed(publish(2, 7, "b")), ack(0x50, 7));
    EXPECT_EQ(sink.messages, (std::vector<std::string>{"twins/t/telemetry=a", "twins/t/telemetry=b"}));
    // A PUBREL for an id not awaiting release is still completed (the broker retries).
    EXPECT_EQ(feed(ack(0x62, 9)), ack(0x70, 9));
    // A PUBREL without its required flags breaks the protocol.
    MqttReceiveSession::Event e = MqttReceiveSession::Event::None;
    feed(ack(0x60, 7), &e);
    EXPECT_EQ(e, MqttReceiveSession::Event::Malformed);
}

TEST_F(SessionFixture, KeptSessionDeliversARedeliveredQos1MessageOnce)
{
    session.setPersistent(true);
    session.connectionOpened();
    feed(std::string("\x20\x02\x01\x00", 4)); // CONNACK, session present
    EXPECT_TRUE(session.sessionPresent());
    feed(publish(1, 5, "21.5"));
    // The connection dropped before the broker had our PUBACK: it sends the message again.
    session.connectionOpened();
    feed(std::string("\x20\x02\x01\x00", 4));
    EXPECT_EQ(feed(publish(1, 5, "21.5", true)), ack(0x40, 5));
    EXPECT_EQ(sink.messages.size(), 1u);
    EXPECT_EQ(session.duplicates(), 1u);
    // The same id for another message (the first was acknowledged) is a new message.
    feed(publish(1, 5, "22.0", true));
    feed(publish(1, 5, "22.0"));
    EXPECT_EQ(sink.messages.size(), 3u);
}

// What an earlier process stored of a kept session comes back from the history: the
// broker's resends of those messages are acknowledged, not delivered again.
TEST_F(SessionFixture, KeptSessionLoadedFromAnEarlierProcessSkipsItsResends)
{
    session.setPersistent(true);
    session.connectionOpened();
    feed(std::string("\x20\x02\x01\x00", 4));
    feed(publish(1, 7, "{\"value\": 1}") + publish(0, 0, "{\"value\": 2}"));
    // Each QoS 1 message of a kept session carries what the history stores of it.
    ASSERT_EQ(sink.marks.size(), 2u);
    const std::uint64_t digest = twin::MqttRecentMessages::digest("twins/t/telemetry", "{\"value\": 1}");
    EXPECT_EQ(sink.marks[0], std::make_pair(std::uint16_t(7), digest));
    EXPECT_EQ(sink.marks[1].first, 0u); // QoS 0: nothing to store

    MqttReceiveSession restarted;
    restarted.setPersistent(true);
    restarted.connectionOpened();
    MqttPacketReader r{64};
    std::string replies;
    const auto feedRestarted = [&](const std::string &bytes) {
        r.append(bytes);
        MqttPacketReader::Packet p;
        while (r.next(&p) == MqttPacketReader::Result::Packet)
            restarted.handle(p, &sink, &replies);
        r.compact();
    };
    feedRestarted(std::string("\x20\x02\x01\x00", 4));
    // Oldest first: a reused id keeps its newest message.
    restarted.loadSeen({{7, 1}, {9, 3}, {7, digest}});
    sink.messages.clear();
    feedRestarted(publish(1, 7, "{\"value\": 1}", true) + publish(1, 9, "{\"value\": 3}", true));
    EXPECT_EQ(replies, ack(0x40, 7) + ack(0x40, 9));
    EXPECT_EQ(sink.messages, std::vector<std::string>{"twins/t/telemetry={\"value\": 3}"});
    EXPECT_EQ(restarted.duplicates(), 1u);

    // QoS 2 alike: stored by the earlier process, PUBREC lost with it, sent again.
    restarted.loadSeen({{11, twin::MqttRecentMessages::digest("twins/t/telemetry", "{\"value\": 4}")}});
    replies.clear();
    feedRestarted(publish(2, 11, "{\"value\": 4}", true));
    EXPECT_EQ(replies, ack(0x50, 11));
    EXPECT_EQ(sink.messages.size(), 1u);

    // A broker that starts the session afresh forgets it: the same id and payload is a new message.
    restarted.loadSeen({{7, digest}});
    feedRestarted(std::string("\x20\x02\x00\x00", 4));
    feedRestarted(publish(1, 7, "{\"value\": 1}", true));
    EXPECT_EQ(sink.messages.size(), 2u);
}

TEST_F(SessionFixture, HeldAcknowledgementsAreCollectedInOrderDuplicatesIncluded)
{
    session.setPersistent(true);
    session.setHoldAcks(true);
    session.connectionOpened();
    feed(std::string("\x20\x02\x01\x00", 4));
    // Delivered now, acknowledged by the caller later: PUBACK at QoS 1, PUBREC at QoS 2.
    EXPECT_EQ(feed(publish(1, 9, "a") + publish(1, 3, "b") + publish(2, 4, "c")), "");
    constexpr std::uint32_t rec = MqttReceiveSession::HeldPubrec;
    EXPECT_EQ(session.heldAcks(), (std::vector<std::uint32_t>{9, 3, 4 | rec}));
    // Sent again before its PUBACK: not delivered twice, but acknowledged only after what
    // was delivered first, like any other.
    EXPECT_EQ(feed(publish(1, 3, "b", true) + publish(2, 4, "c", true)), "");
    EXPECT_EQ(session.heldAcks(), (std::vector<std::uint32_t>{9, 3, 4 | rec, 3, 4 | rec}));
    EXPECT_EQ(sink.messages.size(), 3u);
    std::string held;
    MqttReceiveSession::putHeldAck(&held, 0x1234);
    MqttReceiveSession::putHeldAck(&held, 0x1234 | rec);
    EXPECT_EQ(held, ack(0x40, 0x1234) + ack(0x50, 0x1234));
    // PUBREL comes once the PUBREC went out: PUBCOMP at once.
    EXPECT_EQ(feed(std::string("\x62\x02\x00\x04", 4)), ack(0x70, 4));
    // A new connection: the broker sends the unacknowledged ones again.
    session.connectionOpened();
    EXPECT_TRUE(session.heldAcks().empty());
}

TEST_F(SessionFixture, CleanSessionForgetsBetweenConnections)
{
    feed(publish(2, 3, "a"));
    session.connectionOpened();
    feed(publish(2, 3, "b"));
    EXPECT_EQ(sink.messages.size(), 2u);
    // A kept session the broker lost (no session present) starts afresh too.
    session.setPersistent(true);
    feed(publish(2, 4, "c"));
    feed(std::string("\x20\x02\x00\x00", 4));
    EXPECT_FALSE(session.sessionPresent());
    feed(publish(2, 4, "d"));
    EXPECT_EQ(sink.messages.size(), 4u);
}

TEST_F(SessionFixture, RefusalsAndBrokenPacketsSayWhy)
{
    MqttReceiveSession::Event e = MqttReceiveSession::Event::None;
    feed(std::string("\x20\x02\x00\x05", 4), &e);
    EXPECT_EQ(e, MqttReceiveSession::Event::ConnectRefused);
    EXPECT_EQ(session.error(), "not authorized");
    feed(std::string("\x90\x03\x00\x01\x80", 5), &e);
    EXPECT_EQ(e, MqttReceiveSession::Event::SubscribeRefused);
    feed(std::string("\x90\x04\x00\x01\x02\x01", 6), &e);
    EXPECT_EQ(e, MqttReceiveSession::Event::Subscribed);
    feed(std::string("\x30\x03\x00\x09x", 5), &e); // topic longer than the packet
    EXPECT_EQ(e, MqttReceiveSession::Event::Malformed);
    feed(std::string("\x36\x05\x00\x01x\x00\x01", 7), &e); // QoS 3
    EXPECT_EQ(e, MqttReceiveSession::Event::Malformed);
    EXPECT_TRUE(sink.messages.empty());
}

TEST_F(SessionFixture, ATruncatedPublishIsDeliveredWithItsWholeSizeAndAcknowledged)
{
    // The reader kept 40 bytes of a QoS 1 message of 100,000: the sink gets those (topic
    // excluded) and the payload's real size; the PUBACK goes out as for any other.
    reader.setKeepAtMost(40);
    EXPECT_EQ(feed(publish(1, 77, std::string(100000, 'z')) + publish(1, 78, "small")), ack(0x40, 77) + ack(0x40, 78));
    ASSERT_EQ(sink.messages.size(), 2u);
    EXPECT_EQ(sink.messages[0], "twins/t/telemetry=" + std::string(40 - 2 - 17 - 2, 'z'));
    EXPECT_EQ(sink.wholeSizes, (std::vector<std::size_t>{100000, 0}));
    EXPECT_EQ(sink.messages[1], "twins/t/telemetry=small");
}

TEST(MqttRecentMessages, RemembersTheLastNDigestsAndForgetsTheOldest)
{
    twin::MqttRecentMessages recent(2);
    const std::uint64_t a = twin::MqttRecentMessages::digest("t", "1");
    const std::uint64_t b = twin::MqttRecentMessages::digest("t", "2");
    const std::uint64_t c = twin::MqttRecentMessages::digest("t", "3");
    EXPECT_NE(a, b);
    EXPECT_NE(twin::MqttRecentMessages::digest("t1", ""), twin::MqttRecentMessages::digest("t", "1"));
    recent.add(a);
    recent.add(b);
    EXPECT_TRUE(recent.contains(a));
    recent.add(c);
    EXPECT_FALSE(recent.contains(a));
    EXPECT_TRUE(recent.contains(b));
    EXPECT_TRUE(recent.contains(c));
    // A digest remembered twice stays while one of its copies is in the window.
    recent.add(c);
    EXPECT_FALSE(recent.contains(b));
    EXPECT_TRUE(recent.contains(c));
}
