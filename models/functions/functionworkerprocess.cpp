// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionworkerprocess.h"

#include "core/logging.h"
#include "functions/functionwatchdog.h"
#include "functions/functionworkerprotocol.h"
#include "functions/remotevaluestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace twin {

using Protocol = FunctionWorkerProtocol;

namespace {

/// How long a process that runs no invocation may stay silent (start-up, a batch's end).
constexpr int kSilenceMs = 30000;

} // namespace

/// A job as sent: the slots still to run for it.
struct FunctionWorkerProcess::Pending
{
    int job = 0;
    QList<int> functionSlots;
    bool record = false;
    bool recorded = false;
};

/// How a batch ended in the process.
struct FunctionWorkerProcess::Outcome
{
    bool done = false;
    int job = -1;   ///< the invocation running when the process was ended (pending index)
    int slot = -1;  ///< its index in that job's slots; -1: none was running
    int lastJob = -1; ///< the last invocation started, when none was running
    int lastSlot = -1;
    FunctionError::Kind kind = FunctionError::Kind::Exception;
    QString why;
    bool killed = false; ///< ended here for its time limit
    bool ended = false;  ///< it closed the socket (exited or was killed by the kernel)
};

FunctionWorkerProcess::FunctionWorkerProcess(ValueStore *store)
    : m_store(store)
    , m_memoryLimit(FunctionWatchdog::shared()->memoryLimit())
{
}

FunctionWorkerProcess::~FunctionWorkerProcess()
{
    stop(false);
}

QString FunctionWorkerProcess::program()
{
    const QString configured = qEnvironmentVariable("TWINSTUDIO_FUNCTION_WORKER");
    if (!configured.isEmpty())
        return configured;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("twin_function_worker"));
}

void FunctionWorkerProcess::invalidateSensor(const QString &sensorId)
{
    QMutexLocker lock(&m_invalidMutex);
    m_invalidSensors.insert(sensorId);
}

void FunctionWorkerProcess::invalidateSpaceValue(const QString &spaceId, const QString &name)
{
    QMutexLocker lock(&m_invalidMutex);
    m_invalidSpaceValues.insert(spaceId + QChar(1) + name);
}

void FunctionWorkerProcess::invalidateAll()
{
    QMutexLocker lock(&m_invalidMutex);
    m_invalidAll = true;
}

bool FunctionWorkerProcess::start(QString *error)
{
    const QByteArray path = QFile::encodeName(program());
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        *error = QStringLiteral("socketpair: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 0);
    // No signal blocked or ignored that the limits rely on (SIGXCPU), whatever this thread has.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGXCPU);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    char *argv[] = {const_cast<char *>(path.constData()), nullptr};
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, path.constData(), &actions, &attributes, argv, environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    ::close(sv[1]);
    if (rc != 0) {
        ::close(sv[0]);
        *error = QStringLiteral("%1: %2").arg(QFile::decodeName(path), QString::fromLocal8Bit(strerror(rc)));
        return false;
    }
    m_pid = pid;
    m_fd = sv[0];
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_in.clear();
    m_sentGeneration = 0;
    m_sentSetup.clear();
    m_starts.fetch_add(1, std::memory_order_relaxed);
    // Wait for Ready: the process is up and its engine loaded.
    QElapsedTimer timer;
    timer.start();
    while (m_in.size() < Protocol::HeaderSize) {
        pollfd p{m_fd, POLLIN, 0};
        const int left = int(qMax<qint64>(1, kSilenceMs - timer.elapsed()));
        char buffer[256];
        const ssize_t n = ::poll(&p, 1, left) > 0 ? ::recv(m_fd, buffer, sizeof buffer, 0) : -1;
        if (n <= 0 && !(n < 0 && (errno == EINTR || errno == EAGAIN) && timer.elapsed() < kSilenceMs)) {
            const int status = stop(true);
            *error = QStringLiteral("%1 did not start (status %2)").arg(QFile::decodeName(path)).arg(status);
            return false;
        }
        if (n > 0)
            m_in.append(buffer, n);
    }
    if (Protocol::Message(quint8(m_in.at(4))) != Protocol::Message::Ready || Protocol::payloadLength(m_in.constData()) != 0) {
        stop(true);
        *error = QStringLiteral("%1 is not a function worker").arg(QFile::decodeName(path));
        return false;
    }
    m_in.remove(0, Protocol::HeaderSize);
    return true;
}

int FunctionWorkerProcess::stop(bool kill)
{
    if (m_pid <= 0)
        return -1;
    if (kill)
        ::kill(m_pid, SIGKILL);
    ::close(m_fd); // a process that is not killed sees the end of its input and exits
    m_fd = -1;
    int status = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const pid_t done = ::waitpid(m_pid, &status, kill ? 0 : WNOHANG);
        if (done == m_pid || (done < 0 && errno != EINTR))
            break;
        if (done == 0 && timer.elapsed() > 2000) {
            ::kill(m_pid, SIGKILL);
            kill = true;
        } else if (done == 0) {
            ::usleep(1000);
        }
    }
    m_pid = -1;
    m_in.clear();
    return status;
}

