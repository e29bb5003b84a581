// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesession.h"

#include "alertruleengine.h"
#include "livesetup.h"
#include "livevaluestore.h"

#include "core/logging.h"
#include "document/project.h"
#include "functions/functioneditor.h"
#include "functions/functionruntime.h"
#include "functions/livemessagering.h"
#include "functions/truststore.h"
#include "itemmodels/functionstatusmodel.h"
#include "itemmodels/notificationmodel.h"
#include "telemetry/alertlog.h"
#include "telemetry/historystore.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace twin {

namespace {

constexpr qint64 RateWindowMs = 1000;

} // namespace

LiveSession::LiveSession(Project *project, QObject *parent)
    : LiveValueFeed(parent)
    , m_project(project)
    , m_notifications(new NotificationModel(this))
    , m_functions(new FunctionStatusModel(project, this))
{
    qRegisterMetaType<TelemetrySource::State>();
    m_recent = std::make_shared<LiveMessageRing>();
    // One control thread: requests run in the order they were made.
    m_control.setMaxThreadCount(1);
    m_tick.setInterval(DefaultUpdateIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &LiveSession::tick);
    m_clock.start();
    // Another document: rebind (a running session reconnects with the new bindings).
    connect(m_project, &Project::contentReset, this, [this] {
        m_sessionTrust.clear();
        // Another document, other alerts: those kept in its history file.
        m_notifications->setLog(nullptr, nullptr);
        m_notifications->clear();
        followAlertLog();
        if (isActive())
            start(m_request);
        else
            reset();
    });
    connect(m_project, &Project::fileNameChanged, this, &LiveSession::followAlertLog);
    connect(m_notifications, &NotificationModel::errorOccurred, this, &LiveSession::errorOccurred);
    // Sensors added or removed while a session runs (a paste, a drop, an undo) join or
    // leave it: the session binds again.
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (isActive() && sensorCount() != m_boundSensors)
            start(m_request);
    });
}

void LiveSession::followAlertLog()
{
    const QString path = m_project->fileName().isEmpty() ? QString() : HistoryStore::companionPath(m_project->fileName());
    if (m_notifications->log() && m_notifications->log()->path() == path)
        return;
    m_notifications->setLog(nullptr, nullptr);
    // A project without history yet gets its file with its first alert (openAlertLog()).
    if (!path.isEmpty() && QFileInfo::exists(path))
        openAlertLog();
}

void LiveSession::openAlertLog()
{
    // Alerts of a replay belong to the capture, not to the project's history.
    if (m_project->fileName().isEmpty() || isReplay())
        return;
    auto log = std::make_shared<AlertLog>();
    QString error;
    if (!log->open(HistoryStore::companionPath(m_project->fileName()), &error)
        || !m_notifications->setLog(log, &error))
        emit errorOccurred(error);
}

LiveSession::~LiveSession()
{
    stopRun();
    m_control.waitForDone();
}

void LiveSession::connectToBroker(const QString &url)
{
    start(Request{QStringLiteral("mqtt"), QVariantMap{{QStringLiteral("url"), url}}, url});
}

void LiveSession::runSimulator(double rate)
{
    start(Request{QStringLiteral("simulator"), QVariantMap{{QStringLiteral("rate"), rate}}, QStringLiteral("simulator")});
}

void LiveSession::replayCapture(const QString &path, double speed)
{
    start(Request{QStringLiteral("capture"),
                  QVariantMap{{QStringLiteral("path"), path}, {QStringLiteral("speed"), speed}},
                  QFileInfo(path).fileName()});
}

bool LiveSession::startRecording(const QString &path, QString *error)
{
    if (!m_setup || !isActive()) {
        if (error)
            *error = tr("Nothing to record: connect to a broker or run the simulator first.");
        return false;
    }
    const QString source = isSimulator() || isReplay()
        ? m_request.description
        : QUrl(m_request.description).toDisplayString(QUrl::RemovePassword);
    return m_setup->startRecording(path, QJsonObject{{QStringLiteral("source"), source}}, error);
}

bool LiveSession::stopRecording(QString *error)
{
    return !m_setup || m_setup->stopRecording(error);
}

bool LiveSession::isRecording() const
{
    return m_setup && m_setup->isRecording();
}

