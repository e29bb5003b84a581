// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondefinition.h"
#include "telemetry/capturefile.h"
#include "functions/functionstats.h"
#include "functions/functiontimehistogram.h"
#include "telemetry/telemetrypipeline.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace twin {

class AlertRuleEngine;
class BindingSet;
class FunctionRuntime;
class LiveMessageRing;
class LiveValueStore;
class PipelineFunctionDispatcher;
class PointRegistry;
class Project;
class TelemetrySource;

/**
 * The wiring of one live run, shared by `twinctl ingest` and the desktop app's
 * LiveSession: a TelemetryPipeline bound to a project, the function runtime with its
 * dispatcher and value store (only when the caller lets the project's functions run),
 * and one telemetry source feeding the pipeline.
 *
 * bind() and enableFunctions() read the Project: call them on its thread, before start().
 * start() and stop() may block for seconds (a broker's connection, draining the pipeline):
 * a GUI calls them off its thread. The reads (pipeline(), functionStats(), values()) are
 * safe from any thread.
 */
class LiveSetup
{
public:
    /// What the runtime did per function in this run.
    using FunctionStats = twin::FunctionStats;

    /// A value a function wrote (setSpaceValue, setSensorValue): the latest per twin and name.
    struct ComputedValue
    {
        QString twinId;
        QString name;   ///< the value's name (spaces) or data type (sensors)
        QString value;  ///< as the function wrote it; a null string when it cleared it
        qint64 timeMs = 0;
        QString function = {}; ///< the function that wrote it
    };

    LiveSetup();
    ~LiveSetup();
    LiveSetup(const LiveSetup &) = delete;
    LiveSetup &operator=(const LiveSetup &) = delete;

    /// Binds \a project's sensors and bindings and reads its function definitions.
    /// Binding problems go to \a diagnostics.
    void bind(const Project &project, Diagnostics *diagnostics = nullptr);
    /// The definitions that parse (after bind()); functionErrors() says why the others not.
    const QList<FunctionDefinition> &definitions() const { return m_definitions; }
    const QStringList &functionErrors() const { return m_functionErrors; }
    /// Lets the definitions run on \a workers threads (after bind(), before start()), with
    /// up to \a historyLimit values per series for the history API.
    void enableFunctions(const Project &project, int workers = 1, int historyLimit = 10000);
    /// Keeps the messages that reach the functions in \a ring (after enableFunctions(),
    /// before start()); the ring may outlive the run.
    void setRecentMessages(std::shared_ptr<LiveMessageRing> ring);
    /// Runs \a project's alert rules beside the functions (after bind(), before start());
    /// rules that are wrong are left out, with why in \a errors. Alerts are notifications
    /// in values(). No rules: nothing changes.
    void enableAlerts(const Project &project, QStringList *errors = nullptr, int historyLimit = 10000);
    /// The alert rules' engine, nullptr when the project has none.
    AlertRuleEngine *alerts() const { return m_alerts.get(); }

    /// The topic filters a source of connection profile \a connection (empty: any) subscribes
    /// to, as MqttSource's `subscriptions` config.
    QVariantList subscriptions(int qos = 1, const QString &connection = {}) const;
    /// The simulator's `points` config for every bound point (see SimulatorSource).
    QVariantList simulatedPoints() const { return simulatedPoints(m_pipeline.bindings(), m_pipeline.points()); }
    static QVariantList simulatedPoints(const BindingSet &bindings, const PointRegistry &points);

    /// Creates the source of plugin \a plugin ("mqtt", "simulator"), started by start() with
    /// its configuration; connect its signals before start(). nullptr with \a error when
    /// there is no such plugin.
    TelemetrySource *createSource(const QString &plugin, QString *error);
    /// Creates one more source (several brokers at once): of plugin \a plugin for
    /// connection profile \a connection (BindingSet: it sees that profile's bindings),
    /// started by start() with \a config. nullptr with \a error when there is no such plugin.
    /// While the run is up (a source added in place), the caller starts it; call it from
    /// one thread at a time, never while stop() runs.
    TelemetrySource *addSource(const QString &plugin, const QString &connection, const QVariantMap &config,
                               QString *error);
    /// Starts the pipeline, then every source: those of createSource() with \a sourceConfig,
    /// those of addSource() with their own. On failure everything started is stopped again.
    bool start(const TelemetryPipeline::Options &options, const QVariantMap &sourceConfig, QString *error);
    /// Starts the pipeline alone (start() begins with it; tests feed it through
    /// pipeline().createSink()). With history on, functions read the history file too.
    bool startPipeline(const TelemetryPipeline::Options &options, QString *error);
    /// Stops the source, processes what it delivered, stops the pipeline and waits for the
    /// functions still running. Idempotent.
    void stop();

