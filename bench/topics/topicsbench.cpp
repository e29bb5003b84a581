// SPDX-License-Identifier: GPL-3.0-or-later
// The topic browser under a flood: a thread delivers RATE messages per second on TOPICS
// topics through the telemetry pipeline's ingress (the browser's tap records each one),
// while the GUI thread runs the TopicBrowserDock, shown, refreshed on a 100 ms tick as
// the live session drives it, the tree expanded. A 1 ms timer on the GUI thread measures
// how late it fires: its longest delay is the longest stall of the GUI thread.
//
//   build/bin/twin_topics_bench [SECONDS] [RATE] [TOPICS] [bare]  (default 10 100000 10000)
//
// With "bare" the same flood runs through the same pipeline, and the tick and the 1 ms
// timer run, but the dock takes nothing: the baseline of a busy machine.
#include "topics/topicbrowserdock.h"

#include "document/project.h"
#include "itemmodels/topictreemodel.h"
#include "itemmodels/twinselection.h"
#include "live/livesession.h"
#include "telemetry/telemetrypipeline.h"
#include "telemetry/telemetrysink.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QTreeView>

#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace twin;

namespace {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = args.size() > 1 ? args.at(1).toInt() : 10;
    const int rate = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int topics = args.size() > 3 ? args.at(3).toInt() : 10000;
    const bool bare = args.size() > 4 && args.at(4) == QStringLiteral("bare");

    Project project;
    LiveSession session(&project);
    TwinSelection selection(&project);
    ui::TopicBrowserDock dock(&project, &session, &selection);
    dock.resize(900, 1000);
    dock.show();

    TelemetryPipeline pipeline;
    pipeline.setProject(project);
    if (!bare)
        pipeline.setTopicTap(session.topicCatalogue());
    TelemetryPipeline::Options options;
    options.history = false;
    QString error;
    if (!pipeline.start(options, &error)) {
        std::fprintf(stderr, "pipeline: %s\n", qPrintable(error));
        return 1;
    }
    TelemetrySink *sink = pipeline.createSink();

    const long rssBefore = residentKiB();
    std::atomic<bool> stop{false};
    std::atomic<quint64> sent{0};
    std::thread producer([&] {
        std::vector<std::string> names;
        for (int t = 0; t < topics; ++t)
            names.push_back("site/b" + std::to_string(t / 1000) + "/f" + std::to_string(t / 100 % 10) + "/dev-"
                            + std::to_string(t) + "/state");
        char payload[128];
        const auto start = std::chrono::steady_clock::now();
        const int perSlice = std::max(1, rate / 1000); // one slice per millisecond
        for (quint64 slice = 0; !stop.load(std::memory_order_relaxed); ++slice) {
            sink->beginBurst();
            for (int i = 0; i < perSlice; ++i) {
                const quint64 n = slice * quint64(perSlice) + quint64(i);
                const int size = std::snprintf(payload, sizeof payload, R"({"t": %.2f, "seq": %llu, "ok": true})",
                                               20.0 + double(n % 97) / 10.0, static_cast<unsigned long long>(n));
                sink->deliver(names[n % names.size()], std::string_view(payload, std::size_t(size)));
            }
            sink->endBurst();
            sent.fetch_add(quint64(perSlice), std::memory_order_relaxed);
            std::this_thread::sleep_until(start + std::chrono::milliseconds(slice + 1));
        }
    });

    // The session's tick, as LiveSession drives the dock while live.
    std::vector<double> ticks; // ms per refresh once the tree is filled
    std::vector<int> waiting; // changed topics the last tick's slices left, at each tick
    QTimer tick;
    tick.setInterval(LiveSession::DefaultUpdateIntervalMs);
    QObject::connect(&tick, &QTimer::timeout, &dock, [&] {
        if (bare)
            return;
        waiting.push_back(dock.backlog());
        QElapsedTimer one;
        one.start();
        dock.refresh();
        ticks.push_back(double(one.nsecsElapsed()) / 1e6);
        // Expanded, as a user browsing would have it: the view lays out what it shows.
        if (dock.model()->topicCount() > 0 && !dock.view()->isExpanded(dock.model()->index(0, 0)))
            dock.view()->expandToDepth(3); // the connection, site, b0, its floors
    });
    tick.start();

    std::vector<double> late;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last > 0)
            late.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    probe.start();
    // The first second fills the tree; the figures count from there.
    QTimer::singleShot(1000, [&] {
        late.clear();
        ticks.clear();
        waiting.clear();
    });
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    const auto threadCpuSeconds = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    const double cpuBefore = threadCpuSeconds();
    app.exec();
    const double guiCpu = threadCpuSeconds() - cpuBefore;
    stop = true;
    producer.join();
    pipeline.waitIdle(10000);
    pipeline.stop();
    dock.refresh();

    std::sort(late.begin(), late.end());
    const auto pct = [&](double f) { return late.empty() ? 0.0 : late[std::size_t(f * double(late.size() - 1))]; };
    const double elapsed = double(clock.elapsed()) / 1000.0;
    std::printf("%s\n", bare ? "bare (no tap, no dock refresh)" : "topic browser");
    std::printf("flood: %.0f messages/s offered on %d topics for %.1f s (%llu received)\n", double(sent) / elapsed,
                topics, elapsed, static_cast<unsigned long long>(pipeline.counters().received));
    std::printf("GUI thread CPU time: %.2f s of %.1f s\n", guiCpu, elapsed);
    std::printf("GUI thread, 1 ms timer late: p50 %.2f ms, p99 %.2f ms, max %.2f ms (longest stall)\n", pct(0.5),
                pct(0.99), late.empty() ? 0.0 : late.back());
    std::sort(ticks.begin(), ticks.end());
    std::printf("longest dock slice: %.2f ms (while the tree fills); first slice of a tick after the first second "
                "p50 %.2f ms, max %.2f ms; topics in the tree: %d, changed topics waiting: %d\n",
                dock.longestRefreshMs(), ticks.empty() ? 0.0 : ticks[ticks.size() / 2],
                ticks.empty() ? 0.0 : ticks.back(), dock.model()->topicCount(), dock.backlog());
    std::sort(waiting.begin(), waiting.end());
    std::printf("changed topics left behind by a tick: p50 %d, max %d\n",
                waiting.empty() ? 0 : waiting[waiting.size() / 2], waiting.empty() ? 0 : waiting.back());
    std::printf("catalogue payload bytes: %lld (cap %lld); resident memory grew by %ld KiB\n",
                static_cast<long long>(session.topicCatalogue()->payloadBytes()),
                static_cast<long long>(session.topicCatalogue()->limits().maxPayloadBytes), residentKiB() - rssBefore);
    return 0;
}