quint64 LiveSession::recordedCount() const
{
    return m_setup ? m_setup->recordedCount() : 0;
}

void LiveSession::disconnectFromSource()
{
    if (!isActive())
        return;
    tick();
    stopRun();
    m_tick.stop();
    m_rate = 0.0;
    m_rateWindow.clear();
    m_functions->setRunState(FunctionStatusModel::RunState::Stopped);
    setState(State::Disconnected);
    emit statisticsChanged();
}

void LiveSession::start(const Request &request)
{
    stopRun();
    reset();
    m_request = request;
    const int run = ++m_run;
    auto setup = std::make_shared<LiveSetup>();
    Diagnostics diagnostics;
    setup->bind(*m_project, &diagnostics);
    m_boundSensors = sensorCount();
    for (const Diagnostic &d : std::as_const(diagnostics))
        qCWarning(lcTelemetry).noquote() << d.format();
    for (const QString &why : setup->functionErrors())
        emit errorOccurred(tr("Function skipped: %1").arg(why));

    QStringList alertErrors;
    setup->enableAlerts(*m_project, &alertErrors, 1000);
    for (const QString &why : std::as_const(alertErrors))
        emit errorOccurred(why);
    m_trustRequired = false;
    FunctionStatusModel::RunState functionState = FunctionStatusModel::RunState::Stopped;
    if (!setup->definitions().isEmpty()) {
        if (mayRunFunctions()) {
            // A bounded history per series: a desktop session runs for days.
            setup->enableFunctions(*m_project, 1, 1000);
            setup->setRecentMessages(m_recent);
            connect(setup->runtime(), &FunctionRuntime::functionDisabled, this,
                    [this, run](const QString &function, const QString &reason) { recordDisabled(run, function, reason); });
            functionState = FunctionStatusModel::RunState::Running;
        } else {
            m_trustRequired = true;
            functionState = FunctionStatusModel::RunState::Untrusted;
        }
    }
    m_functions->setStats({});
    m_functions->setRunState(functionState);
    connect(&setup->pipeline(), &TelemetryPipeline::errorOccurred, this,
            [this, run](const QString &message) {
                if (run == m_run)
                    emit errorOccurred(message);
            },
            Qt::QueuedConnection);

    QVariantMap config = request.config;
    if (request.plugin == QStringLiteral("mqtt"))
        config.insert(QStringLiteral("subscriptions"), setup->subscriptions());
    else if (request.plugin == QStringLiteral("simulator"))
        config.insert(QStringLiteral("points"), setup->simulatedPoints());
    TelemetryPipeline::Options options;
    // An unsaved project has nowhere to keep history.
    options.history = !m_project->fileName().isEmpty();
    if (options.history)
        options.historyPath = request.plugin == QStringLiteral("capture")
            ? LiveSetup::replayHistoryPath(m_project->fileName())
            : HistoryStore::companionPath(m_project->fileName());

    m_setup = setup;
    m_errorText.clear();
    setState(State::Connecting);
    m_tick.start();
    const QString plugin = request.plugin;
    m_control.start([this, setup, run, plugin, config, options]() mutable {
        QString error;
        TelemetrySource *source = setup->createSource(plugin, &error);
        if (source) {
            connect(source, &TelemetrySource::stateChanged, this,
                    [this, run](TelemetrySource::State state) { sourceStateChanged(run, state); },
                    Qt::QueuedConnection);
            connect(source, &TelemetrySource::errorOccurred, this,
                    [this, run](const QString &message) {
                        if (run != m_run)
                            return;
                        m_errorText = message;
                        emit errorOccurred(message);
                    },
                    Qt::QueuedConnection);
        }
        const bool ok = source && setup->start(options, config, &error);
        // The reference held here goes back with the result (see stopRun()).
        QMetaObject::invokeMethod(
            this, [this, run, ok, error, keep = std::move(setup)] { started(run, ok, error); }, Qt::QueuedConnection);
    });
    if (m_trustRequired)
        emit trustRequired();
}

