// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functionhealth.h"
#include "functions/functiontopology.h"
#include "functions/functionworkerprotocol.h"

#include <QByteArray>

#include <atomic>
#include <memory>

namespace twin {

class FunctionEngine;
class RemoteValueStore;

/**
 * The function worker process's side (twin_function_worker): one FunctionEngine whose
 * values come from the application (RemoteValueStore), fed with batches over the socket
 * \a fd; see FunctionWorkerProtocol and FunctionWorkerProcess.
 *
 * Before each invocation it writes which one starts into the shared progress word (so that
 * when the process is ended, the application knows which invocation was at fault), and
 * queues its result: results go out together, with no system call per invocation (see
 * FunctionWorkerProtocol::FlushBytes). Limits: the address space is
 * capped at what the engine used after start-up plus four times the memory limit (a huge
 * builtin allocation fails instead of growing), the CPU time per batch at the sum of its
 * time limits plus a second (SIGXCPU), and the watchdog ends the process when an
 * interrupted invocation does not stop (FunctionWatchdog::setHardLimit()).
 */
class FunctionWorkerServer
{
public:
    /// \a progress: the shared progress word (FunctionWorkerProtocol::progressWord()).
    FunctionWorkerServer(int fd, std::atomic<quint64> *progress);
    ~FunctionWorkerServer();

    /// Serves until the application closes the socket; returns the exit status.
    int run();

private:
    bool readFrame(FunctionWorkerProtocol::Message *type, QByteArray *payload);
    void queue(FunctionWorkerProtocol::Message type, const QByteArray &payload);
    /// Frames written in place: the header, then the payload, then its length.
    qsizetype beginFrame(FunctionWorkerProtocol::Message type);
    void endFrame(qsizetype begin);
    bool flush();
    QByteArray ask(const QByteArray &request);
    bool setup(const QByteArray &payload);
    bool runBatch(const QByteArray &payload);
    [[noreturn]] void fail(const char *why);

    const int m_fd;
    std::atomic<quint64> *const m_progress;
    QByteArray m_in;
    QByteArray m_out;
    QList<qint32> m_invocations; ///< the running batch's invocations (kept for its capacity)
    std::unique_ptr<RemoteValueStore> m_store;
    std::unique_ptr<FunctionEngine> m_engine;
    std::shared_ptr<const FunctionTopology> m_topology;
    FunctionHealth m_health;
    int m_defaultTimeoutMs = 100;
    qint64 m_memoryLimit = qint64(256) << 20;
    bool m_limited = false;
};

} // namespace twin
