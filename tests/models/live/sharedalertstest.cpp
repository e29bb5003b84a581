// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts in a shared PostgreSQL history: the same alerts as in a history file for the same
// input, each stored once however many recorders raise it, acknowledgements seen by every
// desktop, and a server that does not answer never blocking the caller for long.
#include "document/project.h"
#include "itemmodels/notificationmodel.h"
#include "live/alertlogfollower.h"
#include "live/alertrecorder.h"
#include "support/postgrestest.h"
#include "telemetry/alertstore.h"
#include "telemetry/historyoverride.h"
#include "telemetry/postgresconnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace twin;

namespace {

/// A local TCP port that listens and never accepts nor answers: connections hang there.
class Blackhole
{
public:
    Blackhole()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_socket, 16) != 0
            || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~Blackhole()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    int port() const { return m_port; }

private:
    int m_socket = -1;
    int m_port = 0;
};

FunctionNotification ruleAlert(const QString &twin, bool raised, qint64 timeMs)
{
    return FunctionNotification{twin, QStringLiteral("Alert"),
                                QStringLiteral("{\"alert\":\"%1\",\"severity\":\"critical\",\"rule\":\"Temperature above 28\"}")
                                    .arg(raised ? QStringLiteral("raised") : QStringLiteral("cleared")),
                                QString(), timeMs};
}

FunctionNotification functionNotice(qint64 timeMs)
{
    return FunctionNotification{QStringLiteral("room-9"), QStringLiteral("Door"),
                                QStringLiteral("{\"severity\":\"warning\",\"open\":true}"), QStringLiteral("doorWatch"),
                                timeMs};
}

QList<AlertRecord> stored(const QString &location)
{
    QString error;
    const std::shared_ptr<AlertStore> store = AlertStore::open(location, &error);
    EXPECT_TRUE(store) << error.toStdString();
    QList<AlertRecord> alerts;
    if (store) {
        EXPECT_TRUE(store->load(100, &alerts, &error)) << error.toStdString();
    }
    for (AlertRecord &a : alerts)
        a.id = 0; // each store numbers its own
    return alerts;
}

using SharedAlertsTest = twintest::PostgresTest;

} // namespace

TEST_F(SharedAlertsTest, TheSameAlertsAsInAHistoryFileForTheSameInput)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.history"));
    const QList<QList<FunctionNotification>> batches{
        {ruleAlert(QStringLiteral("room-1"), true, 1000), functionNotice(1500)},
        {ruleAlert(QStringLiteral("room-2"), true, 2000), ruleAlert(QStringLiteral("room-1"), false, 3000)},
        {ruleAlert(QStringLiteral("room-1"), true, 4000), ruleAlert(QStringLiteral("room-1"), false, 4500),
         ruleAlert(QStringLiteral("room-3"), true, 5000)},
    };
    for (const QString &location : {file, url}) {
        AlertRecorder recorder(location);
        for (const QList<FunctionNotification> &batch : batches) {
            QStringList errors;
            recorder.record(batch, &errors);
            ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
        }
        ASSERT_TRUE(recorder.isOpen());
        // A user acknowledges room-2's alert.
        NotificationModel desktop;
        QString error;
        ASSERT_TRUE(desktop.setLog(AlertStore::open(location, &error), &error)) << error.toStdString();
        ASSERT_EQ(desktop.rowCount(), 5);
        ASSERT_EQ(desktop.alert(2).twinId, QStringLiteral("room-2"));
        ASSERT_TRUE(desktop.acknowledge(2, QStringLiteral("on it"), QStringLiteral("ops"), 6000, &error))
            << error.toStdString();
    }
    const QList<AlertRecord> fromFile = stored(file);
    ASSERT_EQ(fromFile.size(), 5);
    EXPECT_EQ(stored(url), fromFile);
    EXPECT_EQ(fromFile.at(0).twinId, QStringLiteral("room-3"));
    EXPECT_EQ(fromFile.at(1).state, AlertRecord::State::Cleared); // room-1's second episode
    EXPECT_EQ(fromFile.at(1).clearedMs, 4500);
    EXPECT_EQ(fromFile.at(2).state, AlertRecord::State::Acknowledged);
    EXPECT_EQ(fromFile.at(2).acknowledgedBy, QStringLiteral("ops"));
    EXPECT_EQ(fromFile.at(3).function, QStringLiteral("doorWatch"));
    EXPECT_EQ(fromFile.at(3).severity, QStringLiteral("warning"));
    EXPECT_EQ(fromFile.at(4).clearedMs, 3000);
}

