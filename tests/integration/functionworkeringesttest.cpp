// SPDX-License-Identifier: GPL-3.0-or-later
// `twinctl ingest` with hostile functions running in worker processes: it still stops at
// --duration and prints its summary, with the hostile invocations counted as failures and
// the good function's value computed.
#include "availabilityfixture.h"
#include "mosquittobroker.h"

#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using twintest::MosquittoBroker;

TEST(FunctionWorkerIngest, StopsOnTimeWithASummaryWhileHostileFunctionsRun)
{
    TWIN_REQUIRE_MOSQUITTO();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rooms.twinproj"));
    QString error;
    ASSERT_TRUE(twintest::saveAvailabilityProject(
        file,
        {{"recursion", "function f() { try { f(); } catch (e) { f(); } }\nfunction process() { f(); }"},
         {"huge", "function process() { return 'x'.repeat(2 ** 30).length; }"}},
        &error))
        << error.toStdString();
    MosquittoBroker broker;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();

    const int duration = 6;
    QProcess ingest;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWINSTUDIO_FUNCTION_ISOLATION"), QStringLiteral("process"));
    ingest.setProcessEnvironment(env);
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(twintest::startIngest(&ingest,
                                      {QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"), file,
                                       QStringLiteral("--duration"), QString::number(duration), QStringLiteral("--qos"),
                                       QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--trust")},
                                      &err))
        << err.toStdString();
    ASSERT_TRUE(twintest::publishTelemetry(broker.url(), {{"temp-2", "21"},
                                                          {"temp-2", "22"},
                                                          {"motion-1", R"({"SensorValue": false})"},
                                                          {"temp-2", "23"},
                                                          {"co2-1", R"({"SensorValue": 1400})"}}));
    ASSERT_TRUE(ingest.waitForFinished(60000));
    // --duration plus the start-up and the last batch's invocations, on a loaded machine.
    EXPECT_LT(timer.elapsed(), (duration + 15) * 1000);
    const QByteArray out = ingest.readAllStandardOutput();
    ASSERT_EQ(ingest.exitCode(), 0) << out.toStdString() << ingest.readAllStandardError().toStdString();
    const QJsonObject summary = twintest::jsonSummary(out);
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), 5);
    EXPECT_EQ(summary.value(QStringLiteral("functionsRun")).toInt(), 8);
    EXPECT_EQ(summary.value(QStringLiteral("functionFailures")).toInt(), 6);
    EXPECT_EQ(twintest::roomAvailability(summary), QStringLiteral("Room is not available: the air is stale."));
}
