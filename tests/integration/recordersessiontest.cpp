// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl record-service against a broker of the test's own that plays a kept session
// across recorder processes: the messages it sends again after a SIGKILL (their PUBACK was
// lost with the process) are stored once, although they carry no device time.
#include "loopbackbroker.h"
#include "recordservice.h"

#include "support/postgresserver.h"

#include "mqtt/mqttwire.h"
#include "telemetry/historyreader.h"
#include "telemetry/postgreshistoryreader.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <limits>
#include <mutex>
#include <netinet/in.h>
#include <set>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using twintest::PostgresServer;

namespace {

enum class Store { Sqlite, Postgres };

/// One PUBLISH of the broker: packet id, DUP flag, the value of temp-1, QoS 1 or 2.
struct Message
{
    int id = 0;
    bool dup = false;
    int value = 0;
    int qos = 1;
};

/// A broker for one connection at a time on a free port: answers CONNECT with the session
/// present flag it is told, SUBSCRIBE with a grant, sends its messages and records PUBACKs
/// and PUBRECs (it never sends PUBREL: each run is killed before it would).
class SessionBroker : public twintest::LoopbackBroker
{
public:
    /// Serves the next connection until the recorder is gone.
    void serve(bool present, std::vector<Message> messages)
    {
        join();
        m_acked.clear();
        m_thread = std::thread([this, present, messages = std::move(messages)] {
            std::string in;
            const int c = acceptSubscriber(present, &in);
            if (c < 0)
                return;
            for (const Message &m : messages) {
                std::string p;
                twin::mqttwire::putString(p, "twins/temp-1/telemetry");
                p += char(m.id >> 8);
                p += char(m.id & 0xff);
                p += "{\"value\": " + std::to_string(m.value) + "}";
                const std::string packet
                    = twin::mqttwire::packet(char(0x30 | (m.qos << 1) | (m.dup ? 0x08 : 0)), p);
                ::send(c, packet.data(), packet.size(), MSG_NOSIGNAL);
            }
            std::string body;
            unsigned type = 0;
            while (readPacket(c, &in, &type, &body)) {
                if ((type == 0x40 || type == 0x50) && body.size() == 2) { // PUBACK, PUBREC
                    std::lock_guard lock(m_mutex);
                    m_acked.insert((uchar(body[0]) << 8) | uchar(body[1]));
                    m_changed.notify_all();
                }
            }
            ::close(c);
        });
    }
    /// Waits until each of \a ids is acknowledged.
    bool waitAcked(const std::set<int> &ids, int seconds)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(seconds), [&] {
            return std::includes(m_acked.begin(), m_acked.end(), ids.begin(), ids.end());
        });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::set<int> m_acked;
};

class RecorderSessionTest : public ::testing::TestWithParam<Store>
{
protected:
    void SetUp() override
    {
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
        file = dir.filePath(QStringLiteral("site.twinproj"));
        ASSERT_TRUE(twintest::RecordService::saveTestSite(file, &error)) << error.toStdString();
        ASSERT_TRUE(broker.listen());
    }

    /// One recorder process: the broker serves \a messages, the recorder stores and
    /// acknowledges each, then it is killed with SIGKILL.
    void runAndKill(bool present, const std::vector<Message> &messages)
    {
        broker.serve(present, messages);
        QProcess recorder;
        QByteArray err;
        ASSERT_TRUE(twintest::RecordService::start(&recorder, file, broker.url(), history,
                                                   {QStringLiteral("--client-id"), QStringLiteral("recorder-s")}, &err))
            << err.toStdString();
        std::set<int> ids;
        for (const Message &m : messages)
            ids.insert(m.id);
        EXPECT_TRUE(broker.waitAcked(ids, 30)) << recorder.readAllStandardError().toStdString();
        ::kill(pid_t(recorder.processId()), SIGKILL);
        ASSERT_TRUE(recorder.waitForFinished(10000));
    }

    /// How many times each value of temp-1 is stored.
    QHash<int, int> stored() const
    {
        QList<twin::HistorySample> samples;
        QString error;
        const qint64 from = std::numeric_limits<qint64>::min(), to = std::numeric_limits<qint64>::max();
        const bool ok = GetParam() == Store::Postgres
            ? twin::PostgresHistoryReader(history).range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), from,
                                                         to, &samples, 0, &error)
            : twin::HistoryReader(history).range(QStringLiteral("temp-1"), QStringLiteral("Temperature"), from, to,
                                                 &samples, 0, &error);
        EXPECT_TRUE(ok) << error.toStdString();
        QHash<int, int> times;
        for (const twin::HistorySample &s : samples)
            ++times[int(s.value)];
        return times;
    }

    QTemporaryDir dir;
    QString file;
    QString history;
    PostgresServer database;
    SessionBroker broker;
};

} // namespace

TEST_P(RecorderSessionTest, ResentAfterASigkillIsStoredOnceAndAFreshSessionForgets)
{
    constexpr int n = 50;
    std::vector<Message> first;
    for (int id = 1; id <= n; ++id)
        first.push_back({id, false, id});
    ASSERT_NO_FATAL_FAILURE(runAndKill(false, first));

    // The broker kept the session and did not get the last ten PUBACKs before the kill: it
    // sends those again, flagged DUP, then new messages.
    std::vector<Message> second;
    for (int id = n - 9; id <= n; ++id)
        second.push_back({id, true, id});
    for (int id = n + 1; id <= n + 5; ++id)
        second.push_back({id, false, id});
    ASSERT_NO_FATAL_FAILURE(runAndKill(true, second));
    QHash<int, int> times = stored();
    EXPECT_EQ(times.size(), n + 5);
    for (int value = 1; value <= n + 5; ++value)
        EXPECT_EQ(times.value(value), 1) << "value " << value;

    // A broker that lost the session starts afresh, and so does what the history keeps of
    // it: in the next run the same id and payload, flagged DUP, is a message of the new session.
    ASSERT_NO_FATAL_FAILURE(runAndKill(false, {{1, false, 1000}}));
    ASSERT_NO_FATAL_FAILURE(runAndKill(true, {{n, true, n}}));
    times = stored();
    EXPECT_EQ(times.value(1000), 1);
    EXPECT_EQ(times.value(n), 2);
}

// QoS 2: PUBREC goes out once the message is stored, so a kill before it has the broker
// send the message again (DUP) rather than PUBREL; stored already, it is not stored twice.
TEST_P(RecorderSessionTest, Qos2ResentAfterASigkillIsStoredOnce)
{
    std::vector<Message> first;
    for (int id = 1; id <= 10; ++id)
        first.push_back({id, false, id, 2});
    ASSERT_NO_FATAL_FAILURE(runAndKill(false, first));
    EXPECT_EQ(stored().size(), 10); // every message given its PUBREC is stored
    std::vector<Message> again;
    for (int id = 6; id <= 10; ++id)
        again.push_back({id, true, id, 2});
    ASSERT_NO_FATAL_FAILURE(runAndKill(true, again));
    const QHash<int, int> times = stored();
    EXPECT_EQ(times.size(), 10);
    for (int value = 1; value <= 10; ++value)
        EXPECT_EQ(times.value(value), 1) << "value " << value;
}

INSTANTIATE_TEST_SUITE_P(Stores, RecorderSessionTest, ::testing::Values(Store::Sqlite, Store::Postgres),
                         [](const auto &info) { return info.param == Store::Postgres ? "Postgres" : "Sqlite"; });
