// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesession.h"

#include "alertrule.h"

#include "alertruleengine.h"
#include "livesetup.h"
#include "livevaluestore.h"

#include "core/logging.h"
#include "document/connectionprofile.h"
#include "document/project.h"
#include "functions/functioneditor.h"
#include "functions/functionruntime.h"
#include "functions/livemessagering.h"
#include "functions/truststore.h"
#include "itemmodels/functionstatusmodel.h"
#include "itemmodels/notificationmodel.h"
#include "alertlogfollower.h"
#include "telemetry/historyqueries.h"
#include "telemetry/historystore.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/topicfilter.h"

#include <QFileInfo>

#include <algorithm>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace twin {

namespace {

constexpr qint64 RateWindowMs = 1000;

/// \a subscriptions plus \a browse, leaving out those it covers: a broker may deliver a
/// message once per matching subscription, and the browser must not count it twice.
QVariantList withBrowseFilter(const QVariantList &subscriptions, const QString &browse)
{
    if (browse.isEmpty())
        return subscriptions;
    QVariantList result;
    int qos = 0;
    const std::string filter = browse.toStdString();
    for (const QVariant &v : subscriptions) {
        const QVariantMap s = v.toMap();
        if (TopicFilter::matches(filter, s.value(QStringLiteral("filter")).toString().toStdString()))
            qos = std::max(qos, s.value(QStringLiteral("qos")).toInt());
        else
            result.append(s);
    }
    result.append(QVariantMap{{QStringLiteral("filter"), browse}, {QStringLiteral("qos"), qos}});
    return result;
}

} // namespace

LiveSession::LiveSession(Project *project, QObject *parent)
    : LiveValueFeed(parent)
    , m_project(project)
    , m_notifications(new NotificationModel(this))
    , m_functions(new FunctionStatusModel(project, this))
    , m_alertLog(new AlertLogFollower(project, m_notifications, this))
{
    qRegisterMetaType<TelemetrySource::State>();
    m_recent = std::make_shared<LiveMessageRing>();
    m_topics = std::make_shared<TopicCatalogue>();
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
    connect(m_alertLog, &AlertLogFollower::errorOccurred, this, &LiveSession::errorOccurred);
    // Sensors added or removed while a session runs (a paste, a drop, an undo), or its
    // bindings or alert rules edited, join or leave it at once: the session binds again.
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (isActive()
            && (sensorCount() != m_boundSensors || m_project->bindings() != m_boundBindings
                || m_project->viewState().value(AlertRule::projectKey()) != m_boundAlertRules))
            start(m_request);
        else if (isActive() && m_project->connections() != m_boundConnections)
            followEditedProfiles();
    });
}

void LiveSession::followAlertLog()
{
    m_alertLog->follow();
}

void LiveSession::openAlertLog()
{
    // Alerts of a replay belong to the capture, not to the project's history.
    if (!isReplay())
        m_alertLog->open();
}

LiveSession::~LiveSession()
{
    stopRun();
    m_control.waitForDone();
}

void LiveSession::connectToBroker(const QString &url)
{
    start(Request{QStringLiteral("mqtt"), QVariantMap{{QStringLiteral("url"), url}}, url, {}});
}

void LiveSession::runSimulator(double rate, qint64 startTimeMs)
{
    QVariantMap config{{QStringLiteral("rate"), rate}};
    if (startTimeMs >= 0)
        config.insert(QStringLiteral("startTime"), startTimeMs);
    start(Request{QStringLiteral("simulator"), config, QStringLiteral("simulator"), {}});
}

void LiveSession::connectProfiles(const QStringList &profiles, const QHash<QString, QVariantMap> &secrets,
                                  bool simulator)
{
    const QList<ConnectionProfile> known = ConnectionProfile::listFromJson(m_project->connections());
    Request request;
    QStringList names;
    for (const QString &id : profiles) {
        const auto it = std::find_if(known.cbegin(), known.cend(), [&id](const ConnectionProfile &p) { return p.id == id; });
        if (it == known.cend()) {
            emit errorOccurred(tr("The project has no connection \"%1\".").arg(id));
            continue;
        }
        QVariantMap config = it->sourceConfig();
        const QVariantMap secret = secrets.value(id);
        for (auto s = secret.cbegin(); s != secret.cend(); ++s)
            config.insert(s.key(), s.value());
        request.sources.append({QStringLiteral("mqtt"), it->id, it->displayName(), config});
        names.append(it->displayName());
    }
    if (simulator) {
        request.sources.append({QStringLiteral("simulator"), QString(), QStringLiteral("simulator"),
                                QVariantMap{{QStringLiteral("rate"), 1.0}}});
        names.append(QStringLiteral("simulator"));
    }
    if (request.sources.isEmpty())
        return;
    request.description = names.join(QStringLiteral(", "));
    if (!changeSourcesInPlace(request))
        start(request);
}

