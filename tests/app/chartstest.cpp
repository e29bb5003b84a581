// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/charthistory.h"
#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "charts/qcustomplotinclude.h"
#include "charts/twindragsource.h"
#include "mainwindow.h"
#include "screenshotsupport.h"

#include "functions/demoproject.h"
#include "document/project.h"
#include "itemmodels/inspectormodel.h"
#include "live/livesession.h"
#include "telemetry/pointregistry.h"
#include "telemetrytestutil.h"

#include <QAction>
#include <QDateTime>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using namespace twin;
using namespace twin::ui;

namespace {

const QString kTemp = QStringLiteral("ms-101-temp");
const QString kCo2 = QStringLiteral("ms-101-co2");

/// Drops \a data on \a target as a drag from another widget would.
void drop(QWidget *target, const QMimeData *data)
{
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent dropEvent(QPointF(centre), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    EXPECT_TRUE(dropEvent.isAccepted());
}

/// The action named \a name in \a widget's context menu, or nullptr.
QAction *contextAction(const QWidget *widget, const QString &name)
{
    for (QAction *action : widget->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

struct ChartsTabTest : ::testing::Test
{
    ChartsTabTest()
    {
        Diagnostics diagnostics;
        EXPECT_TRUE(project.setContent(demoProjectContent(), &diagnostics));
        tab = std::make_unique<ChartsTab>(&project, &session);
        tab->resize(800, 600);
    }
    Project project;
    LiveSession session{&project};
    std::unique_ptr<ChartsTab> tab;
};

} // namespace

TEST_F(ChartsTabTest, DroppingASensorFromTheTopologyAddsItsSeries)
{
    std::unique_ptr<QMimeData> data(TwinDragSource::mimeData({kTemp}));
    drop(tab.get(), data.get());
    ASSERT_EQ(tab->view()->seriesCount(), 1);
    EXPECT_EQ(tab->view()->series(0).twinId, kTemp);
    EXPECT_EQ(tab->view()->series(0).name, QStringLiteral("Temperature"));
    EXPECT_EQ(tab->view()->axisTitle(0), QStringLiteral("°C"));
}

// A legend says where and what, in the words of the topology, not the twin ids; two
// alike series say their device; a rename shows at once.
TEST_F(ChartsTabTest, SeriesAreNamedAfterTheirPlaceAndQuantity)
{
    tab->addTwin(kTemp);
    tab->addTwin(kCo2);
    ASSERT_EQ(tab->view()->seriesCount(), 2);
    EXPECT_EQ(tab->view()->series(0).label(), QStringLiteral("Office 101 · Temperature"));
    EXPECT_EQ(tab->view()->series(1).label(), QStringLiteral("Office 101 · Carbon dioxide"));
    QStringList legend;
    for (int i = 0; i < tab->view()->plot()->graphCount(); ++i) {
        if (tab->view()->plot()->graph(i)->visible())
            legend.append(tab->view()->plot()->graph(i)->name());
    }
    EXPECT_TRUE(legend.contains(QStringLiteral("Office 101 · Temperature"))) << legend.join(u'|').toStdString();

    tab->addTwin(QStringLiteral("th-101-temp"));
    ASSERT_EQ(tab->view()->seriesCount(), 3);
    EXPECT_EQ(tab->view()->series(0).label(), QStringLiteral("Office 101 · Temperature (Multisensor 101)"));
    EXPECT_EQ(tab->view()->series(2).label(), QStringLiteral("Office 101 · Temperature (Thermostat 101)"));

    QString error;
    ASSERT_TRUE(project.setTwinProperty(QStringLiteral("room-101"), QStringLiteral("name"), QStringLiteral("Corner Office"),
                                        &error))
        << error.toStdString();
    EXPECT_EQ(tab->view()->series(1).label(), QStringLiteral("Corner Office · Carbon dioxide"));
    project.undoStack()->undo();
    EXPECT_EQ(tab->view()->series(1).label(), QStringLiteral("Office 101 · Carbon dioxide"));
    // The names are not saved: the layout keeps ids, which a rename does not change.
    const QJsonObject saved = project.viewState().value(QLatin1StringView(ChartsTab::ViewStateKey)).toObject();
    ASSERT_FALSE(saved.isEmpty());
    EXPECT_FALSE(QJsonDocument(saved).toJson().contains("Office"));
}

// A device has no values of its own: dropping it charts its sensors.
TEST_F(ChartsTabTest, DroppingADeviceChartsItsSensors)
{
    const TwinGraph *graph = project.graph();
    const int sensor = graph->indexOfTwin(kTemp);
    ASSERT_GE(sensor, 0);
    const Twin &device = graph->twin(graph->parentOf(sensor));
    ASSERT_EQ(project.categoryOf(device), Category::Device);
    std::unique_ptr<QMimeData> data(TwinDragSource::mimeData({device.id}));
    drop(tab.get(), data.get());
    QStringList charted;
    for (int i = 0; i < tab->view()->seriesCount(); ++i)
        charted.append(tab->view()->series(i).twinId);
    EXPECT_TRUE(charted.contains(kTemp)) << charted.join(u',').toStdString();
    EXPECT_TRUE(charted.contains(kCo2)) << charted.join(u',').toStdString();
    EXPECT_EQ(charted.size(), graph->childrenOf(graph->indexOfTwin(device.id)).size());
}

TEST_F(ChartsTabTest, DropWithoutTwinsIsRefused)
{
    QMimeData data;
    data.setText(kTemp);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tab.get(), &enter);
    EXPECT_FALSE(enter.isAccepted());
    EXPECT_EQ(tab->view()->seriesCount(), 0);
}

TEST(ChartsWindow, ChartInTheTopologyContextMenuChartsTheSelection)
{
    MainWindow window;
    window.openDemo();
    ASSERT_TRUE(window.selectTwin(kCo2));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("TopologyTree"));
    ASSERT_NE(tree, nullptr);
    QAction *chart = contextAction(tree, QStringLiteral("chartTwins"));
    ASSERT_NE(chart, nullptr);
    chart->trigger();
    ASSERT_EQ(window.charts()->view()->seriesCount(), 1);
    EXPECT_EQ(window.charts()->view()->series(0).name, QStringLiteral("CarbonDioxide"));
    EXPECT_EQ(window.charts()->view()->axisTitle(0), QStringLiteral("ppm"));
    EXPECT_TRUE(window.showView(QStringLiteral("chart")));
}

TEST(ChartView, EachUnitGetsItsOwnAxis)
{
    ChartView view;
    view.addSeries({QStringLiteral("a"), QStringLiteral("Temperature"), QStringLiteral("°C")});
    view.addSeries({QStringLiteral("b"), QStringLiteral("Temperature"), QStringLiteral("°C")});
    EXPECT_EQ(view.axisCount(), 1);
    view.addSeries({QStringLiteral("c"), QStringLiteral("CarbonDioxide"), QStringLiteral("ppm")});
    EXPECT_EQ(view.axisCount(), 2);
    EXPECT_EQ(view.axisTitle(0), QStringLiteral("°C"));
    EXPECT_EQ(view.axisTitle(1), QStringLiteral("°C"));
    EXPECT_EQ(view.axisTitle(2), QStringLiteral("ppm"));
    EXPECT_EQ(view.plot()->axisRectCount(), 2);
    // The time axes move together.
    view.setVisibleRange(1000000, 2000000);
    for (int i = 0; i < view.plot()->axisRectCount(); ++i) {
        EXPECT_DOUBLE_EQ(view.plot()->axisRect(i)->axis(QCPAxis::atBottom)->range().lower, 1000.0);
        EXPECT_DOUBLE_EQ(view.plot()->axisRect(i)->axis(QCPAxis::atBottom)->range().upper, 2000.0);
    }
}

TEST(ChartView, LiveTicksAddPointsWithOneReplotPerTick)
{
    ChartView view;
    view.resize(800, 400);
    for (const char *name : {"a", "b", "c"})
        view.addSeries({QString::fromLatin1(name), QStringLiteral("Temperature"), QStringLiteral("°C")});
    QCoreApplication::sendPostedEvents();
    QSignalSpy replots(view.plot(), &QCustomPlot::afterReplot);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int tick = 0; tick < 5; ++tick) {
        for (int series = 0; series < 3; ++series) {
            for (int sample = 0; sample < 20; ++sample)
                view.appendValue(series, now - 10000 + tick * 1000 + sample * 10, 20.0 + sample);
        }
        view.flush(now + tick * 1000);
        QCoreApplication::sendPostedEvents();
    }
    EXPECT_EQ(replots.count(), 5);
    for (int series = 0; series < 3; ++series)
        EXPECT_EQ(view.pointCount(series), 100);
    // Older samples leave the live window.
    view.setWindowMs(5000);
    view.flush(now + 4000);
    EXPECT_LT(view.pointCount(0), 100);
}