TEST_F(SharedAlertsTest, TwoRecordersOnTheSameDataStoreEachAlertOnce)
{
    // Each recorder's clock stamps the alerts a little differently; the late one raises an
    // episode the first has cleared already.
    AlertRecorder first(url);
    AlertRecorder second(url);
    QStringList errors;
    first.record({ruleAlert(QStringLiteral("room-1"), true, 1000), functionNotice(1200)}, &errors);
    second.record({ruleAlert(QStringLiteral("room-1"), true, 1004), functionNotice(1200)}, &errors);
    first.record({ruleAlert(QStringLiteral("room-1"), false, 2000), ruleAlert(QStringLiteral("room-2"), true, 2100)},
                 &errors);
    second.record({ruleAlert(QStringLiteral("room-1"), false, 2003)}, &errors);
    AlertRecorder late(url);
    late.record({ruleAlert(QStringLiteral("room-1"), true, 1010), ruleAlert(QStringLiteral("room-2"), true, 2101)},
                &errors);
    // A new episode after the clearing is a new alert.
    second.record({ruleAlert(QStringLiteral("room-1"), true, 3000)}, &errors);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    const QList<AlertRecord> alerts = stored(url);
    ASSERT_EQ(alerts.size(), 4);
    EXPECT_EQ(alerts.at(0).raisedMs, 3000);
    EXPECT_EQ(alerts.at(0).state, AlertRecord::State::Open);
    EXPECT_EQ(alerts.at(1).twinId, QStringLiteral("room-2"));
    EXPECT_EQ(alerts.at(1).raisedMs, 2100);
    EXPECT_EQ(alerts.at(2).function, QStringLiteral("doorWatch"));
    EXPECT_EQ(alerts.at(3).raisedMs, 1000);
    EXPECT_EQ(alerts.at(3).state, AlertRecord::State::Cleared);
    EXPECT_EQ(alerts.at(3).clearedMs, 2000);
}

TEST_F(SharedAlertsTest, AnAcknowledgementOnOneDesktopShowsOnAnother)
{
    AlertRecorder recorder(url);
    QStringList errors;
    recorder.record({ruleAlert(QStringLiteral("room-1"), true, 1000), ruleAlert(QStringLiteral("room-2"), true, 1100)},
                    &errors);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    Project project;
    HistoryOverride::set(&project, url);
    NotificationModel here;
    NotificationModel there;
    AlertLogFollower hereFollower(&project, &here);
    AlertLogFollower thereFollower(&project, &there);
    thereFollower.setRefreshInterval(100);
    QSignalSpy hereOpened(&hereFollower, &AlertLogFollower::opened);
    QSignalSpy thereOpened(&thereFollower, &AlertLogFollower::opened);
    hereFollower.follow();
    thereFollower.follow();
    ASSERT_TRUE(hereOpened.wait(10000));
    ASSERT_TRUE(thereOpened.count() == 1 || thereOpened.wait(10000));
    ASSERT_TRUE(hereOpened.first().first().toBool());
    ASSERT_EQ(here.rowCount(), 2);
    ASSERT_EQ(there.rowCount(), 2);

    QString error;
    ASSERT_TRUE(here.acknowledge(1, QStringLiteral("checked the valve"), QStringLiteral("anna"), 5000, &error))
        << error.toStdString();
    // The recorder clears room-1's alert meanwhile: the acknowledgement stays.
    recorder.record({ruleAlert(QStringLiteral("room-1"), false, 6000)}, &errors);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    QElapsedTimer waited;
    waited.start();
    while (there.alert(1).state != AlertRecord::State::Cleared && waited.elapsed() < 10000)
        QTest::qWait(50);
    const AlertRecord seen = there.alert(1);
    EXPECT_EQ(seen.twinId, QStringLiteral("room-1"));
    EXPECT_EQ(seen.state, AlertRecord::State::Cleared);
    EXPECT_EQ(seen.acknowledgedBy, QStringLiteral("anna"));
    EXPECT_EQ(seen.comment, QStringLiteral("checked the valve"));
    EXPECT_EQ(seen.clearedMs, 6000);
    // Acknowledging the alert the other desktop still shows open does not reopen it.
    ASSERT_EQ(here.alert(0).twinId, QStringLiteral("room-2"));
    ASSERT_TRUE(there.acknowledge(0, QString(), QStringLiteral("ben"), 7000, &error)) << error.toStdString();
    EXPECT_EQ(stored(url).at(0).acknowledgedBy, QStringLiteral("ben"));
}

TEST_F(SharedAlertsTest, AClearingWhileTheDatabaseIsAwayIsStoredWhenItIsBack)
{
    AlertRecorder recorder(url);
    QStringList errors;
    recorder.record({ruleAlert(QStringLiteral("room-1"), true, 1000)}, &errors);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    QString error;
    ASSERT_TRUE(s_server->stop(&error)) << error.toStdString();
    recorder.record({ruleAlert(QStringLiteral("room-1"), false, 2000)}, &errors);
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_TRUE(errors.join(u'\n').contains(QString::number(s_server->port()))) << errors.join(u'\n').toStdString();
    ASSERT_TRUE(s_server->restart(&error)) << error.toStdString();
    // The recorder calls record() every 100 ms; the history is tried again every few seconds.
    QElapsedTimer waited;
    waited.start();
    while (stored(url).at(0).state != AlertRecord::State::Cleared && waited.elapsed() < 15000) {
        errors.clear();
        recorder.record({}, &errors);
        QTest::qWait(100);
    }
    const AlertRecord alert = stored(url).at(0);
    EXPECT_EQ(alert.state, AlertRecord::State::Cleared);
    EXPECT_EQ(alert.clearedMs, 2000);
    EXPECT_EQ(stored(url).size(), 1);
}

