// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop live session against the bare wiring `twinctl ingest` uses, in one run:
// the simulator feeds the demo site as fast as the pipeline takes it, once through
// LiveSetup alone (no event loop) and once through LiveSession (10 Hz tick, queued
// signals, notification and figure models), with a function notifying on every CO2
// sample. Reports messages processed per second for both and their ratio, how long the
// session's requests hold the calling thread, and how late a 5 ms timer on that thread
// fires while the session streams (what a user would feel as lag). The session run also
// does on each tick what the desktop's plan and inspector do with the values that changed
// (every reading of those twins, into a LivePlanOverlay colouring rooms by temperature),
// and reports how long that took per tick.
//
// Run: build/bin/twin_live_bench [SECONDS]   (default 5 per run)
#include "staticplugins.h"

#include "functions/demoproject.h"
#include "document/project.h"
#include "functions/functioneditor.h"
#include "functions/truststore.h"
#include "live/liveplanoverlay.h"
#include "live/livesession.h"
#include "live/livesetup.h"
#include "itemmodels/notificationmodel.h"
#include "telemetry/telemetrysource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace twin;

namespace {

void addNotifyingFunction(Project *project)
{
    FunctionDefinition d;
    d.name = QStringLiteral("co2alert");
    d.source = QStringLiteral("function process(telemetry, executionContext) {\n"
                              "    sendNotification(telemetry.SensorId, 'Sensor', JSON.stringify({ co2: telemetry.Value }));\n"
                              "}\n");
    Matcher m;
    m.conditions.append(MatcherCondition{MatcherCondition::Target::Sensor, QStringLiteral("$.dataType"),
                                         QStringLiteral("CarbonDioxide"), MatcherCondition::Comparison::Equals});
    d.matchers = {m};
    QString error;
    if (!FunctionEditor(project).addFunction(d, &error))
        std::fprintf(stderr, "function: %s\n", qPrintable(error));
}

/// How late a 5 ms timer on this thread fires while the event loop runs for \a seconds.
struct Lag
{
    double p50 = 0, p99 = 0, max = 0;
    std::size_t firings = 0;
};

Lag runEventLoop(double seconds)
{
    std::vector<double> lateMs;
    QElapsedTimer clock;
    clock.start();
    qint64 expected = 5;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        lateMs.push_back(double(std::max<qint64>(0, now - expected)));
        expected = now + 5;
    });
    probe.start();
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    std::sort(lateMs.begin(), lateMs.end());
    Lag lag;
    lag.firings = lateMs.size();
    if (!lateMs.empty()) {
        lag.p50 = lateMs[lateMs.size() / 2];
        lag.p99 = lateMs[std::min(lateMs.size() - 1, std::size_t(0.99 * double(lateMs.size())))];
        lag.max = lateMs.back();
    }
    return lag;
}

void printLag(const char *what, const Lag &lag)
{
    std::printf("%s: 5 ms timer late p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu firings)\n", what, lag.p50, lag.p99,
                lag.max, lag.firings);
}

struct BareRun
{
    double rate = 0, bindMs = 0, runtimeMs = 0;
    Lag lag;
};

/// The same wiring without the session, this thread idle in its event loop.
BareRun runBare(const Project &project, double seconds)
{
    BareRun run;
    QElapsedTimer call;
    call.start();
    LiveSetup setup;
    setup.bind(project);
    run.bindMs = double(call.nsecsElapsed()) / 1e6;
    setup.enableFunctions(project, 1, 1000);
    run.runtimeMs = double(call.nsecsElapsed()) / 1e6 - run.bindMs;
    QString error;
    if (!setup.createSource(QStringLiteral("simulator"), &error))
        qFatal("%s", qPrintable(error));
    TelemetryPipeline::Options options;
    options.history = false;
    const QVariantMap config{{QStringLiteral("points"), setup.simulatedPoints()}, {QStringLiteral("rate"), 0}};
    if (!setup.start(options, config, &error))
        qFatal("%s", qPrintable(error));
    run.lag = runEventLoop(seconds);
    setup.stop();
    run.rate = double(setup.pipeline().counters().processed) / seconds;
    return run;
}