TEST_F(ChartsTabTest, CsvExportHasTheHistoryValuesOfTheRange)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.twinproj.history"));
    const qint64 t0 = 1700000000000;
    {
        twintest::HistoryFile file(path);
        const int temp = file.point(kTemp, QStringLiteral("Temperature"));
        const int co2 = file.point(kCo2, QStringLiteral("CarbonDioxide"));
        std::vector<HistorySample> rows;
        for (int i = 0; i < 120; ++i) {
            rows.push_back({temp, t0 + i * 1000, 20.0 + i * 0.125});
            if (i % 2 == 0)
                rows.push_back({co2, t0 + i * 1000, 400.0 + i});
        }
        file.append(rows);
        QString error;
        ASSERT_TRUE(file.store.flush(&error)) << error.toStdString();
    }
    tab->setHistoryPath(path);
    tab->addTwin(kTemp);
    tab->addTwin(kCo2);
    tab->view()->setFollowing(false);
    tab->view()->setVisibleRange(t0 + 10000, t0 + 20000);

    const QString csv = dir.filePath(QStringLiteral("chart.csv"));
    QString error;
    ASSERT_TRUE(tab->exportCsv(csv, &error)) << error.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    // The expectation: the same range read back from the history store itself.
    HistoryStore store;
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
    QList<HistorySample> temps, co2s;
    ASSERT_TRUE(store.range(kTemp, QStringLiteral("Temperature"), t0 + 10000, t0 + 20000, &temps, 0, &error));
    ASSERT_TRUE(store.range(kCo2, QStringLiteral("CarbonDioxide"), t0 + 10000, t0 + 20000, &co2s, 0, &error));
    ASSERT_EQ(temps.size(), 10);
    QStringList expected{QStringLiteral("time,Office 101 · Temperature [°C],Office 101 · Carbon dioxide [ppm]")};
    for (const HistorySample &t : std::as_const(temps)) {
        QString co2;
        for (const HistorySample &c : std::as_const(co2s)) {
            if (c.timestampMs == t.timestampMs)
                co2 = QString::number(c.value, 'g', 17);
        }
        expected.append(QDateTime::fromMSecsSinceEpoch(t.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)
                        + QLatin1Char(',') + QString::number(t.value, 'g', 17) + QLatin1Char(',') + co2);
    }
    EXPECT_EQ(lines, expected);

    // Looking at the past draws the history, bucketed to the chart's width.
    tab->show();
    QCoreApplication::processEvents();
    tab->view()->plot()->replot();
    ASSERT_GT(tab->view()->plotWidth(), 100);
    ASSERT_TRUE(tab->loadHistoryNow(&error)) << error.toStdString();
    EXPECT_EQ(tab->view()->bucketCount(0), 10);
    EXPECT_EQ(tab->view()->bucketCount(1), 5);
}

