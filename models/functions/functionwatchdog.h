// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

class QJSEngine;

namespace twin {

/**
 * One thread that stops function invocations running too long or allocating too much,
 * shared by every FunctionEngine in the process.
 *
 * An engine marks the start and the end of each invocation with two atomic stores (no
 * clock read, no wake-up: a watchdog thread per call costs 60 times more). Every poll
 * interval (5 ms) the watchdog looks at the engines that are busy: an invocation it sees
 * busy in two polls has been running at least that long. The time limit applies to the
 * CPU time of the engine's thread since the invocation was first seen (on a loaded
 * machine a preempted invocation is not stopped for its neighbours' work); past it, or
 * past WallBackstopFactor times the limit in wall time, the invocation is interrupted
 * with QJSEngine::setInterrupted(). While an invocation is busy across polls,
 * the watchdog also reads the process's resident memory (/proc/self/statm): when it grew
 * by more than the memory limit since the invocation was first seen, the invocation is
 * interrupted too. QJSEngine has no heap limit of its own, and the time limit alone lets
 * a loop allocate gigabytes in 100 ms; the memory check stops it within a poll.
 */
class FunctionWatchdog
{
public:
    enum class Reason { None, Timeout, Memory };
    /// An invocation running this many times its limit in wall time is stopped even when
    /// it used less CPU time (e.g. it waits in a host call).
    static constexpr int WallBackstopFactor = 10;

    class Slot;

    FunctionWatchdog();
    ~FunctionWatchdog();
    FunctionWatchdog(const FunctionWatchdog &) = delete;
    FunctionWatchdog &operator=(const FunctionWatchdog &) = delete;

    /// The process-wide watchdog.
    static FunctionWatchdog *shared();

    /// Called in the thread that runs \a engine (its CPU time is what the limit measures).
    Slot *attach(QJSEngine *engine);
    void detach(Slot *slot);

    /// Called by the engine's thread around each invocation (and compilation).
    static void begin(Slot *slot, int timeoutMs);
    /// Returns why the invocation was interrupted (and clears the engine's flag).
    static Reason end(Slot *slot);

    /// Growth of resident memory during one invocation that interrupts it (default 256 MiB).
    void setMemoryLimit(qint64 bytes) { m_memoryLimit.store(bytes); }
    qint64 memoryLimit() const { return m_memoryLimit.load(); }
    void setPollInterval(int ms) { m_pollMs.store(qMax(1, ms)); }
    /// Calls \a breach (on the watchdog's thread) when an interrupted invocation is still
    /// running \a graceMs later: one long builtin call or a script that catches the
    /// interrupt. A function worker process ends itself there; set it before attach().
    void setHardLimit(int graceMs, void (*breach)(Reason reason))
    {
        m_hardGraceMs = graceMs;
        m_breach = breach;
    }

    /// The process's resident set size in bytes (0 where unknown).
    static qint64 residentBytes();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::list<std::unique_ptr<Slot>> m_slots;
    std::thread m_thread;
    bool m_stop = false;
    std::atomic<qint64> m_memoryLimit{qint64(256) << 20};
    std::atomic<int> m_pollMs{5};
    int m_hardGraceMs = 0;
    void (*m_breach)(Reason) = nullptr;
};

} // namespace twin
