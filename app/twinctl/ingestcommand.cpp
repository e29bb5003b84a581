// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "liveoptions.h"
#include "liverun.h"

#include "document/connectionprofile.h"
#include "document/project.h"
#include "live/alertruleengine.h"
#include "live/livesetup.h"
#include "telemetry/historyqueries.h"
#include "telemetry/telemetrysource.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include <chrono>
#include <optional>

namespace twinctl {

namespace {

/// One source per connection profile of \a project, each subscribed to its own bindings;
/// false (with what to print in \a error) when the project has none or one is wrong.
bool addProfileSources(const twin::Project &project, const QString &projectFile, const LiveOptions &opts,
                       const std::optional<bool> &clean, bool paho, twin::LiveSetup *live, QStringList *shown, QString *error)
{
    QStringList problems;
    const QList<twin::ConnectionProfile> profiles = twin::ConnectionProfile::listFromJson(project.connections(), &problems);
    for (const QString &why : std::as_const(problems))
        printErr(QStringLiteral("%1: warning: %2 (left out)").arg(projectFile, why));
    if (profiles.isEmpty()) {
        *error = QStringLiteral("%1: error: the project has no connection profiles: give --broker URL").arg(projectFile);
        return false;
    }
    for (const twin::ConnectionProfile &profile : profiles) {
        QVariantMap config = profile.sourceConfig();
        config.insert(QStringLiteral("subscriptions"), live->subscriptions(opts.qos, profile.id));
        // --persistent-session and --clean-session override the profile's choice.
        config.insert(QStringLiteral("cleanSession"), clean.value_or(profile.cleanSession));
        config.insert(QStringLiteral("leanReceive"), !paho);
        opts.login.addProfileLogin(profile.username, &config);
        if (!config.contains(QStringLiteral("clientId")) && !config.value(QStringLiteral("cleanSession")).toBool())
            config.insert(QStringLiteral("clientId"), stableClientId(projectFile + QLatin1Char('#') + profile.id));
        if (!live->addSource(QStringLiteral("mqtt"), profile.id, config, error))
            return false;
        QUrl url(profile.url);
        url.setUserName(profile.username);
        shown->append(QStringLiteral("%1 (%2)").arg(profile.displayName(), url.toDisplayString()));
    }
    return true;
}

} // namespace

int runIngest(const QStringList &args)
{
    const QString command = QStringLiteral("ingest");
    QCommandLineParser parser;
    LiveOptions opts({QStringLiteral("The project whose bindings are used."),
                      QStringLiteral("Exit after N messages have been received and processed."),
                      QStringLiteral("Exit after S seconds (with --count: at the latest)."),
                      QStringLiteral("Subscription QoS: 0, 1 or 2 (default 1)."),
                      QStringLiteral("Print the summary as one JSON object (the last line).")});
    const QCommandLineOption noHistory(QStringLiteral("no-history"), QStringLiteral("Do not write history."));
    const QCommandLineOption persistent(QStringLiteral("persistent-session"),
                                        QStringLiteral("Keep the broker session at QoS 0 too (at QoS 1 and 2 it is kept "
                                                       "unless --clean-session)."));
    const QCommandLineOption cleanSession(QStringLiteral("clean-session"),
                                          QStringLiteral("Start a clean broker session: messages sent while the broker "
                                                         "or this run is away are lost."));
    const QCommandLineOption paho(QStringLiteral("paho"), QStringLiteral("Receive through the Paho client even on mqtt:// (by default a plain-TCP run uses the lean receiver)."));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   QStringLiteral("Run the project's functions even though the project is not trusted "
                                                  "(not created by twinctl here, not trusted in TwinStudio)."));
    parser.addOptions(opts.options());
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Also record the raw traffic to a capture file (see 'twinctl record')."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QStringLiteral("History to write: a file, or postgresql://user@host:port/db (password from PGPASSWORD,\n"
                       "PGPASSFILE or ~/.pgpass). Default: the project's history setting, else FILE.history."),
        QStringLiteral("HISTORY_URL"));
    parser.addOptions({noHistory, persistent, cleanSession, paho, trust, record, historyOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, command,
                        QStringLiteral(
                            "Runs the live telemetry pipeline without a GUI: subscribes to twins/+/telemetry\n"
                            "and every bound topic, decodes and binds each message, updates live state and\n"
                            "space aggregates, runs functions and writes history (--history; unless\n"
                            "--no-history). Exits after --count messages or --duration seconds.\n\n"
                            "Without --broker, the project's connection profiles are used, all at once:\n"
                            "one connection per profile (its URL, client id, user name, MQTT version,\n"
                            "keep-alive, session and TLS files), each subscribed to the bindings that\n"
                            "name it (bindings naming none, and the sensors' default topics, go to the\n"
                            "first profile). A profile's password comes from --password-file or\n"
                            "TWINSTUDIO_MQTT_PASSWORD; projects never hold one.\n\n"
                            "At QoS 1 and 2 the broker keeps the session between connections and runs\n"
                            "(client id twinctl-... derived from this machine and the project, or\n"
                            "--client-id): messages sent while the broker restarts or this run is away\n"
                            "arrive when it is back, each stored once. Two runs on one project at a time\n"
                            "need different --client-id values.\n\n"
                            "Summary fields (--json prints them as one JSON object on the last line):\n"
                            "received, processed, dropped, malformed, unbound, oversize, wrongType,\n"
                            "badTimestamp, futureTimestamp, functionsRun, historyWritten,\n"
                            "messagesPerSecond (processed messages per second from the first message\n"
                            "received to the last one processed), p50LatencyMs and p99LatencyMs (receive\n"
                            "to visible in live state), disconnects and outageSeconds (connections lost\n"
                            "and the time without one), duplicates (messages the broker sent again that\n"
                            "were not stored twice), alertsRaised and alertsCleared (by the project's alert\n"
                            "rules, see 'twinctl project alerts'), seconds."),
                        args, &exitCode))
        return exitCode;
    if (const int code = opts.read(parser, command, 1, true); code != ExitOk)
        return code;
    if (!parser.isSet(opts.countOption) && !parser.isSet(opts.durationOption))
        return usageError(command, QStringLiteral("give --count N or --duration S"));
    if (parser.isSet(persistent) && parser.isSet(cleanSession))
        return usageError(command, QStringLiteral("give --persistent-session or --clean-session, not both"));
    const bool keepSession = parser.isSet(persistent) || (opts.qos >= 1 && !parser.isSet(cleanSession));
    const bool fromProfiles = opts.broker.isEmpty();

    const QString &projectFile = opts.projectFile;
    twin::Project project;
    if (!openLiveProject(projectFile, &project))
        return ExitInvalidInput;
    twin::LiveSetup live;
    bindLiveProject(projectFile, project, live, parser.isSet(trust));
    twin::TelemetryPipeline &pipeline = live.pipeline();

    twin::TelemetryPipeline::Options options;
    options.history = !parser.isSet(noHistory);
    options.historyPath
        = twin::HistoryQueries::locationOf(project, parser.value(historyOption));
    QString error;
    QStringList shown;
    QVariantMap config;
    if (fromProfiles) {
        if (!addProfileSources(project, projectFile, opts,
                               parser.isSet(persistent)     ? std::optional<bool>(false)
                               : parser.isSet(cleanSession) ? std::optional<bool>(true)
                                                            : std::nullopt,
                               parser.isSet(paho), &live, &shown,
                               &error)) {
            printErr(error.startsWith(projectFile) ? error : QStringLiteral("twinctl ingest: %1").arg(error));
            return ExitInvalidInput;
        }
    } else {
        if (!live.createSource(QStringLiteral("mqtt"), &error)) {
            printErr(QStringLiteral("twinctl ingest: %1").arg(error));
            return ExitInvalidInput;
        }
        shown.append(opts.login.shownUrl());
        config = QVariantMap{{QStringLiteral("url"), opts.broker},
                             {QStringLiteral("subscriptions"), live.subscriptions(opts.qos)},
                             {QStringLiteral("cleanSession"), !keepSession},
                             // Plain TCP takes the lean receive path (it reconnects like
                             // Paho); --paho keeps Paho's client.
                             {QStringLiteral("leanReceive"), !parser.isSet(paho)}};
        opts.addClientOptions(parser, &config);
        if (keepSession && !config.contains(QStringLiteral("clientId")))
            config.insert(QStringLiteral("clientId"), stableClientId(projectFile));
    }
    // --record: every message goes to the capture too, with the receive time the pipeline uses.
    if (parser.isSet(record)) {
        if (!live.startRecording(parser.value(record),
                                 QJsonObject{{QStringLiteral("source"), shown.join(QStringLiteral(", "))}}, &error)) {
            printErr(QStringLiteral("twinctl ingest: %1").arg(error));
            return ExitInvalidInput;
        }
    }
    int filters = 0;
    for (int i = 0; i < live.sources().size(); ++i)
        filters += int(live.subscriptions(opts.qos, live.sourceConnection(i)).size());
    if (!live.start(options, config, &error)) {
        printErr(QStringLiteral("twinctl ingest: %1").arg(error));
        return ExitInvalidInput;
    }
    printErr(QStringLiteral("twinctl ingest: subscribed to %1 topic filter(s) at %2")
                 .arg(filters)
                 .arg(shown.join(QStringLiteral(", "))));

    const auto started = std::chrono::steady_clock::now();
    const auto deadline = started + std::chrono::milliseconds(qint64(opts.duration * 1000));
    auto lastAlertCheck = started;
    while (true) {
        if (opts.count > 0 && pipeline.counters().received >= quint64(opts.count))
            break;
        const auto now = std::chrono::steady_clock::now();
        if (opts.duration > 0 && now >= deadline)
            break;
        // Alert delays and "no data" run out while no message arrives too.
        if (live.alerts() && now - lastAlertCheck >= std::chrono::milliseconds(100)) {
            live.alerts()->evaluate();
            lastAlertCheck = now;
        }
        QThread::usleep(500);
    }
    pipeline.waitIdle(60000);
    if (live.alerts())
        live.alerts()->evaluate();
    // The source first, so that the capture holds every message the pipeline received.
    for (twin::TelemetrySource *source : live.sources())
        source->stop();
    if (!live.stopRecording(&error))
        printErr(QStringLiteral("twinctl ingest: %1").arg(error));
    live.stop();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const QJsonObject summary = liveSummary(live, seconds);
    printLiveSummary(summary, parser.isSet(opts.jsonOption));
    const quint64 received = quint64(summary.value(QStringLiteral("received")).toInteger());
    if (opts.count > 0 && received < quint64(opts.count)) {
        printErr(QStringLiteral("twinctl ingest: only %1 of %2 messages arrived within %3 s")
                     .arg(received)
                     .arg(opts.count)
                     .arg(opts.duration));
        return ExitInvalidInput;
    }
    return ExitOk;
}

} // namespace twinctl
