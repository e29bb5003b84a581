// SPDX-License-Identifier: GPL-3.0-or-later
// The lean MQTT receiver's framing: packets however the reads cut them.
#include "mqtt/mqttpacketreader.h"
#include "mqtt/mqttwire.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

using twin::MqttPacketReader;

namespace {

std::string publish(const std::string &topic, const std::string &payload)
{
    std::string body;
    twin::mqttwire::putString(body, topic);
    body += payload;
    return twin::mqttwire::packet(0x30, body);
}

/// Every packet the reader hands out, as (header, body).
std::vector<std::pair<int, std::string>> drain(MqttPacketReader &reader, MqttPacketReader::Result *last = nullptr)
{
    std::vector<std::pair<int, std::string>> out;
    MqttPacketReader::Packet p;
    MqttPacketReader::Result r;
    while ((r = reader.next(&p)) == MqttPacketReader::Result::Packet)
        out.emplace_back(p.header, std::string(reinterpret_cast<const char *>(p.body), p.size));
    reader.compact();
    if (last)
        *last = r;
    return out;
}

} // namespace

TEST(MqttPacketReader, RemainingLengthsOfOneToFourBytes)
{
    // 127 is the largest one-byte length, 16,383 the largest two-byte one.
    for (std::size_t size : {std::size_t(0), std::size_t(127), std::size_t(128), std::size_t(16383),
                             std::size_t(16384), std::size_t(2097152)}) {
        const std::string body(size, 'x');
        const std::string packet = twin::mqttwire::packet(0x30, body);
        const std::size_t lengthBytes = packet.size() - size - 1;
        EXPECT_EQ(lengthBytes, size < 128 ? 1u : size < 16384 ? 2u : size < 2097152 ? 3u : 4u) << size;
        MqttPacketReader reader(64);
        reader.append(packet);
        const auto packets = drain(reader);
        ASSERT_EQ(packets.size(), 1u) << size;
        EXPECT_EQ(packets[0].first, 0x30);
        EXPECT_EQ(packets[0].second.size(), size);
        EXPECT_EQ(reader.buffered(), 0u);
    }
}

TEST(MqttPacketReader, PacketsSplitAcrossReadsAtEveryByte)
{
    // Three packets, one of them over 16,383 bytes, cut at each position in turn: the
    // type byte, inside the length, inside the body.
    const std::string stream = publish("a/b", "1") + publish("twins/t/telemetry", std::string(20000, 'p'))
                               + twin::mqttwire::packet(0xd0, std::string());
    for (std::size_t cut : {std::size_t(1), std::size_t(2), std::size_t(7), std::size_t(8), std::size_t(9),
                            std::size_t(10), std::size_t(20001), stream.size() - 1}) {
        MqttPacketReader reader(16);
        reader.append(stream.substr(0, cut));
        MqttPacketReader::Result last;
        auto packets = drain(reader, &last);
        EXPECT_EQ(last, MqttPacketReader::Result::NeedMore);
        reader.append(stream.substr(cut));
        const auto rest = drain(reader, &last);
        packets.insert(packets.end(), rest.begin(), rest.end());
        ASSERT_EQ(packets.size(), 3u) << cut;
        EXPECT_EQ(packets[0].second.substr(2), "a/b1");
        EXPECT_EQ(packets[1].second.size(), 2 + 17 + 20000u);
        EXPECT_EQ(packets[2].first, 0xd0);
        EXPECT_EQ(reader.buffered(), 0u);
    }
    // One byte per read.
    MqttPacketReader reader(16);
    std::size_t count = 0;
    for (char c : stream) {
        reader.append(std::string(1, c));
        count += drain(reader).size();
    }
    EXPECT_EQ(count, 3u);
}

TEST(MqttPacketReader, ManyPacketsInOneRead)
{
    std::string stream;
    const int n = 10000;
    for (int i = 0; i < n; ++i)
        stream += publish("twins/s" + std::to_string(i % 7) + "/telemetry", std::to_string(i));
    stream += publish("x", "partial").substr(0, 5); // and the start of one more
    MqttPacketReader reader(1024);
    reader.append(stream);
    MqttPacketReader::Result last;
    const auto packets = drain(reader, &last);
    ASSERT_EQ(packets.size(), std::size_t(n));
    EXPECT_EQ(last, MqttPacketReader::Result::NeedMore);
    EXPECT_EQ(packets[1234].second.substr(2 + 18), "1234");
    EXPECT_EQ(reader.buffered(), 5u);
}

TEST(MqttPacketReader, MalformedLengthIsRefusedCleanly)
{
    // Four length bytes that all say "another follows": no valid MQTT length.
    MqttPacketReader reader(16);
    reader.append(publish("ok", "1"));
    reader.append(std::string("\x30\xff\xff\xff\xff\x01", 6));
    MqttPacketReader::Result last;
    const auto packets = drain(reader, &last);
    ASSERT_EQ(packets.size(), 1u); // what came before is still read
    EXPECT_EQ(last, MqttPacketReader::Result::Malformed);
    EXPECT_NE(reader.error().find("four bytes"), std::string::npos) << reader.error();
    // Known as malformed as soon as the fourth length byte is in.
    MqttPacketReader early(16);
    early.append(std::string("\x30\x80\x80\x80\x80", 5));
    drain(early, &last);
    EXPECT_EQ(last, MqttPacketReader::Result::Malformed);
    // The largest valid length waits for its body instead.
    MqttPacketReader largest(16);
    largest.append(std::string("\x30\xff\xff\xff\x7f", 5));
    drain(largest, &last);
    EXPECT_EQ(last, MqttPacketReader::Result::NeedMore);
    // A new connection starts clean.
    reader.clear();
    reader.append(publish("ok", "2"));
    EXPECT_EQ(drain(reader).size(), 1u);
}