TEST(ChartHistory, BucketsKeepTheSpikeOfEachBucket)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("spike.history"));
    {
        twintest::HistoryFile file(path);
        const int p = file.point(QStringLiteral("s"), QStringLiteral("Temperature"));
        std::vector<HistorySample> rows;
        for (int i = 0; i < 1000; ++i)
            rows.push_back({p, i * 1000, i == 517 ? 90.0 : 20.0});
        file.append(rows);
    }
    ChartHistory history(path);
    QList<HistoryBucket> buckets;
    QString error;
    ASSERT_TRUE(history.buckets(QStringLiteral("s"), QStringLiteral("Temperature"), 0, 1000000, 10, &buckets, &error))
        << error.toStdString();
    ASSERT_EQ(buckets.size(), 10);
    EXPECT_DOUBLE_EQ(buckets.at(5).max, 90.0);
    EXPECT_DOUBLE_EQ(buckets.at(5).min, 20.0);
    EXPECT_DOUBLE_EQ(buckets.at(5).average, 20.7);
    EXPECT_EQ(buckets.at(5).count, 100);
    EXPECT_DOUBLE_EQ(buckets.at(4).max, 20.0);
}

TEST_F(ChartsTabTest, LayoutIsKeptInTheProject)
{
    tab->addTwin(kTemp);
    tab->addTwin(kCo2);
    tab->setWindowMs(3600000);
    const QJsonObject layout = project.viewState().value(QLatin1StringView(ChartsTab::ViewStateKey)).toObject();
    EXPECT_EQ(layout.value(QStringLiteral("series")).toArray().size(), 2);
    EXPECT_EQ(layout.value(QStringLiteral("windowMs")).toInteger(), 3600000);

    ChartsTab other(&project, &session);
    ASSERT_EQ(other.view()->seriesCount(), 2);
    EXPECT_EQ(other.view()->series(1).twinId, kCo2);
    EXPECT_EQ(other.view()->axisCount(), 2);
    EXPECT_EQ(other.view()->windowMs(), 3600000);
}