QStringList LiveSession::connectedProfiles() const
{
    QStringList ids;
    if (!isActive())
        return ids;
    for (const SourceSpec &spec : m_request.sources) {
        if (!spec.connection.isEmpty())
            ids.append(spec.connection);
    }
    return ids;
}

bool LiveSession::includesSimulator() const
{
    if (!isActive())
        return false;
    if (isSimulator())
        return true;
    return std::any_of(m_request.sources.cbegin(), m_request.sources.cend(),
                       [](const SourceSpec &spec) { return spec.plugin == QStringLiteral("simulator"); });
}

void LiveSession::replayCapture(const QString &path, double speed)
{
    start(Request{QStringLiteral("capture"),
                  QVariantMap{{QStringLiteral("path"), path}, {QStringLiteral("speed"), speed}},
                  QFileInfo(path).fileName(), {}});
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

void LiveSession::setBrowseFilter(const QString &filter)
{
    if (filter == m_browseFilter)
        return;
    const bool tapChanges = filter.isEmpty() != m_browseFilter.isEmpty();
    m_browseFilter = filter;
    if (isActive() && (tapChanges || m_request.plugin == QStringLiteral("mqtt")))
        start(m_request);
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
    for (SourceStatus &source : m_sources) {
        source.state = State::Disconnected;
        source.rate = 0.0;
    }
    setState(State::Disconnected);
    emit statisticsChanged();
}

void LiveSession::start(const Request &request)
{
    stopRun();
    reset();
    if (request.description != m_request.description)
        m_topics->clear();
    m_request = request;
    const int run = ++m_run;
    auto setup = std::make_shared<LiveSetup>();
    Diagnostics diagnostics;
    setup->bind(*m_project, &diagnostics);
    m_boundSensors = sensorCount();
    m_boundBindings = m_project->bindings();
    m_boundAlertRules = m_project->viewState().value(AlertRule::projectKey());
    m_boundConnections = m_project->connections();
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

    if (!m_browseFilter.isEmpty())
        setup->pipeline().setTopicTap(m_topics);
    const QList<SourceSpec> specs = sourceSpecs(request, *setup);
    TelemetryPipeline::Options options;
    if (request.plugin == QStringLiteral("capture")) {
        options.history = !m_project->fileName().isEmpty();
        options.historyPath = LiveSetup::replayHistoryPath(m_project->fileName());
    } else {
        // A shared history is a recorder's to fill: the run reads it (functions) and leaves
        // it alone, so a reading is stored once. An unsaved project has nowhere to keep one.
        options.historyPath = HistoryQueries::locationOf(*m_project);
        options.history = !options.historyPath.isEmpty() && !HistoryQueries::isShared(options.historyPath);
    }
    if (!options.history && !HistoryQueries::isShared(options.historyPath))
        options.historyPath.clear();

    m_setup = setup;
    m_errorText.clear();
    m_sources.clear();
    m_slots.clear();
    m_sourcesStarted = false;
    for (const SourceSpec &spec : specs) {
        m_sources.append(SourceStatus{spec.connection, spec.name, State::Connecting, 0.0, 0, QString()});
        m_slots.append({keyOf(spec), false, {m_clock.elapsed(), 0}});
    }
    setState(State::Connecting);
    m_tick.start();
    m_control.start([this, setup, run, specs, options]() mutable {
        QString error;
        for (int i = 0; i < specs.size(); ++i) {
            const SourceSpec &spec = specs.at(i);
            TelemetrySource *source = setup->addSource(spec.plugin, spec.connection, spec.config, &error);
            if (!source)
                break;
            watchSource(run, i, source);
        }
        const QList<TelemetrySource *> sources = setup->sources();
        bool ok = sources.size() == specs.size() && setup->startPipeline(options, &error);
        if (ok) {
            // Each broker on its own: one that cannot be reached leaves the others running.
            int running = 0;
            for (int i = 0; i < specs.size(); ++i) {
                QString why;
                if (sources.at(i)->start(specs.at(i).config, &why)) {
                    ++running;
                    continue;
                }
                if (error.isEmpty())
                    error = why;
                QMetaObject::invokeMethod(this, [this, run, i, why] { sourceFailed(run, i, why); }, Qt::QueuedConnection);
            }
            ok = running > 0;
            if (!ok)
                setup->stop();
        }
        // The reference held here goes back with the result (see stopRun()).
        QMetaObject::invokeMethod(
            this, [this, run, ok, error, keep = std::move(setup)] { started(run, ok, error); }, Qt::QueuedConnection);
    });
    if (m_trustRequired)
        emit trustRequired();
}

QList<LiveSession::SourceSpec> LiveSession::sourceSpecs(const Request &request, const LiveSetup &setup) const
{
    QList<SourceSpec> specs = request.sources;
    if (specs.isEmpty()) {
        const QString name = request.plugin == QStringLiteral("mqtt") ? ConnectionProfile::withoutPassword(request.description)
                                                                      : request.description;
        specs.append({request.plugin, QString(), name, request.config});
    }
    for (SourceSpec &spec : specs) {
        if (spec.plugin == QStringLiteral("mqtt"))
            spec.config.insert(QStringLiteral("subscriptions"),
                               withBrowseFilter(setup.subscriptions(1, spec.connection), m_browseFilter));
        else if (spec.plugin == QStringLiteral("simulator"))
            spec.config.insert(QStringLiteral("points"), setup.simulatedPoints());
    }
    return specs;
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
    m_pointFunctions.clear();
    m_latest.clear();
    m_longestTickNs = 0;
}

void LiveSession::started(int run, bool ok, const QString &error)
{
    if (run != m_run)
        return;
    m_sourcesStarted = true;
    if (!ok) {
        for (SourceStatus &source : m_sources)
            source.state = State::Disconnected;
        m_tick.stop();
        m_errorText = error;
        m_functions->setRunState(FunctionStatusModel::RunState::Stopped);
        setState(State::Disconnected);
        emit errorOccurred(error);
        return;
    }
    if (!m_setup)
        return;
    const QList<TelemetrySource *> sources = m_setup->sources();
    for (int i = 0; i < sources.size(); ++i)
        sourceStateChanged(run, i, sources.at(i)->state());
}

void LiveSession::sourceFailed(int run, int index, const QString &message)
{
    if (run != m_run || index >= m_sources.size())
        return;
    m_sources[index].error = message;
    m_sources[index].state = State::Disconnected;
    // One broker of several: the run goes on, and says which one failed.
    if (m_sources.size() > 1)
        emit errorOccurred(tr("%1: %2").arg(m_sources.at(index).name, message));
    emit statisticsChanged();
}

LiveSession::State LiveSession::combinedState() const
{
    for (const State state : {State::Connected, State::Reconnecting, State::Connecting}) {
        for (int i = 0; i < m_sources.size(); ++i) {
            if (m_sources.at(i).state == state && !m_slots.at(i).retired)
                return state;
        }
    }
    return State::Disconnected;
}

void LiveSession::updateSourceRates(qint64 nowMs)
{
    if (!m_sourcesStarted)
        return; // the control thread may still be adding the run's sources
    const QList<TelemetrySource *> sources = m_setup->sources();
    for (int i = 0; i < sources.size() && i < m_sources.size(); ++i) {
        const quint64 received = sources.at(i)->counters().received;
        m_sources[i].received = received;
        QPair<qint64, quint64> &mark = m_slots[i].mark;
        if (nowMs - mark.first >= RateWindowMs) {
            m_sources[i].rate = double(received - mark.second) * 1000.0 / double(nowMs - mark.first);
            mark = {nowMs, received};
        }
    }
}

void LiveSession::sourceStateChanged(int run, int index, TelemetrySource::State sourceState)
{
    if (run != m_run || !m_setup || (index < m_slots.size() && m_slots.at(index).retired))
        return;
    if (index < m_sources.size()) {
        m_sources[index].state = sourceState;
        if (sourceState == State::Connected)
            m_sources[index].error.clear();
    }
    const State state = combinedState();
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
    if (const TelemetrySource *source = m_setup->source()) {
        const TelemetrySource::Counters sc = source->counters();
        m_counters.disconnects = sc.reconnects;
        m_counters.outageMs = sc.outageMs;
        m_counters.duplicates = sc.duplicates;
    }
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
    updateSourceRates(now);

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
            m_computed[c.twinId].insert(c.name, LiveReading{c.twinId, c.name, c.name, QString(), c.value, c.timeMs, c.function});
            // A computed value is a point as well: its readings name the function.
            if (const int point = points.find(c.twinId, c.name); point >= 0) {
                if (std::size_t(point) >= m_pointFunctions.size())
                    m_pointFunctions.resize(std::size_t(point) + 1);
                m_pointFunctions[std::size_t(point)] = c.function;
            }
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
    if (std::size_t(point) < m_pointFunctions.size())
        r.function = m_pointFunctions[std::size_t(point)];
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

QStringList LiveSession::twinIds() const
{
    QSet<QString> ids;
    for (auto it = m_twinPoints.cbegin(); it != m_twinPoints.cend(); ++it) {
        if (std::any_of(it.value().cbegin(), it.value().cend(), [this](int point) { return reading(point).has_value(); }))
            ids.insert(it.key());
    }
    for (auto it = m_computed.cbegin(); it != m_computed.cend(); ++it)
        ids.insert(it.key());
    return QStringList(ids.cbegin(), ids.cend());
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