void LiveSession::stopRun()
{
    if (!m_setup)
        return;
    ++m_run; // what the stopped run still signals is stale
    m_control.start([this, setup = m_setup]() mutable {
        setup->stop();
        // The last reference goes on the session's thread, where the pipeline and the
        // runtime (QObjects) were made.
        QMetaObject::invokeMethod(this, [done = std::move(setup)] { Q_UNUSED(done) }, Qt::QueuedConnection);
    });
}

void LiveSession::reset()
{
    m_setup.reset();
    m_counters = Counters();
    m_rate = 0.0;
    m_rateWindow.clear();
    m_indexedPoints = 0;
    m_twinPoints.clear();
    m_computed.clear();
    m_latest.clear();
    m_longestTickNs = 0;
}

void LiveSession::started(int run, bool ok, const QString &error)
{
    if (run != m_run)
        return;
    if (!ok) {
        m_tick.stop();
        m_errorText = error;
        m_functions->setRunState(FunctionStatusModel::RunState::Stopped);
        setState(State::Disconnected);
        emit errorOccurred(error);
        return;
    }
    if (m_setup && m_setup->source())
        sourceStateChanged(run, m_setup->source()->state());
}

void LiveSession::sourceStateChanged(int run, TelemetrySource::State state)
{
    if (run != m_run || !m_setup)
        return;
    // A source that ends by itself (a simulator's count, the end of a replayed capture) ends
    // the run once the pipeline and the functions have handled what it delivered, so that
    // the last tick takes their last values and notifications.
    if (state == TelemetrySource::State::Disconnected) {
        if (m_state == State::Connected || m_state == State::Reconnecting) {
            std::shared_ptr<LiveSetup> setup = m_setup;
            m_control.start([this, run, setup] {
                setup->pipeline().waitIdle(10000);
                if (FunctionRuntime *runtime = setup->runtime())
                    runtime->waitForIdle();
                QMetaObject::invokeMethod(
                    this,
                    [this, run] {
                        if (run == m_run && isActive())
                            disconnectFromSource();
                    },
                    Qt::QueuedConnection);
            });
        }
        return;
    }
    if (state == TelemetrySource::State::Connected)
        m_errorText.clear();
    setState(state);
}

void LiveSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
    if (state == State::Disconnected)
        emit valuesCleared();
}

void LiveSession::tick()
{
    if (!m_setup)
        return;
    QElapsedTimer tickClock;
    tickClock.start();
    TelemetryPipeline &pipeline = m_setup->pipeline();
    const TelemetryPipeline::Counters c = pipeline.counters();
    m_counters.received = c.received;
    m_counters.processed = c.processed;
    m_counters.malformed = c.malformed;
    m_counters.unbound = c.unbound;
    m_counters.dropped = c.dropped;
    if (const FunctionRuntime *runtime = m_setup->runtime()) {
        m_counters.functionsRun = runtime->invocations();
        m_counters.functionFailures = runtime->failures();
    }

    const qint64 now = m_clock.elapsed();
    m_rateWindow.append({now, c.received});
    while (m_rateWindow.size() > 2 && now - m_rateWindow.at(1).first >= RateWindowMs)
        m_rateWindow.removeFirst();
    const qint64 span = now - m_rateWindow.constFirst().first;
    m_rate = span > 0 ? double(c.received - m_rateWindow.constFirst().second) * 1000.0 / double(span) : 0.0;

    const PointRegistry &points = pipeline.points();
    for (const int count = points.count(); m_indexedPoints < count; ++m_indexedPoints)
        m_twinPoints[points.info(m_indexedPoints).twinId].append(m_indexedPoints);
    m_changes.clear();
    // Never wait for the pipeline's batch on this thread: what changed now comes next tick.
    pipeline.liveState().tryTakeChanges(&m_changes);
    QSet<QString> changed;
    for (const PointUpdate &u : m_changes) {
        changed.insert(points.info(u.point).twinId);
        if (std::size_t(u.point) >= m_latest.size())
            m_latest.resize(std::max(std::size_t(u.point) + 1, m_latest.size() * 2));
        m_latest[std::size_t(u.point)] = u;
    }

    if (AlertRuleEngine *alerts = m_setup->alerts())
        alerts->evaluate(); // delays and "no data" run out between batches too
    if (LiveValueStore *values = m_setup->values()) {
        m_counters.notifications = values->notificationCount();
        const QList<FunctionNotification> raised = values->takeNotifications();
        if (!raised.isEmpty() && !m_notifications->log())
            openAlertLog();
        m_notifications->addNotifications(raised);
        m_functions->setStats(m_setup->functionStats());
        for (const LiveSetup::ComputedValue &c : m_setup->takeComputedValues()) {
            m_computed[c.twinId].insert(c.name, LiveReading{c.twinId, c.name, c.name, QString(), c.value, c.timeMs});
            changed.insert(c.twinId);
        }
    }
    m_longestTickNs = std::max(m_longestTickNs, tickClock.nsecsElapsed());
    emit statisticsChanged();
    if (!changed.isEmpty())
        emit valuesChanged(QStringList(changed.cbegin(), changed.cend()));
}

