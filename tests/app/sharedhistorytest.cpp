// SPDX-License-Identifier: GPL-3.0-or-later
// A desktop opened on the demo with a shared PostgreSQL history (`--history`) shows what a
// recorder stored while the desktop was closed: the chart's past and the time cursor.
#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "charts/qcustomplotinclude.h"
#include "historylocationdialog.h"
#include "mainwindow.h"
#include "timecursor/timebar.h"

#include "document/historylocationsetting.h"
#include "document/project.h"
#include "live/historysnapshotfeed.h"
#include "live/timecursor.h"
#include "support/postgresserver.h"
#include "telemetry/historyoverride.h"
#include "telemetry/historywriter.h"
#include "telemetry/pointregistry.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace twin;
using namespace twin::ui;

namespace {

const PointInfo &infoOf(const void *context, int point)
{
    return static_cast<const PointRegistry *>(context)->info(point);
}

} // namespace

TEST(SharedHistoryWindow, TheDemoShowsWhatARecorderStoredWhileItWasClosed)
{
    if (twintest::PostgresServer::binDir().isEmpty())
        GTEST_SKIP() << "PostgreSQL's server binaries (initdb, pg_ctl) are not installed";
    twintest::PostgresServer database;
    QString error;
    ASSERT_TRUE(database.start(&error)) << error.toStdString();
    ASSERT_TRUE(database.createDatabase(QStringLiteral("demo"), &error)) << error.toStdString();
    const QString url = database.url(QStringLiteral("demo"));

    // The recorder's work, before any window exists: the last hour of a demo thermometer.
    const QString sensor = QStringLiteral("ms-101-temp");
    const qint64 end = QDateTime::currentMSecsSinceEpoch() - 60000;
    const qint64 start = end - 3600000;
    {
        PointRegistry points;
        const int temp = points.findOrCreate({sensor, QStringLiteral("Temperature"), QStringLiteral("Temperature"),
                                              QStringLiteral("degreeCelsius")});
        std::vector<HistorySample> samples;
        for (qint64 t = start; t < end; t += 10000)
            samples.push_back({temp, t, 19.0 + double((t - start) / 10000 % 40) * 0.125});
        const std::unique_ptr<HistoryWriter> recorder = HistoryWriter::open(url, &error);
        ASSERT_TRUE(recorder) << error.toStdString();
        ASSERT_TRUE(recorder->append(samples.data(), samples.size(), &infoOf, &points, &error)) << error.toStdString();
        ASSERT_TRUE(recorder->flush(&error)) << error.toStdString();
    }

    MainWindow window;
    window.openDemo();
    HistoryOverride::set(window.project(), url); // what `twinstudio --demo --history URL` does
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(window.showView(QStringLiteral("chart")));
    ChartsTab *charts = window.charts();
    EXPECT_EQ(charts->historyPath(), url);
    charts->addTwin(sensor);
    ASSERT_EQ(charts->view()->seriesCount(), 1);
    charts->view()->setFollowing(false);
    charts->view()->setVisibleRange(start, end);
    QCoreApplication::processEvents();
    charts->view()->plot()->replot();
    ASSERT_GT(charts->view()->plotWidth(), 100);
    ASSERT_TRUE(charts->loadHistoryNow(&error)) << error.toStdString();
    // 360 readings, one bucket per pixel at most: every reading lands in a drawn bucket.
    EXPECT_GE(charts->view()->bucketCount(0), std::min(360, charts->view()->plotWidth() / 2));

    // The time cursor reads the same store: the bar spans the recorder's hour, and a moment
    // in it shows the reading stored then.
    window.timeBar()->refreshSpan();
    TimeCursor *cursor = window.timeBar()->cursor();
    EXPECT_EQ(cursor->spanFromMs(), start);
    EXPECT_EQ(cursor->spanToMs(), start + (end - start - 1) / 10000 * 10000);
    ASSERT_TRUE(cursor->moveTo(start + 125000, &error)) << error.toStdString();
    const QList<LiveReading> readings = cursor->snapshot()->readings(sensor);
    ASSERT_EQ(readings.size(), 1);
    EXPECT_EQ(readings.first().timestampMs, start + 120000);
    EXPECT_DOUBLE_EQ(readings.first().value.toDouble(), 19.0 + 12 * 0.125);
}

TEST(SharedHistoryWindow, TheProjectSettingIsAnUndoableEditThatRefusesAPassword)
{
    MainWindow window;
    window.openDemo();
    HistoryLocationDialog dialog(window.project(), &window);
    auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("HistoryLocation"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("HistoryLocationError"));
    ASSERT_TRUE(location && problem);
    location->setText(QStringLiteral("postgresql://operator:secret@db:5432/site"));
    dialog.accept();
    EXPECT_FALSE(problem->isHidden());
    EXPECT_EQ(HistoryLocationSetting::of(*window.project()), QString());
    EXPECT_EQ(dialog.result(), int(QDialog::Rejected));

    location->setText(QStringLiteral("postgresql://operator@db:5432/site"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(HistoryLocationSetting::of(*window.project()), QStringLiteral("postgresql://operator@db:5432/site"));
    EXPECT_EQ(window.charts()->historyPath(), QStringLiteral("postgresql://operator@db:5432/site"));
    window.project()->undoStack()->undo();
    EXPECT_EQ(HistoryLocationSetting::of(*window.project()), QString());
}