TEST(ChartView, TrackerListsEverySeriesAtTheTime)
{
    ChartView view;
    view.addSeries({QStringLiteral("a"), QStringLiteral("Temperature"), QStringLiteral("°C")});
    view.addSeries({QStringLiteral("b"), QStringLiteral("CarbonDioxide"), QStringLiteral("ppm")});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    view.appendValue(0, now - 3000, 21.5);
    view.appendValue(0, now - 1000, 22.5);
    view.appendValue(1, now - 2000, 450);
    view.flush(now);
    const QStringList lines = view.trackerText(now - 1500).split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(1), QStringLiteral("a/Temperature: 21.5 °C"));
    EXPECT_EQ(lines.at(2), QStringLiteral("b/CarbonDioxide: 450 ppm"));
}

TEST(ChartView, ExportsPngAndPdf)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ChartView view;
    view.addSeries({QStringLiteral("a"), QStringLiteral("Temperature"), QStringLiteral("°C")});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 50; ++i)
        view.appendValue(0, now - 50000 + i * 1000, 20.0 + (i % 7));
    view.flush(now);
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(view.savePng(png, 640, 360));
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(640, 360));
    // The series is drawn: some pixel has its colour.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; ++y) {
        for (int x = 0; x < image.width() && !drawn; ++x)
            drawn = image.pixelColor(x, y) == QColor(0x1f, 0x77, 0xb4);
    }
    EXPECT_TRUE(drawn);
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    ASSERT_TRUE(view.savePdf(pdf, 640, 360));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
}

TEST(ChartsWindow, ChartOnAnInspectorTelemetryRowChartsIt)
{
    MainWindow window;
    window.openDemo();
    ASSERT_TRUE(window.selectTwin(kTemp));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("InspectorTree"));
    ASSERT_NE(tree, nullptr);
    QAction *chart = contextAction(tree, QStringLiteral("ChartTelemetry"));
    ASSERT_NE(chart, nullptr);
    // The sensor's telemetry row.
    QModelIndex row;
    for (int section = 0; section < tree->model()->rowCount() && !row.isValid(); ++section) {
        const QModelIndex parent = tree->model()->index(section, 0);
        for (int r = 0; r < tree->model()->rowCount(parent) && !row.isValid(); ++r) {
            const QModelIndex candidate = tree->model()->index(r, 0, parent);
            if (candidate.data(InspectorModel::RowKindRole).toInt() == int(InspectorModel::RowKind::Telemetry))
                row = candidate;
        }
    }
    ASSERT_TRUE(row.isValid()) << "the sensor shows no telemetry row";
    tree->setCurrentIndex(row);
    chart->trigger();
    ASSERT_EQ(window.charts()->view()->seriesCount(), 1);
    // A sensor's telemetry is its own value, which live values and history name after its data type.
    EXPECT_EQ(window.charts()->view()->series(0).twinId, kTemp);
    EXPECT_EQ(window.charts()->view()->series(0).name, QStringLiteral("Temperature"));
    EXPECT_EQ(window.charts()->view()->axisTitle(0), QStringLiteral("°C"));
}

