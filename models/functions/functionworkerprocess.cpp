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

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <limits>
#include <new>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/mman.h>
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

/// A job as sent: its functions and what became of each.
struct FunctionWorkerProcess::Pending
{
    enum State : quint8 { Todo, Reported, Skipped };
    /// What became of each function: a view into one array for the whole batch, so that a
    /// job allocates nothing of its own.
    struct States
    {
        quint8 *data = nullptr;
        qsizetype size = 0;
        quint8 at(qsizetype k) const { return data[k]; }
        quint8 &operator[](qsizetype k) { return data[k]; }
        bool contains(quint8 v) const { return std::find(data, data + size, v) != data + size; }
        qsizetype count(quint8 v) const { return std::count(data, data + size, v); }
        quint8 *begin() { return data; }
        quint8 *end() { return data + size; }
    };
    int job = 0;
    QList<int> functionSlots; ///< shared with the job's list unless some were disabled
    States state;
    bool record = false;
    bool recorded = false;

    bool finished() const { return (!record || recorded) && !state.contains(quint8(Todo)); }
};

/// How a batch ended in the process.
struct FunctionWorkerProcess::Outcome
{
    bool done = false;
    int job = -1;  ///< the invocation to blame (pending index); -1: none
    int slot = -1; ///< its index in that job's functions
    FunctionError::Kind kind = FunctionError::Kind::Exception;
    QString why;
    bool killed = false; ///< ended here for its time limit
    bool ended = false;  ///< it closed the socket (exited or was killed by the kernel)
};

namespace {

/// An invocation's place in a batch (index -1: the job's record), in the order the
/// process runs them.
qint64 position(int job, int index)
{
    return (qint64(job) << 32) + index + 1;
}

} // namespace

FunctionWorkerProcess::FunctionWorkerProcess(ValueStore *store)
    : m_store(store)
    , m_memoryLimit(FunctionWatchdog::shared()->memoryLimit())
{
}

FunctionWorkerProcess::~FunctionWorkerProcess()
{
    stop(false);
    if (m_progress)
        ::munmap(m_progress, size_t(Protocol::ProgressBytes));
    if (m_progressFd >= 0)
        ::close(m_progressFd);
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
    if (m_trackCached && !m_mayCache.writtenThenMayContain(CachedKeyFilter::keyOf(sensorId)))
        return;
    QMutexLocker lock(&m_invalidMutex);
    m_invalidSensors.insert(sensorId);
}

void FunctionWorkerProcess::invalidateSpaceValue(const QString &spaceId, const QString &name)
{
    if (m_trackCached && !m_mayCache.writtenThenMayContain(CachedKeyFilter::keyOf(spaceId, name)))
        return;
    QMutexLocker lock(&m_invalidMutex);
    m_invalidSpaceValues.insert(spaceId + QChar(1) + name);
}

qsizetype FunctionWorkerProcess::pendingInvalidations() const
{
    QMutexLocker lock(&m_invalidMutex);
    return m_invalidSensors.size() + m_invalidSpaceValues.size();
}

void FunctionWorkerProcess::invalidateAll()
{
    QMutexLocker lock(&m_invalidMutex);
    m_invalidAll = true;
}

