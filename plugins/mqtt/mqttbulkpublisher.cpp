// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttbulkpublisher.h"
#include "mqttwire.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace twin {

namespace {

constexpr std::size_t FlushBytes = 256 * 1024;
// QoS 1 packets in flight before publish() waits for acknowledgements; packet ids are 16
// bits, so it must stay well below 65535.
constexpr quint64 Window = 30000;

bool readFully(int fd, unsigned char *data, std::size_t n)
{
    std::size_t got = 0;
    while (got < n) {
        const ssize_t r = ::recv(fd, data + got, n - got, 0);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            return false;
        }
        got += std::size_t(r);
    }
    return true;
}

} // namespace

MqttBulkPublisher::MqttBulkPublisher() = default;

MqttBulkPublisher::~MqttBulkPublisher()
{
    disconnect();
}

bool MqttBulkPublisher::connect(const QString &host, int port, const QString &clientId,
                                const mqttwire::Credentials &login, QString *error)
{
    disconnect();
    m_fd = mqttwire::openSocket(host, port, SO_SNDBUF, error);
    if (m_fd < 0)
        return false;
    // CONNECT: keep-alive off (a bulk feed ends quickly).
    const std::string body = mqttwire::connectBody(clientId.toStdString(), 0, true, login);
    const std::string packet = mqttwire::packet(0x10, body);
    if (::send(m_fd, packet.data(), packet.size(), MSG_NOSIGNAL) != ssize_t(packet.size())) {
        *error = QStringLiteral("cannot send CONNECT: %1").arg(QString::fromUtf8(std::strerror(errno)));
        disconnect();
        return false;
    }
    unsigned char connack[4];
    if (!readFully(m_fd, connack, 4) || connack[0] != 0x20 || connack[3] != 0) {
        *error = connack[0] == 0x20
                     ? QStringLiteral("the broker at %1:%2 refused: %3").arg(host).arg(port).arg(QString::fromUtf8(mqttwire::connackReason(connack[3])))
                     : QStringLiteral("the broker at %1:%2 refused the connection").arg(host).arg(port);
        disconnect();
        return false;
    }
    m_failed = false;
    m_stopping = false;
    m_acked = 0;
    m_sentQos1 = 0;
    m_nextId = 1;
    m_reader = std::thread([this] { readAcks(); });
    return true;
}

void MqttBulkPublisher::readAcks()
{
    unsigned char buffer[64 * 1024];
    std::size_t have = 0;
    while (!m_stopping) {
        const ssize_t r = ::recv(m_fd, buffer + have, sizeof buffer - have, 0);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            if (!m_stopping)
                m_failed = true;
            return;
        }
        have += std::size_t(r);
        std::size_t pos = 0;
        // Only PUBACKs (4 bytes) come back on a publish-only connection.
        while (have - pos >= 4) {
            if (buffer[pos] != 0x40 || buffer[pos + 1] != 2) {
                m_failed = true;
                return;
            }
            m_acked.fetch_add(1, std::memory_order_release);
            pos += 4;
        }
        std::memmove(buffer, buffer + pos, have - pos);
        have -= pos;
    }
}

bool MqttBulkPublisher::writeOut(QString *error)
{
    std::size_t sent = 0;
    while (sent < m_buffer.size()) {
        const ssize_t w = ::send(m_fd, m_buffer.data() + sent, m_buffer.size() - sent, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            m_failed = true;
            if (error)
                *error = QStringLiteral("write to the broker failed: %1").arg(QString::fromUtf8(std::strerror(errno)));
            return false;
        }
        sent += std::size_t(w);
    }
    m_buffer.clear();
    return true;
}

bool MqttBulkPublisher::publish(std::string_view topic, std::string_view payload, int qos, QString *error)
{
    if (m_fd < 0 || m_failed) {
        if (error)
            *error = QStringLiteral("not connected");
        return false;
    }
    qos = qos > 0 ? 1 : 0; // QoS 2 is not offered by the bulk path
    if (qos == 1) {
        while (m_sentQos1 - m_acked.load(std::memory_order_acquire) >= Window) {
            if (!m_buffer.empty() && !writeOut(error))
                return false;
            if (m_failed) {
                if (error)
                    *error = QStringLiteral("the broker closed the connection");
                return false;
            }
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
    }
    const std::size_t remaining = 2 + topic.size() + (qos ? 2 : 0) + payload.size();
    m_buffer += char(0x30 | (qos << 1));
    mqttwire::putLength(m_buffer, remaining);
    mqttwire::putString(m_buffer, topic);
    if (qos) {
        m_buffer += char(m_nextId >> 8);
        m_buffer += char(m_nextId & 0xff);
        m_nextId = m_nextId == 65535 ? 1 : quint16(m_nextId + 1);
        ++m_sentQos1;
    }
    m_buffer.append(payload);
    if (m_buffer.size() >= FlushBytes)
        return writeOut(error);
    return true;
}

bool MqttBulkPublisher::flush(int timeoutMs)
{
    if (m_fd < 0)
        return true;
    if (!m_buffer.empty() && !writeOut(nullptr))
        return false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (m_acked.load(std::memory_order_acquire) < m_sentQos1) {
        if (m_failed || std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
}

void MqttBulkPublisher::disconnect()
{
    if (m_fd < 0)
        return;
    if (!m_failed) {
        writeOut(nullptr);
        const char packet[2] = {char(0xe0), 0};
        ::send(m_fd, packet, 2, MSG_NOSIGNAL);
    }
    m_stopping = true;
    ::shutdown(m_fd, SHUT_RDWR);
    if (m_reader.joinable())
        m_reader.join();
    ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
}

} // namespace twin
