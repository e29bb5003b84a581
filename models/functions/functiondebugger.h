// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondefinition.h"
#include "functions/invocationresult.h"
#include "functions/valuestore.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>

#include <memory>
#include <thread>

namespace twin {

class FunctionDebugHost;
class FunctionReplay;
class Project;

/**
 * A debug run of one function: its source instrumented (FunctionInstrumenter), fed the
 * given messages on a worker thread through a replay on an empty copy of the values (live
 * state, history and notifications are not touched). At a breakpoint whose condition (a
 * JavaScript expression over the locals; empty: always) holds, or after step(), the
 * worker blocks and paused() is emitted with the line and the locals; resume(), step() and
 * stop() let it go on, with the triggering message as editMessage() left it. The copy of
 * the values starts empty, or with what setStartValues() gave (the live values, so that
 * siblings of the messages' sensors have theirs). Signals arrive on the thread the
 * debugger lives in.
 */
class FunctionDebugger : public QObject
{
    Q_OBJECT

public:
    explicit FunctionDebugger(QObject *parent = nullptr);
    ~FunctionDebugger() override;

    void setBreakpoint(int line, const QString &condition = QString());
    void removeBreakpoint(int line);
    QMap<int, QString> breakpoints() const;

    /// The values the next run's copy starts with: sensor id → latest value, and space id →
    /// name → value. Taken by the next start().
    void setStartValues(const QHash<QString, StoredValue> &sensors,
                        const QHash<QString, QHash<QString, StoredValue>> &spaces);

    /// Starts a run of \a function over \a messages (telemetry objects as `twinctl function
    /// run` reads them); false with why (a run is going, the source does not parse, acorn
    /// is missing).
    bool start(const Project &project, const FunctionDefinition &function, const QList<QJsonObject> &messages,
               QString *error);
    void resume();
    void step();
    void stop();
    /// While paused: replaces the payload of the triggering message with \a message (its
    /// value decoded as a message's is). The run goes on with it: the telemetry argument's
    /// Message and Value, and the sensor's value as the API reads it. False with why when
    /// not paused or the value does not fit the sensor.
    bool editMessage(const QString &message, QString *error);
    /// Waits for the worker to end (after stop()).
    void wait();

    bool isRunning() const { return m_thread.joinable() && !m_done; }
    bool isPaused() const;
    int pausedLine() const;
    /// name → value (JSON text) of the names in scope where it paused.
    QJsonObject locals() const;
    /// The message whose invocation is paused or running.
    QJsonObject currentMessage() const;
    /// Lines that hold a statement (where breakpoints can stop).
    const QList<int> &statementLines() const { return m_statementLines; }
    /// The invocations of the finished run, with their traces.
    QList<InvocationResult> results() const;

signals:
    void paused(int line);
    void finished();

private:
    void onPaused(int line, const QString &locals); // on the worker thread
    void run(std::shared_ptr<const class FunctionTopology> topology, QList<QJsonObject> messages);

    std::unique_ptr<FunctionDebugHost> m_host;
    std::thread m_thread;
    std::atomic<bool> m_done{true};
    QList<int> m_statementLines;
    mutable QMutex m_mutex;
    int m_line = 0;
    QJsonObject m_locals;
    QJsonObject m_message;
    QList<InvocationResult> m_results;
    QHash<QString, StoredValue> m_startSensors;
    QHash<QString, QHash<QString, StoredValue>> m_startSpaces;
    // The worker's replay and store, for editMessage while the worker is paused.
    FunctionReplay *m_replay = nullptr;
    ValueStore *m_store = nullptr;
};

} // namespace twin
