// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardtab.h"
#include "dashboard/dashboardtilewidget.h"

#include "document/project.h"
#include "functions/demoproject.h"
#include "telemetry/livevaluefeed.h"
#include "telemetrytestutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <iostream>

#include <gtest/gtest.h>

using namespace twin;
using namespace twin::ui;

namespace {

/// A feed without readings whose moment the test moves, as the time cursor moves its snapshot's.
class MomentFeed : public LiveValueFeed
{
public:
    QList<LiveReading> readings(const QString &) const override { return {}; }
    QList<LiveReading> computedReadings(const QString &) const override { return {}; }
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }

private:
    qint64 m_nowMs = 0;
};

/// A history of \a minutes minutes from \a t0 of one Temperature value a minute for each of
/// twins sensor-0 … sensor-(sensors − 1): sensor i reads i.
bool writeSensorHistory(const QString &path, int sensors, int minutes, qint64 t0, QString *error)
{
    twintest::HistoryFile file(path);
    std::vector<HistorySample> rows;
    for (int i = 0; i < sensors; ++i) {
        const int point = file.point(QStringLiteral("sensor-%1").arg(i), QStringLiteral("Temperature"));
        for (int minute = 0; minute < minutes; ++minute)
            rows.push_back({point, t0 + minute * 60000, double(i)});
    }
    file.append(rows);
    return file.store.flush(error);
}

/// Waits until the tab's sparkline history has been read and drawn.
bool waitForSparkHistory(const DashboardTab &tab)
{
    return QTest::qWaitFor([&] { return !tab.isLoadingSparkHistory(); }, 20000);
}

/// A history that answers slowly, counting what it is asked and noting a question asked
/// on the GUI thread.
class SlowHistory : public HistoryQueries
{
public:
    SlowHistory(std::shared_ptr<HistoryQueries> inner, int delayMs)
        : m_inner(std::move(inner))
        , m_delayMs(delayMs)
    {
    }
    QString location() const override { return m_inner->location(); }
    bool latest(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int limit,
                QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const override
    {
        asked();
        return m_inner->latest(twinId, name, fromMs, toMs, limit, values, dataType, truncated, error);
    }
    bool range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, QList<HistorySample> *samples,
               int limit, QString *error) const override
    {
        asked();
        return m_inner->range(twinId, name, fromMs, toMs, samples, limit, error);
    }
    bool downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int buckets,
                    QList<HistoryBucket> *result, QString *error) const override
    {
        asked();
        ++downsamples;
        QThread::msleep(m_delayMs);
        return m_inner->downsample(twinId, name, fromMs, toMs, buckets, result, error);
    }
    bool snapshot(qint64 atMs, QList<HistoryPointValue> *values, QString *error) const override
    {
        asked();
        return m_inner->snapshot(atMs, values, error);
    }
    bool span(qint64 *fromMs, qint64 *toMs, QString *error) const override
    {
        asked();
        return m_inner->span(fromMs, toMs, error);
    }
    qint64 sampleCount(QString *error) const override { return m_inner->sampleCount(error); }
    bool series(const QString &twinId, QList<Series> *result, QString *error) const override
    {
        asked();
        ++seriesLists;
        return m_inner->series(twinId, result, error);
    }
    void close() override { m_inner->close(); }

    mutable std::atomic<int> downsamples{0};
    mutable std::atomic<int> seriesLists{0};
    mutable std::atomic<bool> askedOnGuiThread{false};

private:
    void asked() const
    {
        if (QThread::currentThread() == QApplication::instance()->thread())
            askedOnGuiThread = true;
    }

    std::shared_ptr<HistoryQueries> m_inner;
    int m_delayMs = 0;
};

} // namespace

