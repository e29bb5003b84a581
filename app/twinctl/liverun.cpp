// SPDX-License-Identifier: GPL-3.0-or-later
#include "liverun.h"

#include "cli.h"

#include "document/project.h"
#include "functions/functionruntime.h"
#include "functions/truststore.h"
#include "live/alertruleengine.h"
#include "live/livesetup.h"
#include "live/livevaluestore.h"
#include "telemetry/telemetrysource.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSysInfo>

namespace twinctl {

void bindLiveProject(const QString &projectFile, twin::Project &project, twin::LiveSetup &live, bool trust)
{
    twin::Diagnostics diagnostics;
    live.bind(project, &diagnostics);
    printDiagnostics(diagnostics);
    // Alert rules are data, not code: they run whether the project is trusted or not.
    QStringList alertErrors;
    live.enableAlerts(project, &alertErrors);
    for (const QString &why : std::as_const(alertErrors))
        printErr(QStringLiteral("%1: warning: %2 (left out)").arg(projectFile, why));
    for (const QString &why : live.functionErrors())
        printErr(QStringLiteral("%1: warning: function skipped: %2").arg(projectFile, why));
    if (live.definitions().isEmpty())
        return;
    if (!trust && !twin::TrustStore().mayRun(project)) {
        printErr(QStringLiteral("%1: warning: the project's functions are not trusted and do not run: trust it "
                                "in TwinStudio, or pass --trust")
                     .arg(projectFile));
        return;
    }
    live.enableFunctions(project);
}

QJsonObject liveSummary(twin::LiveSetup &live, double seconds)
{
    const twin::TelemetryPipeline &pipeline = live.pipeline();
    const twin::FunctionRuntime *runtime = live.runtime();
    twin::TelemetryPipeline::Counters c = pipeline.counters();
    // The pipeline counts the invocations finished by each batch; the last ones finish after.
    if (runtime)
        c.functionsRun = runtime->invocations();
    const double active = pipeline.activeSeconds();
    const double perSecond = active > 0 ? double(c.processed) / active : 0.0;
    QJsonObject summary{
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
        {QStringLiteral("seconds"), seconds},
    };
    // What the transport went through: reconnects, time without a connection, messages the
    // broker sent again.
    // Summed over the run's sources: several brokers at once (the project's profiles).
    twin::TelemetrySource::Counters source;
    for (const twin::TelemetrySource *s : live.sources()) {
        const twin::TelemetrySource::Counters c = s->counters();
        source.reconnects += c.reconnects;
        source.outageMs += c.outageMs;
        source.duplicates += c.duplicates;
    }
    summary.insert(QStringLiteral("disconnects"), qint64(source.reconnects));
    summary.insert(QStringLiteral("outageSeconds"), double(source.outageMs) / 1000.0);
    summary.insert(QStringLiteral("duplicates"), qint64(source.duplicates));
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
    summary.insert(QStringLiteral("functionFailures"), runtime ? qint64(runtime->failures()) : 0);
    summary.insert(QStringLiteral("notifications"), qint64(notificationCount));
    summary.insert(QStringLiteral("spaceValues"), spaceValues);
    const twin::AlertRuleEngine *alerts = live.alerts();
    summary.insert(QStringLiteral("alertsRaised"), alerts ? qint64(alerts->raisedCount()) : 0);
    summary.insert(QStringLiteral("alertsCleared"), alerts ? qint64(alerts->clearedCount()) : 0);
    return summary;
}

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

void printLiveSummary(const QJsonObject &summary, bool json)
{
    if (json) {
        printJsonLine(summary);
        return;
    }
    auto count = [&](const char *key) { return summary.value(QLatin1StringView(key)).toInteger(); };
    printOut(QStringLiteral("received %1, processed %2, dropped %3, malformed %4, unbound %5, "
                            "functions run %6, %7 msg/s, p99 latency %8 ms, %9 disconnect(s) for %10 s")
                 .arg(count("received"))
                 .arg(count("processed"))
                 .arg(count("dropped"))
                 .arg(count("malformed"))
                 .arg(count("unbound"))
                 .arg(count("functionsRun"))
                 .arg(summary.value(QStringLiteral("messagesPerSecond")).toDouble(), 0, 'f', 0)
                 .arg(summary.value(QStringLiteral("p99LatencyMs")).toDouble(), 0, 'f', 2)
                 .arg(count("disconnects"))
                 .arg(summary.value(QStringLiteral("outageSeconds")).toDouble(), 0, 'f', 1));
}

} // namespace twinctl
