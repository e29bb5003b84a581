// SPDX-License-Identifier: GPL-3.0-or-later
// The shared history end to end, with the real programs: `twinctl record-service` records
// the demo's simulated telemetry from a private mosquitto into a private PostgreSQL and is
// stopped; a desktop opened afterwards on the demo with that history charts what the
// recorder stored and lists the alerts it raised.
#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "charts/qcustomplotinclude.h"
#include "livecontrols.h"
#include "mainwindow.h"
#include "mosquittobroker.h"
#include "recordservice.h"

#include "document/project.h"
#include "itemmodels/notificationmodel.h"
#include "live/livesession.h"
#include "support/postgresserver.h"
#include "support/testsupport.h"
#include "telemetry/historyoverride.h"
#include "telemetry/historyqueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;
using namespace twin::ui;

TEST(RecordedHistoryWindow, TheDemoChartsAndListsWhatTheRecordServiceStoredWhileItWasClosed)
{
    TWIN_REQUIRE_MOSQUITTO();
    if (twintest::PostgresServer::binDir().isEmpty())
        GTEST_SKIP() << "PostgreSQL's server binaries (initdb, pg_ctl) are not installed";
    twintest::PostgresServer database;
    twintest::MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(database.start(&error)) << error.toStdString();
    ASSERT_TRUE(database.createDatabase(QStringLiteral("demo"), &error)) << error.toStdString();
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();
    const QString url = database.url(QStringLiteral("demo"));

    // The demo as a file, with an alert rule that every reading of one thermometer breaks.
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.twinproj"));
    const QString sensor = QStringLiteral("ms-101-temp");
    auto twinctl = [](const QStringList &args) {
        const twintest::ProcessResult run = twintest::runTool(QStringLiteral("twinctl"), args, 60000);
        EXPECT_EQ(run.exitCode, 0) << args.join(u' ').toStdString() << ": " << run.err.toStdString();
        return run;
    };
    twinctl({QStringLiteral("project"), QStringLiteral("new"), QStringLiteral("--demo"), project});
    twinctl({QStringLiteral("project"), QStringLiteral("alerts"), project, QStringLiteral("--add"),
             QStringLiteral("{\"twin\": \"%1\", \"value\": \"Temperature\", \"condition\": \"above\", "
                            "\"threshold\": -100, \"severity\": \"warning\"}")
                 .arg(sensor)});

    // The recorder runs while the simulator publishes a few seconds of readings, then
    // is stopped as a service is.
    QProcess recorder;
    QByteArray err;
    ASSERT_TRUE(twintest::RecordService::start(&recorder, project, broker.url(), url, {QStringLiteral("--json")}, &err))
        << err.toStdString();
    twinctl({QStringLiteral("simulate"), QStringLiteral("--project"), project, QStringLiteral("--broker"), broker.url(),
             QStringLiteral("--rate"), QStringLiteral("2"), QStringLiteral("--duration"), QStringLiteral("3")});
    const std::shared_ptr<HistoryQueries> stored = HistoryQueries::open(url);
    QList<HistorySample> samples;
    ASSERT_TRUE(twintest::waitUntil(
        [&] {
            QString why;
            return stored->range(sensor, QStringLiteral("Temperature"), 0, std::numeric_limits<qint64>::max(), &samples,
                                 0, &why)
                && samples.size() >= 4;
        },
        30000))
        << "the recorder stored " << samples.size() << " readings of " << sensor.toStdString();
    QJsonObject summary;
    ASSERT_TRUE(twintest::RecordService::stop(&recorder, &summary, &err)) << err.toStdString();
    EXPECT_GE(summary.value(QStringLiteral("alertsRaised")).toInt(), 1) << err.toStdString();
    ASSERT_TRUE(stored->range(sensor, QStringLiteral("Temperature"), 0, std::numeric_limits<qint64>::max(), &samples,
                              0, &error))
        << error.toStdString();
    stored->close();
    // twinctl lists the alert the recorder stored. The demo's functions may have stored
    // notifications beside it (the comfort function's "too cold" follows the simulated
    // time of day): only the rule's alerts count here.
    const QJsonArray all = QJsonDocument::fromJson(twinctl({QStringLiteral("history"), QStringLiteral("alerts"),
                                                            QStringLiteral("--history"), url, QStringLiteral("--json")})
                                                       .out)
                               .array();
    QJsonArray listed;
    for (const QJsonValue &a : all) {
        if (a[QStringLiteral("rule")].toString() == QStringLiteral("Temperature above -100"))
            listed.append(a);
    }
    ASSERT_EQ(listed.size(), 1) << QJsonDocument(all).toJson().toStdString();
    EXPECT_EQ(listed.first()[QStringLiteral("twin")].toString(), sensor);
    EXPECT_EQ(listed.first()[QStringLiteral("state")].toString(), QStringLiteral("open"));

    // The desktop, started afterwards on the demo with the shared history.
    MainWindow window;
    window.openDemo();
    HistoryOverride::set(window.project(), url); // `twinstudio --demo --history URL`
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(window.showView(QStringLiteral("chart")));
    ChartsTab *charts = window.charts();
    charts->addTwin(sensor);
    const int series = charts->view()->indexOf(sensor, QStringLiteral("Temperature"));
    ASSERT_GE(series, 0);
    // Following, as it opens, the chart draws the recorded readings of its window at once.
    ASSERT_TRUE(twintest::waitUntil([&] { return charts->view()->pointCount(series) > 0; }, 10000));
    EXPECT_TRUE(charts->view()->isFollowing());
    EXPECT_LE(charts->view()->pointCount(series), samples.size());
    charts->view()->setFollowing(false);
    const qint64 first = samples.first().timestampMs;
    const qint64 last = samples.last().timestampMs;
    charts->view()->setVisibleRange(first - 1000, last + 1000);
    QCoreApplication::processEvents();
    charts->view()->plot()->replot();
    ASSERT_GT(charts->view()->plotWidth(), 100);
    ASSERT_TRUE(charts->loadHistoryNow(&error)) << error.toStdString();
    // One bucket per pixel, fewer readings than pixels: each reading is a bucket of its own.
    EXPECT_EQ(charts->view()->bucketCount(series), samples.size());
    const QString shown = charts->view()->trackerText(last);
    EXPECT_TRUE(shown.contains(QLocale().toString(samples.last().value, 'g', 4))) << shown.toStdString();

    // The alert the recorder raised is in the alerts panel (beside what the demo's functions
    // may have notified).
    NotificationModel *alerts = window.live()->session()->notifications();
    const auto ruleRow = [&] {
        for (int row = 0; row < alerts->rowCount(); ++row) {
            if (alerts->alert(row).twinId == sensor)
                return row;
        }
        return -1;
    };
    ASSERT_TRUE(twintest::waitUntil([&] { return ruleRow() >= 0; }, 20000));
    EXPECT_EQ(alerts->alert(ruleRow()).severity, QStringLiteral("warning"));
}
