// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqttreceivesession.h"
#include "mqttwire.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
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
 * whole read's acknowledgements in one write. QoS 0, 1 and 2, clean or kept sessions
 * (MqttReceiveSession), no TLS: everything else goes through Paho. A lost connection is
 * reopened with exponential backoff (subscriptions renewed) and reported through the
 * state handler; a broker that breaks the protocol is dropped and reconnected the same way.
 *
 * With acknowledgements after storing (a kept session), a QoS 1 message's PUBACK goes out
 * only once the sink reports its samples durable (TelemetrySink::durableMark()), in
 * receive order, as soon as the sink signals that it stored them (watchDurable(), no
 * polling); when a broker's window of unacknowledged messages is full the sink is
 * asked to write at once. On each CONNACK of a kept session the sink learns whether the broker
 * kept it (TelemetrySink::sessionStarted()); on the first, the packet ids and digests of
 * the messages an earlier process stored are loaded, so that the broker's resends of those
 * whose PUBACK was lost with that process are not stored twice. disconnect() first sends the acknowledgements of what becomes
 * durable within a few seconds; the rest the broker sends again next time.
 */
class MqttLeanSubscriber
{
public:
    /// Called from the reader thread: false with a message when the connection is lost
    /// (a reconnect follows), true when a reconnect has subscribed again.
    using StateHandler = std::function<void(bool connected, const QString &message)>;

    MqttLeanSubscriber();
    ~MqttLeanSubscriber();

    /// Before connect(): the handler, and the backoff between reconnect attempts.
    void setStateHandler(StateHandler handler) { m_stateHandler = std::move(handler); }
    void setReconnectDelays(std::chrono::milliseconds min, std::chrono::milliseconds max)
    {
        m_minDelay = min;
        m_maxDelay = max;
    }
    /// Before connect(): keep the broker session between connections (clean session off).
    void setPersistent(bool persistent) { m_session.setPersistent(persistent); }
    /// Before connect(): acknowledge QoS 1 messages (PUBACK) and QoS 2 messages (PUBREC) only once the sink has them durable
    /// (a kept session only: a clean one loses what is unacknowledged anyway).
    void setAckWhenStored(bool whenStored) { m_ackWhenStored = whenStored; }
    /// How many unacknowledged messages the broker sends before it waits (mosquitto's
    /// max_inflight_messages, 20 by default): a full window is written at once.
    static constexpr std::size_t InflightWindow = 20;
    /// Before connect(): the login sent in every CONNECT (none when the user name is empty).
    void setCredentials(mqttwire::Credentials login) { m_login = std::move(login); }

    bool connect(const QString &host, int port, const QString &clientId,
                 const std::vector<std::pair<std::string, int>> &subscriptions, TelemetrySink *sink,
                 std::atomic<quint64> *received, QString *error);
    void disconnect();
    bool isConnected() const { return m_fd >= 0 && !m_failed.load(); }
    /// Messages a kept session's broker sent again that were not delivered twice.
    quint64 duplicates() const { return m_duplicates.load(std::memory_order_relaxed); }

private:
    /// Opens a socket and sends CONNECT and SUBSCRIBE; the SUBACK arrives in run().
    int openSession(QString *error);
    void run();
    /// Replaces the lost socket with a new session; false when stopping.
    bool reconnect();
    bool sendAll(const char *data, std::size_t size);
    /// Wakes a reader waiting on the event descriptor \a fd.
    static void wake(int fd);
    /// Takes the session's held ids (marked with what the sink has received now), and
    /// appends to \a replies the PUBACKs of those that are durable.
    void releaseAcks(std::string *replies);
    /// After a CONNACK of a kept session: tells the sink, and loads what it stored before.
    void resumeSession();

    QString m_host;
    int m_port = 0;
    QString m_clientId;
    mqttwire::Credentials m_login;
    std::vector<std::pair<std::string, int>> m_subscriptions;
    StateHandler m_stateHandler;
    std::chrono::milliseconds m_minDelay{1000};
    std::chrono::milliseconds m_maxDelay{30000};
    std::mutex m_fdMutex; ///< guards m_fd against disconnect() while reconnect() replaces it
    int m_fd = -1;
    int m_wakeFd = -1; ///< eventfd the sink signals when samples become durable (held acks only)
    TelemetrySink *m_sink = nullptr;
    std::atomic<quint64> *m_received = nullptr;
    std::atomic<bool> m_subscribed{false};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_draining{false}; ///< disconnect() waits for held acknowledgements
    std::atomic<bool> m_drained{false};
    bool m_ackWhenStored = false;
    std::deque<std::pair<quint64, std::uint32_t>> m_held; ///< (mark, heldAcks() entry), reader thread
    std::atomic<quint64> m_duplicates{0};
    MqttReceiveSession m_session; ///< used by the reader thread only (after connect())
    bool m_seenLoaded = false;    ///< the sink's stored session state was asked for (reader thread)
    QString m_refusal;            ///< why the broker refused, for connect()'s error
    std::thread m_reader;
};

} // namespace twin
