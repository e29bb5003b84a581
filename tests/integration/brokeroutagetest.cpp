// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl ingest across a broker restart: QoS 1 keeps its session, loses and doubles nothing.
#include "mosquittobroker.h"
#include "telemetrytestutil.h"

#include "support/testsupport.h"

#include "document/project.h"
#include "store/projectstore.h"
#include "telemetry/historyreader.h"
#include "telemetry/historystore.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <sys/types.h>

#include <chrono>
#include <csignal>
#include <limits>
#include <memory>
#include <set>

using twintest::MosquittoBroker;

namespace {

/// Publishes \a count messages {"value": i} for i from \a first at QoS 1, and waits
/// until the broker has acknowledged them all.
void publishValues(twin::TelemetrySource *publisher, int first, int count)
{
    for (int i = first; i < first + count; ++i) {
        QString error;
        ASSERT_TRUE(publisher->publish("twins/temp-1/telemetry", "{\"value\": " + std::to_string(i) + "}", 1, &error))
            << error.toStdString();
    }
    ASSERT_TRUE(publisher->flush(30000));
}

/// Runs `twinctl ingest` (with \a receiver's extra arguments) while the broker restarts
/// with messages in flight and checks that history holds every value once.
void restartLosesAndDuplicatesNothing(const QStringList &receiver)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    {
        twin::Project project;
        twin::Diagnostics diagnostics;
        ASSERT_TRUE(project.setContent(twintest::telemetrySite({}), &diagnostics));
        QString error;
        ASSERT_TRUE(twin::ProjectStore::save(&project, file, &error)) << error.toStdString();
    }
    MosquittoBroker broker;
    broker.setPersistence(true);
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();

    const int half = 1500;
    QProcess ingest;
    QByteArray err;
    QStringList args{QStringLiteral("--broker"), broker.url(), QStringLiteral("--project"), file,
                           QStringLiteral("--count"), QString::number(2 * half), QStringLiteral("--duration"), QStringLiteral("90"),
                           QStringLiteral("--qos"), QStringLiteral("1"), QStringLiteral("--json")};
    args += receiver;
    ASSERT_TRUE(twintest::startIngest(&ingest, args, &err)) << err.toStdString();

    std::unique_ptr<twin::TelemetrySource> publisher(
        twin::TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    ASSERT_TRUE(publisher) << error.toStdString();
    ASSERT_TRUE(publisher->start({{QStringLiteral("url"), broker.url()}, {QStringLiteral("reconnectMinSeconds"), 1},
                                  {QStringLiteral("reconnectMaxSeconds"), 1}},
                                 &error))
        << error.toStdString();
    // The ingest stalls: the broker sends it what its in-flight window allows (the
    // ingest reads those later, on a connection that is gone by then) and queues the rest.
    ASSERT_EQ(::kill(pid_t(ingest.processId()), SIGSTOP), 0);
    publishValues(publisher.get(), 0, half);

    // The broker restarts on the same port with the queue it saved; then the ingest goes on.
    const int port = broker.port();
    broker.stop();
    QThread::msleep(500);
    ASSERT_TRUE(broker.start(&error, port)) << error.toStdString();
    ASSERT_EQ(::kill(pid_t(ingest.processId()), SIGCONT), 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (publisher->state() != twin::TelemetrySource::State::Connected && std::chrono::steady_clock::now() < deadline)
        QThread::msleep(20);
    ASSERT_EQ(publisher->state(), twin::TelemetrySource::State::Connected);
    publishValues(publisher.get(), half, half);

    ASSERT_TRUE(ingest.waitForFinished(90000));
    const QByteArray out = ingest.readAllStandardOutput();
    err += ingest.readAllStandardError();
    ASSERT_EQ(ingest.exitCode(), 0) << out.toStdString() << err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    EXPECT_EQ(summary.value(QStringLiteral("processed")).toInt(), 2 * half);
    EXPECT_EQ(summary.value(QStringLiteral("historyWritten")).toInt(), 2 * half);
    EXPECT_GE(summary.value(QStringLiteral("disconnects")).toInt(), 1);
    EXPECT_GT(summary.value(QStringLiteral("outageSeconds")).toDouble(), 0.5);
    EXPECT_LT(summary.value(QStringLiteral("outageSeconds")).toDouble(), 60.0);
    // The in-flight messages came twice: once on the old connection, once again, flagged.
    EXPECT_GE(summary.value(QStringLiteral("duplicates")).toInt(), 1);

    // History holds every value once.
    twin::HistoryReader reader(twin::HistoryStore::companionPath(file));
    QList<twin::HistoryValue> values;
    QString dataType;
    bool truncated = false;
    ASSERT_TRUE(reader.latest(QStringLiteral("temp-1"), QStringLiteral("Temperature"), 0,
                              std::numeric_limits<qint64>::max(), 4 * half, &values, &dataType, &truncated, &error))
        << error.toStdString();
    std::set<double> distinct;
    for (const twin::HistoryValue &v : values)
        distinct.insert(v.number);
    EXPECT_EQ(values.size(), 2 * half);
    EXPECT_EQ(distinct.size(), std::size_t(2 * half));
}

} // namespace

TEST(BrokerOutage, Qos1IngestLosesAndDuplicatesNothingAcrossABrokerRestart)
{
    TWIN_REQUIRE_MOSQUITTO();
    restartLosesAndDuplicatesNothing({});
}

TEST(BrokerOutage, Qos1IngestThroughPahoLosesAndDuplicatesNothingAcrossABrokerRestart)
{
    TWIN_REQUIRE_MOSQUITTO();
    restartLosesAndDuplicatesNothing({QStringLiteral("--paho")});
}

TEST(BrokerOutage, IngestHelpNamesTheOutageFields)
{
    const auto help = twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("ingest"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *field : {"disconnects", "outageSeconds", "duplicates", "badTimestamp", "--clean-session"})
        EXPECT_TRUE(help.out.contains(field)) << field;
}
