// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttsource.h"

#include "mqttbulkpublisher.h"
#include "mqttleansubscriber.h"
#include "mqttrecentmessages.h"
#include "mqtttlsprobe.h"
#include "mqttwire.h"

#include "core/logging.h"
#include "telemetry/telemetrysink.h"

#include <QMutexLocker>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

#include <mqtt/async_client.h>

#include <chrono>

namespace twin {

namespace {

QString brokerUri(const QString &url, bool *tls, QString *error)
{
    const QUrl u(url);
    const QString scheme = u.scheme().toLower();
    if (scheme == QStringLiteral("mqtt") || scheme == QStringLiteral("tcp")) {
        *tls = false;
    } else if (scheme == QStringLiteral("mqtts") || scheme == QStringLiteral("ssl")) {
        *tls = true;
    } else {
        *error = QStringLiteral("broker URL '%1' must start with mqtt:// or mqtts://").arg(url);
        return QString();
    }
    if (u.host().isEmpty()) {
        *error = QStringLiteral("broker URL '%1' has no host").arg(url);
        return QString();
    }
    const int port = u.port(*tls ? 8883 : 1883);
    return QStringLiteral("%1://%2:%3").arg(*tls ? QStringLiteral("ssl") : QStringLiteral("tcp"), u.host()).arg(port);
}

/// The login from the `username` and `password` keys, or else from the URL's user info.
mqttwire::Credentials credentials(const QVariantMap &config, const QUrl &url)
{
    mqttwire::Credentials login;
    login.username = config.value(QStringLiteral("username")).toString().toStdString();
    login.password = config.value(QStringLiteral("password")).toString().toStdString();
    if (login.username.empty()) {
        login.username = url.userName(QUrl::FullyDecoded).toStdString();
        login.password = url.password(QUrl::FullyDecoded).toStdString();
    }
    return login;
}

} // namespace

MqttSource::MqttSource(QObject *parent)
    : TelemetrySource(parent)
{
}

MqttSource::~MqttSource()
{
    stop();
}

void MqttSource::fail(const QString &message)
{
    countError();
    qCWarning(lcTelemetry).noquote() << "mqtt:" << message;
    emit errorOccurred(message);
}

bool MqttSource::start(const QVariantMap &config, QString *error)
{
    stop();
    QString local;
    QString *err = error ? error : &local;
    bool tls = false;
    const QUrl fullUrl(config.value(QStringLiteral("url")).toString());
    const mqttwire::Credentials login = credentials(config, fullUrl);
    // Only the URL without its password is kept: it appears in messages and the log.
    m_url = fullUrl.toString(QUrl::RemovePassword);
    const QString uri = brokerUri(m_url, &tls, err);
    if (uri.isEmpty())
        return false;
    QString clientId = config.value(QStringLiteral("clientId")).toString();
    if (clientId.isEmpty())
        clientId = QStringLiteral("twinstudio-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    const int defaultQos = config.value(QStringLiteral("qos"), 1).toInt();
    m_subscriptions.clear();
    for (const QVariant &v : config.value(QStringLiteral("subscriptions")).toList()) {
        if (v.typeId() == QMetaType::QString) {
            m_subscriptions.push_back({v.toString().toStdString(), defaultQos});
        } else {
            const QVariantMap m = v.toMap();
            m_subscriptions.push_back({m.value(QStringLiteral("filter")).toString().toStdString(),
                                       m.value(QStringLiteral("qos"), defaultQos).toInt()});
        }
    }

    const bool mqtt5 = config.value(QStringLiteral("mqttVersion"), 4).toInt() == 5;
    // The lean receiver speaks MQTT 3.1.1 only; MQTT 5 takes Paho's client.
    if (config.value(QStringLiteral("leanReceive")).toBool() && !tls && !mqtt5) {
        const QUrl u(m_url);
        std::vector<std::pair<std::string, int>> subs;
        for (const Sub &s : m_subscriptions)
            subs.emplace_back(s.filter, s.qos);
        m_lean = std::make_unique<MqttLeanSubscriber>();
        m_lean->setPersistent(!config.value(QStringLiteral("cleanSession"), true).toBool());
        m_lean->setCredentials(login);
        // A kept session acknowledges a QoS 1 message once its samples are stored.
        m_lean->setAckWhenStored(config.value(QStringLiteral("ackWhenStored"), true).toBool());
        m_lean->setReconnectDelays(
            std::chrono::seconds(config.value(QStringLiteral("reconnectMinSeconds"), 1).toInt()),
            std::chrono::seconds(config.value(QStringLiteral("reconnectMaxSeconds"), 30).toInt()));
        m_lean->setStateHandler([this](bool connected, const QString &message) {
            if (connected) {
                markConnectionRestored();
                setState(State::Connected);
                return;
            }
            markConnectionLost();
            setState(State::Reconnecting);
            fail(message);
        });
        setState(State::Connecting);
        if (!m_lean->connect(u.host(), u.port(1883), clientId, subs, sink(), &m_received, err)) {
            fail(*err);
            m_lean.reset();
            setState(State::Disconnected);
            return false;
        }
        setState(State::Connected);
        return true;
    }
    if (config.value(QStringLiteral("bulkPublish")).toBool()) {
        if (tls) {
            *err = QStringLiteral("bulk publishing is offered over mqtt:// only, not %1").arg(m_url);
            return false;
        }
        const QUrl u(m_url);
        m_bulk = std::make_unique<MqttBulkPublisher>();
        setState(State::Connecting);
        if (!m_bulk->connect(u.host(), u.port(1883), clientId, login, err)) {
            fail(*err);
            m_bulk.reset();
            setState(State::Disconnected);
            return false;
        }
        setState(State::Connected);
        return true;
    }
    try {
        mqtt::create_options createOptions(mqtt5 ? MQTTVERSION_5 : MQTTVERSION_3_1_1);
        createOptions.set_max_buffered_messages(config.value(QStringLiteral("maxBufferedMessages"), 1000000).toInt());
        createOptions.set_send_while_disconnected(true, false);
        m_client = std::make_unique<mqtt::async_client>(uri.toStdString(), clientId.toStdString(), createOptions,
                                                        nullptr);

        m_recent.reset(config.value(QStringLiteral("cleanSession"), true).toBool() ? nullptr
                                                                                  : new MqttRecentMessages);
        m_client->set_message_callback([this](mqtt::const_message_ptr message) {
            m_received.fetch_add(1, std::memory_order_relaxed);
            const std::string &topic = message->get_topic();
            const std::string &payload = message->get_payload();
            if (m_recent && message->get_qos() == 1) {
                const std::uint64_t digest = MqttRecentMessages::digest(topic, payload);
                if (message->is_duplicate() && m_recent->contains(digest)) {
                    m_duplicates.fetch_add(1, std::memory_order_relaxed);
                    return;
                }
                m_recent->add(digest);
            }
            if (TelemetrySink *s = sink()) {
                TelemetrySink::MessageMeta meta;
                meta.qos = message->get_qos();
                meta.retained = message->is_retained();
                s->deliverMessage(topic, payload, meta);
            }
        });
        m_client->set_connected_handler([this](const std::string &) {
            markConnectionRestored();
            setState(State::Connected);
            subscribeAll();
        });
        m_client->set_connection_lost_handler([this](const std::string &cause) {
            markConnectionLost();
            setState(State::Reconnecting);
            fail(QStringLiteral("connection to %1 lost%2; reconnecting")
                     .arg(m_url, cause.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(cause))));
        });

        mqtt::connect_options options;
        const bool clean = config.value(QStringLiteral("cleanSession"), true).toBool();
        if (mqtt5) {
            // MQTT 5 has a clean start and a session expiry instead of a clean session.
            options.set_mqtt_version(MQTTVERSION_5);
            options.set_clean_session(false);
            options.set_clean_start(clean);
            if (!clean)
                options.set_properties(mqtt::properties{{mqtt::property::SESSION_EXPIRY_INTERVAL, 7 * 24 * 3600}});
        } else {
            options.set_mqtt_version(MQTTVERSION_3_1_1);
            options.set_clean_session(clean);
        }
        options.set_keep_alive_interval(config.value(QStringLiteral("keepAliveSeconds"), 30).toInt());
        options.set_connect_timeout(
            std::chrono::milliseconds(config.value(QStringLiteral("connectTimeoutMs"), 10000).toInt()));
        options.set_automatic_reconnect(config.value(QStringLiteral("reconnectMinSeconds"), 1).toInt(),
                                        config.value(QStringLiteral("reconnectMaxSeconds"), 30).toInt());
        options.set_max_inflight(config.value(QStringLiteral("maxInflight"), 65535).toInt());
        if (!login.username.empty()) {
            options.set_user_name(login.username);
            options.set_password(login.password);
        }
        if (tls) {
            mqtt::ssl_options ssl;
            const QString ca = config.value(QStringLiteral("caFile")).toString();
            const QString cert = config.value(QStringLiteral("certFile")).toString();
            const QString key = config.value(QStringLiteral("keyFile")).toString();
            if (!ca.isEmpty())
                ssl.set_trust_store(ca.toStdString());
            if (!cert.isEmpty())
                ssl.set_key_store(cert.toStdString());
            if (!key.isEmpty())
                ssl.set_private_key(key.toStdString());
            const QString keyPassword = config.value(QStringLiteral("keyPassword")).toString();
            if (!keyPassword.isEmpty())
                ssl.set_private_key_password(keyPassword.toStdString());
            const bool verify = config.value(QStringLiteral("verify"), true).toBool();
            ssl.set_enable_server_cert_auth(verify);
            ssl.set_verify(verify);
            options.set_ssl(std::move(ssl));
        }

        setState(State::Connecting);
        auto token = m_client->connect(options);
        if (!token->wait_for(std::chrono::milliseconds(
                config.value(QStringLiteral("connectTimeoutMs"), 10000).toInt() + 2000))) {
            *err = QStringLiteral("timed out connecting to %1").arg(m_url);
            fail(*err);
            stop();
            return false;
        }
        // Subscriptions are made from the connected handler (so that they come back after a
        // reconnect); the first ones are waited for here, so that a caller that starts a
        // publisher next loses nothing.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (true) {
            std::vector<std::shared_ptr<mqtt::token>> tokens;
            {
                QMutexLocker lock(&m_tokenMutex);
                tokens = m_subscribeTokens;
            }
            if (tokens.size() == m_subscriptions.size()) {
                for (const auto &t : tokens) {
                    if (!t->wait_until(deadline)) {
                        *err = QStringLiteral("timed out subscribing at %1").arg(m_url);
                        fail(*err);
                        stop();
                        return false;
                    }
                }
                break;
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                *err = QStringLiteral("timed out subscribing at %1").arg(m_url);
                fail(*err);
                stop();
                return false;
            }
            QThread::msleep(1);
        }
    } catch (const mqtt::exception &e) {
        QString reason = QString::fromStdString(e.what());
        // Paho reports a refused CONNECT by the CONNACK's return code alone: name it.
        if (reason.contains(QStringLiteral("connack"), Qt::CaseInsensitive))
            reason = QStringLiteral("the broker refused: %1").arg(QString::fromUtf8(mqttwire::connackReason(e.get_return_code())));
        if (tls) {
            const QString handshake = MqttTlsProbe::handshakeError(fullUrl, config, 5000);
            if (!handshake.isEmpty())
                reason += QStringLiteral(" (TLS: %1)").arg(handshake);
        }
        *err = QStringLiteral("cannot connect to %1: %2").arg(m_url, reason);
        fail(*err);
        stop();
        return false;
    } catch (const std::exception &e) {
        *err = QStringLiteral("cannot connect to %1: %2").arg(m_url, QString::fromStdString(e.what()));
        fail(*err);
        stop();
        return false;
    }
    return true;
}

