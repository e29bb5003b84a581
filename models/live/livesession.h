// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/livevaluefeed.h"
#include "telemetry/telemetrypipeline.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/topiccatalogue.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonValue>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace twin {

class AlertLogFollower;
class FunctionStatusModel;
class LiveMessageRing;
class LiveSetup;
class NotificationModel;
class Project;

/**
 * One live session of an open Project, for the desktop app: a source (an MQTT broker or
 * the simulator), the telemetry pipeline and, when the project is trusted, its functions
 * (LiveSetup wires them as `twinctl ingest` does).
 *
 * Nothing here blocks the calling (GUI) thread: connecting and disconnecting run on a
 * control thread of the session's own, one request after the other, and what they lead
 * to comes back as queued signals. Figures, values, notifications and function figures
 * are pulled on a tick (every updateInterval(), 100 ms by default) and announced at most
 * once per tick: statisticsChanged(), valuesChanged().
 *
 * Trust: a project whose functions come from elsewhere (TrustStore::mayRun()) streams
 * telemetry but runs no function until trustFunctions(); trustRequired() asks for it.
 * When the runtime disables a function that keeps failing, the session records it in the
 * document (FunctionEditor::setEnabled(false, reason)), an undoable edit that is saved.
 */
class LiveSession : public LiveValueFeed
{
    Q_OBJECT

public:
    /// The source's connection state: disconnected, connecting, connected, reconnecting.
    using State = TelemetrySource::State;

    struct Counters
    {
        quint64 received = 0;
        quint64 processed = 0;
        quint64 malformed = 0;
        quint64 unbound = 0;
        quint64 dropped = 0;
        quint64 functionsRun = 0;
        quint64 functionFailures = 0;
        quint64 notifications = 0;
        quint64 disconnects = 0; ///< connections to the broker lost during the run
        quint64 outageMs = 0;    ///< time without a connection after one was lost, the current outage included
        quint64 duplicates = 0;  ///< messages the broker sent again that were not delivered twice
    };

    static constexpr int DefaultUpdateIntervalMs = 100;

    explicit LiveSession(Project *project, QObject *parent = nullptr);
    /// Stops the run and waits for the control thread.
    ~LiveSession() override;

    Project *project() const { return m_project; }
    /// Where trust is remembered (tests); empty: TrustStore's default file.
    void setTrustStoreFile(const QString &fileName) { m_trustFile = fileName; }
    int updateInterval() const { return m_tick.interval(); }
    void setUpdateInterval(int ms) { m_tick.setInterval(ms); }

    /// One source of the current run: a connection profile's broker, an ad-hoc broker, the
    /// simulator or a replay.
    struct SourceStatus
    {
        QString connection; ///< the connection profile's id; empty: none
        QString name;       ///< what to show: the profile's name, the URL without password, "simulator"
        State state = State::Disconnected;
        double rate = 0.0;  ///< messages received per second over the last second or so
        quint64 received = 0;
        QString error;      ///< why it failed or was lost last
    };

    // --- requests (return at once) -----------------------------------------------------------
    /// Subscribes at \a url (mqtt://host:port, mqtts://host:port) to every bound topic.
    void connectToBroker(const QString &url);
    /// Runs the built-in simulator: \a rate messages per second for each bound point. Its
    /// clock starts at \a startTimeMs (ms since the epoch, one second a round) when given,
    /// otherwise it follows the wall clock.
    void runSimulator(double rate = 1.0, qint64 startTimeMs = -1);
    /// Connects to the project's connection profiles \a profiles (ids) at once, each
    /// subscribed to its own bindings (BindingSet); \a secrets adds `password` or
    /// `keyPassword` per profile id, kept in memory for this session only. With \a simulator
    /// the simulator runs beside them as one more source. A broker that cannot be reached
    /// fails alone (its status says why); the run fails when none starts.
    ///
    /// While such a run is up, a call with other profiles changes it in place: the sources
    /// no longer wanted stop, the new ones start, and those that stay keep their session
    /// (no reconnect, no message lost). A connected profile edited in the project
    /// reconnects alone, with the secrets it was connected with.
    void connectProfiles(const QStringList &profiles, const QHash<QString, QVariantMap> &secrets = {},
                         bool simulator = false);
    /// The profiles of the current run (connectProfiles()), in order; empty otherwise.
    QStringList connectedProfiles() const;
    /// Whether the current run includes the simulator.
    bool includesSimulator() const;
    void disconnectFromSource();
    /// Replays a capture file (twinctl record, startRecording()) through the pipeline at
    /// \a speed times its pace (0: as fast as possible); history goes to
    /// LiveSetup::replayHistoryPath(), not the project's own.
    void replayCapture(const QString &path, double speed = 1.0);