TEST(MqttPacketReader, AHugePacketDoesNotKeepItsBufferForGood)
{
    MqttPacketReader reader(64 * 1024);
    const std::string huge = publish("twins/t/telemetry", std::string(20 << 20, 'x'));
    const std::string small = publish("twins/t/telemetry", "{\"value\": 1}");
    reader.append(huge);
    reader.append(small.substr(0, 5)); // the next packet has begun
    EXPECT_GE(reader.capacity(), huge.size());
    const auto packets = drain(reader);
    ASSERT_EQ(packets.size(), 1u);
    EXPECT_EQ(packets[0].second.size(), std::size_t(2 + 17 + (20 << 20))); // topic length, topic, payload
    EXPECT_EQ(reader.capacity(), 64u * 1024);
    // The piece of the next packet survived the move.
    reader.append(small.substr(5));
    const auto rest = drain(reader);
    ASSERT_EQ(rest.size(), 1u);
    EXPECT_EQ(rest[0].second.substr(rest[0].second.size() - 12), "{\"value\": 1}");
}

namespace {

/// Feeds \a stream as a socket would, \a chunk bytes per read into writable(), draining
/// after each; the largest capacity the buffer reached goes to \a maxCapacity.
std::vector<MqttPacketReader::Packet> feedInReads(MqttPacketReader &reader, const std::string &stream,
                                                  std::size_t chunk, std::vector<std::string> *bodies,
                                                  std::size_t *maxCapacity)
{
    std::vector<MqttPacketReader::Packet> out;
    for (std::size_t at = 0; at < stream.size();) {
        std::size_t room = 0;
        unsigned char *into = reader.writable(1024, &room);
        const std::size_t n = std::min({room, chunk, stream.size() - at});
        std::memcpy(into, stream.data() + at, n);
        reader.commit(n);
        at += n;
        *maxCapacity = std::max(*maxCapacity, reader.capacity());
        MqttPacketReader::Packet p;
        while (reader.next(&p) == MqttPacketReader::Result::Packet) {
            out.push_back(p);
            bodies->emplace_back(reinterpret_cast<const char *>(p.body), p.size);
        }
        reader.compact();
    }
    return out;
}

} // namespace

TEST(MqttPacketReader, AnOversizePublishIsDroppedAsItArrives)
{
    // Between two small packets, a 3 MB PUBLISH: only its first 300 bytes are kept, and
    // the buffer never grows towards the message's size, however the reads cut it.
    const std::string big = publish("twins/t/telemetry", std::string(3 << 20, 'x') + "END");
    const std::string stream = publish("a", "1") + big + publish("b", "2") + twin::mqttwire::packet(0xd0, std::string());
    for (std::size_t chunk : {std::size_t(1), std::size_t(7), std::size_t(299), std::size_t(301), std::size_t(4096),
                              std::size_t(1 << 20), stream.size()}) {
        MqttPacketReader reader(4096);
        reader.setKeepAtMost(300);
        std::vector<std::string> bodies;
        std::size_t maxCapacity = 0;
        const auto packets = feedInReads(reader, stream, chunk, &bodies, &maxCapacity);
        ASSERT_EQ(packets.size(), 4u) << chunk;
        EXPECT_EQ(bodies[0], std::string("\0\x01" "a1", 4));
        EXPECT_TRUE(packets[1].truncated());
        EXPECT_EQ(packets[1].size, 300u);
        EXPECT_EQ(packets[1].fullSize, 2 + 17 + (3u << 20) + 3);
        EXPECT_EQ(bodies[1].substr(2, 17), "twins/t/telemetry");
        EXPECT_EQ(bodies[1].substr(19), std::string(300 - 19, 'x'));
        EXPECT_FALSE(packets[2].truncated());
        EXPECT_EQ(bodies[2], std::string("\0\x01" "b2", 4));
        EXPECT_EQ(packets[3].header, 0xd0);
        EXPECT_EQ(reader.buffered(), 0u);
        EXPECT_EQ(reader.skipping(), 0u);
        EXPECT_LE(maxCapacity, std::max<std::size_t>(64 * 1024, 4 * chunk)) << chunk;
    }
}

TEST(MqttPacketReader, OnlyPublishPacketsOverTheLimitAreTruncated)
{
    MqttPacketReader reader(64);
    reader.setKeepAtMost(10);
    const std::string exact = publish("t", std::string(7, 'p'));    // remaining length 10
    const std::string other = twin::mqttwire::packet(0x90, std::string(40, '\0')); // a long SUBACK
    reader.append(exact + other);
    MqttPacketReader::Packet p;
    ASSERT_EQ(reader.next(&p), MqttPacketReader::Result::Packet);
    EXPECT_FALSE(p.truncated());
    EXPECT_EQ(p.size, 10u);
    ASSERT_EQ(reader.next(&p), MqttPacketReader::Result::Packet);
    EXPECT_FALSE(p.truncated());
    EXPECT_EQ(p.size, 40u);
    // A connection lost while dropping: the next one starts clean.
    reader.compact();
    reader.append(publish("t", std::string(100, 'p')).substr(0, 50));
    EXPECT_EQ(reader.next(&p), MqttPacketReader::Result::NeedMore);
    EXPECT_GT(reader.skipping(), 0u);
    reader.clear();
    EXPECT_EQ(reader.skipping(), 0u);
    reader.append(exact);
    ASSERT_EQ(reader.next(&p), MqttPacketReader::Result::Packet);
    EXPECT_EQ(p.size, 10u);
}
