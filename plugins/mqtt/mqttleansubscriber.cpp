// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttleansubscriber.h"
#include "mqttwire.h"

#include "telemetry/telemetrysink.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace twin {

namespace {

constexpr int KeepAliveSeconds = 60;
/// Reads smaller than this are followed by a short pause (see run()).
constexpr std::size_t LingerBelowBytes = 4096;
constexpr int LingerMicroseconds = 300;

} // namespace

MqttLeanSubscriber::MqttLeanSubscriber() = default;

MqttLeanSubscriber::~MqttLeanSubscriber()
{
    disconnect();
}

bool MqttLeanSubscriber::sendAll(const char *data, std::size_t size)
{
    std::size_t sent = 0;
    while (sent < size) {
        const ssize_t w = ::send(m_fd, data + sent, size - sent, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        sent += std::size_t(w);
    }
    return true;
}

int MqttLeanSubscriber::openSession(QString *error)
{
    const int fd = mqttwire::openSocket(m_host, m_port, SO_RCVBUF, error);
    if (fd < 0)
        return -1;
    const std::string body = mqttwire::connectBody(m_clientId.toStdString(), KeepAliveSeconds);
    std::string subscribe;
    subscribe += char(0);
    subscribe += char(1); // packet id 1
    for (const auto &[filter, qos] : m_subscriptions) {
        mqttwire::putString(subscribe, filter);
        subscribe += char(std::min(qos, 1));
    }
    const std::string out = mqttwire::packet(0x10, body) + mqttwire::packet(0x82, subscribe);
    std::size_t sent = 0;
    while (sent < out.size()) {
        const ssize_t w = ::send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            *error = QStringLiteral("cannot send to %1:%2").arg(m_host).arg(m_port);
            ::close(fd);
            return -1;
        }
        sent += std::size_t(w);
    }
    return fd;
}

bool MqttLeanSubscriber::connect(const QString &host, int port, const QString &clientId,
                                 const std::vector<std::pair<std::string, int>> &subscriptions, TelemetrySink *sink,
                                 std::atomic<quint64> *received, QString *error)
{
    disconnect();
    m_sink = sink;
    m_received = received;
    m_host = host;
    m_port = port;
    m_clientId = clientId;
    m_subscriptions = subscriptions;
    m_fd = openSession(error);
    if (m_fd < 0)
        return false;
    m_failed = false;
    m_stopping = false;
    m_subscribed = false;
    m_reader = std::thread([this] { run(); });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!m_subscribed && !m_failed && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (!m_subscribed) {
        *error = QStringLiteral("the broker at %1:%2 refused the connection or the subscription").arg(host).arg(port);
        disconnect();
        return false;
    }
    return true;
}

