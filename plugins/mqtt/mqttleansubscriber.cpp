// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttleansubscriber.h"
#include "mqttwire.h"

#include "telemetry/telemetrysink.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
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

void MqttLeanSubscriber::wake(int fd)
{
    const std::uint64_t one = 1;
    // A full counter (never in practice) still reads as ready: nothing to report.
    [[maybe_unused]] const ssize_t w = ::write(fd, &one, sizeof one);
}

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
    const std::string body =
        mqttwire::connectBody(m_clientId.toStdString(), KeepAliveSeconds, !m_session.isPersistent(), m_login);
    const std::string out = mqttwire::packet(0x10, body) + MqttReceiveSession::subscribePacket(m_subscriptions);
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
    m_refusal.clear();
    m_draining = false;
    m_drained = false;
    m_held.clear();
    m_seenLoaded = false;
    m_session.setHoldAcks(m_ackWhenStored && m_session.isPersistent());
    if (m_session.holdsAcks()) {
        // The sink wakes the reader when its samples are stored: no polling for that.
        m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (m_wakeFd < 0) {
            *error = QStringLiteral("cannot create an event descriptor: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
        m_sink->watchDurable([fd = m_wakeFd] { wake(fd); });
    }
    m_session.connectionOpened();
    m_reader = std::thread([this] { run(); });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!m_subscribed && !m_failed && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (!m_subscribed) {
        *error = m_refusal.isEmpty()
                     ? QStringLiteral("the broker at %1:%2 refused the connection or the subscription").arg(host).arg(port)
                     : QStringLiteral("the broker at %1:%2 refused: %3").arg(host).arg(port).arg(m_refusal);
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
    MqttPacketReader reader;
    if (const std::size_t limit = m_sink->payloadLimit()) {
        // A PUBLISH longer than this carries a payload over the limit, whatever its topic
        // (two length bytes, up to 65,535 of topic, a packet id): its first bytes are
        // enough to count it, the rest is dropped as it arrives.
        reader.setKeepAtMost(limit + 2 + 65535 + 2 + 1);
    }
    std::string replies;
    auto lastSend = std::chrono::steady_clock::now();
    bool announce = false; // a reconnect waits for its SUBACK before it reports success
    const auto lost = [&](const QString &why) {
        if (m_stopping || (!m_subscribed && !announce))
            return false; // stopping, or the first connection failed: connect() reports it
        m_subscribed = false;
        if (m_stateHandler)
            m_stateHandler(false, QStringLiteral("connection to %1:%2 lost (%3); reconnecting").arg(m_host).arg(m_port).arg(why));
        reader.clear();
        replies.clear();
        m_held.clear(); // unacknowledged: the kept session sends them again
        if (!reconnect())
            return false;
        m_session.connectionOpened();
        announce = true;
        lastSend = std::chrono::steady_clock::now();
        return true;
    };
    const auto sendReplies = [&] {
        if (replies.empty())
            return;
        sendAll(replies.data(), replies.size());
        replies.clear();
        lastSend = std::chrono::steady_clock::now();
    };
    const auto takeWake = [this] {
        std::uint64_t count = 0;
        [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &count, sizeof count);
    };
    while (!m_stopping) {
        if (m_draining) {
            // Stopping: read nothing more, acknowledge what becomes durable as it does.
            releaseAcks(&replies);
            sendReplies();
            if (m_held.empty())
                m_drained = true;
            pollfd w{m_wakeFd, POLLIN, 0};
            if (::poll(&w, 1, 100) > 0)
                takeWake();
            continue;
        }
        // Held acknowledgements go out when the sink signals that their samples are
        // stored (m_wakeFd); otherwise the reader sleeps until the broker sends something.
        pollfd p[2] = {{m_fd, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
        const int ready = ::poll(p, m_wakeFd >= 0 ? 2 : 1, 1000);
        if (ready > 0 && (p[1].revents & POLLIN)) {
            takeWake();
            releaseAcks(&replies);
            sendReplies();
        }
        if (ready <= 0 || p[0].revents == 0) {
            if (ready < 0 && errno != EINTR) {
                if (!m_stopping)
                    m_failed = true;
                return;
            }
            if (std::chrono::steady_clock::now() - lastSend > std::chrono::seconds(KeepAliveSeconds / 2)) {
                const char ping[2] = {char(0xc0), 0};
                sendAll(ping, 2);
                lastSend = std::chrono::steady_clock::now();
            }
            continue;
        }
        std::size_t room = 0;
        unsigned char *into = reader.writable(64 * 1024, &room);
        const ssize_t r = ::recv(m_fd, into, room, 0);
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
        reader.commit(std::size_t(r));
        const quint64 deliveredBefore = m_session.delivered();
        const quint64 duplicatesBefore = m_session.duplicates();
        QString broken;
        MqttPacketReader::Packet packet;
        MqttPacketReader::Result next;
        m_sink->beginBurst();
        while ((next = reader.next(&packet)) == MqttPacketReader::Result::Packet) {
            switch (m_session.handle(packet, m_sink, &replies)) {
            case MqttReceiveSession::Event::ConnectRefused:
            case MqttReceiveSession::Event::SubscribeRefused:
                m_refusal = QString::fromStdString(m_session.error());
                m_failed = true;
                break;
            case MqttReceiveSession::Event::Subscribed:
                m_subscribed = true;
                if (announce && m_stateHandler)
                    m_stateHandler(true, QString());
                announce = false;
                break;
            case MqttReceiveSession::Event::Malformed:
                broken = QString::fromStdString(m_session.error());
                break;
            case MqttReceiveSession::Event::Connected:
                if (m_session.isPersistent())
                    resumeSession();
                break;
            case MqttReceiveSession::Event::None:
                break;
            }
            if (!broken.isEmpty())
                break;
        }
        m_sink->endBurst();
        if (next == MqttPacketReader::Result::Malformed)
            broken = QString::fromStdString(reader.error());
        m_received->fetch_add(m_session.delivered() - deliveredBefore, std::memory_order_relaxed);
        m_duplicates.fetch_add(m_session.duplicates() - duplicatesBefore, std::memory_order_relaxed);
        releaseAcks(&replies);
        sendReplies();
        reader.compact();
        if (!broken.isEmpty()) {
            // The stream cannot be read on from here: drop the connection and start again.
            const QString why = QStringLiteral("the broker sent %1").arg(broken);
            if (!m_subscribed && !announce) {
                m_refusal = why;
                m_failed = true;
                return;
            }
            if (lost(why))
                continue;
            return;
        }
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

void MqttLeanSubscriber::resumeSession()
{
    // Later connections of this process know more than the history: what is received but
    // not yet stored. Only the first takes what an earlier process stored.
    const bool load = m_session.sessionPresent() && !m_seenLoaded;
    std::vector<std::pair<std::uint16_t, std::uint64_t>> seen;
    if (m_sink->sessionStarted(m_clientId.toStdString(), m_session.sessionPresent(), load ? &seen : nullptr) && load)
        m_session.loadSeen(seen);
    m_seenLoaded = true;
}

void MqttLeanSubscriber::releaseAcks(std::string *replies)
{
    std::vector<std::uint32_t> &ids = m_session.heldAcks();
    if (!ids.empty()) {
        const quint64 mark = m_sink->receivedMark();
        for (const std::uint32_t id : ids)
            m_held.emplace_back(mark, id);
        ids.clear();
    }
    if (m_held.empty())
        return;
    const quint64 durable = m_sink->durableMark();
    while (!m_held.empty() && m_held.front().first <= durable) {
        MqttReceiveSession::putHeldAck(replies, m_held.front().second);
        m_held.pop_front();
    }
    // A full window stalls the broker until these are acknowledged: write them now.
    if (!m_held.empty() && (m_held.size() >= InflightWindow || m_draining))
        m_sink->requestDurable(m_held.back().first);
}

void MqttLeanSubscriber::disconnect()
{
    if (m_fd < 0)
        return;
    if (m_session.holdsAcks() && m_reader.joinable()) {
        m_draining = true;
        wake(m_wakeFd);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!m_drained && !m_failed && m_reader.joinable() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    m_stopping = true;
    if (m_wakeFd >= 0)
        wake(m_wakeFd);
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
    if (m_wakeFd >= 0) {
        m_sink->watchDurable({}); // no call is under way after this: the descriptor can go
        ::close(m_wakeFd);
        m_wakeFd = -1;
    }
}

} // namespace twin
