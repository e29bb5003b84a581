// SPDX-License-Identifier: GPL-3.0-or-later
// A project's connection profiles against real brokers: two at once (one over TLS with a
// CA made here), each with its own bindings, and a broker that asks for a password, which
// then is nowhere in the project, an export or the output.
#include "mosquittobroker.h"
#include "testcertificates.h"
#include "telemetrytestutil.h"

#include "document/connectionprofile.h"
#include "document/project.h"
#include "live/livesetup.h"
#include "store/projectstore.h"
#include "support/testsupport.h"
#include "telemetry/historystore.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

using namespace twin;
using twintest::MosquittoBroker;

namespace {

QJsonObject binding(const char *twinId, const char *topic, const char *connection)
{
    QJsonObject b{{QStringLiteral("twin"), QString::fromLatin1(twinId)},
                  {QStringLiteral("topic"), QString::fromLatin1(topic)},
                  {QStringLiteral("path"), QStringLiteral("$.t")}};
    if (connection)
        b.insert(QStringLiteral("connection"), QString::fromLatin1(connection));
    return b;
}

/// Publishes one message through an MQTT source of \a config; whether it was delivered.
bool publish(QVariantMap config, const char *topic, const char *payload)
{
    QString error;
    std::unique_ptr<TelemetrySource> pub(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    if (!pub || !pub->start(config, &error) || !pub->publish(topic, payload, 1, &error) || !pub->flush(5000)) {
        ADD_FAILURE() << "publishing to " << config.value(QStringLiteral("url")).toString().toStdString() << ": "
                      << error.toStdString();
        return false;
    }
    pub->stop();
    return true;
}

/// Two brokers, plain and TLS, and a project whose profiles and bindings name them.
class TwoBrokers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        TWIN_REQUIRE_MOSQUITTO();
        QString error;
        if (!twintest::makeTestCertificates(m_tlsBroker.dir(), &error))
            GTEST_SKIP() << "openssl could not make test certificates: " << error.toStdString();
        const QString d = m_tlsBroker.dir() + u'/';
        m_ca = d + QStringLiteral("ca.crt");
        const MosquittoBroker::Tls tls{m_ca, d + QStringLiteral("server.crt"), d + QStringLiteral("server.key")};
        ASSERT_TRUE(m_plainBroker.start(&error)) << error.toStdString();
        ASSERT_TRUE(m_tlsBroker.start(&error, 0, &tls)) << error.toStdString();

        ProjectContent content = twintest::telemetrySite({binding("temp-2", "site/t", "plant"),
                                                          binding("temp-3", "site/t", "secure")});
        content.connections = {
            QJsonObject{{QStringLiteral("id"), QStringLiteral("plant")}, {QStringLiteral("url"), m_plainBroker.url()}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("secure")},
                        {QStringLiteral("name"), QStringLiteral("Secure gateway")},
                        {QStringLiteral("url"), m_tlsBroker.url()},
                        {QStringLiteral("mqttVersion"), 5},
                        {QStringLiteral("caFile"), m_ca}}};
        ASSERT_TRUE(m_project.setContent(content, nullptr));
        m_file = m_dir.filePath(QStringLiteral("two.twinproj"));
        ASSERT_TRUE(ProjectStore::save(&m_project, m_file, &error)) << error.toStdString();
    }

    /// One message per broker on the same topic, and a default sensor topic on each.
    void publishToBoth()
    {
        publish({{QStringLiteral("url"), m_plainBroker.url()}}, "site/t", R"({"t": 11})");
        publish({{QStringLiteral("url"), m_tlsBroker.url()}, {QStringLiteral("caFile"), m_ca}}, "site/t", R"({"t": 22})");
        publish({{QStringLiteral("url"), m_plainBroker.url()}}, "twins/temp-1/telemetry", "5");
        // The sensors' default topics belong to the first profile: the second broker's
        // connection does not even subscribe to them.
        publish({{QStringLiteral("url"), m_tlsBroker.url()}, {QStringLiteral("caFile"), m_ca}}, "twins/temp-1/telemetry",
                "99");
    }

    QTemporaryDir m_dir;
    MosquittoBroker m_plainBroker;
    MosquittoBroker m_tlsBroker;
    QString m_ca;
    Project m_project;
    QString m_file;
};

} // namespace

TEST_F(TwoBrokers, EachConnectionFeedsItsOwnBindings)
{
    LiveSetup live;
    live.bind(m_project);
    QString error;
    for (const ConnectionProfile &profile : ConnectionProfile::listFromJson(m_project.connections())) {
        QVariantMap config = profile.sourceConfig();
        config.insert(QStringLiteral("subscriptions"), live.subscriptions(1, profile.id));
        ASSERT_TRUE(live.addSource(QStringLiteral("mqtt"), profile.id, config, &error)) << error.toStdString();
    }
    ASSERT_EQ(live.sources().size(), 2);
    TelemetryPipeline::Options options;
    options.history = false;
    ASSERT_TRUE(live.start(options, {}, &error)) << error.toStdString();
    for (TelemetrySource *source : live.sources())
        EXPECT_EQ(source->state(), TelemetrySource::State::Connected);
    publishToBoth();

    LiveValue v2, v3, v1;
    for (int i = 0; i < 500; ++i) {
        live.pipeline().waitIdle(1000);
        if (live.pipeline().counters().received >= 3)
            break;
        QThread::msleep(10);
    }
    ASSERT_TRUE(live.pipeline().latestValue(QStringLiteral("temp-2"), QStringLiteral("Temperature"), &v2));
    ASSERT_TRUE(live.pipeline().latestValue(QStringLiteral("temp-3"), QStringLiteral("Temperature"), &v3));
    ASSERT_TRUE(live.pipeline().latestValue(QStringLiteral("temp-1"), QStringLiteral("Temperature"), &v1));
    EXPECT_EQ(v2.number, 11.0) << "the plain broker's message feeds the plant profile's binding";
    EXPECT_EQ(v3.number, 22.0) << "the TLS broker's message feeds the secure profile's binding";
    EXPECT_EQ(v1.number, 5.0);
    EXPECT_EQ(live.pipeline().counters().received, 3u);
    EXPECT_EQ(live.pipeline().counters().unbound, 0u);
    live.stop();
}