bool FunctionWorkerProcess::send(int type, const QByteArray &payload)
{
    return Protocol::writeAll(m_fd, Protocol::frame(Protocol::Message(type), payload), kSilenceMs);
}

qint64 FunctionWorkerProcess::childCpuNs() const
{
    clockid_t clock;
    timespec ts{};
    if (clock_getcpuclockid(m_pid, &clock) != 0 || clock_gettime(clock, &ts) != 0)
        return -1;
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void FunctionWorkerProcess::run(const std::shared_ptr<const FunctionTopology> &topology, const QList<Job> &jobs,
                                const Callbacks &callbacks)
{
    const QList<FunctionDefinition> &functions = topology->functions();
    QList<Pending> pending;
    pending.reserve(jobs.size());
    for (qsizetype j = 0; j < jobs.size(); ++j) {
        Pending p{int(j), {}, jobs.at(j).sample->recordValue, false};
        for (int slot : *jobs.at(j).functionSlots) {
            if (!callbacks.isDisabled(functions.at(slot).name))
                p.functionSlots.append(slot);
        }
        if (p.record || !p.functionSlots.isEmpty())
            pending.append(p);
    }
    const auto recordUpTo = [&](int last) {
        for (int i = 0; i <= last && i < pending.size(); ++i) {
            if (pending[i].record && !pending[i].recorded) {
                pending[i].recorded = true;
                callbacks.record(*jobs.at(pending[i].job).sample);
            }
        }
    };

    while (!pending.isEmpty()) {
        QString error;
        if (m_pid <= 0 && !start(&error)) {
            qCWarning(lcFunctions).noquote() << "the function worker process could not start:" << error;
            for (int i = 0; i < pending.size(); ++i) {
                recordUpTo(i);
                const TelemetrySample &sample = *jobs.at(pending[i].job).sample;
                for (int slot : std::as_const(pending[i].functionSlots)) {
                    InvocationResult r;
                    r.function = functions.at(slot).name;
                    r.sensorId = sample.sensorId;
                    r.error = {FunctionError::Kind::Exception,
                               QStringLiteral("not run: the function worker process could not start: ") + error, 0, 0,
                               {}};
                    callbacks.finished(r);
                }
            }
            return;
        }
        Outcome outcome = serve(topology, jobs, pending, callbacks);
        if (outcome.done)
            return;

        // The process was ended (or ended itself): say why, for the invocation it ran.
        const int status = stop(!outcome.ended);
        if (!outcome.killed && outcome.why.isEmpty() && status >= 0) {
            const bool exited = WIFEXITED(status);
            const int code = exited ? WEXITSTATUS(status) : WIFSIGNALED(status) ? WTERMSIG(status) : 0;
            if ((exited && code == Protocol::ExitTimeLimit) || (!exited && code == SIGXCPU)) {
                outcome.kind = FunctionError::Kind::Timeout;
            } else if ((exited && code == Protocol::ExitMemoryLimit) || (!exited && code != SIGXCPU)) {
                outcome.kind = FunctionError::Kind::Memory;
                if (!exited)
                    outcome.why = QStringLiteral(" (signal %1)").arg(code);
            } else {
                outcome.why = QStringLiteral("the function worker process exited with status %1").arg(code);
            }
        }
        int job = outcome.job;
        int slot = outcome.slot;
        if (job < 0) {
            // Nothing was running: the first invocation not started yet is charged.
            job = qMax(0, outcome.lastJob);
            slot = outcome.lastSlot;
            for (;;) {
                if (job >= pending.size())
                    break;
                if (++slot < pending[job].functionSlots.size()
                    && !callbacks.isDisabled(functions.at(pending[job].functionSlots.at(slot)).name))
                    break;
                if (slot >= pending[job].functionSlots.size()) {
                    ++job;
                    slot = -1;
                }
            }
        }
        recordUpTo(job);
        if (job < pending.size()) {
            const int functionSlot = pending[job].functionSlots.at(slot);
            const FunctionDefinition &f = functions.at(functionSlot);
            const int limit = f.timeoutMs > 0 ? f.timeoutMs : m_defaultTimeoutMs;
            InvocationResult r;
            r.function = f.name;
            r.sensorId = jobs.at(pending[job].job).sample->sensorId;
            r.error.kind = outcome.kind;
            if (outcome.kind == FunctionError::Kind::Timeout)
                r.error.message = QStringLiteral("stopped: ran longer than the time limit of %1 ms on telemetry of "
                                                 "'%2'; its worker process was ended and restarted")
                                      .arg(limit)
                                      .arg(r.sensorId);
            else if (outcome.kind == FunctionError::Kind::Memory)
                r.error.message = QStringLiteral("stopped: allocated more than the memory limit of %1 MiB on "
                                                 "telemetry of '%2'; its worker process was ended%3 and restarted")
                                      .arg(m_memoryLimit >> 20)
                                      .arg(r.sensorId, outcome.why);
            else
                r.error.message = QStringLiteral("stopped on telemetry of '%1': %2; the process was restarted")
                                      .arg(r.sensorId, outcome.why);
            qCWarning(lcFunctions).noquote() << r.error.format(r.function);
            callbacks.finished(r);
            // The rest of the batch, in a new process.
            pending[job].functionSlots = pending[job].functionSlots.mid(slot + 1);
            pending[job].record = false;
        }
        pending = pending.mid(qMin<qsizetype>(job, pending.size()));
        for (Pending &p : pending) {
            QList<int> keep;
            for (int s : std::as_const(p.functionSlots)) {
                if (!callbacks.isDisabled(functions.at(s).name))
                    keep.append(s);
            }
            p.functionSlots = keep;
        }
        pending.removeIf([](const Pending &p) { return p.functionSlots.isEmpty() && (!p.record || p.recorded); });
        m_sentGeneration = 0;
    }
}

FunctionWorkerProcess::Outcome FunctionWorkerProcess::serve(const std::shared_ptr<const FunctionTopology> &topology,
                                                            const QList<Job> &jobs, QList<Pending> &pending,
                                                            const Callbacks &callbacks)
{
    Outcome outcome;
    const auto broken = [&outcome](const QString &why) {
        outcome.kind = FunctionError::Kind::Exception;
        outcome.why = why;
        return outcome;
    };
    QByteArray setup;
    {
        QDataStream s(&setup, QIODevice::WriteOnly);
        Protocol::prepare(s);
        s << m_memoryLimit << qint32(m_defaultTimeoutMs) << m_tracing << qint32(m_failureLimit);
    }
    if (setup != m_sentSetup) {
        if (!send(int(Protocol::Message::Setup), setup))
            return broken(QStringLiteral("the function worker process does not read"));
        m_sentSetup = setup;
    }
    if (m_sentGeneration != topology->generation()) {
        if (!send(int(Protocol::Message::Topology), Protocol::encodeTopology(*topology)))
            return broken(QStringLiteral("the function worker process does not read"));
        m_sentGeneration = topology->generation();
    }
    {
        QByteArray batch;
        FunctionWireWriter s(&batch);
        {
            QMutexLocker lock(&m_invalidMutex);
            s.boolean(m_invalidAll);
            s.strings(QStringList(m_invalidSensors.cbegin(), m_invalidSensors.cend()));
            s.strings(QStringList(m_invalidSpaceValues.cbegin(), m_invalidSpaceValues.cend()));
            m_invalidAll = false;
            m_invalidSensors.clear();
            m_invalidSpaceValues.clear();
        }
        s.number<quint32>(quint32(pending.size()));
        for (const Pending &p : std::as_const(pending)) {
            TelemetrySample sample = *jobs.at(p.job).sample;
            sample.recordValue = p.record && !p.recorded;
            Protocol::write(s, sample);
            s.number<quint32>(quint32(p.functionSlots.size()));
            for (int slot : p.functionSlots)
                s.number<qint32>(slot);
        }
        if (!send(int(Protocol::Message::Batch), batch))
            return broken(QStringLiteral("the function worker process does not read"));
    }

    const QList<FunctionDefinition> &functions = topology->functions();
    const qint64 marginNs = qint64(MarginMs) * 1000000;
    QElapsedTimer silence; // since the last frame
    silence.start();
    QElapsedTimer wall;    // since the running invocation started
    qint64 cpuAtStart = -1;
    bool running = false;
    int lastRecorded = -1;
    for (;;) {
        // Every complete frame first (the buffer is compacted once, not per frame).
        qsizetype at = 0;
        while (m_in.size() - at >= Protocol::HeaderSize) {
            const quint32 length = Protocol::payloadLength(m_in.constData() + at);
            if (length > Protocol::MaxFromWorker)
                return broken(QStringLiteral("the function worker process sent a frame of %1 bytes").arg(length));
            if (m_in.size() - at < Protocol::HeaderSize + qsizetype(length))
                break;
            const auto type = Protocol::Message(quint8(m_in.at(at + 4)));
            const QByteArray payload(m_in.constData() + at + Protocol::HeaderSize, qsizetype(length));
            at += Protocol::HeaderSize + qsizetype(length);
            silence.restart();
            FunctionWireReader s(payload);
            if (type == Protocol::Message::Record && !running) {
                const qint32 j = s.number<qint32>();
                if (!s.ok() || !s.atEnd() || j <= lastRecorded || j >= pending.size() || !pending[j].record
                    || pending[j].recorded || j < outcome.lastJob)
                    return broken(QStringLiteral("the function worker process sent an unexpected record"));
                lastRecorded = j;
                pending[j].recorded = true;
                callbacks.record(*jobs.at(pending[j].job).sample);
            } else if (type == Protocol::Message::Start && !running) {
                const qint32 j = s.number<qint32>();
                const qint32 k = s.number<qint32>();
                const bool after = j > outcome.lastJob || (j == outcome.lastJob && k > outcome.lastSlot);
                if (!s.ok() || !s.atEnd() || !after || j < 0 || j >= pending.size() || k < 0
                    || k >= pending[j].functionSlots.size() || (pending[j].record && !pending[j].recorded))
                    return broken(QStringLiteral("the function worker process started an unexpected invocation"));
                outcome.lastJob = j;
                outcome.lastSlot = k;
                running = true;
                wall.start();
                cpuAtStart = -1;
            } else if (type == Protocol::Message::Request && running) {
                bool ok = false;
                const QByteArray reply = RemoteValueStore::answer(*m_store, payload, &ok);
                if (!ok)
                    return broken(QStringLiteral("the function worker process sent a malformed request"));
                if (!send(int(Protocol::Message::Reply), reply)) {
                    outcome.job = outcome.lastJob;
                    outcome.slot = outcome.lastSlot;
                    return broken(QStringLiteral("the function worker process does not read"));
                }
            } else if (type == Protocol::Message::Result && running) {
                running = false;
                if (!applyResult(*topology, *jobs.at(pending[outcome.lastJob].job).sample,
                                 pending[outcome.lastJob].functionSlots.at(outcome.lastSlot), payload, callbacks))
                    return broken(QStringLiteral("the function worker process sent a malformed result"));
            } else if (type == Protocol::Message::Done && !running && payload.isEmpty()) {
                for (int j = 0; j < pending.size(); ++j) {
                    if (pending[j].record && !pending[j].recorded)
                        return broken(QStringLiteral("the function worker process skipped a record"));
                }
                outcome.done = true;
                m_in.remove(0, at);
                return outcome;
            } else {
                return broken(QStringLiteral("the function worker process sent an unexpected message (%1)")
                                  .arg(int(type)));
            }
        }
        m_in.remove(0, at);

        // Then wait, within the running invocation's limits.
        int waitMs = 50;
        if (running) {
            const FunctionDefinition &f = functions.at(pending[outcome.lastJob].functionSlots.at(outcome.lastSlot));
            const qint64 limitNs = qint64(f.timeoutMs > 0 ? f.timeoutMs : m_defaultTimeoutMs) * 1000000;
            const qint64 cpu = childCpuNs();
            if (cpuAtStart < 0)
                cpuAtStart = cpu; // read late: never more than it used
            const bool overCpu = cpu >= 0 && cpu - cpuAtStart > limitNs + marginNs;
            const bool overWall = wall.nsecsElapsed() > FunctionWatchdog::WallBackstopFactor * limitNs + marginNs;
            if (overCpu || overWall) {
                outcome.job = outcome.lastJob;
                outcome.slot = outcome.lastSlot;
                outcome.kind = FunctionError::Kind::Timeout;
                outcome.killed = true;
                return outcome;
            }
            waitMs = int(qBound<qint64>(1, (limitNs + marginNs) / 4000000, qint64(50)));
        } else if (silence.elapsed() > kSilenceMs) {
            return broken(QStringLiteral("the function worker process stopped answering"));
        }
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, waitMs);
        if (ready < 0 && errno != EINTR)
            return broken(QStringLiteral("poll: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        if (ready <= 0)
            continue;
        char buffer[65536];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_in.append(buffer, n);
        } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
            // It ended (or ended itself): run() reads its status.
            outcome.ended = true;
            if (running) {
                outcome.job = outcome.lastJob;
                outcome.slot = outcome.lastSlot;
            }
            return outcome;
        }
    }
}