void MqttSource::subscribeAll()
{
    if (!m_client || m_subscriptions.empty())
        return;
    try {
        QMutexLocker lock(&m_tokenMutex);
        m_subscribeTokens.clear();
        for (const Sub &s : m_subscriptions)
            m_subscribeTokens.push_back(m_client->subscribe(s.filter, s.qos));
    } catch (const mqtt::exception &e) {
        fail(QStringLiteral("subscribing at %1 failed: %2").arg(m_url, QString::fromStdString(e.what())));
    }
}

void MqttSource::stop()
{
    if (m_lean) {
        m_lean->disconnect();
        m_duplicates.fetch_add(m_lean->duplicates(), std::memory_order_relaxed);
        m_lean.reset();
        setState(State::Disconnected);
    }
    if (m_bulk) {
        m_bulk->disconnect();
        m_bulk.reset();
        setState(State::Disconnected);
    }
    if (!m_client)
        return;
    try {
        m_client->set_message_callback([](mqtt::const_message_ptr) {});
        m_client->set_connection_lost_handler([](const std::string &) {});
        if (m_client->is_connected())
            m_client->disconnect(std::chrono::milliseconds(1000))->wait_for(std::chrono::milliseconds(3000));
    } catch (const mqtt::exception &e) {
        // Closing anyway; the broker drops the session's socket on its side.
        fail(QStringLiteral("disconnecting from %1: %2").arg(m_url, QString::fromStdString(e.what())));
    }
    m_client.reset();
    {
        QMutexLocker lock(&m_tokenMutex);
        m_lastToken.reset();
        m_subscribeTokens.clear();
    }
    setState(State::Disconnected);
}

