// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqttwire.h"

#include <QString>

#include <atomic>
#include <string>
#include <string_view>
#include <thread>

namespace twin {

/**
 * A lean MQTT 3.1.1 publisher for bulk feeds over plain TCP (`twinctl simulate --count`).
 *
 * Paho's async client allocates a message, a token and a command per publish and hands
 * each to its sending thread; it tops out near 30k messages/s here, below what a bare
 * subscriber consumes, so a benchmark fed by it would measure the feeder. This writer
 * encodes PUBLISH packets straight into one buffer, writes it in large chunks (blocking
 * writes are the only back-pressure, as with Node's mqtt.js), and at QoS 1 counts PUBACKs
 * on a reader thread with a wide in-flight window. No TLS, no subscriptions, no reconnect:
 * everything else goes through Paho.
 */
class MqttBulkPublisher
{
public:
    MqttBulkPublisher();
    ~MqttBulkPublisher();

    /// Connects with \a login when it has a user name.
    bool connect(const QString &host, int port, const QString &clientId, const mqttwire::Credentials &login,
                 QString *error);
    /// Queues one message; false when the connection failed.
    bool publish(std::string_view topic, std::string_view payload, int qos, QString *error);
    /// Writes what is buffered and waits until every QoS 1 message is acknowledged.
    bool flush(int timeoutMs);
    void disconnect();
    bool isConnected() const { return m_fd >= 0 && !m_failed.load(); }

private:
    bool writeOut(QString *error);
    void readAcks();

    int m_fd = -1;
    std::string m_buffer;
    quint16 m_nextId = 1;
    quint64 m_sentQos1 = 0;
    std::atomic<quint64> m_acked{0};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_stopping{false};
    std::thread m_reader;
};

} // namespace twin
