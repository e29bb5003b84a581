// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl record-service killed with SIGKILL in the middle of a QoS 1 feed and started
// again with the same client id: the broker sends again what was not acknowledged, and
// since a message is acknowledged only once stored, nothing is lost.
#include "mosquittobroker.h"
#include "loopbackbroker.h"
#include "recordservice.h"
#include "telemetrytestutil.h"

#include "support/postgresserver.h"
#include "support/testsupport.h"

#include "mqtt/mqttwire.h"
#include "document/project.h"
#include "store/projectstore.h"
#include "telemetry/historyreader.h"
#include "telemetry/postgreshistoryreader.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <limits>
#include <memory>

using twintest::MosquittoBroker;
using twintest::PostgresServer;

namespace {

enum class Store { Sqlite, Postgres };

constexpr int kMessages = 30000;
const char *const kSensors[] = {"temp-1", "temp-2", "temp-3"};

class RecorderKillTest : public ::testing::TestWithParam<Store>
{
protected:
    void SetUp() override
    {
        TWIN_REQUIRE_MOSQUITTO();
        QString error;
        if (GetParam() == Store::Postgres) {
            if (PostgresServer::binDir().isEmpty())
                GTEST_SKIP() << "PostgreSQL's server binaries (initdb, pg_ctl) are not installed";
            ASSERT_TRUE(database.start(&error)) << error.toStdString();
            ASSERT_TRUE(database.createDatabase(QStringLiteral("site"), &error)) << error.toStdString();
            history = database.url(QStringLiteral("site"));
        } else {
            history = dir.filePath(QStringLiteral("site.history"));
        }
        ASSERT_TRUE(broker.start(&error)) << error.toStdString();
        file = dir.filePath(QStringLiteral("site.twinproj"));
        ASSERT_TRUE(twintest::RecordService::saveTestSite(file, &error)) << error.toStdString();
        publisher.reset(twin::TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
        ASSERT_TRUE(publisher) << error.toStdString();
        ASSERT_TRUE(publisher->start({{QStringLiteral("url"), broker.url()}}, &error)) << error.toStdString();
        base = QDateTime::currentMSecsSinceEpoch() - 3600000;
    }

    void startRecorder(QProcess *recorder, const QStringList &extra = {})
    {
        QByteArray err;
        ASSERT_TRUE(twintest::RecordService::start(recorder, file, broker.url(), history,
                                                   QStringList{QStringLiteral("--client-id"), QStringLiteral("recorder-k")}
                                                       + extra,
                                                   &err))
            << err.toStdString();
    }

    /// Every sample of \a sensor's temperature, oldest first.
    QList<twin::HistorySample> rangeOf(const char *sensor) const
    {
        QList<twin::HistorySample> samples;
        QString error;
        const qint64 from = std::numeric_limits<qint64>::min(), to = std::numeric_limits<qint64>::max();
        const bool ok = GetParam() == Store::Postgres
            ? twin::PostgresHistoryReader(history).range(QString::fromLatin1(sensor), QStringLiteral("Temperature"), from,
                                                         to, &samples, 0, &error)
            : twin::HistoryReader(history).range(QString::fromLatin1(sensor), QStringLiteral("Temperature"), from, to,
                                                 &samples, 0, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return samples;
    }

    qint64 count() const
    {
        if (GetParam() == Store::Postgres)
            return twin::PostgresHistoryReader(history).sampleCount();
        return twin::HistoryReader(history).sampleCount();
    }

    qint64 waitForSamples(qint64 atLeast, int seconds) const
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        qint64 seen = -1;
        while (std::chrono::steady_clock::now() < deadline && (seen = count()) < atLeast)
            QThread::msleep(5);
        return seen;
    }

    /// Publishes kMessages messages (\a payload of each index) over the three sensors, the
    /// recorder killed with SIGKILL halfway and started again until all are stored; the
    /// count stored at the kill, the second run's log in \a log.
    qint64 killHalfwayAndRestart(const std::function<std::string(int)> &payload, std::string *log)
    {
        QProcess recorder;
        startRecorder(&recorder);
        // Killed in the middle of a steady feed, with messages on their way through it; the
        // broker keeps the rest for the session meanwhile (max_queued_messages 0).
        for (int i = 0; i < kMessages; ++i) {
            QString error;
            const QString topic = QStringLiteral("twins/%1/telemetry").arg(QLatin1String(kSensors[i % 3]));
            EXPECT_TRUE(publisher->publish(topic.toStdString(), payload(i), 1, &error)) << error.toStdString();
            if (i == kMessages / 2) {
                ::kill(pid_t(recorder.processId()), SIGKILL);
                EXPECT_TRUE(recorder.waitForFinished(10000));
            }
        }
        EXPECT_TRUE(publisher->flush(60000));
        const qint64 atKill = count();
        EXPECT_GT(atKill, 0);
        EXPECT_LT(atKill, kMessages);

        QProcess again;
        startRecorder(&again);
        const qint64 stored = waitForSamples(kMessages, 60);
        QThread::msleep(500); // what comes twice would show now
        ::kill(pid_t(again.processId()), SIGTERM);
        EXPECT_TRUE(again.waitForFinished(30000));
        *log = again.readAllStandardError().toStdString();
        EXPECT_GE(stored, kMessages) << *log;
        return atKill;
    }

    /// The distinct device times stored, over the three sensors.
    qint64 distinctTimes() const
    {
        QSet<qint64> times;
        for (const char *sensor : kSensors) {
            for (const twin::HistorySample &s : rangeOf(sensor))
                times.insert(s.timestampMs);
        }
        QString gaps;
        for (qint64 i = 0, start = -1; i <= kMessages; ++i) {
            const bool missing = i < kMessages && !times.contains(base + i);
            if (missing && start < 0)
                start = i;
            if (!missing && start >= 0) {
                gaps += QStringLiteral("%1-%2 ").arg(start).arg(i - 1);
                start = -1;
            }
        }
        if (!gaps.isEmpty())
            ADD_FAILURE() << "missing messages (index ranges): " << gaps.toStdString();
        return times.size();
    }

    QTemporaryDir dir;
    QString file;
    QString history;
    PostgresServer database;
    MosquittoBroker broker;
    std::unique_ptr<twin::TelemetrySource> publisher;
    qint64 base = 0;
};

} // namespace

TEST_P(RecorderKillTest, KilledAndRestartedLosesNothingAcknowledged)
{
    std::string log;
    const qint64 atKill = killHalfwayAndRestart(
        [this](int i) { return "{\"value\": " + std::to_string(i % 1000) + ".5, \"ts\": " + std::to_string(base + i) + "}"; },
        &log);
    EXPECT_EQ(distinctTimes(), kMessages) << "stored before the kill: " << atKill;
    // Stored but killed before the PUBACK went out (within a millisecond or so of the
    // kill): sent again, and stored once, in the file as in PostgreSQL.
    EXPECT_EQ(count(), kMessages);
}

// The same without device times: each reading gets its receive time, so a message sent
// again after the kill would be a second reading unless the recorder knows it stored it
// (the packet ids and digests stored with each batch, loaded when the session resumes),
// and the readings after the restart must not meet the times the burst before it took.
TEST_P(RecorderKillTest, KilledAndRestartedWithoutDeviceTimesStoresEachReadingOnce)
{
    std::string log;
    const qint64 atKill = killHalfwayAndRestart([](int i) { return "{\"value\": " + std::to_string(i) + "}"; }, &log);
    QHash<qint64, int> times; // each message's value, as an index
    for (const char *sensor : kSensors) {
        for (const twin::HistorySample &s : rangeOf(sensor))
            ++times[qint64(s.value)];
    }
    int doubles = 0, lost = 0;
    for (qint64 i = 0; i < kMessages; ++i) {
        doubles += std::max(0, times.value(i) - 1);
        lost += times.value(i) == 0 ? 1 : 0;
    }
    EXPECT_EQ(doubles, 0) << "stored before the kill: " << atKill;
    EXPECT_EQ(lost, 0) << "stored before the kill: " << atKill << '\n' << log;
    EXPECT_EQ(count(), kMessages);
}

// Readings without a device time are never taken for copies of each other: a burst of
// them, many in one millisecond, is stored whole, each at a time of its own.
TEST_P(RecorderKillTest, ReadingsWithoutTimestampInABurstAreAllKept)
{
    QProcess recorder;
    startRecorder(&recorder);
    const int n = 3000;
    for (int i = 0; i < n; ++i) {
        QString error;
        ASSERT_TRUE(publisher->publish("twins/temp-1/telemetry", "{\"value\": " + std::to_string(i) + "}", 1, &error))
            << error.toStdString();
    }
    ASSERT_TRUE(publisher->flush(60000));
    const qint64 stored = waitForSamples(n, 60);
    ::kill(pid_t(recorder.processId()), SIGTERM);
    EXPECT_TRUE(recorder.waitForFinished(30000));
    EXPECT_EQ(stored, n) << recorder.readAllStandardError().toStdString();
    const QList<twin::HistorySample> samples = rangeOf("temp-1");
    QSet<qint64> times;
    QSet<double> values;
    for (const twin::HistorySample &s : samples) {
        times.insert(s.timestampMs);
        values.insert(s.value);
    }
    EXPECT_EQ(times.size(), n);
    EXPECT_EQ(values.size(), n);
}

// A batch sent again with the same device times (a publisher that retries, a bridge that
// replays) is stored once.
TEST_P(RecorderKillTest, BatchSentAgainWithDeviceTimesIsStoredOnce)
{
    QProcess recorder;
    startRecorder(&recorder, {QStringLiteral("--json")});
    const int n = 500;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < n; ++i) {
            QString error;
            const std::string payload = "{\"value\": " + std::to_string(round * 10000 + i) + ", \"ts\": "
                + std::to_string(base + i) + "}";
            ASSERT_TRUE(publisher->publish("twins/temp-1/telemetry", payload, 1, &error)) << error.toStdString();
        }
        ASSERT_TRUE(publisher->flush(60000));
        // Once the first round is stored, the second comes as a copy of it.
        ASSERT_GE(waitForSamples(n, 60), n);
    }
    QThread::msleep(1500); // the copy is received and written by now
    QJsonObject summary;
    QByteArray err;
    EXPECT_TRUE(twintest::RecordService::stop(&recorder, &summary, &err)) << err.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInteger(), 2 * n) << err.toStdString();
    EXPECT_EQ(count(), n) << err.toStdString();
    const QList<twin::HistorySample> samples = rangeOf("temp-1");
    ASSERT_EQ(samples.size(), n);
    EXPECT_EQ(samples.front().value, 0.0); // the first value of a time stays
    EXPECT_EQ(samples.back().value, double(n - 1));
}

