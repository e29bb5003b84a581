// SPDX-License-Identifier: GPL-3.0-or-later
// Two real brokers publishing the same topic name: the topic browser keeps their topics
// apart, and connecting, disconnecting or editing one broker leaves the other's session
// alone (no reconnect, no message lost).
#include "support/bindingfixtures.h"
#include "mosquittobroker.h"

#include "document/commands/setconnectionscommand.h"
#include "document/connectionprofile.h"
#include "document/project.h"
#include "itemmodels/topictreemodel.h"
#include "live/livesession.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>

using namespace twin;
using namespace twintest;

namespace {

ConnectionProfile profile(const QString &id, const QString &url)
{
    ConnectionProfile p;
    p.id = id;
    p.name = id.toUpper();
    p.url = url;
    return p;
}

/// Publishes numbered messages on \a topic at QoS 1 until stopped, on a thread of its own.
class Publisher
{
public:
    Publisher(const QString &url, std::string topic)
        : m_thread([this, url, topic = std::move(topic)] {
            QString error;
            std::unique_ptr<TelemetrySource> pub(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
            if (!pub || !pub->start(QVariantMap{{QStringLiteral("url"), url}}, &error)) {
                m_error = error;
                m_done = true;
                return;
            }
            while (!m_stop) {
                const std::string payload = "{\"t\": " + std::to_string(m_sent.load()) + "}";
                if (!pub->publish(topic, payload, 1, &error)) {
                    m_error = error;
                    break;
                }
                ++m_sent;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            pub->flush(5000);
            pub->stop();
            m_done = true;
        })
    {
    }
    ~Publisher() { finish(); }
    void finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    quint64 sent() const { return m_sent; }
    QString error() const { return m_error; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_done{false};
    std::atomic<quint64> m_sent{0};
    QString m_error;
    std::thread m_thread;
};

quint64 countOf(const LiveSession &session, const QString &connection)
{
    TopicCatalogue::TopicInfo info;
    return session.topicCatalogue()->info(QStringLiteral("plant/temp"), &info, connection) ? info.count : 0;
}

} // namespace

TEST(ConnectionsInPlace, OneBrokerChangingLeavesTheOtherItsSessionAndTheBrowserKeepsThemApart)
{
    TWIN_REQUIRE_MOSQUITTO();
    MosquittoBroker north;
    MosquittoBroker south;
    QString error;
    ASSERT_TRUE(north.start(&error)) << error.toStdString();
    ASSERT_TRUE(south.start(&error)) << error.toStdString();
    Project project;
    climateSite(project);
    ASSERT_TRUE(SetConnectionsCommand::add(&project, profile(QStringLiteral("north"), north.url()), &error));
    ASSERT_TRUE(SetConnectionsCommand::add(&project, profile(QStringLiteral("south"), south.url()), &error));

    LiveSession session(&project);
    session.setBrowseFilter(QStringLiteral("#"));
    TopicTreeModel model;
    QElapsedTimer clock;
    clock.start();
    // South's state on every tick: it must never leave Connected once it got there.
    bool southUp = false;
    QStringList southLeft;
    QObject::connect(&session, &LiveSession::statisticsChanged, &model, [&] {
        for (const LiveSession::SourceStatus &s : session.sourceStatuses()) {
            model.setConnectionName(s.connection, s.name);
            if (s.connection != QStringLiteral("south"))
                continue;
            if (s.state == LiveSession::State::Connected)
                southUp = true;
            else if (southUp)
                southLeft.append(QString::number(int(s.state)));
        }
        QList<TopicCatalogue::TopicInfo> changes;
        session.topicCatalogue()->takeChanges(&changes);
        model.update(changes, clock.elapsed());
    });
    const auto connected = [&](const QStringList &ids) {
        return waitUntil([&] {
            int up = 0;
            for (const LiveSession::SourceStatus &s : session.sourceStatuses())
                up += ids.contains(s.connection) && s.state == LiveSession::State::Connected ? 1 : 0;
            return up == ids.size() && session.sourceStatuses().size() == ids.size();
        });
    };
    session.connectProfiles({QStringLiteral("north"), QStringLiteral("south")});
    ASSERT_TRUE(connected({QStringLiteral("north"), QStringLiteral("south")}));

    // Both brokers publish the same topic name, south without a pause through every change.
    Publisher southPub(south.url(), "plant/temp");
    ASSERT_TRUE(mosquittoPub(north.url(), QStringLiteral("plant/temp"), QStringLiteral("{\"t\": 1}")));
    ASSERT_TRUE(waitUntil([&] { return countOf(session, QStringLiteral("north")) == 1 && countOf(session, QStringLiteral("south")) > 20; }));

    // Disconnect north, connect it again, edit it: south is never touched.
    session.connectProfiles({QStringLiteral("south")});
    ASSERT_TRUE(connected({QStringLiteral("south")}));
    session.connectProfiles({QStringLiteral("south"), QStringLiteral("north")});
    ASSERT_TRUE(connected({QStringLiteral("south"), QStringLiteral("north")}));
    ConnectionProfile edited = profile(QStringLiteral("north"), north.url());
    edited.keepAliveSeconds = 20;
    ASSERT_TRUE(SetConnectionsCommand::replace(&project, QStringLiteral("north"), edited, &error)) << error.toStdString();
    ASSERT_TRUE(waitUntil([&] { return session.sourceStatuses().size() == 2; }));
    ASSERT_TRUE(connected({QStringLiteral("south"), QStringLiteral("north")}));
    ASSERT_TRUE(mosquittoPub(north.url(), QStringLiteral("plant/temp"), QStringLiteral("{\"t\": 2}")));

    southPub.finish();
    ASSERT_TRUE(southPub.error().isEmpty()) << southPub.error().toStdString();
    ASSERT_GT(southPub.sent(), 10u);
    EXPECT_TRUE(waitUntil([&] { return countOf(session, QStringLiteral("south")) == southPub.sent(); }))
        << countOf(session, QStringLiteral("south")) << " of " << southPub.sent() << " messages arrived from south";
    EXPECT_TRUE(southLeft.isEmpty()) << "south's session was restarted: " << southLeft.join(u',').toStdString();
    EXPECT_TRUE(waitUntil([&] { return countOf(session, QStringLiteral("north")) == 2; }));
    EXPECT_EQ(session.connectedProfiles(), (QStringList{QStringLiteral("south"), QStringLiteral("north")}));

    // The browser: a node per connection, the same topic under each with its own count.
    ASSERT_TRUE(waitUntil([&] {
        const QModelIndex n = model.indexOfTopic(QStringLiteral("plant/temp"), QStringLiteral("north"));
        const QModelIndex s = model.indexOfTopic(QStringLiteral("plant/temp"), QStringLiteral("south"));
        return n.isValid() && s.isValid()
            && s.siblingAtColumn(TopicTreeModel::CountColumn).data().toString() == QString::number(southPub.sent())
            && n.siblingAtColumn(TopicTreeModel::CountColumn).data().toString() == QStringLiteral("2");
    }));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.indexOfConnection(QStringLiteral("south")).data().toString(), QStringLiteral("SOUTH"));
    EXPECT_EQ(model.indexOfTopic(QStringLiteral("plant/temp"), QStringLiteral("north"))
                  .siblingAtColumn(TopicTreeModel::PayloadColumn)
                  .data()
                  .toString(),
              QStringLiteral("{\"t\": 2}"));
    session.disconnectFromSource();
}