bool MqttSource::publish(std::string_view topic, std::string_view payload, int qos, QString *error)
{
    if (m_bulk) {
        if (!m_bulk->publish(topic, payload, qos, error)) {
            countError();
            setState(State::Disconnected);
            return false;
        }
        m_published.fetch_add(1, std::memory_order_relaxed);
        return true;
    }
    if (!m_client) {
        if (error)
            *error = QStringLiteral("not connected");
        return false;
    }
    try {
        auto token = m_client->publish(std::string(topic), payload.data(), payload.size(), qos, false);
        m_published.fetch_add(1, std::memory_order_relaxed);
        QMutexLocker lock(&m_tokenMutex);
        m_lastToken = std::move(token);
        return true;
    } catch (const mqtt::exception &e) {
        // MQTTASYNC_MAX_BUFFERED_MESSAGES and friends: the caller may retry.
        countError();
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool MqttSource::flush(int timeoutMs)
{
    if (m_bulk)
        return m_bulk->flush(timeoutMs);
    if (!m_client)
        return true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    try {
        std::shared_ptr<mqtt::delivery_token> last;
        {
            QMutexLocker lock(&m_tokenMutex);
            last = m_lastToken;
        }
        if (last && !last->wait_until(deadline))
            return false;
        while (!m_client->get_pending_delivery_tokens().empty()) {
            if (std::chrono::steady_clock::now() >= deadline)
                return false;
            QThread::msleep(2);
        }
    } catch (const mqtt::exception &e) {
        fail(QStringLiteral("publishing to %1 failed: %2").arg(m_url, QString::fromStdString(e.what())));
        return false;
    }
    return true;
}

} // namespace twin
