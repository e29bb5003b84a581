// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/telemetrysource.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace mqtt {
class async_client;
class delivery_token;
class token;
} // namespace mqtt

namespace twin {

class MqttBulkPublisher;
class MqttLeanSubscriber;
class MqttRecentMessages;

/**
 * MQTT telemetry over the Paho C++ async client.
 *
 * start() config keys:
 * - `url` (required): `mqtt://host:port` or `mqtts://host:port` (also tcp://, ssl://)
 * - `clientId` (default: a random "twinstudio-..." id), `username`, `password` (else the
 *   URL's `user:password@`; the password is sent in CONNECT and never shown: messages and
 *   the log carry the URL without it)
 * - `cleanSession` (default true; false keeps the session and QoS 1/2 messages queued
 *   by the broker while disconnected)
 * - `subscriptions`: list of {"filter", "qos"} maps (or plain filter strings at `qos`)
 * - `qos` (default 1)
 * - `mqttVersion`: 4 (MQTT 3.1.1, the default) or 5 (over Paho's client, a persistent
 *   session then expires a week after the connection ends)
 * - TLS: `caFile`, `certFile`, `keyFile`, `keyPassword`, `verify` (default true: the
 *   server certificate and host name are checked)
 * - `keepAliveSeconds` (30), `connectTimeoutMs` (10000), `reconnectMinSeconds` (1),
 *   `reconnectMaxSeconds` (30): automatic reconnect with exponential backoff
 * - `maxBufferedMessages` (1,000,000) and `maxInflight` (65,535): Paho's defaults (100
 *   buffered) would throttle a fast publisher
 *
 * - `bulkPublish` (default false): publish-only over MqttBulkPublisher (plain mqtt://
 *   only, QoS 0/1, from one thread), for feeds that must outrun the receivers
 * - `leanReceive` (default false): subscribe over MqttLeanSubscriber (plain mqtt://,
 *   clean or kept sessions, QoS 0-2; reconnects like Paho), for high-rate runs
 *
 * start() waits for the first connection and fails with the broker's or TLS's reason;
 * later losses reconnect automatically and are reported through stateChanged().
 */
class MqttSource : public TelemetrySource
{
    Q_OBJECT

public:
    explicit MqttSource(QObject *parent = nullptr);
    ~MqttSource() override;

    bool start(const QVariantMap &config, QString *error) override;
    void stop() override;
    bool publish(std::string_view topic, std::string_view payload, int qos, QString *error) override;
    bool flush(int timeoutMs) override;

private:
    struct Sub
    {
        std::string filter;
        int qos = 1;
    };
    void subscribeAll();
    void fail(const QString &message);

    std::unique_ptr<mqtt::async_client> m_client;
    std::unique_ptr<MqttBulkPublisher> m_bulk;
    std::unique_ptr<MqttLeanSubscriber> m_lean;
    /// Paho's callback thread only: QoS 1 messages a kept session delivered, so that the
    /// broker's resends after a reconnect are not delivered twice (nullptr: clean session).
    std::unique_ptr<MqttRecentMessages> m_recent;
    std::vector<Sub> m_subscriptions;
    QString m_url;
    std::shared_ptr<mqtt::delivery_token> m_lastToken;
    std::vector<std::shared_ptr<mqtt::token>> m_subscribeTokens;
    QMutex m_tokenMutex;
};

} // namespace twin
