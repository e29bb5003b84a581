// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetrytypes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace twin {

/// One bound, decoded sample waiting for the pipeline thread. Plain data, no ownership:
/// payload and text bytes live in the batch's byte arena.
struct StagedSample
{
    int point = -1;
    ValueKind kind = ValueKind::Number;
    bool firstOfMessage = false; ///< counts the message once, for throughput and latency
    bool computed = false;
    /// No device time (a message without "ts", a computed value): timestampMs is a receive
    /// time, made strictly increasing per point by the pipeline thread so that two readings
    /// are never taken for one.
    bool receiveStamped = false;
    double number = 0.0;
    qint64 timestampMs = 0;
    qint64 receivedMs = 0;
    qint64 receivedNs = 0;       ///< monotonic, for receive→visible latency
    quint32 payloadOffset = 0;
    quint32 payloadSize = 0;
    quint32 textOffset = 0;
    quint32 textSize = 0;
};

/// A QoS 1 message of a kept MQTT session whose samples a batch holds (SessionMarks).
struct StagedMark
{
    int session = -1;            ///< TelemetryPipeline's index of the client id
    std::uint16_t packetId = 0;
    bool reset = false;          ///< the first of a session the broker started afresh
    std::uint64_t digest = 0;
};

/// Samples plus one byte arena for their payloads and texts: appending reuses capacity,
/// so a steady stream allocates nothing per sample.
struct StagingBatch
{
    std::vector<StagedSample> samples;
    std::string bytes;
    std::vector<StagedMark> marks;
    quint64 messages = 0;

    bool empty() const { return samples.empty(); }
    void clear()
    {
        samples.clear();
        bytes.clear();
        marks.clear();
        messages = 0;
    }
};

} // namespace twin