std::optional<LiveReading> LiveSession::reading(int point) const
{
    if (!m_setup)
        return std::nullopt;
    const PointInfo &info = m_setup->pipeline().points().info(point);
    LiveValue value;
    if (info.valueKind == ValueKind::String || info.valueKind == ValueKind::Any) {
        if (!m_setup->pipeline().liveState().latest(point, &value))
            return std::nullopt;
    } else {
        if (std::size_t(point) >= m_latest.size() || m_latest[std::size_t(point)].point != point)
            return std::nullopt;
        value.number = m_latest[std::size_t(point)].value;
        value.timestampMs = m_latest[std::size_t(point)].timestampMs;
        value.kind = info.valueKind;
    }
    LiveReading r{info.twinId, info.name, info.dataType, info.unit, QVariant(), value.timestampMs};
    switch (value.kind) {
    case ValueKind::Bool:
        r.value = value.number != 0.0;
        break;
    case ValueKind::String:
        r.value = value.text;
        break;
    case ValueKind::Number:
    case ValueKind::Any:
        r.value = value.number;
        break;
    }
    return r;
}

QList<LiveReading> LiveSession::readings(const QString &twinId) const
{
    QList<LiveReading> list;
    for (const int point : m_twinPoints.value(twinId)) {
        if (std::optional<LiveReading> r = reading(point))
            list.append(*r);
    }
    return list;
}

QList<LiveReading> LiveSession::computedReadings(const QString &twinId) const
{
    return m_computed.value(twinId).values();
}

int LiveSession::sensorCount() const
{
    int count = 0;
    for (int i : m_project->graph()->twinIndices())
        count += m_project->categoryOf(i) == Category::Sensor ? 1 : 0;
    return count;
}

QList<QJsonObject> LiveSession::recentMessages(int n, const std::function<bool(const QString &)> &accept) const
{
    return m_recent->last(n, accept);
}

std::optional<LiveReading> LiveSession::latest(const QString &twinId) const
{
    std::optional<LiveReading> best;
    for (const int point : m_twinPoints.value(twinId)) {
        std::optional<LiveReading> r = reading(point);
        if (!r)
            continue;
        if (m_setup->pipeline().points().info(point).kind == PointKind::Sensor)
            return r;
        if (!best || r->timestampMs > best->timestampMs)
            best = r;
    }
    return best;
}

bool LiveSession::mayRunFunctions() const
{
    if (TrustStore(m_trustFile).mayRun(*m_project))
        return true;
    return m_project->fileName().isEmpty() && !m_sessionTrust.isEmpty()
        && m_sessionTrust == TrustStore::functionsHash(m_project->functions());
}

bool LiveSession::trustFunctions(QString *error)
{
    const QByteArray hash = TrustStore::functionsHash(m_project->functions());
    if (m_project->fileName().isEmpty()) {
        m_sessionTrust = hash;
    } else {
        TrustStore store(m_trustFile);
        if (!store.trust(m_project->fileName(), hash, error))
            return false;
    }
    const bool restart = m_trustRequired && isActive();
    m_trustRequired = false;
    if (restart)
        start(m_request);
    return true;
}

void LiveSession::recordDisabled(int run, const QString &function, const QString &reason)
{
    if (run != m_run)
        return;
    QString error;
    if (!FunctionEditor(m_project).setEnabled(function, false, reason, &error))
        emit errorOccurred(tr("Function %1 was disabled (%2) but could not be marked so: %3").arg(function, reason, error));
    emit functionDisabled(function, reason);
}

} // namespace twin
