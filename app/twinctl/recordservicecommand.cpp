// SPDX-License-Identifier: GPL-3.0-or-later
#include "brokerlogin.h"
#include "cli.h"
#include "commands.h"
#include "liveoptions.h"
#include "liverun.h"

#include "document/project.h"
#include "live/alertrecorder.h"
#include "live/alertruleengine.h"
#include "live/livesetup.h"
#include "live/livevaluestore.h"
#include "telemetry/historyqueries.h"
#include "telemetry/telemetrysource.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <csignal>
#include <vector>

namespace twinctl {

namespace {

std::atomic<int> g_stopSignal { 0 };

void onStopSignal(int signal)
{
    g_stopSignal.store(signal);
}

/// A line on stderr, with its syslog priority in front when stderr goes to the journal
/// (systemd sets JOURNAL_STREAM for a service's output).
void logLine(int priority, const QString &text)
{
    static const bool journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    printErr(journal ? QStringLiteral("<%1>%2").arg(priority).arg(text) : text);
}

constexpr int Info = 6;
constexpr int Warning = 4;
constexpr int Error = 3;

} // namespace

int runRecordService(const QStringList &args)
{
    const QString command = QStringLiteral("record-service");
    QCommandLineParser parser;
    LiveOptions opts({ QStringLiteral(
                           "The project whose bindings, functions and alert rules are used."),
        {}, {}, QStringLiteral("Subscription QoS: 0, 1 or 2 (default 1)."),
        QStringLiteral("Print the summary at the end as one JSON object (the fields of 'twinctl "
                       "ingest --json')."),
        QStringLiteral("MQTT client id (default: derived from this machine and the "
                       "project; two recorders on one machine need their own)."),
        true });
    const QCommandLineOption historyOption(QStringLiteral("history"),
        QStringLiteral("Where history goes: a file, or postgresql://user@host:port/db "
                       "(password from PGPASSWORD or ~/.pgpass). Default: the "
                       "project's history setting, else its FILE.history."),
        QStringLiteral("HISTORY_URL"));
    const QCommandLineOption shareOption(QStringLiteral("share"),
        QStringLiteral("Receive through the shared subscription $share/GROUP/...: "
                       "the recorders of one group split the traffic."),
        QStringLiteral("GROUP"));
    const QCommandLineOption spoolOption(QStringLiteral("spool"),
        QStringLiteral("Where batches wait while the history is away (default: "
                       "FILE.CLIENTID.spool beside the project)."),
        QStringLiteral("FILE"));
    const QCommandLineOption spoolLimitOption(QStringLiteral("spool-limit-mb"),
        QStringLiteral(
            "Largest spool in MiB (default 1024); beyond it samples are dropped and counted."),
        QStringLiteral("MB"));
    const QCommandLineOption healthOption(QStringLiteral("health-interval"),
        QStringLiteral("Seconds between health lines (default 60)."), QStringLiteral("S"));
    const QCommandLineOption trustOption(QStringLiteral("trust"),
        QStringLiteral("Run the project's functions even though the project is not trusted here."));
    const QCommandLineOption ackOnReceiptOption(QStringLiteral("ack-on-receipt"),
        QStringLiteral("Acknowledge QoS 1 messages when they arrive rather than once stored or spooled\n"
                       "(faster; a killed recorder then loses what it had acknowledged but not stored)."));
    parser.addOptions(opts.options());
    parser.addOptions({ historyOption, shareOption, spoolOption, spoolLimitOption, healthOption, trustOption,
        ackOnReceiptOption });
    int exitCode = ExitOk;
    if (!parseArguments(parser, command,
            QStringLiteral(
                "Records the live traffic of a project's brokers unattended: the pipeline of\n"
                "'twinctl ingest' (bindings, functions, aggregation, alert rules) with no end\n"
                "condition. SIGTERM or SIGINT flushes and stops; the summary of 'twinctl ingest'\n"
                "follows. QoS 1 and 2 keep the broker session between runs (stable client id),\n"
                "so what arrives while the recorder is away is stored when it is back, once.\n"
                "While the history is away, batches wait in a spool file and are stored when it\n"
                "is back. A health line every --health-interval seconds: rates, backlog, spool.\n"
                "A QoS 1 message is acknowledged to the broker (QoS 2: its PUBREC goes out)\n"
                "once its samples are stored or spooled, so a recorder killed with SIGKILL\n"
                "loses nothing: the broker sends the rest again, and what was stored is\n"
                "recognised by its packet id and content (kept with the samples), with or\n"
                "without \"ts\".\nNot through Paho (mqtts:// with TLS, MQTT 5): Paho acknowledges on\n"
                "receipt, so a SIGKILL there loses what had arrived and was not stored yet (the\n"
                "last moments of traffic, at most what the pipeline held)."),
            args, &exitCode))
        return exitCode;
    if (const int code = opts.read(parser, command, 1); code != ExitOk)
        return code;
    const int qos = opts.qos;
    bool ok = true;
    const double healthSeconds
        = parser.isSet(healthOption) ? parser.value(healthOption).toDouble(&ok) : 60.0;
    if (!ok || healthSeconds <= 0)
        return usageError(
            command, QStringLiteral("--health-interval must be a positive number of seconds"));
    const qint64 spoolLimitMb
        = parser.isSet(spoolLimitOption) ? parser.value(spoolLimitOption).toLongLong(&ok) : 1024;
    if (!ok || spoolLimitMb <= 0)
        return usageError(command, QStringLiteral("--spool-limit-mb must be a positive number"));
    const QString &projectFile = opts.projectFile;
    const QStringList &brokers = opts.brokers;
    const std::vector<BrokerLogin> &logins = opts.logins;
    const QString clientId = parser.isSet(opts.clientIdOption) ? parser.value(opts.clientIdOption)
                                                               : stableClientId(projectFile);

    twin::Project project;
    if (!openLiveProject(projectFile, &project))
        return ExitInvalidInput;
    const QString history
        = twin::HistoryQueries::locationOf(project, parser.value(historyOption));
    const QString shownHistory = twin::HistoryQueries::shown(history);
    twin::LiveSetup live;
    bindLiveProject(projectFile, project, live, parser.isSet(trustOption));
    twin::TelemetryPipeline &pipeline = live.pipeline();

    twin::TelemetryPipeline::Options options;
    options.historyPath = history;
    options.historySpoolPath = parser.isSet(spoolOption)
        ? parser.value(spoolOption)
        : QStringLiteral("%1.%2.spool").arg(projectFile, clientId);
    options.historySpoolMaxBytes = spoolLimitMb << 20;
    QString error;
    if (!live.createSource(QStringLiteral("mqtt"), &error)) {
        logLine(Error, QStringLiteral("twinctl record-service: %1").arg(error));
        return ExitInvalidInput;
    }
    QVariantList subscriptions = live.subscriptions(qos);
    if (parser.isSet(shareOption)) {
        for (QVariant &s : subscriptions) {
            QVariantMap m = s.toMap();
            m.insert(QStringLiteral("filter"),
                QStringLiteral("$share/%1/%2")
                    .arg(parser.value(shareOption), m.value(QStringLiteral("filter")).toString()));
            s = m;
        }
    }
    auto configFor = [&](qsizetype i) {
        QVariantMap config { { QStringLiteral("url"), brokers[i] },
            { QStringLiteral("subscriptions"), subscriptions },
            { QStringLiteral("cleanSession"), qos == 0 }, { QStringLiteral("leanReceive"), true },
            { QStringLiteral("ackWhenStored"), !parser.isSet(ackOnReceiptOption) } };
        opts.addClientOptions(parser, &config, i);
        config.insert(QStringLiteral("clientId"),
            i == 0 ? clientId : QStringLiteral("%1-%2").arg(clientId).arg(i));
        return config;
    };
    // The brokers after the first: more sources of the same pipeline, seeing every binding.
    for (qsizetype i = 1; i < brokers.size(); ++i) {
        if (!live.addSource(QStringLiteral("mqtt"), QString(), configFor(i), &error)) {
            logLine(Error,
                QStringLiteral("twinctl record-service: %1: %2")
                    .arg(logins[std::size_t(i)].shownUrl(), error));
            return ExitInvalidInput;
        }
    }
    if (!live.start(options, configFor(0), &error)) {
        logLine(Error, QStringLiteral("twinctl record-service: %1").arg(error));
        return ExitInvalidInput;
    }
    QStringList shown;
    for (const BrokerLogin &l : logins)
        shown.append(l.shownUrl());
    logLine(Info,
        QStringLiteral(
            "twinctl record-service: recording %1 topic filter(s) from %2 into %3 (client id %4)")
            .arg(subscriptions.size())
            .arg(shown.join(QStringLiteral(", ")), shownHistory, clientId));

    g_stopSignal.store(0);
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    const auto started = std::chrono::steady_clock::now();
    auto lastHealth = started;
    auto lastAlertCheck = started;
    // Alerts and function notifications go into the same history as the samples.
    twin::AlertRecorder alertRecorder(history);
    auto recordAlerts = [&] {
        if (!live.values())
            return;
        QStringList errors;
        alertRecorder.record(live.values()->takeNotifications(), &errors);
        for (const QString &why : std::as_const(errors))
            logLine(Warning, QStringLiteral("twinctl record-service: alerts: %1").arg(why));
    };
    twin::TelemetryPipeline::Counters before = pipeline.counters();
    while (g_stopSignal.load() == 0) {
        const auto now = std::chrono::steady_clock::now();
        if (now - lastAlertCheck >= std::chrono::milliseconds(100)) {
            if (live.alerts())
                live.alerts()->evaluate();
            recordAlerts();
            lastAlertCheck = now;
        }
        const double sinceHealth = std::chrono::duration<double>(now - lastHealth).count();
        if (sinceHealth >= healthSeconds) {
            const twin::TelemetryPipeline::Counters c = pipeline.counters();
            logLine(c.historyErrors > before.historyErrors ? Warning : Info,
                QStringLiteral("twinctl record-service: health: %1 msg/s received, %2 processed in "
                               "all, backlog %3, "
                               "history %4 written, %5 errors, spool %6 bytes, p99 latency %7 ms")
                    .arg(double(c.received - before.received) / sinceHealth, 0, 'f', 1)
                    .arg(c.processed)
                    .arg(c.received - c.processed)
                    .arg(c.historyWritten)
                    .arg(c.historyErrors)
                    .arg(pipeline.historySpoolBytes())
                    .arg(pipeline.latencyPercentileMs(0.99), 0, 'f', 2));
            before = c;
            lastHealth = now;
        }
        QThread::msleep(20);
    }
    logLine(Info,
        QStringLiteral("twinctl record-service: signal %1: flushing and stopping")
            .arg(g_stopSignal.load()));
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    for (twin::TelemetrySource *source : live.sources())
        source->stop();
    pipeline.waitIdle(60000);
    if (live.alerts())
        live.alerts()->evaluate();
    recordAlerts();
    const qint64 spoolLeft = pipeline.historySpoolBytes();
    live.stop();
    const double seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    QJsonObject summary = liveSummary(live, seconds); // every broker's figures summed
    summary.insert(QStringLiteral("spoolBytes"), spoolLeft);
    printLiveSummary(summary, parser.isSet(opts.jsonOption));
    return ExitOk;
}

} // namespace twinctl