    // --- recording (while a run is active) -----------------------------------------------------
    /// Records the raw messages of the current run to \a path until stopRecording() or the
    /// run's end; false with \a error when nothing runs or the file cannot be written.
    bool startRecording(const QString &path, QString *error = nullptr);
    bool stopRecording(QString *error = nullptr);
    bool isRecording() const;
    quint64 recordedCount() const;

    // --- state ---------------------------------------------------------------------------------
    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Disconnected; }
    /// The broker URL, or "simulator"; empty before the first connection.
    QString sourceName() const { return m_request.description; }
    bool isSimulator() const { return m_request.plugin == QStringLiteral("simulator"); }
    bool isReplay() const { return m_request.plugin == QStringLiteral("capture"); }
    /// Why the connection failed or was lost last (kept until the next connection).
    QString errorText() const { return m_errorText; }
    /// Messages received per second over the last second.
    double messageRate() const { return m_rate; }
    /// Each source of the current (or last) run, updated on the tick (those stopped in place
    /// left out).
    QList<SourceStatus> sourceStatuses() const;
    Counters counters() const { return m_counters; }
    /// The longest tick of the current run so far, in ms of the calling thread's time
    /// (how long the session held it at once, whatever the load).
    double longestTickMs() const { return double(m_longestTickNs) / 1e6; }

    /// The latest value of \a twinId: its sensor point, else its most recent point.
    std::optional<LiveReading> latest(const QString &twinId) const;
    /// Every point of \a twinId that has a value.
    QList<LiveReading> readings(const QString &twinId) const override;
    /// The values functions computed for \a twinId in this run (setSpaceValue,
    /// setSensorValue), the latest per name, as the function wrote them (a string).
    QList<LiveReading> computedReadings(const QString &twinId) const override;
    QStringList twinIds() const override;

    /// The latest \a n live messages that reached the functions (of this run or the ones
    /// before), oldest first, those of sensors that \a accept lets through (null: all);
    /// telemetry objects as a debug run takes them.
    QList<QJsonObject> recentMessages(int n, const std::function<bool(const QString &sensorId)> &accept = {}) const;

    // --- topic browser ---------------------------------------------------------------------------
    /// Every topic the runs have seen while browsing (kept across runs of the same source),
    /// fed by a tap on the receiving thread; the browser pulls it on the tick.
    std::shared_ptr<TopicCatalogue> topicCatalogue() const { return m_topics; }
    /// While non-empty (the browser is open), runs feed topicCatalogue() and a broker run
    /// also subscribes to \a filter ("#": everything) so that unbound topics show; a
    /// running session starts over with it.
    void setBrowseFilter(const QString &filter);
    QString browseFilter() const { return m_browseFilter; }

    NotificationModel *notifications() const { return m_notifications; }
    FunctionStatusModel *functions() const { return m_functions; }

    /// Whether the project's functions wait for the user's trust in this run.
    bool isTrustRequired() const { return m_trustRequired; }
    /// Trusts the project's functions (remembered per file and functions, or for this
    /// session when the project is unsaved) and restarts a running session with them.
    bool trustFunctions(QString *error = nullptr);

signals:
    void stateChanged(twin::TelemetrySource::State state);
    /// A problem worth showing: a failed or lost connection, a malformed message, ...
    void errorOccurred(const QString &message);
    /// Rate and counters changed (at most once per tick).
    void statisticsChanged();
    /// The project has functions that do not run until trustFunctions().
    void trustRequired();
    /// The runtime disabled \a function; the reason is in the document too.
    void functionDisabled(const QString &function, const QString &reason);