TEST(ChartsScreenshot, DemoChartShowsTwoSeriesOnTwoAxes)
{
    TWIN_REQUIRE_DISPLAY();
    const QImage image = twintest::screenshot({QStringLiteral("--demo"), QStringLiteral("--simulate"),
                                               QStringLiteral("--view"), QStringLiteral("chart"),
                                               QStringLiteral("--after"), QStringLiteral("3500")});
    ASSERT_FALSE(image.isNull());
    // The first series is drawn in blue, the second in red, each in its own plot.
    int blue = 0, red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            blue += c == QColor(0x1f, 0x77, 0xb4);
            red += c == QColor(0xd6, 0x27, 0x28);
        }
    }
    EXPECT_GT(blue, 20);
    EXPECT_GT(red, 20);
}

TEST_F(ChartsTabTest, SimulatedTelemetryReachesTheChartOnTheSessionsTick)
{
    tab->addTwin(kTemp);
    tab->addTwin(kCo2);
    QCoreApplication::sendPostedEvents();
    QSignalSpy replots(tab->view()->plot(), &QCustomPlot::afterReplot);
    QSignalSpy ticks(&session, &LiveSession::valuesChanged);
    session.runSimulator(20.0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return tab->view()->pointCount(0) >= 3 && tab->view()->pointCount(1) >= 3; },
                                15000));
    session.disconnectFromSource();
    // Never more replots than ticks, however many samples arrived.
    EXPECT_LE(replots.count(), ticks.count());
    EXPECT_GT(replots.count(), 0);
}

TEST(ChartsWindow, TheChartLayoutIsSavedWithTheProjectFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    {
        MainWindow window;
        window.openDemo();
        window.charts()->addTwins({kTemp, kCo2});
        window.charts()->setWindowMs(60000);
        ASSERT_TRUE(window.saveFile(file));
    }
    MainWindow window;
    ASSERT_TRUE(window.openFile(file, true));
    ChartView *view = window.charts()->view();
    ASSERT_EQ(view->seriesCount(), 2);
    EXPECT_EQ(view->series(0).twinId, kTemp);
    EXPECT_EQ(view->series(1).twinId, kCo2);
    EXPECT_EQ(view->axisCount(), 2);
    EXPECT_EQ(view->windowMs(), 60000);
}

TEST_F(ChartsTabTest, AFollowingChartFillsItsWindowFromHistoryBeforeTheFirstLiveValue)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.twinproj.history"));
    // Recorded while the chart was closed: one reading every 10 s over the last 5 minutes.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 t0 = now - 300000;
    {
        twintest::HistoryFile file(path);
        const int temp = file.point(kTemp, QStringLiteral("Temperature"));
        std::vector<HistorySample> rows;
        for (int i = 0; i < 30; ++i)
            rows.push_back({temp, t0 + i * 10000, 20.0 + i * 0.5});
        file.append(rows);
        QString error;
        ASSERT_TRUE(file.store.flush(&error)) << error.toStdString();
    }
    tab->setHistoryPath(path);
    tab->show();
    QCoreApplication::processEvents();
    tab->view()->plot()->replot();
    tab->addTwin(kTemp);
    ASSERT_TRUE(tab->view()->isFollowing());
    EXPECT_EQ(tab->view()->pointCount(0), 0);

    // The chart asks history on its own once the series is added.
    QSignalSpy shown(tab.get(), &ChartsTab::historyShown);
    ASSERT_TRUE(shown.wait(5000));
    EXPECT_TRUE(tab->view()->isFollowing());
    EXPECT_EQ(tab->view()->pointCount(0), 30);
    EXPECT_EQ(tab->view()->bucketCount(0), 0) << "following draws the line, not the band";

    // A live value after them joins the line; asking again doubles nothing.
    tab->view()->appendValue(0, now + 1000, 40.0);
    tab->view()->flush(now + 1000);
    EXPECT_EQ(tab->view()->pointCount(0), 31);
    QString error;
    ASSERT_TRUE(tab->loadHistoryNow(&error)) << error.toStdString();
    EXPECT_EQ(tab->view()->pointCount(0), 31);
}