TEST_F(SharedAlertsTest, AnAcknowledgementWhileTheDatabaseIsAwayWaitsAndIsStored)
{
    AlertRecorder recorder(url);
    QStringList errors;
    recorder.record({ruleAlert(QStringLiteral("room-1"), true, 1000)}, &errors);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    Project project;
    HistoryOverride::set(&project, url);
    NotificationModel model;
    AlertLogFollower follower(&project, &model);
    follower.setRefreshInterval(100);
    QSignalSpy opened(&follower, &AlertLogFollower::opened);
    QSignalSpy failures(&follower, &AlertLogFollower::errorOccurred);
    follower.follow();
    ASSERT_TRUE(opened.wait(10000));
    ASSERT_EQ(model.rowCount(), 1);

    QString error;
    ASSERT_TRUE(s_server->stop(&error)) << error.toStdString();
    // Written on the follower's thread: the caller (the GUI) does not wait for the server,
    // and the list shows the acknowledgement at once.
    ASSERT_TRUE(model.acknowledge(0, QStringLiteral("on it"), QStringLiteral("anna"), 5000, &error))
        << error.toStdString();
    EXPECT_EQ(model.alert(0).state, AlertRecord::State::Acknowledged);
    ASSERT_TRUE(failures.wait(10000));
    EXPECT_TRUE(failures.first().first().toString().contains(QString::number(s_server->port())))
        << failures.first().first().toString().toStdString();
    EXPECT_EQ(model.unstored().size(), 1);
    EXPECT_EQ(model.alert(0).state, AlertRecord::State::Acknowledged);

    ASSERT_TRUE(s_server->restart(&error)) << error.toStdString();
    QElapsedTimer waited;
    waited.start();
    while (!model.unstored().isEmpty() && waited.elapsed() < 15000)
        QTest::qWait(50);
    EXPECT_TRUE(model.unstored().isEmpty());
    const AlertRecord alert = stored(url).at(0);
    EXPECT_EQ(alert.state, AlertRecord::State::Acknowledged);
    EXPECT_EQ(alert.acknowledgedBy, QStringLiteral("anna"));
    EXPECT_EQ(alert.comment, QStringLiteral("on it"));
}

TEST(SharedHistoryConnect, AServerThatNeverAnswersIsGivenUpWithItsAddress)
{
    Blackhole blackhole;
    ASSERT_GT(blackhole.port(), 0);
    const QString url = QStringLiteral("postgresql://operator:secret@127.0.0.1:%1/site").arg(blackhole.port());
    PostgresConnection db;
    QString error;
    QElapsedTimer waited;
    waited.start();
    EXPECT_FALSE(db.open(url, &error));
    EXPECT_LT(waited.elapsed(), (PostgresConnection::ConnectTimeoutSeconds + 3) * 1000);
    EXPECT_TRUE(error.contains(QStringLiteral("127.0.0.1:%1").arg(blackhole.port()))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("timeout"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("secret"))) << error.toStdString();
}

TEST(SharedHistoryConnect, TheAlertsOfAServerThatNeverAnswersDoNotBlockTheCaller)
{
    Blackhole blackhole;
    ASSERT_GT(blackhole.port(), 0);
    Project project;
    HistoryOverride::set(&project, QStringLiteral("postgresql://operator@127.0.0.1:%1/site").arg(blackhole.port()));
    NotificationModel model;
    AlertLogFollower follower(&project, &model);
    QSignalSpy opened(&follower, &AlertLogFollower::opened);
    QSignalSpy errors(&follower, &AlertLogFollower::errorOccurred);
    QElapsedTimer waited;
    waited.start();
    follower.follow();
    EXPECT_LT(waited.elapsed(), 500);
    EXPECT_TRUE(follower.isBusy());
    // Alerts raised meanwhile are shown all the same.
    model.addNotifications({ruleAlert(QStringLiteral("room-1"), true, 1000)});
    EXPECT_EQ(model.rowCount(), 1);
    ASSERT_TRUE(opened.wait((PostgresConnection::ConnectTimeoutSeconds + 5) * 1000));
    EXPECT_FALSE(opened.first().first().toBool());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("127.0.0.1:%1").arg(blackhole.port())));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.log(), nullptr);
}
