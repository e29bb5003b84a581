// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "liveoptions.h"

#include "document/project.h"
#include "functions/functionruntime.h"
#include "functions/truststore.h"
#include "live/livesetup.h"
#include "live/livevaluestore.h"
#include "telemetry/historystore.h"
#include "telemetry/telemetrysource.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSysInfo>
#include <QJsonObject>
#include <QThread>

#include <chrono>

namespace twinctl {

namespace {

/// The same client id for every run on this machine and project, so that the broker
/// keeps the session's messages for the next run.
QString stableClientId(const QString &projectFile)
{
    QFileInfo info(projectFile);
    const QString path = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QSysInfo::machineUniqueId());
    hash.addData(path.toUtf8());
    // 23 characters: the longest client id every MQTT 3.1.1 broker must accept.
    return QStringLiteral("twinctl-") + QString::fromLatin1(hash.result().toHex().left(15));
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
    parser.addOptions({noHistory, persistent, cleanSession, paho, trust});
    int exitCode = ExitOk;
    if (!parseArguments(parser, command,
                        QStringLiteral(
                            "Runs the live telemetry pipeline without a GUI: subscribes to twins/+/telemetry\n"
                            "and every bound topic, decodes and binds each message, updates live state and\n"
                            "space aggregates, runs functions and writes history to FILE.history (unless\n"
                            "--no-history). Exits after --count messages or --duration seconds.\n\n"
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
                            "were not stored twice), seconds."),
                        args, &exitCode))
        return exitCode;
    if (const int code = opts.read(parser, command, 1); code != ExitOk)
        return code;
    if (!parser.isSet(opts.countOption) && !parser.isSet(opts.durationOption))
        return usageError(command, QStringLiteral("give --count N or --duration S"));
    if (parser.isSet(persistent) && parser.isSet(cleanSession))
        return usageError(command, QStringLiteral("give --persistent-session or --clean-session, not both"));
    const bool keepSession = parser.isSet(persistent) || (opts.qos >= 1 && !parser.isSet(cleanSession));

    const QString &projectFile = opts.projectFile;
    twin::Project project;
    if (!openLiveProject(projectFile, &project))
        return ExitInvalidInput;
    twin::Diagnostics diagnostics;
    twin::LiveSetup live;
    live.bind(project, &diagnostics);
    printDiagnostics(diagnostics);
    twin::TelemetryPipeline &pipeline = live.pipeline();

    // The project's functions run on the live samples when the project is trusted.
    for (const QString &why : live.functionErrors())
        printErr(QStringLiteral("%1: warning: function skipped: %2").arg(projectFile, why));
    if (!live.definitions().isEmpty()) {
        if (!parser.isSet(trust) && !twin::TrustStore().mayRun(project)) {
            printErr(QStringLiteral("%1: warning: the project's functions are not trusted and do not run: trust it "
                                    "in TwinStudio, or pass --trust")
                         .arg(projectFile));
        } else {
            live.enableFunctions(project);
        }
    }
    const twin::FunctionRuntime *runtime = live.runtime();

    twin::TelemetryPipeline::Options options;
    options.history = !parser.isSet(noHistory);
    options.historyPath = twin::HistoryStore::companionPath(projectFile);
    QString error;
    if (!live.createSource(QStringLiteral("mqtt"), &error)) {
        printErr(QStringLiteral("twinctl ingest: %1").arg(error));
        return ExitInvalidInput;
    }
    const QVariantList subscriptions = live.subscriptions(opts.qos);
    QVariantMap config{{QStringLiteral("url"), opts.broker},
                       {QStringLiteral("subscriptions"), subscriptions},
                       {QStringLiteral("cleanSession"), !keepSession},
                       // Plain TCP takes the lean receive path (it reconnects like
                       // Paho); --paho keeps Paho's client.
                       {QStringLiteral("leanReceive"), !parser.isSet(paho)}};
    opts.addClientOptions(parser, &config);
    if (keepSession && !config.contains(QStringLiteral("clientId")))
        config.insert(QStringLiteral("clientId"), stableClientId(projectFile));
    if (!live.start(options, config, &error)) {
        printErr(QStringLiteral("twinctl ingest: %1").arg(error));
        return ExitInvalidInput;
    }
    printErr(QStringLiteral("twinctl ingest: subscribed to %1 topic filter(s) at %2")
                 .arg(subscriptions.size())
                 .arg(opts.broker));

