// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl record-service against a real mosquitto and a real PostgreSQL the tests start:
// shared history, shared subscriptions, the database going away, a clean stop.
#include "mosquittobroker.h"
#include "recordservice.h"
#include "telemetrytestutil.h"

#include "support/postgresserver.h"
#include "support/testsupport.h"

#include "document/project.h"
#include "store/projectstore.h"
#include "telemetry/postgreshistoryreader.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <limits>
#include <memory>

using twintest::MosquittoBroker;
using twintest::PostgresServer;

namespace {

constexpr qint64 kFirst = std::numeric_limits<qint64>::min();
constexpr qint64 kLast = std::numeric_limits<qint64>::max();

class RecordServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        TWIN_REQUIRE_MOSQUITTO();
        if (PostgresServer::binDir().isEmpty())
            GTEST_SKIP() << "PostgreSQL's server binaries (initdb, pg_ctl) are not installed";
        QString error;
        ASSERT_TRUE(database.start(&error)) << error.toStdString();
        ASSERT_TRUE(database.createDatabase(QStringLiteral("site"), &error)) << error.toStdString();
        ASSERT_TRUE(broker.start(&error)) << error.toStdString();
        file = dir.filePath(QStringLiteral("site.twinproj"));
        ASSERT_TRUE(twintest::RecordService::saveTestSite(file, &error)) << error.toStdString();
        publisher.reset(twin::TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
        ASSERT_TRUE(publisher) << error.toStdString();
        ASSERT_TRUE(publisher->start({{QStringLiteral("url"), broker.url()}}, &error)) << error.toStdString();
        base = QDateTime::currentMSecsSinceEpoch() - 3600000;
    }

    /// Starts a recorder with \a extra arguments; waits until it has subscribed.
    void startRecorder(QProcess *recorder, const QStringList &extra)
    {
        QByteArray err;
        ASSERT_TRUE(twintest::RecordService::start(recorder, file, broker.url(), database.url(QStringLiteral("site")),
                                                   QStringList{QStringLiteral("--json")} + extra, &err))
            << err.toStdString();
    }

    /// Publishes readings \a first .. first+count-1 at QoS 1 round the three thermometers,
    /// each stamped by its device (base + i ms), and waits for the broker's acknowledgements.
    void publish(int first, int count)
    {
        static const char *const sensors[] = {"twins/temp-1/telemetry", "twins/temp-2/telemetry",
                                              "twins/temp-3/telemetry"};
        for (int i = first; i < first + count; ++i) {
            QString error;
            const std::string payload = "{\"value\": " + std::to_string(i % 1000) + ".5, \"ts\": "
                + std::to_string(base + i) + "}";
            ASSERT_TRUE(publisher->publish(sensors[i % 3], payload, 1, &error)) << error.toStdString();
        }
        ASSERT_TRUE(publisher->flush(60000));
    }

    /// Waits until the shared history holds \a count samples; the count it saw last.
    qint64 waitForSamples(qint64 count, int seconds)
    {
        twin::PostgresHistoryReader reader(database.url(QStringLiteral("site")));
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        qint64 seen = -1;
        while (std::chrono::steady_clock::now() < deadline) {
            QString error;
            seen = reader.sampleCount(&error);
            if (seen >= count)
                break;
            QThread::msleep(200);
        }
        return seen;
    }

    /// Stops \a recorder with SIGTERM; its summary (the last line on stdout).
    static QJsonObject stop(QProcess *recorder, QByteArray *err)
    {
        QJsonObject summary;
        EXPECT_TRUE(twintest::RecordService::stop(recorder, &summary, err)) << err->toStdString();
        return summary;
    }

    QTemporaryDir dir;
    QString file;
    PostgresServer database;
    MosquittoBroker broker;
    std::unique_ptr<twin::TelemetrySource> publisher;
    qint64 base = 0;
};

} // namespace