TEST(DashboardSparklines, ASlowHistoryIsReadInOneBatchWithoutHoldingTheGuiThread)
{
    constexpr int Sensors = 6;
    constexpr int DelayMs = 150;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.twinproj.history"));
    const qint64 t0 = 1'700'000'000'000;
    QString error;
    ASSERT_TRUE(writeSensorHistory(path, Sensors, 60, t0, &error)) << error.toStdString();
    Project project;
    MomentFeed feed;
    feed.setNowMs(t0 + 30 * 60000);
    std::shared_ptr<SlowHistory> slow;
    DashboardTab tab(&project);
    tab.setHistoryPathProvider([&] { return path; });
    tab.setHistoryOpener([&](const QString &location) {
        slow = std::make_shared<SlowHistory>(HistoryQueries::open(location), DelayMs);
        return slow;
    });
    tab.setValueFeed(&feed);
    // A line per sensor, and a second tile on sensor 0's one series (named by its first).
    for (int i = 0; i <= Sensors; ++i) {
        DashboardTile tile;
        tile.kind = DashboardTile::Kind::Sparkline;
        tile.twinId = QStringLiteral("sensor-%1").arg(i % Sensors);
        tile.value = i < Sensors ? QStringLiteral("Temperature") : QString();
        tab.addTile(tile);
    }
    ASSERT_TRUE(waitForSparkHistory(tab));
    ASSERT_TRUE(slow);

    // A jump: every line is read again, in one batch, while the GUI thread goes on.
    slow->downsamples = 0;
    slow->seriesLists = 0;
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    feed.setNowMs(t0 + 50 * 60000);
    QElapsedTimer gui;
    gui.start();
    tab.refresh();
    EXPECT_LT(gui.elapsed(), DelayMs) << "the refresh waited for the history";
    EXPECT_TRUE(tab.isLoadingSparkHistory());
    ASSERT_TRUE(waitForSparkHistory(tab));
    EXPECT_GE(ticks, 5) << "the GUI thread's timers ran while the history was read";
    EXPECT_FALSE(slow->askedOnGuiThread);
    EXPECT_EQ(slow->seriesLists, Sensors) << "each twin's series listed once";
    EXPECT_EQ(slow->downsamples, Sensors) << "each series read once, for both tiles that show it";
    EXPECT_EQ(tab.historyReadersOpened(), 1);
    for (int i = 0; i <= Sensors; ++i) {
        const QList<QPointF> line = tab.tileWidgets().at(i)->content().sparkline;
        ASSERT_FALSE(line.isEmpty()) << "tile " << i;
        EXPECT_EQ(line.first().y(), double(i % Sensors)) << "tile " << i;
        EXPECT_LE(qint64(line.last().x()), t0 + 50 * 60000);
    }
}

TEST(DashboardSparklines, EveryJumpReadsAllTilesThroughTheDashboardsOneReader)
{
    constexpr int Tiles = 48;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.twinproj.history"));
    const qint64 t0 = 1'700'000'000'000;
    // Two hours of one value a minute for each of the tiles' twins: twin i reads i.
    QString error;
    ASSERT_TRUE(writeSensorHistory(path, Tiles, 120, t0, &error)) << error.toStdString();

    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(project.setContent(demoProjectContent(), &diagnostics));
    MomentFeed feed;
    feed.setNowMs(t0 + 30 * 60000);
    DashboardTab tab(&project);
    tab.setHistoryPathProvider([&] { return path; });
    tab.setValueFeed(&feed);
    for (int i = 0; i < Tiles; ++i) {
        DashboardTile tile;
        tile.kind = DashboardTile::Kind::Sparkline;
        tile.twinId = QStringLiteral("sensor-%1").arg(i);
        tile.value = QStringLiteral("Temperature");
        tab.addTile(tile);
    }
    ASSERT_EQ(tab.tileWidgets().size(), Tiles);
    ASSERT_TRUE(waitForSparkHistory(tab));

    // Jumps back and forth through the two hours, as dragging the time bar does.
    constexpr int Jumps = 20;
    QElapsedTimer timer;
    timer.start();
    for (int jump = 0; jump < Jumps; ++jump) {
        feed.setNowMs(t0 + (jump % 2 == 0 ? 110 : 40) * 60000 + jump * 1000);
        tab.refresh();
    }
    ASSERT_TRUE(waitForSparkHistory(tab));
    const double msPerJump = double(timer.elapsed()) / Jumps;
    RecordProperty("ms_per_jump", QString::number(msPerJump, 'f', 2).toStdString());
    std::cout << "[ INFO ] " << Tiles << " sparkline tiles: " << msPerJump << " ms per jump\n";

    EXPECT_EQ(tab.historyReadersOpened(), 1) << "one reader for the dashboard, not one per tile and jump";
    // Each line is its twin's hour before the last moment (40 minutes in: 40 minutes of values).
    for (int i = 0; i < Tiles; ++i) {
        const QList<QPointF> line = tab.tileWidgets().at(i)->content().sparkline;
        ASSERT_FALSE(line.isEmpty()) << "tile " << i;
        EXPECT_EQ(line.first().y(), double(i));
        EXPECT_LE(qint64(line.last().x()), t0 + 40 * 60000 + (Jumps - 1) * 1000);
    }
}

