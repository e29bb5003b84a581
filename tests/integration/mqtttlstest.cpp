// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"
#include "testcertificates.h"

#include "telemetry/telemetrysink.h"
#include "telemetry/telemetrysource.h"
#include "telemetry/telemetrysourceregistry.h"

#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace twin;
using twintest::MosquittoBroker;

namespace {

class CountingSink : public TelemetrySink
{
public:
    void deliver(std::string_view, std::string_view) override { ++count; }
    std::atomic<int> count{0};
};

} // namespace

TEST(MqttTls, ConnectsWithTheRightCaAndRefusesAWrongOne)
{
    TWIN_REQUIRE_MOSQUITTO();
    MosquittoBroker broker;
    QString error;
    if (!twintest::makeTestCertificates(broker.dir(), &error))
        GTEST_SKIP() << "openssl could not make test certificates: " << error.toStdString();
    const QString d = broker.dir() + u'/';
    const MosquittoBroker::Tls tls{d + QStringLiteral("ca.crt"), d + QStringLiteral("server.crt"),
                                   d + QStringLiteral("server.key")};
    ASSERT_TRUE(broker.start(&error, 0, &tls)) << error.toStdString();
    ASSERT_TRUE(broker.url().startsWith(QStringLiteral("mqtts://")));

    // The right CA: connects, subscribes, receives.
    CountingSink sink;
    std::unique_ptr<TelemetrySource> sub(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    ASSERT_TRUE(sub);
    sub->setSink(&sink);
    ASSERT_TRUE(sub->start({{QStringLiteral("url"), broker.url()},
                            {QStringLiteral("caFile"), tls.caFile},
                            {QStringLiteral("subscriptions"), QVariantList{QStringLiteral("twins/+/telemetry")}}},
                           &error))
        << error.toStdString();
    std::unique_ptr<TelemetrySource> pub(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    ASSERT_TRUE(pub->start({{QStringLiteral("url"), broker.url()}, {QStringLiteral("caFile"), tls.caFile}}, &error))
        << error.toStdString();
    ASSERT_TRUE(pub->publish("twins/t/telemetry", "1", 1, &error));
    ASSERT_TRUE(pub->flush(5000));
    for (int i = 0; i < 500 && sink.count.load() < 1; ++i)
        QThread::msleep(10);
    EXPECT_EQ(sink.count.load(), 1);

    // A CA that did not sign the server's certificate: refused, with a reason.
    std::unique_ptr<TelemetrySource> wrong(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    error.clear();
    EXPECT_FALSE(wrong->start({{QStringLiteral("url"), broker.url()},
                               {QStringLiteral("caFile"), QString(d + QStringLiteral("other.crt"))},
                               {QStringLiteral("connectTimeoutMs"), QVariant(5000)}},
                              &error));
    // The handshake's own reason, not only Paho's "TCP/TLS connect failure".
    EXPECT_TRUE(error.contains(QStringLiteral("(TLS: "))) << error.toStdString();
    EXPECT_EQ(wrong->state(), TelemetrySource::State::Disconnected);
    EXPECT_GE(wrong->counters().errors, 1u);
}

TEST(MqttTls, PresentsAClientCertificateWhenTheBrokerRequiresOne)
{
    TWIN_REQUIRE_MOSQUITTO();
    MosquittoBroker broker;
    QString error;
    if (!twintest::makeTestCertificates(broker.dir(), &error))
        GTEST_SKIP() << "openssl could not make test certificates: " << error.toStdString();
    const QString d = broker.dir() + u'/';
    MosquittoBroker::Tls tls{d + QStringLiteral("ca.crt"), d + QStringLiteral("server.crt"),
                             d + QStringLiteral("server.key")};
    tls.requireClientCertificate = true;
    ASSERT_TRUE(broker.start(&error, 0, &tls)) << error.toStdString();

    // With the client certificate and key: connects, subscribes, receives its own message.
    CountingSink sink;
    std::unique_ptr<TelemetrySource> client(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    ASSERT_TRUE(client);
    client->setSink(&sink);
    ASSERT_TRUE(client->start({{QStringLiteral("url"), broker.url()},
                               {QStringLiteral("caFile"), tls.caFile},
                               {QStringLiteral("certFile"), QString(d + QStringLiteral("client.crt"))},
                               {QStringLiteral("keyFile"), QString(d + QStringLiteral("client.key"))},
                               {QStringLiteral("subscriptions"), QVariantList{QStringLiteral("twins/+/telemetry")}}},
                              &error))
        << error.toStdString();
    ASSERT_TRUE(client->publish("twins/t/telemetry", "1", 1, &error)) << error.toStdString();
    ASSERT_TRUE(client->flush(5000));
    for (int i = 0; i < 500 && sink.count.load() < 1; ++i)
        QThread::msleep(10);
    EXPECT_EQ(sink.count.load(), 1);

    // Without one, the broker refuses the handshake and start() says so.
    std::unique_ptr<TelemetrySource> anonymous(TelemetrySourceRegistry::create(QStringLiteral("mqtt"), nullptr, &error));
    error.clear();
    EXPECT_FALSE(anonymous->start({{QStringLiteral("url"), broker.url()},
                                   {QStringLiteral("caFile"), tls.caFile},
                                   {QStringLiteral("connectTimeoutMs"), QVariant(5000)}},
                                  &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(anonymous->state(), TelemetrySource::State::Disconnected);
}