bool FunctionWorkerProcess::applyResult(const FunctionTopology &topology, const TelemetrySample &sample, int slot,
                                        const QByteArray &payload, const Callbacks &callbacks)
{
    FunctionWireReader s(payload);
    InvocationResult result;
    Protocol::read(s, &result);
    const FunctionDefinition &f = topology.functions().at(slot);
    if (!s.ok() || !s.atEnd() || result.function != f.name)
        return false;
    result.sensorId = sample.sensorId;
    // The process checked the scope already; checked again here, where it cannot be skipped.
    const qint64 timeMs = sample.receivedMs > 0 ? sample.receivedMs : QDateTime::currentMSecsSinceEpoch();
    const auto outside = [&](const QString &twinId) {
        if (topology.mayWrite(slot, twinId))
            return false;
        if (result.ok())
            result.error = {FunctionError::Kind::Scope,
                            QStringLiteral("'%1' is outside the function's scope").arg(twinId), 0, 0, {}};
        return true;
    };
    result.writes.removeIf([&](const ValueWrite &w) { return outside(w.twinId); });
    result.notifications.removeIf([&](const FunctionNotification &n) { return outside(n.twinId); });
    for (const ValueWrite &w : std::as_const(result.writes)) {
        if (w.kind == ValueWrite::Kind::Sensor)
            m_store->setSensorValue(w.twinId, StoredValue{w.name, w.value, timeMs});
        else
            m_store->setSpaceValue(w.twinId, w.name, StoredValue{w.name, w.value, timeMs});
    }
    for (FunctionNotification &n : result.notifications) {
        n.function = f.name;
        m_store->notify(n);
    }
    callbacks.finished(result);
    return true;
}

} // namespace twin