TEST_F(RecordServiceTest, RecordsIntoPostgresReportsHealthAndStopsCleanlyOnSigterm)
{
    QProcess recorder;
    startRecorder(&recorder, {QStringLiteral("--health-interval"), QStringLiteral("0.5")});
    publish(0, 3000);
    EXPECT_EQ(waitForSamples(3000, 60), 3000);
    QThread::msleep(1200);
    QByteArray err;
    const QJsonObject summary = stop(&recorder, &err);
    EXPECT_TRUE(err.contains("health: ")) << err.toStdString();
    EXPECT_TRUE(err.contains("flushing and stopping")) << err.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("processed")).toInt(), 3000) << err.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("historyWritten")).toInt(), 3000);
    EXPECT_EQ(summary.value(QStringLiteral("spoolBytes")).toInt(), 0);

    // The same values as sent, with the devices' times.
    twin::PostgresHistoryReader reader(database.url(QStringLiteral("site")));
    QList<twin::HistorySample> samples;
    QString error;
    ASSERT_TRUE(reader.range(QStringLiteral("temp-2"), QStringLiteral("Temperature"), kFirst, kLast, &samples, 0, &error))
        << error.toStdString();
    ASSERT_EQ(samples.size(), 1000);
    EXPECT_EQ(samples.first().timestampMs, base + 1);
    EXPECT_EQ(samples.first().value, 1.5);
}

TEST_F(RecordServiceTest, TwoRecordersSharingAGroupStoreEachMessageExactlyOnce)
{
    QProcess first, second;
    startRecorder(&first, {QStringLiteral("--share"), QStringLiteral("site"), QStringLiteral("--client-id"),
                           QStringLiteral("recorder-a")});
    startRecorder(&second, {QStringLiteral("--share"), QStringLiteral("site"), QStringLiteral("--client-id"),
                            QStringLiteral("recorder-b")});
    const int messages = 100000;
    publish(0, messages);
    EXPECT_EQ(waitForSamples(messages, 240), messages);
    QThread::msleep(500); // anything stored twice would show now
    QByteArray errA, errB;
    const QJsonObject a = stop(&first, &errA);
    const QJsonObject b = stop(&second, &errB);
    const int processedA = a.value(QStringLiteral("processed")).toInt();
    const int processedB = b.value(QStringLiteral("processed")).toInt();
    // The broker split the traffic: both took part, together they saw each message once.
    EXPECT_GT(processedA, 0) << errA.toStdString();
    EXPECT_GT(processedB, 0) << errB.toStdString();
    EXPECT_EQ(processedA + processedB, messages);
    EXPECT_EQ(twin::PostgresHistoryReader(database.url(QStringLiteral("site"))).sampleCount(), messages);
}

TEST_F(RecordServiceTest, TheDatabaseAwayForTenSecondsLosesNothing)
{
    QProcess recorder;
    startRecorder(&recorder, {QStringLiteral("--health-interval"), QStringLiteral("1")});
    publish(0, 2000);
    ASSERT_EQ(waitForSamples(2000, 60), 2000);

    QString error;
    ASSERT_TRUE(database.stop(&error)) << error.toStdString();
    publish(2000, 2000); // these wait in the spool
    QThread::sleep(10);
    ASSERT_TRUE(database.restart(&error)) << error.toStdString();
    EXPECT_EQ(waitForSamples(4000, 60), 4000); // the spool is handed over without new traffic
    publish(4000, 1000);
    EXPECT_EQ(waitForSamples(5000, 60), 5000);

    QByteArray err;
    const QJsonObject summary = stop(&recorder, &err);
    EXPECT_EQ(summary.value(QStringLiteral("processed")).toInt(), 5000) << err.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("spoolBytes")).toInt(), 0);
    EXPECT_TRUE(err.contains("spooling")) << err.toStdString();
    EXPECT_EQ(twin::PostgresHistoryReader(database.url(QStringLiteral("site"))).sampleCount(), 5000);
}
