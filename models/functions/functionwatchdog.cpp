// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionwatchdog.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QJSEngine>

#include <cstdio>
#include <ctime>
#include <pthread.h>
#include <unistd.h>

namespace twin {

// A cache line (or two) of its own: the engines' threads write their slots at every
// invocation, and two slots sharing a line would make two workers wait on each other.
class alignas(64) FunctionWatchdog::Slot
{
public:
    QJSEngine *engine = nullptr;
    clockid_t cpuClock = 0;           // the CPU time of the engine's thread
    bool hasCpuClock = false;
    std::mutex mutex;                 // orders interrupting against ending an invocation
    std::atomic<quint64> state{0};    // (sequence << 1) | busy
    std::atomic<int> timeoutMs{100};
    std::atomic<int> reason{0};
    quint64 sequence = 0;             // engine thread only
    // watchdog thread only:
    quint64 seenState = 0;
    qint64 firstSeenNs = 0;
    qint64 cpuAtFirstSeenNs = 0;
    qint64 rssAtFirstSeen = 0;
    qint64 interruptedAtNs = -1;
};

namespace {

qint64 cpuNs(clockid_t clock)
{
    timespec ts{};
    if (clock_gettime(clock, &ts) != 0)
        return -1;
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

FunctionWatchdog::FunctionWatchdog() = default;

FunctionWatchdog::~FunctionWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

FunctionWatchdog *FunctionWatchdog::shared()
{
    static FunctionWatchdog watchdog;
    return &watchdog;
}

FunctionWatchdog::Slot *FunctionWatchdog::attach(QJSEngine *engine)
{
    std::lock_guard lock(m_mutex);
    auto slot = std::make_unique<Slot>();
    slot->engine = engine;
    slot->hasCpuClock = pthread_getcpuclockid(pthread_self(), &slot->cpuClock) == 0;
    Slot *raw = slot.get();
    m_slots.push_back(std::move(slot));
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    return raw;
}

void FunctionWatchdog::detach(Slot *slot)
{
    std::lock_guard lock(m_mutex);
    m_slots.remove_if([slot](const std::unique_ptr<Slot> &s) { return s.get() == slot; });
}

void FunctionWatchdog::begin(Slot *slot, int timeoutMs)
{
    slot->timeoutMs.store(timeoutMs, std::memory_order_relaxed);
    slot->reason.store(0, std::memory_order_relaxed);
    slot->state.store((++slot->sequence << 1) | 1, std::memory_order_release);
}

FunctionWatchdog::Reason FunctionWatchdog::end(Slot *slot)
{
    std::lock_guard lock(slot->mutex);
    slot->state.store(slot->sequence << 1, std::memory_order_release);
    const auto reason = Reason(slot->reason.load(std::memory_order_relaxed));
    if (reason != Reason::None)
        slot->engine->setInterrupted(false);
    return reason;
}

qint64 FunctionWatchdog::residentBytes()
{
    FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    long long size = 0;
    long long resident = 0;
    const int n = std::fscanf(f, "%lld %lld", &size, &resident);
    std::fclose(f);
    return n == 2 ? resident * qint64(sysconf(_SC_PAGESIZE)) : 0;
}

void FunctionWatchdog::run()
{
    QElapsedTimer clock;
    clock.start();
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_pollMs.load()));
        if (m_stop)
            break;
        const qint64 now = clock.nsecsElapsed();
        qint64 rss = -1;
        for (const auto &s : m_slots) {
            const quint64 state = s->state.load(std::memory_order_acquire);
            if (!(state & 1))
                continue;
            const qint64 cpu = s->hasCpuClock ? cpuNs(s->cpuClock) : -1;
            if (state != s->seenState) {
                s->seenState = state;
                s->firstSeenNs = now;
                s->cpuAtFirstSeenNs = cpu;
                if (rss < 0)
                    rss = residentBytes();
                s->rssAtFirstSeen = rss;
                s->interruptedAtNs = -1;
                continue;
            }
            if (m_breach && s->interruptedAtNs >= 0 && now - s->interruptedAtNs >= qint64(m_hardGraceMs) * 1000000) {
                m_breach(Reason(s->reason.load(std::memory_order_relaxed)));
                continue;
            }
            Reason reason = Reason::None;
            // The limit is on the CPU time the engine's thread spent (a preempted thread
            // is not charged for its neighbours); wall time only as a backstop.
            const qint64 limitMs = s->timeoutMs.load(std::memory_order_relaxed);
            const qint64 wallMs = (now - s->firstSeenNs) / 1000000;
            const qint64 spentMs = cpu >= 0 && s->cpuAtFirstSeenNs >= 0 ? (cpu - s->cpuAtFirstSeenNs) / 1000000 : wallMs;
            if (spentMs >= limitMs || wallMs >= WallBackstopFactor * limitMs) {
                reason = Reason::Timeout;
            } else {
                if (rss < 0)
                    rss = residentBytes();
                if (rss - s->rssAtFirstSeen > m_memoryLimit.load())
                    reason = Reason::Memory;
            }
            if (reason == Reason::None)
                continue;
            std::lock_guard slotLock(s->mutex);
            if (s->state.load(std::memory_order_acquire) != state)
                continue; // it ended meanwhile
            s->reason.store(int(reason), std::memory_order_relaxed);
            s->engine->setInterrupted(true);
            if (s->interruptedAtNs < 0)
                s->interruptedAtNs = now;
        }
    }
}

} // namespace twin
