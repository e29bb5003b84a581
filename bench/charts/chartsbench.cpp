// SPDX-License-Identifier: GPL-3.0-or-later
// 1. 16 series × 100,000 points live: the time one tick takes (append one value per series,
//    drop what left the window, replot) in the Charts tab's ChartView, against a bare
//    QCustomPlot holding the same data, ticks alternating in one run.
// 2. History zoom: one day at 1 Hz read and bucketed to the chart's width, per series.
#include "charts/charthistory.h"
#include "charts/chartview.h"
#include "charts/qcustomplotinclude.h"

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

constexpr int kSeries = 16;
constexpr int kPoints = 100000;
constexpr int kTicks = 40;
constexpr int kWidth = 1600;
constexpr int kHeight = 900;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

const PointInfo &infoOf(const void *registry, int point)
{
    return static_cast<const PointRegistry *>(registry)->info(point);
}

void benchLive()
{
    const qint64 t0 = 1700000000000;
    std::mt19937 random(7);
    std::normal_distribution<double> step(0.0, 0.1);
    std::vector<std::vector<double>> values(kSeries, std::vector<double>(kPoints + kTicks));
    for (auto &series : values) {
        double v = 20.0;
        for (double &x : series)
            x = (v += step(random));
    }

    ui::ChartView chart;
    chart.resize(kWidth, kHeight);
    chart.setWindowMs(qint64(kPoints) * 1000);
    QCustomPlot bare;
    bare.resize(kWidth, kHeight);
    for (int s = 0; s < kSeries; ++s) {
        const int index = chart.addSeries({QStringLiteral("s%1").arg(s), QStringLiteral("Temperature"),
                                           QStringLiteral("°C")});
        QVector<double> keys(kPoints), vals(kPoints);
        for (int i = 0; i < kPoints; ++i) {
            keys[i] = double(t0 + qint64(i) * 1000) / 1000.0;
            vals[i] = values[s][i];
            chart.appendValue(index, t0 + qint64(i) * 1000, values[s][i]);
        }
        QCPGraph *graph = bare.addGraph();
        graph->setAdaptiveSampling(true);
        graph->setPen(QPen(Qt::blue, 1));
        graph->setData(keys, vals, true);
    }
    chart.flush(t0 + qint64(kPoints - 1) * 1000);
    bare.xAxis->setRange(double(t0) / 1000.0, double(t0) / 1000.0 + kPoints);
    // The same value range as the chart's, so both draw the same pixels.
    bare.yAxis->setRange(chart.plot()->axisRect(0)->axis(QCPAxis::atLeft)->range());
    chart.show();
    bare.show();
    chart.plot()->replot();
    bare.replot();

    std::vector<double> chartMs, bareMs;
    QElapsedTimer timer;
    for (int tick = 0; tick < kTicks; ++tick) {
        const int i = kPoints + tick;
        const qint64 now = t0 + qint64(i) * 1000;
        timer.start();
        for (int s = 0; s < kSeries; ++s)
            chart.appendValue(s, now, values[s][i]);
        chart.flush(now);
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
        chartMs.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        const double key = double(now) / 1000.0;
        for (int s = 0; s < kSeries; ++s) {
            bare.graph(s)->addData(QVector<double>{key}, QVector<double>{values[s][i]}, true);
            bare.graph(s)->data()->removeBefore(key - kPoints);
        }
        bare.xAxis->setRange(key - kPoints, key);
        bare.replot(QCustomPlot::rpImmediateRefresh);
        bareMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    const double c = median(chartMs), b = median(bareMs);
    std::printf("live: %d series x %d points, %d ticks: ChartView %.2f ms/tick, bare QCustomPlot %.2f ms/tick, "
                "ratio %.2f (goal <= 1.2)\n",
                kSeries, kPoints, kTicks, c, b, c / b);
}

void benchHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("day.history"));
    constexpr int kHistorySeries = 4;
    constexpr int kDay = 86400;
    const qint64 t0 = 1700000000000;
    {
        HistoryStore store;
        PointRegistry points;
        QString error;
        if (!store.open(path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return;
        }
        std::vector<HistorySample> rows;
        std::vector<int> ids;
        for (int s = 0; s < kHistorySeries; ++s)
            ids.push_back(points.findOrCreate({QStringLiteral("s%1").arg(s), QStringLiteral("Temperature"),
                                               QStringLiteral("Temperature"), QStringLiteral("degreeCelsius"),
                                               PointKind::Sensor, ValueKind::Number}));
        // One batch a minute, as a live run appends them.
        for (int minute = 0; minute < kDay / 60; ++minute) {
            rows.clear();
            for (int second = 0; second < 60; ++second) {
                const qint64 t = t0 + qint64(minute * 60 + second) * 1000;
                for (int s = 0; s < kHistorySeries; ++s)
                    rows.push_back({ids[std::size_t(s)], t, 20.0 + s + (second % 13) * 0.1});
            }
            if (!store.append(rows.data(), rows.size(), &infoOf, &points, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return;
            }
        }
        store.close();
    }
    ui::ChartHistory history(path);
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        for (int s = 0; s < kHistorySeries; ++s) {
            QList<HistoryBucket> buckets;
            QString error;
            timer.start();
            history.buckets(QStringLiteral("s%1").arg(s), QStringLiteral("Temperature"), t0,
                            t0 + qint64(kDay) * 1000, kWidth, &buckets, &error);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (buckets.size() != kWidth)
                std::fprintf(stderr, "unexpected bucket count %d\n", int(buckets.size()));
        }
    }
    std::printf("history zoom: one day at 1 Hz to %d px: %.2f ms per series (median of %d; goal <= 10 ms)\n", kWidth,
                median(ms), int(ms.size()));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    benchLive();
    benchHistory();
    return 0;
}