TEST_F(TwoBrokers, IngestWithoutBrokerUsesEveryProfile)
{
    QProcess ingest;
    QByteArray err;
    ASSERT_TRUE(twintest::startIngest(&ingest,
                                      {QStringLiteral("--project"), m_file, QStringLiteral("--count"), QStringLiteral("3"),
                                       QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--json")},
                                      &err))
        << err.toStdString();
    EXPECT_TRUE(err.contains("Secure gateway")) << err.toStdString();
    EXPECT_TRUE(err.contains(m_plainBroker.url().toUtf8())) << err.toStdString();
    publishToBoth();
    ASSERT_TRUE(ingest.waitForFinished(60000));
    const QByteArray out = ingest.readAllStandardOutput();
    err += ingest.readAllStandardError();
    ASSERT_EQ(ingest.exitCode(), 0) << err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    EXPECT_EQ(summary.value(QStringLiteral("received")).toInt(), 3) << out.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("unbound")).toInt(), 0) << out.toStdString();

    // Both brokers' values reached history, each on its own twin.
    const auto lastValue = [&](const char *twinId) {
        const auto run = twintest::runTool(QStringLiteral("twinctl"),
                                           {QStringLiteral("history"), QStringLiteral("query"), QStringLiteral("--project"),
                                            m_file, QStringLiteral("--twin"), QString::fromLatin1(twinId),
                                            QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonArray series = QJsonDocument::fromJson(run.out.trimmed()).object().value(QStringLiteral("series")).toArray();
        const QJsonArray values = series.at(0).toObject().value(QStringLiteral("values")).toArray();
        return values.isEmpty() ? -1.0 : values.last().toObject().value(QStringLiteral("value")).toDouble();
    };
    EXPECT_EQ(lastValue("temp-2"), 11.0);
    EXPECT_EQ(lastValue("temp-3"), 22.0);
}

TEST(ProfileWithPassword, NothingKeepsThePasswordAfterConnecting)
{
    TWIN_REQUIRE_MOSQUITTO();
    const QString user = QStringLiteral("plant-operator");
    const QByteArray password = "Qz9-profile-secret-Pw";
    MosquittoBroker broker;
    QString error;
    ASSERT_TRUE(broker.requireLogin(user, QString::fromLatin1(password), &error)) << error.toStdString();
    ASSERT_TRUE(broker.start(&error)) << error.toStdString();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("login.twinproj"));
    {
        ProjectContent content = twintest::telemetrySite();
        // As an older file or a hand-written import might have it: the password in the URL.
        QUrl withPassword(broker.url());
        withPassword.setUserName(user);
        withPassword.setPassword(QString::fromLatin1(password));
        content.connections = {QJsonObject{{QStringLiteral("id"), QStringLiteral("plant")},
                                           {QStringLiteral("url"), withPassword.toString()}}};
        Project project;
        ASSERT_TRUE(project.setContent(content, nullptr));
        ASSERT_TRUE(ProjectStore::save(&project, file, &error)) << error.toStdString();
    }

    QProcess ingest;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TWINSTUDIO_MQTT_PASSWORD"), QString::fromLatin1(password));
    ingest.setProcessEnvironment(env);
    QByteArray err;
    ASSERT_TRUE(twintest::startIngest(&ingest,
                                      {QStringLiteral("--project"), file, QStringLiteral("--count"), QStringLiteral("1"),
                                       QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--json")},
                                      &err))
        << err.toStdString();
    publish({{QStringLiteral("url"), broker.url()},
             {QStringLiteral("username"), user},
             {QStringLiteral("password"), QString::fromLatin1(password)}},
            "twins/temp-1/telemetry", "21");
    ASSERT_TRUE(ingest.waitForFinished(60000));
    const QByteArray out = ingest.readAllStandardOutput();
    err += ingest.readAllStandardError();
    ASSERT_EQ(ingest.exitCode(), 0) << err.toStdString();
    EXPECT_TRUE(err.contains(user.toUtf8())) << err.toStdString();

    const QString exported = dir.filePath(QStringLiteral("export.json"));
    const auto exportRun = twintest::runTool(QStringLiteral("twinctl"),
                                             {QStringLiteral("project"), QStringLiteral("export"), file,
                                              QStringLiteral("--format"), QStringLiteral("native"),
                                              QStringLiteral("--output"), exported});
    ASSERT_EQ(exportRun.exitCode, 0) << exportRun.err.toStdString();
    EXPECT_TRUE(twintest::fileBytes(exported).contains(user.toUtf8())) << "the profile is exported, without its password";
    for (const QString &path : {file, exported, HistoryStore::companionPath(file)}) {
        const QByteArray bytes = twintest::fileBytes(path);
        EXPECT_FALSE(bytes.isEmpty()) << path.toStdString();
        EXPECT_FALSE(bytes.contains(password)) << path.toStdString();
    }
    EXPECT_FALSE(out.contains(password));
    EXPECT_FALSE(err.contains(password));
    EXPECT_FALSE(exportRun.out.contains(password) || exportRun.err.contains(password));
}
