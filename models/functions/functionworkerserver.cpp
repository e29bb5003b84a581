// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionworkerserver.h"

#include "functions/functionengine.h"
#include "functions/remotevaluestore.h"

#include <QIODevice>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace twin {

using Protocol = FunctionWorkerProtocol;

namespace {

qint64 addressSpaceBytes()
{
    FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    long long size = 0;
    const int n = std::fscanf(f, "%lld", &size);
    std::fclose(f);
    return n == 1 ? size * qint64(sysconf(_SC_PAGESIZE)) : 0;
}

qint64 cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec + 1;
}

} // namespace

FunctionWorkerServer::FunctionWorkerServer(int fd, std::atomic<quint64> *progress)
    : m_fd(fd)
    , m_progress(progress)
    , m_store(std::make_unique<RemoteValueStore>([this](const QByteArray &request) { return ask(request); }))
    , m_engine(std::make_unique<FunctionEngine>(m_store.get()))
{
}

FunctionWorkerServer::~FunctionWorkerServer() = default;

void FunctionWorkerServer::fail(const char *why)
{
    std::fprintf(stderr, "twin_function_worker: %s\n", why);
    std::fflush(stderr);
    _exit(Protocol::ExitProtocol);
}

bool FunctionWorkerServer::readFrame(Protocol::Message *type, QByteArray *payload)
{
    for (;;) {
        if (m_in.size() >= Protocol::HeaderSize) {
            const quint32 length = Protocol::payloadLength(m_in.constData());
            if (length > Protocol::MaxToWorker)
                fail("a frame from the application is too long");
            if (m_in.size() >= Protocol::HeaderSize + qsizetype(length)) {
                *type = Protocol::Message(quint8(m_in.at(4)));
                *payload = m_in.mid(Protocol::HeaderSize, length);
                m_in.remove(0, Protocol::HeaderSize + length);
                return true;
            }
        }
        char buffer[65536];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n == 0)
            return false;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        m_in.append(buffer, n);
    }
}

void FunctionWorkerServer::queue(Protocol::Message type, const QByteArray &payload)
{
    const qsizetype begin = beginFrame(type);
    m_out.append(payload);
    endFrame(begin);
}

qsizetype FunctionWorkerServer::beginFrame(Protocol::Message type)
{
    const qsizetype begin = m_out.size();
    m_out.resize(begin + Protocol::HeaderSize);
    m_out[begin + 4] = char(type);
    return begin;
}

void FunctionWorkerServer::endFrame(qsizetype begin)
{
    qToLittleEndian<quint32>(quint32(m_out.size() - begin - Protocol::HeaderSize), m_out.data() + begin);
}

bool FunctionWorkerServer::flush()
{
    if (m_out.isEmpty())
        return true;
    const bool ok = Protocol::writeAll(m_fd, m_out, -1);
    m_out.resize(0); // keeps its capacity for the next results
    return ok;
}

QByteArray FunctionWorkerServer::ask(const QByteArray &request)
{
    queue(Protocol::Message::Request, request);
    if (!flush())
        fail("the application is gone");
    Protocol::Message type{};
    QByteArray payload;
    if (!readFrame(&type, &payload))
        fail("the application is gone");
    if (type != Protocol::Message::Reply)
        fail("expected a reply");
    return payload;
}

bool FunctionWorkerServer::setup(const QByteArray &payload)
{
    QDataStream s(payload);
    Protocol::prepare(s);
    qint32 timeout = 0;
    qint32 failureLimit = 0;
    bool tracing = false;
    s >> m_memoryLimit >> timeout >> tracing >> failureLimit;
    if (s.status() != QDataStream::Ok)
        return false;
    m_defaultTimeoutMs = qMax(1, timeout);
    m_engine->setDefaultTimeout(m_defaultTimeoutMs);
    m_engine->setTracing(tracing);
    m_health.setFailureLimit(failureLimit);
    FunctionWatchdog::shared()->setMemoryLimit(m_memoryLimit);
    if (!m_limited) {
        // What the engine reserved at start-up, and room for four times the memory limit:
        // a builtin asked for gigabytes fails at once instead of growing the process.
        const qint64 bytes = addressSpaceBytes() + 4 * m_memoryLimit;
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        if (bytes > 0 && setrlimit(RLIMIT_AS, &limit) != 0)
            std::perror("twin_function_worker: RLIMIT_AS");
        m_limited = true;
    }
    return true;
}