TEST(DashboardSparklines, AnotherHistoryLocationOpensItsOwnReader)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const qint64 t0 = 1'700'000'000'000;
    QStringList paths;
    for (int f = 0; f < 2; ++f) {
        paths.append(dir.filePath(QStringLiteral("h%1.history").arg(f)));
        twintest::HistoryFile file(paths.last());
        const int point = file.point(QStringLiteral("sensor-0"), QStringLiteral("Temperature"));
        file.append({{point, t0, 10.0 + f}});
        QString error;
        ASSERT_TRUE(file.store.flush(&error)) << error.toStdString();
    }
    Project project;
    MomentFeed feed;
    feed.setNowMs(t0 + 60000);
    QString current = paths.first();
    DashboardTab tab(&project);
    tab.setHistoryPathProvider([&] { return current; });
    tab.setValueFeed(&feed);
    DashboardTile tile;
    tile.kind = DashboardTile::Kind::Sparkline;
    tile.twinId = QStringLiteral("sensor-0");
    tile.value = QStringLiteral("Temperature");
    tab.addTile(tile);
    ASSERT_EQ(tab.tileWidgets().size(), 1);
    ASSERT_TRUE(waitForSparkHistory(tab));
    ASSERT_FALSE(tab.tileWidgets().first()->content().sparkline.isEmpty());
    EXPECT_EQ(tab.tileWidgets().first()->content().sparkline.first().y(), 10.0);

    current = paths.last();
    feed.setNowMs(t0 + 30 * 60000);
    tab.refresh();
    ASSERT_TRUE(waitForSparkHistory(tab));
    EXPECT_EQ(tab.historyReadersOpened(), 2);
    ASSERT_FALSE(tab.tileWidgets().first()->content().sparkline.isEmpty());
    EXPECT_EQ(tab.tileWidgets().first()->content().sparkline.first().y(), 11.0);
}

TEST(DashboardSparklines, ALoneReadingIsDrawnAsADot)
{
    DashboardTile tile;
    tile.kind = DashboardTile::Kind::Sparkline;
    tile.twinId = QStringLiteral("sensor-0");
    DashboardTileWidget widget(0, tile, QStringLiteral("sensor-0"));
    widget.resize(320, 160);
    const auto lineColour = [](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += c.hsvSaturation() > 60 && std::abs(c.hsvHue() - QColor(0x1f, 0x77, 0xb4).hsvHue()) < 20;
            }
        }
        return count;
    };
    DashboardTileWidget::Content content;
    content.nowMs = 1'700'000'000'000;
    content.sparkline = {QPointF(double(content.nowMs - 600000), 21.0)};
    widget.setContent(content);
    EXPECT_GE(lineColour(widget.grab().toImage()), 9) << "one reading in the hour shows";
}
