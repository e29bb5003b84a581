// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilityfixture.h"
#include "mosquittobroker.h"

#include "support/peakmemory.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

#include <algorithm>

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
    QByteArray err;
    const QStringList args{QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"), project,
                           QStringLiteral("--count"), QString::number(n), QStringLiteral("--duration"), QStringLiteral("60"),
                           QStringLiteral("--qos"), QStringLiteral("1"), QStringLiteral("--json")};
    ASSERT_TRUE(twintest::startIngest(&ingest, args, &err)) << err.toStdString();

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
    const QJsonObject summary = twintest::jsonSummary(out);
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), n);
    EXPECT_EQ(summary.value(QStringLiteral("processed")).toInt(), n);
    EXPECT_EQ(summary.value(QStringLiteral("unbound")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("malformed")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("dropped")).toInt(), 0);
    for (const char *key : {"messagesPerSecond", "p99LatencyMs"})
        EXPECT_TRUE(summary.contains(QLatin1StringView(key))) << key;
    EXPECT_GT(summary.value(QStringLiteral("messagesPerSecond")).toDouble(), 0.0);
    // The demo's functions run on the simulated telemetry and compute their values.
    EXPECT_GT(summary.value(QStringLiteral("functionsRun")).toInt(), n / 2);
    EXPECT_EQ(summary.value(QStringLiteral("functionFailures")).toInt(), 0);
    const QJsonObject spaces = summary.value(QStringLiteral("spaceValues")).toObject();
    for (const auto &[space, name] : {std::pair{"room-102", "AvailableAndFresh"}, std::pair{"room-102", "Comfort"},
                                      std::pair{"floor-1", "Occupancy"}, std::pair{"building-a", "OccupiedRooms"}})
        EXPECT_TRUE(spaces.value(QLatin1StringView(space)).toObject().contains(QLatin1StringView(name)))
            << space << " " << name << "\n" << out.toStdString();
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

TEST(TwinctlTelemetry, AvailabilityFunctionRunsOnLiveTelemetry)
{
    TWIN_REQUIRE_MOSQUITTO();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rooms.twinproj"));
    QString error;
    ASSERT_TRUE(twintest::saveAvailabilityProject(file, {}, &error)) << error.toStdString();
    MosquittoBroker broker;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();

    QProcess ingest;
    QByteArray err;
    const QStringList args{QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"), file,
                           QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--duration"), QStringLiteral("60"),
                           QStringLiteral("--qos"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--trust")};
    ASSERT_TRUE(twintest::startIngest(&ingest, args, &err)) << err.toStdString();

    // The device reports as the original service's devices did, one sensor after the other.
    ASSERT_TRUE(twintest::publishTelemetry(broker.url(), {{"motion-1", R"({"SensorValue": false})"},
                                                          {"co2-1", R"({"SensorValue": 1400})"}}));

    ASSERT_TRUE(ingest.waitForFinished(60000));
    const QByteArray out = ingest.readAllStandardOutput();
    ASSERT_EQ(ingest.exitCode(), 0) << out.toStdString() << ingest.readAllStandardError().toStdString();
    const QJsonObject summary = twintest::jsonSummary(out);
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("functionsRun")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("functionFailures")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("notifications")).toInt(), 1);
    EXPECT_EQ(twintest::roomAvailability(summary), QStringLiteral("Room is not available: the air is stale."));

    // A later replay reads what the run wrote to the history file: the readings (the
    // function's echo of each adds none) and the insight.
    QFile script(dir.filePath(QStringLiteral("history.js")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("function process(telemetry) {\n"
                 "    log(JSON.stringify(getSpaceHistoryValues('room-1', 'AvailableAndFresh').map(function (v) { return v.Value; })));\n"
                 "    log(JSON.stringify(getSensorMetadata('co2-1').History().map(function (v) { return v.Value; })));\n"
                 "}\n");
    script.close();
    QFile telemetry(dir.filePath(QStringLiteral("later.jsonl")));
    ASSERT_TRUE(telemetry.open(QIODevice::WriteOnly));
    telemetry.write(R"({"SensorId": "motion-1", "Message": "{\"SensorValue\": true}"})" "\n");
    telemetry.close();
    const auto replay = twintest::runTool(QStringLiteral("twinctl"),
                                          {QStringLiteral("function"), QStringLiteral("run"), QStringLiteral("--project"),
                                           file, QStringLiteral("--script"), script.fileName(), QStringLiteral("--telemetry"),
                                           telemetry.fileName(), QStringLiteral("--json")});
    ASSERT_EQ(replay.exitCode, 0) << replay.err.toStdString();
    const QJsonArray logs =
        QJsonDocument::fromJson(replay.out.split('\n').first()).object().value(QStringLiteral("logs")).toArray();
    ASSERT_EQ(logs.size(), 2) << replay.out.toStdString();
    EXPECT_EQ(logs.at(0).toString(), QStringLiteral(R"(["Room is not available: the air is stale."])"));
    EXPECT_EQ(logs.at(1).toString(), QStringLiteral(R"(["1400"])"));
}

namespace {

/// A field of /proc/PID/status in KiB (VmRSS, VmHWM), 0 when unreadable.
long statusKiB(qint64 pid, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLong();
    }
    return 0;
}

} // namespace

TEST(TwinctlTelemetry, OversizePayloadsAreNeverHeldWhole)
{
    TWIN_REQUIRE_MOSQUITTO();
    if (!twintest::memoryFiguresAreMeaningful())
        GTEST_SKIP() << "resident memory is not comparable under AddressSanitizer";
    const QString publisher = QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub"));
    if (publisher.isEmpty())
        GTEST_SKIP() << "mosquitto_pub (mosquitto-clients) is not installed";
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.twinproj"));
    const auto created = twintest::runTool(QStringLiteral("twinctl"),
                                           {QStringLiteral("project"), QStringLiteral("new"), project, QStringLiteral("--demo")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString payload = dir.filePath(QStringLiteral("big.json"));
    ASSERT_TRUE(twintest::writeFileBytes(payload, QByteArray(20 << 20, 'x')));
    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();
    QProcess ingest;
    QByteArray err;
    ASSERT_TRUE(twintest::startIngest(&ingest, {QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"), project,
                                                QStringLiteral("--duration"), QStringLiteral("8"), QStringLiteral("--no-history"),
                                                QStringLiteral("--json")},
                                      &err))
        << err.toStdString();
    const long before = statusKiB(ingest.processId(), "VmHWM");
    ASSERT_GT(before, 0);
    for (int i = 0; i < 4; ++i) {
        const int rc = QProcess::execute(publisher, {QStringLiteral("-p"), QString::number(broker.port()), QStringLiteral("-q"),
                                                     QStringLiteral("1"), QStringLiteral("-t"),
                                                     QStringLiteral("twins/ms-101-temp/telemetry"), QStringLiteral("-f"), payload});
        ASSERT_EQ(rc, 0);
    }
    // The peak, read until the process ends: each 20 MB message is dropped as it arrives
    // past its first bytes (counted oversize), so the peak stays a few MB over the start
    // (it was 85 MB over with every message buffered whole once).
    long peak = before;
    while (!ingest.waitForFinished(50))
        peak = std::max(peak, statusKiB(ingest.processId(), "VmHWM"));
    const QByteArray out = ingest.readAllStandardOutput();
    const QJsonObject summary = twintest::jsonSummary(out);
    EXPECT_EQ(summary.value(QStringLiteral("oversize")).toInt(), 4) << out.toStdString();
    EXPECT_LT(peak - before, 8 * 1024) << "KiB of peak growth while 4 x 20 MB payloads arrived";
}