INSTANTIATE_TEST_SUITE_P(Stores, RecorderKillTest, ::testing::Values(Store::Sqlite, Store::Postgres),
                         [](const auto &info) { return info.param == Store::Postgres ? "Postgres" : "Sqlite"; });

namespace {

/// A broker of the test's own, on a free port, for one connection: answers CONNECT and
/// SUBSCRIBE, sends \a count QoS 1 messages as fast as the socket takes them and records
/// the packet ids the receiver acknowledges.
class AckRecordingBroker : public twintest::LoopbackBroker
{
public:
    void serve(int count, qint64 base)
    {
        m_thread = std::thread([this, count, base] {
            std::string in;
            const int c = acceptSubscriber(false, &in);
            if (c < 0)
                return;
            std::thread acks([&] {
                char buf[65536];
                std::string a;
                while (true) {
                    const ssize_t r = ::recv(c, buf, sizeof buf, 0);
                    if (r <= 0)
                        return;
                    a.append(buf, std::size_t(r));
                    std::size_t i = 0;
                    for (; i + 4 <= a.size(); i += 4) {
                        if (uchar(a[i]) == 0x40)
                            m_acked.push_back((uchar(a[i + 2]) << 8) | uchar(a[i + 3]));
                    }
                    a.erase(0, i);
                }
            });
            for (int id = 1; id <= count; ++id) {
                std::string body;
                twin::mqttwire::putString(body, "twins/temp-1/telemetry");
                body += char(id >> 8);
                body += char(id & 0xff);
                body += "{\"value\": 1.5, \"ts\": " + std::to_string(base + id) + "}";
                const std::string p = twin::mqttwire::packet(char(0x32), body);
                if (::send(c, p.data(), p.size(), MSG_NOSIGNAL) < 0)
                    break;
                if (id % 200 == 0) // a steady feed over a second or two
                    std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
            acks.join();
            ::close(c);
        });
    }
    /// Waits until the connection has ended; the ids acknowledged, in order.
    const std::vector<int> &acked()
    {
        join();
        return m_acked;
    }

private:
    std::vector<int> m_acked;
};

} // namespace

// The recorder's side of the guarantee, against a broker that records the PUBACKs: every
// message acknowledged before the SIGKILL is in the history.
TEST(RecorderKill, EveryMessageAcknowledgedBeforeASigkillIsStored)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.twinproj"));
    const QString history = dir.filePath(QStringLiteral("site.history"));
    QString error;
    ASSERT_TRUE(twintest::RecordService::saveTestSite(file, &error)) << error.toStdString();
    AckRecordingBroker broker;
    ASSERT_TRUE(broker.listen());
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 3600000;
    const int count = 60000;
    broker.serve(count, base);
    QProcess recorder;
    QByteArray err;
    ASSERT_TRUE(twintest::RecordService::start(&recorder, file, broker.url(),
                                               history, {QStringLiteral("--client-id"), QStringLiteral("recorder-k")},
                                               &err))
        << err.toStdString();
    QThread::msleep(300);
    ::kill(pid_t(recorder.processId()), SIGKILL);
    ASSERT_TRUE(recorder.waitForFinished(10000));
    const std::vector<int> &acked = broker.acked();
    QList<twin::HistorySample> samples;
    ASSERT_TRUE(twin::HistoryReader(history).range(QStringLiteral("temp-1"), QStringLiteral("Temperature"),
                                                   std::numeric_limits<qint64>::min(),
                                                   std::numeric_limits<qint64>::max(), &samples, 0, &error))
        << error.toStdString();
    QSet<qint64> stored;
    for (const twin::HistorySample &s : samples)
        stored.insert(s.timestampMs);
    ASSERT_FALSE(acked.empty()) << err.toStdString();
    EXPECT_LT(int(acked.size()), count) << "the feed ended before the kill: the test proves nothing";
    int missing = 0;
    for (const int id : acked) {
        if (!stored.contains(base + id) && ++missing < 5)
            ADD_FAILURE() << "acknowledged, not stored: " << id << " last acked " << acked.back();
    }
    EXPECT_EQ(missing, 0) << "of " << acked.size() << " acknowledged, " << stored.size() << " stored";
}

// What a SIGKILL can lose depends on the receiver: --help says so for Paho.
TEST(RecorderKill, HelpSaysWhatPahoAcknowledgesOnReceipt)
{
    const auto help = twintest::runTool(QStringLiteral("twinctl"), {QStringLiteral("record-service"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *text : {"once its samples are stored", "Paho acknowledges on", "--ack-on-receipt"})
        EXPECT_TRUE(help.out.contains(text)) << text << '\n' << help.out.toStdString();
}
