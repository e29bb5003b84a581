// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiondebugger.h"

#include "functions/functiondebughost.h"
#include "functions/functioninstrumenter.h"
#include "functions/functionreplay.h"
#include "functions/functiontopology.h"
#include "functions/memoryvaluestore.h"

#include <QJsonDocument>

namespace twin {

namespace {

/// A paused invocation waits for the user: no time limit that a person would reach.
constexpr int kDebugTimeoutMs = 24 * 3600 * 1000;

} // namespace

FunctionDebugger::FunctionDebugger(QObject *parent)
    : QObject(parent)
    , m_host(std::make_unique<FunctionDebugHost>())
{
}

FunctionDebugger::~FunctionDebugger()
{
    stop();
    wait();
}

void FunctionDebugger::setBreakpoint(int line, const QString &condition)
{
    QMap<int, QString> b = m_host->breakpointMap();
    b.insert(line, condition);
    m_host->setBreakpoints(b);
}

void FunctionDebugger::removeBreakpoint(int line)
{
    QMap<int, QString> b = m_host->breakpointMap();
    b.remove(line);
    m_host->setBreakpoints(b);
}

QMap<int, QString> FunctionDebugger::breakpoints() const
{
    return m_host->breakpointMap();
}

bool FunctionDebugger::start(const Project &project, const FunctionDefinition &function,
                             const QList<QJsonObject> &messages, QString *error)
{
    if (isRunning()) {
        *error = tr("a debug run is going");
        return false;
    }
    wait();
    FunctionDefinition d = function;
    QString instrumented;
    if (!FunctionInstrumenter::instrument(function.source, &instrumented, &m_statementLines, error))
        return false;
    d.source = instrumented;
    d.enabled = true;
    d.timeoutMs = kDebugTimeoutMs;
    // The messages given run the function whatever its matchers say.
    d.assignedTo.clear();
    d.matchers = {Matcher()};
    {
        QMutexLocker lock(&m_mutex);
        m_results.clear();
        m_line = 0;
        m_locals = {};
    }
    auto fresh = std::make_unique<FunctionDebugHost>();
    fresh->setBreakpoints(m_host->breakpointMap());
    m_host->setBreakpoints({}); // the old host is not used again
    m_host = std::move(fresh);
    m_host->setPausedHandler([this](int line, const QString &locals) { onPaused(line, locals); });
    m_done = false;
    m_thread = std::thread(&FunctionDebugger::run, this, FunctionTopology::build(project, {d}), messages);
    return true;
}

void FunctionDebugger::setStartValues(const QHash<QString, StoredValue> &sensors,
                                      const QHash<QString, QHash<QString, StoredValue>> &spaces)
{
    QMutexLocker lock(&m_mutex);
    m_startSensors = sensors;
    m_startSpaces = spaces;
}

void FunctionDebugger::run(std::shared_ptr<const FunctionTopology> topology, QList<QJsonObject> messages)
{
    MemoryValueStore store;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_startSensors.cbegin(); it != m_startSensors.cend(); ++it)
            store.recordSensorValue(it.key(), it.value());
        for (auto space = m_startSpaces.cbegin(); space != m_startSpaces.cend(); ++space) {
            for (auto it = space->cbegin(); it != space->cend(); ++it)
                store.setSpaceValue(space.key(), it.key(), it.value());
        }
        m_startSensors.clear();
        m_startSpaces.clear();
    }
    QList<InvocationResult> results;
    {
        FunctionReplay replay(&store);
        {
            QMutexLocker lock(&m_mutex);
            m_replay = &replay;
            m_store = &store;
        }
        QString why;
        if (replay.engine().installDebugHook(m_host.get(), &why)) {
            replay.setTopology(topology);
            for (const QJsonObject &message : std::as_const(messages)) {
                TelemetrySample sample;
                if (!replay.sampleFrom(message, &sample, &why))
                    continue;
                {
                    QMutexLocker lock(&m_mutex);
                    m_message = message;
                }
                results += replay.feed(sample);
            }
        } else {
            InvocationResult failed;
            failed.error.kind = FunctionError::Kind::Compile;
            failed.error.message = why;
            results.append(failed);
        }
        QMutexLocker lock(&m_mutex);
        m_replay = nullptr;
        m_store = nullptr;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_results = results;
        m_line = 0;
    }
    m_done = true;
    QMetaObject::invokeMethod(this, [this] { emit finished(); }, Qt::QueuedConnection);
}

void FunctionDebugger::onPaused(int line, const QString &locals)
{
    {
        QMutexLocker lock(&m_mutex);
        m_line = line;
        m_locals = QJsonDocument::fromJson(locals.toUtf8()).object();
    }
    QMetaObject::invokeMethod(this, [this, line] { emit paused(line); }, Qt::QueuedConnection);
}

void FunctionDebugger::resume()
{
    m_host->command(FunctionDebugHost::Continue);
}

void FunctionDebugger::step()
{
    m_host->command(FunctionDebugHost::Step);
}

void FunctionDebugger::stop()
{
    m_host->command(FunctionDebugHost::Stop);
}

bool FunctionDebugger::editMessage(const QString &message, QString *error)
{
    // The worker is blocked in the probe while paused: its replay and store hold still.
    QMutexLocker lock(&m_mutex);
    if (!m_host->isPaused() || !m_replay) {
        *error = tr("the run is not paused");
        return false;
    }
    QJsonObject line = m_message;
    line.insert(QStringLiteral("Message"), message);
    line.remove(QStringLiteral("Value")); // decoded from the new payload
    TelemetrySample sample;
    if (!m_replay->sampleFrom(line, &sample, error))
        return false;
    m_store->recordSensorValue(sample.sensorId, StoredValue{sample.dataType, sample.valueText, sample.timestampMs});
    m_message = line;
    const QJsonObject edit{{QStringLiteral("sensorId"), sample.sensorId},
                           {QStringLiteral("message"), sample.message},
                           {QStringLiteral("value"), QJsonValue::fromVariant(sample.value)}};
    m_host->setEdit(QString::fromUtf8(QJsonDocument(edit).toJson(QJsonDocument::Compact)));
    return true;
}

void FunctionDebugger::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool FunctionDebugger::isPaused() const
{
    return m_host->isPaused();
}

int FunctionDebugger::pausedLine() const
{
    QMutexLocker lock(&m_mutex);
    return m_line;
}

QJsonObject FunctionDebugger::locals() const
{
    QMutexLocker lock(&m_mutex);
    return m_locals;
}

QJsonObject FunctionDebugger::currentMessage() const
{
    QMutexLocker lock(&m_mutex);
    return m_message;
}

QList<InvocationResult> FunctionDebugger::results() const
{
    QMutexLocker lock(&m_mutex);
    return m_results;
}

} // namespace twin
