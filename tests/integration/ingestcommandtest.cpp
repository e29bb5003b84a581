// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"

#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using twintest::MosquittoBroker;

TEST(TwinctlTelemetry, SimulateFeedsIngestEndToEnd)
{
    TWIN_REQUIRE_MOSQUITTO();
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.twinproj"));
    const auto created = twintest::runTool(QStringLiteral("twinctl"),
                                           {QStringLiteral("project"), QStringLiteral("new"), project, QStringLiteral("--demo")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();

    const int n = 3000;
    QProcess ingest;
    ingest.start(twintest::binaryPath(QStringLiteral("twinctl")),
                 {QStringLiteral("ingest"), QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"), project,
                  QStringLiteral("--count"), QString::number(n), QStringLiteral("--duration"), QStringLiteral("60"),
                  QStringLiteral("--qos"), QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_TRUE(ingest.waitForStarted(10000));
    // Wait until it has subscribed, so that nothing is published before.
    QByteArray err;
    while (!err.contains("subscribed") && ingest.state() == QProcess::Running) {
        ingest.waitForReadyRead(200);
        err += ingest.readAllStandardError();
    }
    ASSERT_TRUE(err.contains("subscribed")) << err.toStdString();

    const auto sim = twintest::runTool(QStringLiteral("twinctl"),
                                       {QStringLiteral("simulate"), QStringLiteral("--broker"), broker.url(),
                                        QStringLiteral("--project"), project, QStringLiteral("--count"), QString::number(n),
                                        QStringLiteral("--qos"), QStringLiteral("1"), QStringLiteral("--json")},
                                       60000);
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
    const QJsonObject simSummary = QJsonDocument::fromJson(sim.out.trimmed().split('\n').last()).object();
    EXPECT_EQ(simSummary.value(QStringLiteral("published")).toInt(), n);

    ASSERT_TRUE(ingest.waitForFinished(60000));
    const QByteArray out = ingest.readAllStandardOutput();
    ASSERT_EQ(ingest.exitCode(), 0) << out.toStdString() << ingest.readAllStandardError().toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), n);
    EXPECT_EQ(summary.value(QStringLiteral("processed")).toInt(), n);
    EXPECT_EQ(summary.value(QStringLiteral("unbound")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("malformed")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("dropped")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("functionsRun")).toInt(), 0);
    for (const char *key : {"messagesPerSecond", "p99LatencyMs"})
        EXPECT_TRUE(summary.contains(QLatin1StringView(key))) << key;
    EXPECT_GT(summary.value(QStringLiteral("messagesPerSecond")).toDouble(), 0.0);
}

TEST(TwinctlTelemetry, HelpAndUsageErrors)
{
    for (const char *cmd : {"simulate", "ingest"}) {
        const auto help = twintest::runTool(QStringLiteral("twinctl"), {QString::fromLatin1(cmd), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << cmd;
        EXPECT_TRUE(help.out.contains("--broker")) << cmd;
        const auto bad = twintest::runTool(QStringLiteral("twinctl"), {QString::fromLatin1(cmd)});
        EXPECT_EQ(bad.exitCode, 2) << cmd;
    }
}