struct SessionRun
{
    double rate = 0, startMs = 0, stopMs = 0;
    quint64 notifications = 0;
    int rows = 0;
    Lag lag;
    std::vector<double> consumerMs; ///< per tick: what the plan and inspector do with the values
    std::size_t readings = 0;
    int ticks = 0;
    double longestTickMs = 0;
};

SessionRun runSession(Project &project, double seconds)
{
    SessionRun run;
    LiveSession session(&project);
    LivePlanOverlay overlay(&project);
    overlay.setTint(LivePlanOverlay::Tint::Temperature);
    QObject::connect(&session, &LiveSession::valuesChanged, [&](const QStringList &twinIds) {
        QElapsedTimer handler;
        handler.start();
        QList<LiveReading> readings;
        for (const QString &id : twinIds)
            readings.append(session.readings(id));
        overlay.record(readings, QDateTime::currentMSecsSinceEpoch());
        run.readings += std::size_t(readings.size());
        run.consumerMs.push_back(double(handler.nsecsElapsed()) / 1e6);
    });
    QObject::connect(&session, &LiveSession::statisticsChanged, [&] { ++run.ticks; });
    QElapsedTimer call;
    call.start();
    session.runSimulator(0);
    run.startMs = double(call.nsecsElapsed()) / 1e6;
    run.lag = runEventLoop(seconds);
    const LiveSession::Counters c = session.counters();
    run.longestTickMs = session.longestTickMs();
    call.restart();
    session.disconnectFromSource();
    run.stopMs = double(call.nsecsElapsed()) / 1e6;
    run.rate = double(c.processed) / seconds;
    run.notifications = c.notifications;
    run.rows = session.notifications()->rowCount();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    twin::importStaticPlugins();
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(1.0, QString::fromLocal8Bit(argv[1]).toDouble()) : 5.0;

    Project project;
    Diagnostics diagnostics;
    project.setContent(demoProjectContent(), &diagnostics);
    TrustStore::markCreatedHere(&project);
    addNotifyingFunction(&project);

    std::printf("demo site, %d s per run, simulator as fast as the pipeline takes it, one notifying function\n",
                int(seconds));
    // Two rounds, the order swapped in the second: the machine's load drifts.
    for (int round = 0; round < 2; ++round) {
        const bool sessionFirst = round == 1;
        std::printf("round %d (%s first)\n", round + 1, sessionFirst ? "LiveSession" : "LiveSetup alone");
        BareRun bare;
        SessionRun live;
        if (sessionFirst) {
            live = runSession(project, seconds);
            bare = runBare(project, seconds);
        } else {
            bare = runBare(project, seconds);
            live = runSession(project, seconds);
        }
        std::printf("  LiveSetup alone:  %.0f msg/s processed\n", bare.rate);
        std::printf("  LiveSession:      %.0f msg/s processed, %llu notifications (the model keeps %d)\n", live.rate,
                    static_cast<unsigned long long>(live.notifications), live.rows);
        std::printf("  ratio session/bare: %.2f\n", bare.rate > 0 ? live.rate / bare.rate : 0.0);
        std::printf("  runSimulator() held the calling thread %.1f ms (measured alone: binding the project %.1f ms, "
                    "making the function runtime %.1f ms); disconnectFromSource() %.1f ms\n",
                    live.startMs, bare.bindMs, bare.runtimeMs, live.stopMs);
        printLag("  LiveSetup alone", bare.lag);
        printLag("  LiveSession    ", live.lag);
        std::vector<double> &ticks = live.consumerMs;
        std::sort(ticks.begin(), ticks.end());
        if (!ticks.empty())
            std::printf("  plan + inspector reads per tick: p50 %.2f ms, max %.2f ms (%zu ticks, %zu readings)\n",
                        ticks[ticks.size() / 2], ticks.back(), ticks.size(), live.readings);
        std::printf("  session ticks: %d, %zu of them with new values; longest tick %.2f ms\n", live.ticks,
                    ticks.size(), live.longestTickMs);
    }
    return 0;
}