    /// Records every message the source delivers from now on into \a path (a capture
    /// file, see CaptureWriter), with \a header's members in its header line; any thread.
    bool startRecording(const QString &path, const QJsonObject &header, QString *error);
    /// Closes the capture; false with \a error when writing it failed. Idempotent.
    bool stopRecording(QString *error = nullptr);
    bool isRecording() const { return m_capture.isOpen(); }
    quint64 recordedCount() const { return m_capture.count(); }
    /// Where a replay of \a projectFile's captures writes history: beside the project,
    /// never into the project's own history.
    static QString replayHistoryPath(const QString &projectFile)
    {
        return projectFile + QStringLiteral(".replay.history");
    }

    TelemetryPipeline &pipeline() { return m_pipeline; }
    const TelemetryPipeline &pipeline() const { return m_pipeline; }
    /// The first source, nullptr when there is none.
    TelemetrySource *source() const { return m_sources.empty() ? nullptr : m_sources.front().source.get(); }
    /// Every source, in the order they were created.
    QList<TelemetrySource *> sources() const;
    /// The connection profile of source \a index (empty: any).
    QString sourceConnection(int index) const { return m_sources.at(std::size_t(index)).connection; }
    /// nullptr when functions do not run.
    FunctionRuntime *runtime() const { return m_runtime.get(); }
    LiveValueStore *values() const { return m_values.get(); }
    QHash<QString, FunctionStats> functionStats() const;
    /// The values functions wrote since the previous call, the latest per twin and name.
    QList<ComputedValue> takeComputedValues();

private:
    TelemetryPipeline m_pipeline;
    CaptureWriter m_capture;
    struct Source
    {
        QString connection;
        std::optional<QVariantMap> config; ///< none: start()'s
        std::unique_ptr<CaptureSink> sink; ///< between the source and the pipeline
        std::unique_ptr<TelemetrySource> source;
    };
    std::vector<Source> m_sources;
    std::unique_ptr<LiveValueStore> m_values;
    std::unique_ptr<FunctionRuntime> m_runtime;
    std::unique_ptr<PipelineFunctionDispatcher> m_dispatcher;
    std::shared_ptr<LiveMessageRing> m_recent; ///< filled by m_dispatcher
    std::unique_ptr<AlertRuleEngine> m_alerts; ///< sees each batch first, then m_dispatcher
    QList<FunctionDefinition> m_definitions;
    QStringList m_functionErrors;
    /// Counted by the runtime's workers on every invocation: atomics in a map that is
    /// fixed before the run starts, so neither the workers nor a reader (the GUI's tick)
    /// ever wait for each other. A mutex taken per invocation starved the GUI thread for
    /// up to hundreds of ms under a flood.
    struct AtomicStats
    {
        std::atomic<quint64> invocations{0};
        std::atomic<quint64> failures{0};
        FunctionTimeHistogram times;
    };
    QHash<QString, std::shared_ptr<AtomicStats>> m_counts;
    mutable QMutex m_errorMutex; ///< failures only
    QHash<QString, QString> m_lastErrors;
    QHash<QString, FunctionStats> m_otherStats; ///< functions not known at the start; m_errorMutex
    QHash<QString, std::shared_ptr<FunctionTimeHistogram>> m_otherTimes; ///< their times; m_errorMutex
    QMutex m_computedMutex; ///< values functions set; taken only by functions that set one
    QHash<QPair<QString, QString>, ComputedValue> m_computed; ///< (twin, name) → latest
};

} // namespace twin
