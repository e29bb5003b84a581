// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesetup.h"

#include "alertruleengine.h"
#include "livevaluestore.h"

#include "core/logging.h"
#include "document/project.h"
#include "functions/functionruntime.h"
#include "functions/functiontopology.h"
#include "functions/pipelinefunctiondispatcher.h"
#include "telemetry/bindingset.h"
#include "telemetry/historyqueries.h"
#include "telemetry/pointregistry.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"
#include "telemetry/telemetrytypes.h"

namespace twin {

namespace {

/// A concrete topic for a binding's filter: wildcards become the twin id and the name.
QString topicFor(const std::string &filter, const PointInfo &info)
{
    QStringList levels = QString::fromStdString(filter).split(u'/');
    for (QString &level : levels) {
        if (level == QStringLiteral("+"))
            level = info.twinId;
        else if (level == QStringLiteral("#"))
            level = info.name;
    }
    return levels.join(u'/');
}

QVariantMap simulatedPoint(const PointInfo &info)
{
    return QVariantMap{{QStringLiteral("twin"), info.twinId},
                       {QStringLiteral("name"), info.name},
                       {QStringLiteral("dataType"), info.dataType}};
}

} // namespace

LiveSetup::LiveSetup() = default;

LiveSetup::~LiveSetup()
{
    stop();
}

void LiveSetup::bind(const Project &project, Diagnostics *diagnostics)
{
    Q_ASSERT(!m_pipeline.isRunning());
    m_pipeline.setProject(project, diagnostics);
    m_functionErrors.clear();
    m_definitions = PipelineFunctionDispatcher::definitionsOf(project, &m_functionErrors);
}

void LiveSetup::enableFunctions(const Project &project, int workers, int historyLimit)
{
    Q_ASSERT(!m_pipeline.isRunning());
    if (m_definitions.isEmpty() || m_runtime)
        return;
    if (!m_values) {
        m_values = std::make_unique<LiveValueStore>(historyLimit);
        m_values->setPipeline(&m_pipeline);
    }
    m_runtime = std::make_unique<FunctionRuntime>(m_values.get(), workers);
    m_runtime->setTopology(FunctionTopology::build(project, m_definitions));
    m_counts.clear();
    for (const FunctionDefinition &d : std::as_const(m_definitions))
        m_counts.insert(d.name, std::make_shared<AtomicStats>());
    m_runtime->setResultHandler([this](const InvocationResult &result) {
        const auto it = m_counts.constFind(result.function);
        if (it == m_counts.cend()) {
            QMutexLocker lock(&m_errorMutex);
            FunctionStats &stats = m_otherStats[result.function];
            ++stats.invocations;
            auto &times = m_otherTimes[result.function];
            if (!times)
                times = std::make_shared<FunctionTimeHistogram>();
            times->record(result.durationNs);
            if (!result.ok()) {
                ++stats.failures;
                stats.lastError = result.error.format(result.function);
            }
        } else {
            (*it)->times.record(result.durationNs);
            (*it)->invocations.fetch_add(1, std::memory_order_relaxed);
            if (!result.ok()) {
                (*it)->failures.fetch_add(1, std::memory_order_relaxed);
                QMutexLocker lock(&m_errorMutex);
                m_lastErrors.insert(result.function, result.error.format(result.function));
            }
        }
        if (result.writes.isEmpty())
            return;
        const qint64 now = currentMsecsSinceEpoch();
        QMutexLocker lock(&m_computedMutex);
        for (const ValueWrite &w : result.writes)
            m_computed.insert({w.twinId, w.name}, ComputedValue{w.twinId, w.name, w.value, now, result.function});
    });
    m_dispatcher = std::make_unique<PipelineFunctionDispatcher>(m_runtime.get());
    if (m_alerts)
        m_alerts->setNext(m_dispatcher.get());
    else
        m_pipeline.setDispatcher(m_dispatcher.get());
}

void LiveSetup::setRecentMessages(std::shared_ptr<LiveMessageRing> ring)
{
    Q_ASSERT(!m_pipeline.isRunning());
    m_recent = std::move(ring);
    if (m_dispatcher)
        m_dispatcher->setRecentMessages(m_recent.get());
}

void LiveSetup::enableAlerts(const Project &project, QStringList *errors, int historyLimit)
{
    Q_ASSERT(!m_pipeline.isRunning());
    const QList<AlertRule> rules =
        AlertRule::listFromJson(project.viewState().value(AlertRule::projectKey()).toArray(), errors);
    if (rules.isEmpty() || m_alerts)
        return;
    if (!m_values) {
        m_values = std::make_unique<LiveValueStore>(historyLimit);
        m_values->setPipeline(&m_pipeline);
    }
    LiveValueStore *values = m_values.get();
    m_alerts = std::make_unique<AlertRuleEngine>(rules, AlertRuleEngine::targetsIn(project, rules),
                                                 [values](const FunctionNotification &n) { values->notify(n); });
    m_alerts->setNext(m_dispatcher.get());
    m_pipeline.setDispatcher(m_alerts.get());
}

QVariantList LiveSetup::subscriptions(int qos, const QString &connection) const
{
    QVariantList list;
    for (const Subscription &s : m_pipeline.subscriptions(qos, connection))
        list.append(QVariantMap{{QStringLiteral("filter"), s.filter}, {QStringLiteral("qos"), s.qos}});
    return list;
}

QVariantList LiveSetup::simulatedPoints(const BindingSet &bindings, const PointRegistry &points)
{
    QVariantList simulated;
    for (auto it = bindings.sensorPoints().cbegin(); it != bindings.sensorPoints().cend(); ++it)
        simulated.append(simulatedPoint(points.info(*it)));
    for (const BindingRule &rule : bindings.rules()) {
        const PointInfo &info = points.info(rule.point);
        QVariantMap point = simulatedPoint(info);
        point.insert(QStringLiteral("topic"), topicFor(rule.filter, info));
        point.insert(QStringLiteral("path"), QString::fromStdString(rule.pointer));
        simulated.append(point);
    }
    return simulated;
}

TelemetrySource *LiveSetup::createSource(const QString &plugin, QString *error)
{
    Q_ASSERT(m_sources.empty());
    Source source;
    source.source.reset(TelemetrySourceRegistry::create(plugin, nullptr, error));
    if (!source.source)
        return nullptr;
    // The capture sink costs one check per message until a recording starts.
    source.sink = std::make_unique<CaptureSink>(&m_capture, m_pipeline.createSink());
    source.source->setSink(source.sink.get());
    m_sources.push_back(std::move(source));
    return m_sources.back().source.get();
}

TelemetrySource *LiveSetup::addSource(const QString &plugin, const QString &connection, const QVariantMap &config,
                                      QString *error)
{
    Source source;
    source.connection = connection;
    source.config = config;
    source.source.reset(TelemetrySourceRegistry::create(plugin, nullptr, error));
    if (!source.source)
        return nullptr;
    source.sink = std::make_unique<CaptureSink>(&m_capture, m_pipeline.createSink(connection));
    source.source->setSink(source.sink.get());
    m_sources.push_back(std::move(source));
    return m_sources.back().source.get();
}

QList<TelemetrySource *> LiveSetup::sources() const
{
    QList<TelemetrySource *> sources;
    for (const Source &s : m_sources)
        sources.append(s.source.get());
    return sources;
}

bool LiveSetup::startRecording(const QString &path, const QJsonObject &header, QString *error)
{
    return m_capture.open(path, header, error);
}

bool LiveSetup::stopRecording(QString *error)
{
    return m_capture.close(error);
}

bool LiveSetup::start(const TelemetryPipeline::Options &options, const QVariantMap &sourceConfig, QString *error)
{
    if (m_sources.empty()) {
        *error = QStringLiteral("no telemetry source was created");
        return false;
    }
    if (!startPipeline(options, error))
        return false;
    for (Source &source : m_sources) {
        if (!source.source->start(source.config.value_or(sourceConfig), error)) {
            stop();
            return false;
        }
    }
    return true;
}

bool LiveSetup::startPipeline(const TelemetryPipeline::Options &options, QString *error)
{
    if (!m_pipeline.start(options, error))
        return false;
    // Functions read the history the pipeline writes, or the one a recorder fills (a shared
    // history given without options.history), through connections of their own, and what
    // is not stored yet from the store's memory.
    const bool readable = m_pipeline.isWritingHistory() || HistoryQueries::isAvailable(options.historyPath);
    if (m_values)
        m_values->setHistoryFile(readable ? HistoryQueries::open(options.historyPath) : nullptr, true);
    return true;
}

void LiveSetup::stop()
{
    for (Source &source : m_sources)
        source.source->stop();
    QString error;
    if (!stopRecording(&error))
        qCWarning(lcTelemetry).noquote() << error;
    // The functions of the last batches write their values through the pipeline: let them
    // finish before it stops, so that their values reach history too.
    if (m_runtime && m_pipeline.isRunning()) {
        m_pipeline.waitIdle(10000);
        m_runtime->waitForIdle();
    }
    if (m_pipeline.isRunning())
        m_pipeline.stop();
    if (m_runtime)
        m_runtime->waitForIdle();
}

QHash<QString, LiveSetup::FunctionStats> LiveSetup::functionStats() const
{
    QMutexLocker lock(&m_errorMutex);
    QHash<QString, FunctionStats> stats = m_otherStats;
    for (auto it = m_otherTimes.cbegin(); it != m_otherTimes.cend(); ++it) {
        FunctionStats &s = stats[it.key()];
        s.meanNs = it.value()->meanNs();
        s.p99Ns = it.value()->percentileNs(0.99);
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const quint64 invocations = it.value()->invocations.load(std::memory_order_relaxed);
        if (invocations == 0)
            continue;
        const FunctionTimeHistogram &times = it.value()->times;
        stats.insert(it.key(), FunctionStats{invocations, it.value()->failures.load(std::memory_order_relaxed),
                                             m_lastErrors.value(it.key()), times.meanNs(), times.percentileNs(0.99)});
    }
    return stats;
}

QList<LiveSetup::ComputedValue> LiveSetup::takeComputedValues()
{
    QMutexLocker lock(&m_computedMutex);
    QList<ComputedValue> values = m_computed.values();
    m_computed.clear();
    return values;
}

} // namespace twin