bool FunctionWorkerProcess::start(QString *error)
{
    const QByteArray path = QFile::encodeName(program());
    if (!m_progress) {
        // The shared progress page, kept for the processes this object starts.
        int fd = ::memfd_create("twin-function-progress", MFD_CLOEXEC);
        if (fd >= 0 && fd <= Protocol::ProgressFd) { // never one of the descriptors it is given
            const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, Protocol::ProgressFd + 1);
            ::close(fd);
            fd = moved;
        }
        void *page = fd >= 0 && ::ftruncate(fd, Protocol::ProgressBytes) == 0
            ? ::mmap(nullptr, size_t(Protocol::ProgressBytes), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
            : MAP_FAILED;
        if (page == MAP_FAILED) {
            *error = QStringLiteral("shared progress page: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            if (fd >= 0)
                ::close(fd);
            return false;
        }
        m_progressFd = fd;
        m_progress = new (page) std::atomic<quint64>(0);
    }
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        *error = QStringLiteral("socketpair: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 0);
    posix_spawn_file_actions_adddup2(&actions, m_progressFd, Protocol::ProgressFd);
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
    qsizetype invocations = 0;
    const auto disabled = [&](int slot) { return callbacks.isDisabled(functions.at(slot).name); };
    for (qsizetype j = 0; j < jobs.size(); ++j) {
        Pending p;
        p.job = int(j);
        p.record = jobs.at(j).sample->recordValue;
        p.functionSlots = *jobs.at(j).functionSlots;
        if (std::any_of(p.functionSlots.cbegin(), p.functionSlots.cend(), disabled))
            p.functionSlots.removeIf(disabled);
        invocations += p.functionSlots.size();
        if (p.record || !p.functionSlots.isEmpty())
            pending.append(std::move(p));
    }
    m_states.resize(invocations);
    std::fill(m_states.begin(), m_states.end(), quint8(Pending::Todo));
    for (qsizetype i = 0, at = 0; i < pending.size(); at += pending.at(i).functionSlots.size(), ++i)
        pending[i].state = {m_states.data() + at, pending.at(i).functionSlots.size()};
    m_deferred.clear();
    int first = 0;
    for (;;) {
        while (first < pending.size() && pending.at(first).finished())
            ++first;
        if (first >= pending.size())
            break;
        QString error;
        if (m_pid <= 0 && !start(&error)) {
            qCWarning(lcFunctions).noquote() << "the function worker process could not start:" << error;
            for (int i = first; i < pending.size(); ++i) {
                recordInPlace(i, jobs, pending, callbacks);
                Pending &p = pending[i];
                for (int k = 0; k < p.functionSlots.size(); ++k) {
                    if (p.state.at(k) != Pending::Todo)
                        continue;
                    deliverBefore(position(i, k), jobs, pending, callbacks);
                    p.state[k] = Pending::Reported;
                    InvocationResult r;
                    r.function = functions.at(p.functionSlots.at(k)).name;
                    r.sensorId = jobs.at(p.job).sample->sensorId;
                    r.error = {FunctionError::Kind::Exception,
                               QStringLiteral("not run: the function worker process could not start: ") + error, 0, 0,
                               {}};
                    callbacks.finished(r);
                }
            }
            break;
        }
        Outcome outcome = serve(topology, jobs, pending, first, callbacks);
        if (outcome.done)
            break;

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
        m_sentGeneration = 0;
        blame(&outcome, pending, first, functions, callbacks);
        if (outcome.job < 0) {
            // Nothing left to blame: only records were left (a process that keeps ending
            // must not make this loop forever).
            for (int i = first; i < pending.size(); ++i)
                recordInPlace(i, jobs, pending, callbacks);
            break;
        }
        Pending &p = pending[outcome.job];
        const FunctionDefinition &f = functions.at(p.functionSlots.at(outcome.slot));
        const int limit = f.timeoutMs > 0 ? f.timeoutMs : m_defaultTimeoutMs;
        Deferred failure{position(outcome.job, outcome.slot), outcome.job, {}};
        InvocationResult &r = failure.result;
        r.function = f.name;
        r.sensorId = jobs.at(p.job).sample->sensorId;
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
        p.state[outcome.slot] = Pending::Reported;
        // Reported in its place: after what the new process runs again before it.
        qsizetype at = m_deferred.size();
        while (at > 0 && m_deferred.at(at - 1).position > failure.position)
            --at;
        m_deferred.insert(at, std::move(failure));
        // What was disabled meanwhile does not run again.
        for (int i = first; i < pending.size(); ++i) {
            for (int k = 0; k < pending.at(i).functionSlots.size(); ++k) {
                if (pending.at(i).state.at(k) == Pending::Todo
                    && callbacks.isDisabled(functions.at(pending.at(i).functionSlots.at(k)).name))
                    pending[i].state[k] = Pending::Skipped;
            }
        }
    }
    deliverBefore(std::numeric_limits<qint64>::max(), jobs, pending, callbacks);
}

void FunctionWorkerProcess::recordInPlace(int job, const QList<Job> &jobs, QList<Pending> &pending,
                                          const Callbacks &callbacks)
{
    Pending &p = pending[job];
    if (p.record && !p.recorded) {
        deliverBefore(position(job, -1), jobs, pending, callbacks);
        p.recorded = true;
        callbacks.record(*jobs.at(p.job).sample);
    }
}

void FunctionWorkerProcess::deliverBefore(qint64 position, const QList<Job> &jobs, QList<Pending> &pending,
                                          const Callbacks &callbacks)
{
    while (!m_deferred.isEmpty() && m_deferred.constFirst().position < position) {
        const Deferred failure = m_deferred.takeFirst();
        Pending &p = pending[failure.job];
        if (p.record && !p.recorded) { // an invocation's sample is stored before it runs
            p.recorded = true;
            callbacks.record(*jobs.at(p.job).sample);
        }
        callbacks.finished(failure.result);
    }
}

void FunctionWorkerProcess::blame(Outcome *outcome, const QList<Pending> &pending, int first,
                                  const QList<FunctionDefinition> &functions, const Callbacks &callbacks) const
{
    if (outcome->job >= 0)
        return;
    qint32 job = -1;
    qint32 index = -1;
    bool running = false;
    qint64 started = -1;
    if (Protocol::decodeProgress(m_progress->load(std::memory_order_acquire), &job, &index, &running)) {
        if (running && job >= first && job < pending.size() && index < pending.at(job).functionSlots.size()
            && pending.at(job).state.at(index) == Pending::Todo) {
            outcome->job = job;
            outcome->slot = index;
            return;
        }
        started = position(job, index);
    }
    // Nothing was running: the first invocation not started yet is charged.
    for (int i = first; i < pending.size(); ++i) {
        for (int k = 0; k < pending.at(i).functionSlots.size(); ++k) {
            if (position(i, k) > started && pending.at(i).state.at(k) == Pending::Todo
                && !callbacks.isDisabled(functions.at(pending.at(i).functionSlots.at(k)).name)) {
                outcome->job = i;
                outcome->slot = k;
                return;
            }
        }
    }
}

FunctionWorkerProcess::Outcome FunctionWorkerProcess::serve(const std::shared_ptr<const FunctionTopology> &topology,
                                                            const QList<Job> &jobs, QList<Pending> &pending, int first,
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
        m_functionNames.clear();
        for (const FunctionDefinition &f : topology->functions())
            m_functionNames.append(QString(f.name.constData(), f.name.size()));
    }
    const QList<FunctionDefinition> &functions = topology->functions();
    const auto limitNs = [&](int slot) {
        const FunctionDefinition &f = functions.at(slot);
        return qint64(f.timeoutMs > 0 ? f.timeoutMs : m_defaultTimeoutMs) * 1000000;
    };
    m_progress->store(0, std::memory_order_relaxed); // the process writes it only once it has the batch
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
        s.number<qint32>(first);
        s.number<quint32>(quint32(pending.size() - first));
        for (int i = first; i < pending.size(); ++i) {
            const Pending &p = pending.at(i);
            if (m_trackCached) // its engine caches the sample's value
                m_mayCache.add(CachedKeyFilter::keyOf(jobs.at(p.job).sample->sensorId));
            Protocol::write(s, *jobs.at(p.job).sample, p.record && !p.recorded);
            s.number<quint32>(quint32(p.state.count(quint8(Pending::Todo))));
            for (int k = 0; k < p.functionSlots.size(); ++k) {
                if (p.state.at(k) == Pending::Todo) {
                    s.number<qint32>(k);
                    s.number<qint32>(p.functionSlots.at(k));
                }
            }
        }
        if (!send(int(Protocol::Message::Batch), batch))
            return broken(QStringLiteral("the function worker process does not read"));
    }

    const qint64 marginNs = qint64(MarginMs) * 1000000;
    qint64 reported = position(first, -1) - 1; // the last record or result taken
    QElapsedTimer silence; // since the last frame
    silence.start();
    quint64 watched = 0;   // the progress word of the invocation seen running
    QElapsedTimer seen;    // since it was first seen running
    qint64 cpuAtStart = -1;
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
            const char *data = m_in.constData() + at + Protocol::HeaderSize;
            at += Protocol::HeaderSize + qsizetype(length);
            FunctionWireReader s(data, qsizetype(length));
            if (type == Protocol::Message::Record) {
                const qint32 j = s.number<qint32>();
                if (!s.ok() || !s.atEnd() || j < first || j >= pending.size() || position(j, -1) <= reported
                    || !pending.at(j).record || pending.at(j).recorded)
                    return broken(QStringLiteral("the function worker process sent an unexpected record"));
                deliverBefore(position(j, -1), jobs, pending, callbacks);
                reported = position(j, -1);
                pending[j].recorded = true;
                callbacks.record(*jobs.at(pending.at(j).job).sample);
            } else if (type == Protocol::Message::Result) {
                const qint32 j = s.number<qint32>();
                const qint32 k = s.number<qint32>();
                if (!s.ok() || j < first || j >= pending.size() || k < 0 || k >= pending.at(j).functionSlots.size()
                    || position(j, k) <= reported || pending.at(j).state.at(k) != Pending::Todo
                    || (pending.at(j).record && !pending.at(j).recorded))
                    return broken(QStringLiteral("the function worker process reported an unexpected invocation"));
                deliverBefore(position(j, k), jobs, pending, callbacks);
                reported = position(j, k);
                pending[j].state[k] = Pending::Reported;
                if (!applyResult(*topology, *jobs.at(pending.at(j).job).sample, pending.at(j).functionSlots.at(k), s,
                                 callbacks))
                    return broken(QStringLiteral("the function worker process sent a malformed result"));
            } else if (type == Protocol::Message::Request) {
                bool ok = false;
                const QByteArray reply = RemoteValueStore::answer(*m_store, QByteArray(data, qsizetype(length)), &ok,
                                                                    m_trackCached ? &m_mayCache : nullptr);
                if (!ok)
                    return broken(QStringLiteral("the function worker process sent a malformed request"));
                if (!send(int(Protocol::Message::Reply), reply))
                    return broken(QStringLiteral("the function worker process does not read"));
            } else if (type == Protocol::Message::Done && length == 0) {
                for (int j = first; j < pending.size(); ++j) {
                    if (pending.at(j).record && !pending.at(j).recorded)
                        return broken(QStringLiteral("the function worker process skipped a record"));
                    // What it did not run, its own count of failures had disabled.
                    for (quint8 &state : pending[j].state) {
                        if (state == Pending::Todo)
                            state = Pending::Skipped;
                    }
                }
                deliverBefore(std::numeric_limits<qint64>::max(), jobs, pending, callbacks);
                outcome.done = true;
                m_in.remove(0, at);
                return outcome;
            } else {
                return broken(QStringLiteral("the function worker process sent an unexpected message (%1)")
                                  .arg(int(type)));
            }
        }
        m_in.remove(0, at);
        if (at > 0)
            silence.restart();

        // Then the invocation running now, within its limits.
        int waitMs = PollMs;
        qint32 job = -1;
        qint32 index = -1;
        bool running = false;
        const quint64 word = m_progress->load(std::memory_order_acquire);
        if (Protocol::decodeProgress(word, &job, &index, &running) && running) {
            if (job < first || job >= pending.size() || index >= pending.at(job).functionSlots.size()
                || position(job, index) <= reported || pending.at(job).state.at(index) != Pending::Todo)
                return broken(QStringLiteral("the function worker process runs an unexpected invocation"));
            const qint64 limit = limitNs(pending.at(job).functionSlots.at(index));
            waitMs = int(qBound<qint64>(1, (limit + marginNs) / 4000000, qint64(PollMs)));
            if (word != watched) {
                // First seen: its CPU time counts from here (read late: never more than it used).
                watched = word;
                seen.start();
                cpuAtStart = childCpuNs();
            } else {
                // Its CPU clock only once it ran a poll interval: not for each wake-up.
                const qint64 cpu = seen.elapsed() >= waitMs ? childCpuNs() : -1;
                const bool overCpu = cpu >= 0 && cpuAtStart >= 0 && cpu - cpuAtStart > limit + marginNs;
                const bool overWall = seen.nsecsElapsed() > FunctionWatchdog::WallBackstopFactor * limit + marginNs;
                if (overCpu || overWall) {
                    outcome.job = job;
                    outcome.slot = index;
                    outcome.kind = FunctionError::Kind::Timeout;
                    outcome.killed = true;
                    return outcome;
                }
            }
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
            // It ended (or ended itself): run() reads its status, blame() the progress word.
            outcome.ended = true;
            return outcome;
        }
    }
}

bool FunctionWorkerProcess::applyResult(const FunctionTopology &topology, const TelemetrySample &sample, int slot,
                                        FunctionWireReader &s, const Callbacks &callbacks)
{
    const FunctionDefinition &f = topology.functions().at(slot);
    InvocationResult result;
    result.function = slot < m_functionNames.size() ? m_functionNames.at(slot) : f.name;
    result.sensorId = sample.sensorId;
    if (m_lastWrites.size() != topology.functions().size())
        m_lastWrites = QList<QList<ValueWrite>>(topology.functions().size());
    Protocol::readOutcome(s, &result, m_lastWrites.at(slot));
    if (!s.ok() || !s.atEnd())
        return false;
    m_lastWrites[slot] = result.writes;
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
        // The process's engine caches what it wrote (see m_mayCache).
        if (m_trackCached)
            m_mayCache.add(w.kind == ValueWrite::Kind::Sensor ? CachedKeyFilter::keyOf(w.twinId)
                                                              : CachedKeyFilter::keyOf(w.twinId, w.name));
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