    const auto started = std::chrono::steady_clock::now();
    const auto deadline = started + std::chrono::milliseconds(qint64(opts.duration * 1000));
    while (true) {
        if (opts.count > 0 && pipeline.counters().received >= quint64(opts.count))
            break;
        if (opts.duration > 0 && std::chrono::steady_clock::now() >= deadline)
            break;
        QThread::usleep(500);
    }
    pipeline.waitIdle(60000);
    const twin::TelemetrySource *mqtt = live.source();
    live.stop();
    const twin::TelemetrySource::Counters source = mqtt ? mqtt->counters() : twin::TelemetrySource::Counters();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    twin::TelemetryPipeline::Counters c = pipeline.counters();
    // The pipeline counts the invocations finished by each batch; the last ones finish after.
    if (runtime)
        c.functionsRun = runtime->invocations();
    const double active = pipeline.activeSeconds();
    const double perSecond = active > 0 ? double(c.processed) / active : 0.0;
    const QJsonObject summary{
        {QStringLiteral("received"), qint64(c.received)},
        {QStringLiteral("processed"), qint64(c.processed)},
        {QStringLiteral("dropped"), qint64(c.dropped)},
        {QStringLiteral("malformed"), qint64(c.malformed)},
        {QStringLiteral("unbound"), qint64(c.unbound)},
        {QStringLiteral("oversize"), qint64(c.oversize)},
        {QStringLiteral("wrongType"), qint64(c.wrongType)},
        {QStringLiteral("badTimestamp"), qint64(c.badTimestamp)},
        {QStringLiteral("futureTimestamp"), qint64(c.futureTimestamp)},
        {QStringLiteral("functionsRun"), qint64(c.functionsRun)},
        {QStringLiteral("historyWritten"), qint64(c.historyWritten)},
        {QStringLiteral("historyErrors"), qint64(c.historyErrors)},
        {QStringLiteral("messagesPerSecond"), perSecond},
        {QStringLiteral("p50LatencyMs"), pipeline.latencyPercentileMs(0.50)},
        {QStringLiteral("p99LatencyMs"), pipeline.latencyPercentileMs(0.99)},
        {QStringLiteral("disconnects"), qint64(source.reconnects)},
        {QStringLiteral("outageSeconds"), double(source.outageMs) / 1000.0},
        {QStringLiteral("duplicates"), qint64(source.duplicates)},
        {QStringLiteral("seconds"), seconds},
    };
    QJsonObject spaceValues;
    quint64 notificationCount = 0;
    if (const twin::LiveValueStore *values = live.values()) {
        const auto spaces = values->spaceValues();
        for (auto it = spaces.cbegin(); it != spaces.cend(); ++it) {
            QJsonObject named;
            for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
                named.insert(v.key(), v.value().value);
            spaceValues.insert(it.key(), named);
        }
        notificationCount = values->notificationCount();
    }
    if (parser.isSet(opts.jsonOption)) {
        QJsonObject all = summary;
        all.insert(QStringLiteral("functionFailures"), runtime ? qint64(runtime->failures()) : 0);
        all.insert(QStringLiteral("notifications"), qint64(notificationCount));
        all.insert(QStringLiteral("spaceValues"), spaceValues);
        printJsonLine(all);
    } else {
        printOut(QStringLiteral("received %1, processed %2, dropped %3, malformed %4, unbound %5, "
                                "functions run %6, %7 msg/s, p99 latency %8 ms, %9 disconnect(s) for %10 s")
                     .arg(c.received)
                     .arg(c.processed)
                     .arg(c.dropped)
                     .arg(c.malformed)
                     .arg(c.unbound)
                     .arg(c.functionsRun)
                     .arg(perSecond, 0, 'f', 0)
                     .arg(pipeline.latencyPercentileMs(0.99), 0, 'f', 2)
                     .arg(source.reconnects)
                     .arg(double(source.outageMs) / 1000.0, 0, 'f', 1));
    }
    if (opts.count > 0 && c.received < quint64(opts.count)) {
        printErr(QStringLiteral("twinctl ingest: only %1 of %2 messages arrived within %3 s")
                     .arg(c.received)
                     .arg(opts.count)
                     .arg(opts.duration));
        return ExitInvalidInput;
    }
    return ExitOk;
}

} // namespace twinctl
