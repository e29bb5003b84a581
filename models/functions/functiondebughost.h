// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QObject>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace twin {

/**
 * What the probes of an instrumented run call (resources/functions/debug.js): pause()
 * blocks the worker thread until the debugger continues, steps or stops. Thread-safe: the
 * worker calls pause(), the GUI thread calls the commands.
 */
class FunctionDebugHost : public QObject
{
    Q_OBJECT

public:
    enum Command { Continue = 0, Step = 1, Stop = 2 };

    /// Called on the worker thread when it pauses (line, locals as JSON).
    void setPausedHandler(std::function<void(int, const QString &)> handler) { m_onPaused = std::move(handler); }

    void setBreakpoints(const QMap<int, QString> &breakpoints);
    QMap<int, QString> breakpointMap() const;
    /// Wakes a paused worker with \a command; a Stop is remembered for the next probe too.
    void command(Command command);
    bool isPaused() const;
    /// While paused: the triggering message was edited. \a edit is JSON {sensorId, message,
    /// value}, taken by the worker when it goes on (takeEdit), which updates the telemetry
    /// argument and forgets the sensor's cached value.
    void setEdit(const QString &edit);

    // --- called by the probes, on the worker thread ----------------------------------------
    Q_INVOKABLE int pause(int line, const QString &locals);
    Q_INVOKABLE QString breakpoints() const;
    /// The edit made while paused ("" when none), once.
    Q_INVOKABLE QString takeEdit();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QMap<int, QString> m_breakpoints;
    std::function<void(int, const QString &)> m_onPaused;
    bool m_paused = false;
    bool m_stopped = false;
    int m_command = Continue;
    bool m_commanded = false;
    QString m_edit;
};

} // namespace twin
