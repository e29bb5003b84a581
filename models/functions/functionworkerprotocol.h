// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiontopology.h"
#include "functions/functionwirereader.h"
#include "functions/functionwirewriter.h"
#include "functions/invocationresult.h"

#include <QByteArray>
#include <QDataStream>

#include <memory>

namespace twin {

/**
 * The wire format between FunctionWorkerProcess (the application) and a function worker
 * process (twin_function_worker): frames on one stream socket, each a 32-bit little-endian
 * length, a one-byte message type and a payload: Batch, Record, Start and Result (one or
 * more per invocation) in the fast encoding of FunctionWireWriter, the others a QDataStream
 * (Qt 6.4 format).
 *
 * Application → worker: Setup, Topology (when it changed), Batch (invalidated values, then
 * jobs: a sample and the function slots to run for it), Reply (to a Request).
 * Worker → application: Ready, Record (a job's sample is now its sensor's value: the
 * application stores its own copy), Start (which invocation begins), Request (a value or
 * history read the application answers from its ValueStore), Result (one per invocation,
 * in order), Done (the batch ran).
 *
 * Nothing a worker sends is trusted: frames longer than MaxFromWorker end the worker, and
 * a payload that does not decode whole is a protocol error.
 */
class FunctionWorkerProtocol
{
public:
    enum class Message : quint8 {
        Setup = 1,
        Topology = 2,
        Batch = 3,
        Reply = 4,
        Ready = 10,
        Record = 11,
        Request = 12,
        Result = 13,
        Start = 14,
        Done = 15,
    };
    enum class Read : quint8 { SensorValue = 1, SpaceValue = 2, SensorHistory = 3, SpaceHistory = 4 };

    /// Exit statuses of a worker that stopped itself (FunctionWatchdog::setHardLimit()).
    static constexpr int ExitTimeLimit = 3;
    static constexpr int ExitMemoryLimit = 4;
    static constexpr int ExitProtocol = 5;

    static constexpr quint32 MaxToWorker = 512u << 20;
    static constexpr quint32 MaxFromWorker = 64u << 20;
    static constexpr int HeaderSize = 5;

    /// A frame: header and payload.
    static QByteArray frame(Message type, const QByteArray &payload);
    /// The payload length the header at \a data announces (data holds HeaderSize bytes).
    static quint32 payloadLength(const char *data);

    /// Fixes the stream's format version (both ends run the same build).
    static void prepare(QDataStream &s) { s.setVersion(QDataStream::Qt_6_4); }
    /// Samples and results, per invocation, in the fast encoding (FunctionWireWriter).
    static void write(FunctionWireWriter &out, const TelemetrySample &sample);
    static void read(FunctionWireReader &in, TelemetrySample *sample);
    static void write(FunctionWireWriter &out, const InvocationResult &result);
    static void read(FunctionWireReader &in, InvocationResult *result);
    static void write(QDataStream &s, const StoredValue &value);
    static void read(QDataStream &s, StoredValue *value);
    static void write(QDataStream &s, const HistoryRead &history);
    static void read(QDataStream &s, HistoryRead *history);

    /// What a worker needs of a snapshot (not the matchers: it gets the matched slots).
    static QByteArray encodeTopology(const FunctionTopology &topology);
    static std::shared_ptr<const FunctionTopology> decodeTopology(const QByteArray &data);

    /// Writes all of \a data to \a fd (a non-blocking socket); false when the peer is gone
    /// or did not take it within \a timeoutMs.
    static bool writeAll(int fd, const QByteArray &data, int timeoutMs);
};

} // namespace twin