private:
    /// The project's sensor twins, counted.
    int sensorCount() const;
    struct SourceSpec
    {
        QString plugin;
        QString connection;
        QString name;
        QVariantMap config;
    };
    struct Request
    {
        QString plugin;
        QVariantMap config;
        QString description;
        QList<SourceSpec> sources; ///< several sources at once (connectProfiles()); plugin is then empty
    };
    void start(const Request &request);
    /// Applies \a request to the running run of several sources (connectProfiles()): stops
    /// the sources it drops or changes, starts the new ones. False when the run cannot be
    /// changed so (none runs, or it is not one of several sources yet).
    bool changeSourcesInPlace(const Request &request);
    /// Stops source \a index of the current run alone.
    void retireSource(int index);
    /// Follows the state and errors of source \a index of run \a run (any thread).
    void watchSource(int run, int index, TelemetrySource *source);
    /// Reconnects the connected profiles whose settings were edited, the others untouched.
    void followEditedProfiles();
    static QString keyOf(const SourceSpec &spec) { return spec.plugin + QChar(0) + spec.connection; }
    /// Stops the current run on the control thread; its values stay readable.
    void stopRun();
    void setState(State state);
    void tick();
    void reset();
    void sourceStateChanged(int run, int index, TelemetrySource::State state);
    void sourceFailed(int run, int index, const QString &message);
    /// The session's state from its sources': the most connected one's.
    State combinedState() const;
    /// The sources of \a request as run by the control thread, configured for \a setup.
    QList<SourceSpec> sourceSpecs(const Request &request, const LiveSetup &setup) const;
    void updateSourceRates(qint64 nowMs);
    void started(int run, bool ok, const QString &error);
    void recordDisabled(int run, const QString &function, const QString &reason);
    bool mayRunFunctions() const;
    /// Keeps the notification model's alerts in the project's history, if it has one.
    void followAlertLog();
    /// Opens (creating a history file) the project's history for alerts.
    void openAlertLog();
    std::optional<LiveReading> reading(int point) const;

    Project *const m_project;
    NotificationModel *const m_notifications;
    FunctionStatusModel *const m_functions;
    AlertLogFollower *const m_alertLog;
    QThreadPool m_control;
    QTimer m_tick;
    QElapsedTimer m_clock;
    QString m_trustFile;
    QByteArray m_sessionTrust; ///< functions hash trusted for an unsaved project

    std::shared_ptr<LiveSetup> m_setup; ///< the current (or last) run
    std::shared_ptr<LiveMessageRing> m_recent; ///< the latest messages of every run
    std::shared_ptr<TopicCatalogue> m_topics;
    QString m_browseFilter;
    int m_run = 0;
    Request m_request;
    State m_state = State::Disconnected;
    QString m_errorText;
    bool m_trustRequired = false;
    int m_boundSensors = 0; ///< sensor twins when the run was bound
    QJsonArray m_boundBindings; ///< the project's bindings when the run was bound
    QJsonValue m_boundAlertRules; ///< the project's alert rules when the run was bound
    QJsonArray m_boundConnections; ///< the project's connection profiles when the run started

    // Tick state.
    Counters m_counters;
    double m_rate = 0.0;
    QList<QPair<qint64, quint64>> m_rateWindow; ///< (ms, received)
    int m_indexedPoints = 0;
    QHash<QString, QList<int>> m_twinPoints;
    QHash<QString, QHash<QString, LiveReading>> m_computed; ///< twin → name → latest
    std::vector<QString> m_pointFunctions; ///< per point: the function that computed its value, if one did
    std::vector<PointUpdate> m_changes;
    /// The latest value of each point as the ticks took them: reading a value never waits
    /// for the pipeline's lock (a batch being applied holds it). Points that may hold text
    /// (string or untyped ones) are read there.
    std::vector<PointUpdate> m_latest;
    qint64 m_longestTickNs = 0;
    QList<SourceStatus> m_sources; ///< per source of the run, in the order they were added
    struct SourceSlot
    {
        QString key;            ///< keyOf() its spec
        bool retired = false;   ///< stopped in place (changeSourcesInPlace())
        QPair<qint64, quint64> mark; ///< (ms, received) when its rate was last taken
    };
    QList<SourceSlot> m_slots; ///< beside m_sources
    bool m_sourcesStarted = false; ///< the control thread is done creating the run's sources
};

} // namespace twin
