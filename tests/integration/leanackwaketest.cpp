// SPDX-License-Identifier: GPL-3.0-or-later
// The lean receiver's held acknowledgements against a real mosquitto: released when the
// sink signals that it stored the samples, with no polling while they wait.
#include "mosquittobroker.h"

#include "mqtt/mqttleansubscriber.h"
#include "telemetry/telemetrysink.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <mutex>

namespace {

/// Keeps nothing until told to: durableMark() moves only in makeDurable().
class HoldingSink : public twin::TelemetrySink
{
public:
    void deliver(std::string_view, std::string_view) override { m_received.fetch_add(1); }
    quint64 receivedMark() const override { return m_received.load(); }
    quint64 durableMark() const override { return m_durable.load(); }
    void watchDurable(std::function<void()> wake) override
    {
        std::lock_guard lock(m_mutex);
        m_wake = std::move(wake);
    }
    void makeDurable()
    {
        m_durable.store(m_received.load());
        std::lock_guard lock(m_mutex);
        if (m_wake)
            m_wake();
    }
    quint64 received() const { return m_received.load(); }

private:
    std::atomic<quint64> m_received{0}, m_durable{0};
    std::mutex m_mutex;
    std::function<void()> m_wake;
};

/// Voluntary context switches of every thread of this process so far.
long voluntarySwitches()
{
    long sum = 0;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile f(QStringLiteral("/proc/self/task/%1/status").arg(task));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                sum += line.mid(24).trimmed().toLong();
        }
    }
    return sum;
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    for (int waited = 0; !done() && waited < ms; waited += 10)
        QThread::msleep(10);
    return done();
}

} // namespace

TEST(LeanReceiverAcks, HeldAcknowledgementsWaitWithoutPollingAndGoOutWhenStored)
{
    TWIN_REQUIRE_MOSQUITTO();
    const QString publisher = QStandardPaths::findExecutable(QStringLiteral("mosquitto_pub"));
    if (publisher.isEmpty())
        GTEST_SKIP() << "mosquitto_pub (mosquitto-clients) is not installed";
    twintest::MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();
    const std::vector<std::pair<std::string, int>> subscriptions{{"t/#", 1}};
    HoldingSink sink;
    std::atomic<quint64> received{0};
    {
        twin::MqttLeanSubscriber lean;
        lean.setPersistent(true);
        lean.setAckWhenStored(true);
        ASSERT_TRUE(lean.connect(QStringLiteral("127.0.0.1"), broker.port(), QStringLiteral("lean-ack-wake"), subscriptions,
                                 &sink, &received, &error))
            << error.toStdString();
        ASSERT_EQ(QProcess::execute(publisher, {QStringLiteral("-p"), QString::number(broker.port()), QStringLiteral("-q"),
                                                QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("t/a"),
                                                QStringLiteral("-m"), QStringLiteral("1")}),
                  0);
        ASSERT_TRUE(waitFor([&] { return sink.received() == 1; }, 10000));
        // Its acknowledgement is held for a second: the receiver waits asleep (it looked
        // every millisecond before, a thousand wake-ups).
        const long before = voluntarySwitches();
        QThread::msleep(1000);
        EXPECT_LT(voluntarySwitches() - before, 100) << "wake-ups while one acknowledgement was held";
        sink.makeDurable();
        QThread::msleep(200);
    }
    // Acknowledged: the kept session does not send it again on the next connection.
    twin::MqttLeanSubscriber again;
    again.setPersistent(true);
    ASSERT_TRUE(again.connect(QStringLiteral("127.0.0.1"), broker.port(), QStringLiteral("lean-ack-wake"), subscriptions,
                              &sink, &received, &error))
        << error.toStdString();
    QThread::msleep(500);
    EXPECT_EQ(sink.received(), 1u);
}
