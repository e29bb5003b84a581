// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace twin {

class TelemetrySink;

/**
 * A lean MQTT 3.1.1 subscriber over plain TCP, for bounded high-rate runs (`twinctl
 * ingest` on mqtt://). Paho's C library reads each packet with several small socket
 * reads and allocates a message and a C++ wrapper per delivery; here one thread reads
 * 1 MiB at a time, hands (topic, payload) views straight to the sink and acknowledges a
 * whole read's QoS 1 messages in one write. QoS 0 and 1, clean sessions, no TLS and no
 * reconnect: everything else goes through Paho.
 */
class MqttLeanSubscriber
{
public:
    MqttLeanSubscriber();
    ~MqttLeanSubscriber();

    bool connect(const QString &host, int port, const QString &clientId,
                 const std::vector<std::pair<std::string, int>> &subscriptions, TelemetrySink *sink,
                 std::atomic<quint64> *received, QString *error);
    void disconnect();
    bool isConnected() const { return m_fd >= 0 && !m_failed.load(); }

private:
    void run();
    bool sendAll(const char *data, std::size_t size);

    int m_fd = -1;
    TelemetrySink *m_sink = nullptr;
    std::atomic<quint64> *m_received = nullptr;
    std::atomic<bool> m_subscribed{false};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_stopping{false};
    std::thread m_reader;
};

} // namespace twin