bool MqttLeanSubscriber::reconnect()
{
    auto delay = m_minDelay;
    while (!m_stopping) {
        // Sleep in slices so that disconnect() is not held up by the backoff.
        const auto until = std::chrono::steady_clock::now() + delay;
        while (!m_stopping && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        QString error;
        const int fd = m_stopping ? -1 : openSession(&error);
        if (fd >= 0) {
            std::lock_guard lock(m_fdMutex);
            if (m_stopping) {
                ::close(fd);
                return false;
            }
            ::close(m_fd);
            m_fd = fd;
            m_failed = false;
            return true;
        }
        delay = std::min(delay * 2, m_maxDelay);
    }
    return false;
}

void MqttLeanSubscriber::run()
{
    std::vector<unsigned char> buffer(1 << 20);
    std::size_t have = 0;
    std::string acks;
    auto lastSend = std::chrono::steady_clock::now();
    bool announce = false; // a reconnect waits for its SUBACK before it reports success
    const auto lost = [&](const QString &why) {
        if (m_stopping || (!m_subscribed && !announce))
            return false; // stopping, or the first connection failed: connect() reports it
        m_subscribed = false;
        if (m_stateHandler)
            m_stateHandler(false, QStringLiteral("connection to %1:%2 lost (%3); reconnecting").arg(m_host).arg(m_port).arg(why));
        have = 0;
        acks.clear();
        if (!reconnect())
            return false;
        announce = true;
        lastSend = std::chrono::steady_clock::now();
        return true;
    };
    while (!m_stopping) {
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 1000);
        if (ready == 0) {
            if (std::chrono::steady_clock::now() - lastSend > std::chrono::seconds(KeepAliveSeconds / 2)) {
                const char ping[2] = {char(0xc0), 0};
                sendAll(ping, 2);
                lastSend = std::chrono::steady_clock::now();
            }
            continue;
        }
        if (buffer.size() - have < 64 * 1024)
            buffer.resize(buffer.size() * 2);
        const ssize_t r = ::recv(m_fd, buffer.data() + have, buffer.size() - have, 0);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            const QString why = r == 0 ? QStringLiteral("closed by the broker") : QString::fromLocal8Bit(std::strerror(errno));
            if (lost(why))
                continue;
            if (!m_stopping)
                m_failed = true;
            return;
        }
        have += std::size_t(r);
        std::size_t pos = 0;
        m_sink->beginBurst();
        while (pos < have) {
            // Fixed header: type byte, then 1-4 bytes of remaining length.
            std::size_t length = 0, i = pos + 1;
            int shift = 0;
            bool complete = false;
            while (i < have && shift <= 21) {
                length |= std::size_t(buffer[i] & 0x7f) << shift;
                if (!(buffer[i++] & 0x80)) {
                    complete = true;
                    break;
                }
                shift += 7;
            }
            if (!complete || have - i < length)
                break;
            const unsigned char type = buffer[pos] >> 4;
            const unsigned char *body = buffer.data() + i;
            if (type == 3 && length >= 2) {
                const int qos = (buffer[pos] >> 1) & 3;
                const std::size_t topicLength = (std::size_t(body[0]) << 8) | body[1];
                std::size_t offset = 2 + topicLength + (qos ? 2 : 0);
                if (offset <= length) {
                    const std::string_view topic(reinterpret_cast<const char *>(body + 2), topicLength);
                    const std::string_view payload(reinterpret_cast<const char *>(body + offset), length - offset);
                    m_received->fetch_add(1, std::memory_order_relaxed);
                    TelemetrySink::MessageMeta meta;
                    meta.qos = qos;
                    meta.retained = (buffer[pos] & 1) != 0;
                    m_sink->deliverMessage(topic, payload, meta);
                    if (qos == 1) {
                        acks += char(0x40);
                        acks += char(2);
                        acks += char(body[2 + topicLength]);
                        acks += char(body[3 + topicLength]);
                    }
                }
            } else if (type == 2) {
                if (length < 2 || body[1] != 0)
                    m_failed = true; // CONNACK refused
            } else if (type == 9) {
                if (length >= 3 && body[2] == 0x80) {
                    m_failed = true;
                } else {
                    m_subscribed = true;
                    if (announce && m_stateHandler)
                        m_stateHandler(true, QString());
                    announce = false;
                }
            }
            pos = i + length;
        }
        m_sink->endBurst();
        if (!acks.empty()) {
            sendAll(acks.data(), acks.size());
            acks.clear();
            lastSend = std::chrono::steady_clock::now();
        }
        std::memmove(buffer.data(), buffer.data() + pos, have - pos);
        have -= pos;
        if (m_failed && announce) {
            // The broker refused the renewed session: try again after the backoff.
            if (!lost(QStringLiteral("refused")))
                return;
        }
        // A reader faster than the broker gets one or two messages per recv(): a poll,
        // a recv and an ACK segment each time, which cost more CPU than the messages on
        // 2 cores and starve the broker. After a small read, let the socket fill for a
        // moment; acknowledgements have gone out already, so QoS 1 windows keep moving.
        if (std::size_t(r) < LingerBelowBytes)
            std::this_thread::sleep_for(std::chrono::microseconds(LingerMicroseconds));
    }
}

void MqttLeanSubscriber::disconnect()
{
    if (m_fd < 0)
        return;
    m_stopping = true;
    {
        std::lock_guard lock(m_fdMutex);
        const char packet[2] = {char(0xe0), 0};
        ::send(m_fd, packet, 2, MSG_NOSIGNAL);
        ::shutdown(m_fd, SHUT_RDWR);
    }
    if (m_reader.joinable())
        m_reader.join();
    ::close(m_fd);
    m_fd = -1;
}

} // namespace twin
