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
 * Application → worker: Setup, Topology (when it changed), Batch (invalidated values, the
 * index of its first job, then jobs: a sample and the invocations to run for it, each the
 * index of a function in the job's list and its slot), Reply (to a Request).
 * Worker → application: Ready, Record (a job's sample is now its sensor's value: the
 * application stores its own copy), Request (a value or history read the application
 * answers from its ValueStore), Result (one per invocation, in order, naming its job and
 * index: the application knows the function and the sensor), Done (the batch ran).
 *
 * The worker sends what it queued only when a request needs an answer, when it queued
 * FlushBytes or FlushNs worth of invocations, and at the end of a batch: no system call
 * per invocation. Which invocation runs is told through shared memory instead (a page the
 * application passes as descriptor ProgressFd, see progressWord()), so that the application
 * can enforce the time limit and blame the right invocation when the worker is ended.
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
    /// The worker's descriptor of the shared progress page.
    static constexpr int ProgressFd = 3;
    static constexpr qsizetype ProgressBytes = 4096;
    /// A worker sends its queued results once this many bytes or this much invocation time
    /// have accumulated (and at the end of each batch).
    static constexpr qsizetype FlushBytes = 32 << 10;
    static constexpr qint64 FlushNs = 2000000;

    /// The progress word: the invocation a worker started last (its job and index, as in
    /// Result) and whether it still runs. 0: none started in this batch.
    static quint64 progressWord(qint32 job, qint32 index, bool running)
    {
        return (quint64(quint32(job) + 1) << 32) | (quint64(quint32(index) & 0x7fffffffu) << 1) | quint64(running);
    }
    /// Decodes \a word; false for 0 (none started).
    static bool decodeProgress(quint64 word, qint32 *job, qint32 *index, bool *running)
    {
        if (word >> 32 == 0)
            return false;
        *job = qint32(quint32(word >> 32) - 1);
        *index = qint32((word >> 1) & 0x7fffffffu);
        *running = (word & 1) != 0;
        return true;
    }

    /// A frame: header and payload.
    static QByteArray frame(Message type, const QByteArray &payload);
    /// The payload length the header at \a data announces (data holds HeaderSize bytes).
    static quint32 payloadLength(const char *data);

    /// Fixes the stream's format version (both ends run the same build).
    static void prepare(QDataStream &s) { s.setVersion(QDataStream::Qt_6_4); }
    /// Samples and results, per invocation, in the fast encoding (FunctionWireWriter).
    static void write(FunctionWireWriter &out, const TelemetrySample &sample)
    {
        write(out, sample, sample.recordValue);
    }
    /// With \a recordValue in place of the sample's own.
    static void write(FunctionWireWriter &out, const TelemetrySample &sample, bool recordValue);
    /// \a previous (may be null): its sensor and data type are shared when they repeat.
    static void read(FunctionWireReader &in, TelemetrySample *sample, const TelemetrySample *previous = nullptr);
    static void write(FunctionWireWriter &out, const InvocationResult &result);
    static void read(FunctionWireReader &in, InvocationResult *result);
    /// A result without its function and sensor (a Result frame: the receiver knows them;
    /// \a result's sensorId and \a likely, the writes of the function's last result, save
    /// copies of the strings that repeat).
    static void writeOutcome(FunctionWireWriter &out, const InvocationResult &result);
    static void readOutcome(FunctionWireReader &in, InvocationResult *result, const QList<ValueWrite> &likely = {});
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
