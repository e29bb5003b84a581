// SPDX-License-Identifier: GPL-3.0-or-later
// Mutated broker streams through the lean receiver's framing (MqttPacketReader) and
// protocol (MqttReceiveSession): the first byte picks how the stream is cut into reads,
// whether the session is kept and whether oversize PUBLISH packets are truncated (kept
// to their first 64 bytes, the rest dropped as it arrives); the rest is what the broker
// sends.
#include "mqtt/mqttpacketreader.h"
#include "mqtt/mqttreceivesession.h"

#include "telemetry/telemetrysink.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace {

class CountingSink : public twin::TelemetrySink
{
public:
    void deliver(std::string_view topic, std::string_view payload) override
    {
        // Touch every byte, so that a view past its buffer is a sanitizer report.
        for (const char c : topic)
            m_sum += static_cast<unsigned char>(c);
        for (const char c : payload)
            m_sum += static_cast<unsigned char>(c);
    }
    std::size_t m_sum = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::size_t chunk = std::size_t(data[0] & 0x3f) + 1;
    const bool persistent = (data[0] & 0x40) != 0;
    const bool truncate = (data[0] & 0x80) != 0;
    const std::string_view stream(reinterpret_cast<const char *>(data + 1), size - 1);

    twin::MqttPacketReader reader(256);
    if (truncate)
        reader.setKeepAtMost(64);
    twin::MqttReceiveSession session;
    session.setPersistent(persistent);
    session.connectionOpened();
    CountingSink sink;
    std::string replies;
    for (std::size_t at = 0; at < stream.size(); at += chunk) {
        // As the socket does: into writable(), then commit().
        const std::string_view piece = stream.substr(at, std::min(chunk, stream.size() - at));
        std::size_t room = 0;
        unsigned char *into = reader.writable(piece.size(), &room);
        std::memcpy(into, piece.data(), piece.size());
        reader.commit(piece.size());
        twin::MqttPacketReader::Packet packet;
        twin::MqttPacketReader::Result result;
        while ((result = reader.next(&packet)) == twin::MqttPacketReader::Result::Packet) {
            if (session.handle(packet, &sink, &replies) == twin::MqttReceiveSession::Event::Malformed)
                return 0; // the receiver drops the connection here
        }
        if (result == twin::MqttPacketReader::Result::Malformed)
            return 0;
        reader.compact();
        replies.clear();
    }
    return 0;
}