bool FunctionWorkerServer::runBatch(const QByteArray &payload)
{
    FunctionWireReader s(payload);
    const bool all = s.boolean();
    const QStringList sensors = s.strings();
    const QStringList spaceValues = s.strings();
    const qint32 first = s.number<qint32>();
    const quint32 jobs = s.count(32);
    if (all)
        m_engine->invalidateAll();
    for (const QString &sensor : std::as_const(sensors))
        m_engine->invalidateSensor(sensor);
    for (const QString &key : std::as_const(spaceValues)) {
        const qsizetype at = key.indexOf(QChar(1));
        if (at > 0)
            m_engine->invalidateSpaceValue(key.left(at), key.mid(at + 1));
    }
    if (!m_topology || first < 0)
        return false;
    m_engine->setTopology(m_topology);
    const QList<FunctionDefinition> &functions = m_topology->functions();

    // The kernel's bound on the whole batch: its time limits and a second.
    struct Job
    {
        TelemetrySample sample;
        qsizetype from; ///< its invocations in m_invocations: pairs of index and slot
        qsizetype to;
    };
    QList<Job> list;
    qint64 budgetMs = 1000;
    list.reserve(jobs);
    m_invocations.resize(0);
    for (quint32 i = 0; i < jobs && s.ok(); ++i) {
        Job job;
        // The sensor and data type of the job before are shared when they repeat.
        Protocol::read(s, &job.sample, list.isEmpty() ? nullptr : &list.constLast().sample);
        const quint32 count = s.count(8);
        job.from = m_invocations.size();
        for (quint32 k = 0; k < count && s.ok(); ++k) {
            const qint32 index = s.number<qint32>();
            const qint32 slot = s.number<qint32>();
            if (index < 0 || slot < 0 || slot >= functions.size())
                return false;
            m_invocations.append(index);
            m_invocations.append(slot);
            budgetMs += functions.at(slot).timeoutMs > 0 ? functions.at(slot).timeoutMs : m_defaultTimeoutMs;
        }
        job.to = m_invocations.size();
        list.append(std::move(job));
    }
    if (!s.ok() || !s.atEnd())
        return false;
    rlimit cpu{};
    getrlimit(RLIMIT_CPU, &cpu);
    cpu.rlim_cur = rlim_t(cpuSeconds() + budgetMs / 1000 + 1);
    if (cpu.rlim_max != RLIM_INFINITY && cpu.rlim_cur > cpu.rlim_max)
        cpu.rlim_cur = cpu.rlim_max;
    setrlimit(RLIMIT_CPU, &cpu);

    qint64 unsentNs = 0; // invocation time since the last write
    for (qint32 j = 0; j < list.size(); ++j) {
        const Job &job = list.at(j);
        const qint32 at = first + j;
        if (job.sample.recordValue) {
            const qsizetype begin = beginFrame(Protocol::Message::Record);
            FunctionWireWriter(&m_out).number<qint32>(at);
            endFrame(begin);
        }
        for (qsizetype i = job.from; i + 1 < job.to; i += 2) {
            const qint32 index = m_invocations.at(i);
            const qint32 slot = m_invocations.at(i + 1);
            const FunctionDefinition &f = functions.at(slot);
            if (m_health.isDisabled(f.name))
                continue;
            // The application reads which invocation runs from shared memory.
            m_progress->store(Protocol::progressWord(at, index, true), std::memory_order_release);
            const InvocationResult result = m_engine->invoke(slot, job.sample);
            m_progress->store(Protocol::progressWord(at, index, false), std::memory_order_release);
            m_health.record(f.name, result.ok());
            const qsizetype begin = beginFrame(Protocol::Message::Result); // written in place
            FunctionWireWriter r(&m_out);
            r.number<qint32>(at);
            r.number<qint32>(index);
            Protocol::writeOutcome(r, result);
            endFrame(begin);
            unsentNs += result.durationNs;
            if (m_out.size() >= Protocol::FlushBytes || unsentNs >= Protocol::FlushNs) {
                if (!flush())
                    return false;
                unsentNs = 0;
            }
        }
    }
    queue(Protocol::Message::Done, QByteArray());
    return flush();
}

int FunctionWorkerServer::run()
{
    queue(Protocol::Message::Ready, QByteArray());
    if (!flush())
        return 0;
    Protocol::Message type{};
    QByteArray payload;
    while (readFrame(&type, &payload)) {
        switch (type) {
        case Protocol::Message::Setup:
            if (!setup(payload))
                fail("a malformed setup");
            break;
        case Protocol::Message::Topology:
            m_topology = Protocol::decodeTopology(payload);
            if (!m_topology)
                fail("a malformed topology");
            break;
        case Protocol::Message::Batch:
            if (!runBatch(payload))
                fail("a malformed batch");
            break;
        default:
            fail("an unexpected message");
        }
    }
    return 0;
}

} // namespace twin
