// SPDX-License-Identifier: GPL-3.0-or-later
// A jump of the time cursor: the snapshot query alone (HistoryReader::snapshot()), and the
// whole jump as the user sees it: the query, every view switched to the moment (plan
// items, 3D colour table, inspector, charts' tracker, notifications) and the plan
// repainted, on the demo and on a synthetic site of N sensors (default 10,000).
// History: every sensor a value every 10 s for an hour. Median of random jumps, wall ms.
//
//   build/bin/twin_timecursor_bench [SENSORS]
#include "charts/chartstab.h"
#include "mainwindow.h"
#include "plan/planlivelayer.h"
#include "plan/planscene.h"
#include "plan/planview.h"
#include "timecursor/timebar.h"
#include "inspector/inspectordock.h"
#include "view3d/buildingview3d.h"

#include "document/project.h"
#include "functions/demoproject.h"
#include "live/timecursor.h"
#include "support/syntheticsites.h"
#include "telemetry/historyreader.h"
#include "telemetry/historystore.h"
#include "telemetry/pointregistry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace twin;

namespace {

constexpr qint64 kSpanMs = 3600000;
constexpr qint64 kEveryMs = 10000;
constexpr int kJumps = 15;

const PointInfo &infoOf(const void *registry, int point)
{
    return static_cast<const PointRegistry *>(registry)->info(point);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// Writes an hour of values of every sensor of \a project; returns the number of sensors.
int writeHistory(const Project &project, const QString &path, qint64 t0)
{
    HistoryStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    PointRegistry points;
    const TwinGraph *g = project.graph();
    for (int i : g->twinIndices()) {
        if (project.categoryOf(i) != Category::Sensor)
            continue;
        const Twin &t = g->twin(i);
        const QString type = t.properties.value(QStringLiteral("dataType")).toString();
        points.findOrCreate({t.id, type, type, t.properties.value(QStringLiteral("unit")).toString(),
                             PointKind::Sensor, ValueKind::Number});
    }
    std::mt19937 random(11);
    std::uniform_real_distribution<double> value(17.0, 29.0);
    std::vector<HistorySample> batch;
    for (qint64 ts = t0; ts < t0 + kSpanMs; ts += kEveryMs) {
        batch.clear();
        for (int p = 0; p < points.count(); ++p)
            batch.push_back({p, ts, value(random)});
        if (!store.append(batch.data(), batch.size(), &infoOf, &points, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return -1;
        }
    }
    if (!store.flush(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    return points.count();
}

void run(const char *name, const ProjectContent &content, const QString &floor, const QString &dir)
{
    ui::MainWindow window;
    window.resize(1600, 1000);
    Diagnostics diagnostics;
    if (!window.project()->setContent(content, &diagnostics)) {
        std::fprintf(stderr, "cannot load %s\n", name);
        return;
    }
    window.show();
    window.plan()->scene()->setFloor(floor);
    window.plan()->liveLayer()->setTint(LivePlanOverlay::Tint::Temperature);
    QCoreApplication::processEvents();

    const QString path = dir + QStringLiteral("/%1.history").arg(QLatin1StringView(name));
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 2 * kSpanMs;
    QElapsedTimer clock;
    clock.start();
    const int sensors = writeHistory(*window.project(), path, t0);
    if (sensors < 0)
        return;
    std::printf("%s: %d sensors, %lld values written in %.1f s\n", name, sensors,
                static_cast<long long>(sensors * (kSpanMs / kEveryMs)), double(clock.elapsed()) / 1000.0);
    window.charts()->setHistoryPath(path);
    window.timeBar()->refreshSpan();
    TimeCursor *cursor = window.timeBar()->cursor();

    std::mt19937 random(5);
    std::uniform_int_distribution<qint64> moment(t0, t0 + kSpanMs);
    HistoryReader reader(path);
    std::vector<double> query, jump;
    QList<HistoryPointValue> values;
    QString error;
    for (int i = 0; i < kJumps; ++i) {
        const qint64 at = moment(random);
        clock.restart();
        if (!reader.snapshot(at, &values, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return;
        }
        query.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        if (!cursor->moveTo(at, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return;
        }
        window.plan()->repaint();
        jump.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("%s: snapshot query %.2f ms (%lld points), whole jump %.2f ms (median of %d)\n", name,
                median(query), static_cast<long long>(values.size()), median(jump), kJumps);

    // Playing at 10x: steps of one second, a tenth of the sensors reporting in between.
    std::vector<double> steps;
    qint64 at = t0 + kSpanMs / 2;
    for (int i = 0; i < kJumps; ++i) {
        clock.restart();
        if (!cursor->moveTo(at += 1000, &error))
            return;
        window.plan()->repaint();
        steps.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("%s: a 1 s step (playing) %.2f ms\n", name, median(steps));

    // Where a jump goes: the views follow the snapshot one at a time.
    QObject::disconnect(&window, &ui::MainWindow::valueFeedChanged, nullptr, nullptr);
    const auto follow = [&](int which) {
        const LiveValueFeed *feed = cursor->snapshot();
        window.plan()->liveLayer()->setValueFeed(which == 1 ? feed : nullptr);
        window.view3d()->setValueFeed(which == 2 ? feed : nullptr);
        window.inspector()->setValueFeed(which == 3 ? feed : nullptr);
    };
    const char *stages[] = {"no view (query, feed, charts, notifications)", "plan", "3D colours", "inspector"};
    for (int which = 0; which < 4; ++which) {
        follow(which);
        std::vector<double> times;
        for (int i = 0; i < kJumps / 3; ++i) {
            clock.restart();
            if (!cursor->moveTo(moment(random), &error))
                return;
            times.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        std::printf("%s:   %s %.2f ms\n", name, stages[which], median(times));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int sensors = argc > 1 ? std::max(60, QByteArray(argv[1]).toInt()) : 10000;
    QTemporaryDir dir;
    run("demo", demoProjectContent(), QStringLiteral("floor-1"), dir.path());
    // Six sensors a room, nine twins a room with its devices.
    const int twins = sensors * 3 / 2 + sensors / 100 + 20;
    run("synthetic", twintest::syntheticSite(twins, twins), QStringLiteral("b0-f0"), dir.path());
    return 0;
}
