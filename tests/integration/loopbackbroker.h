// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <thread>

namespace twintest {

/**
 * A stand-in MQTT broker of a test's own on a free loopback port, one connection at a
 * time, for what a real broker will not do on cue (a kept session played back, every
 * acknowledgement recorded). Subclasses serve a connection on m_thread; the destructor
 * waits for it.
 */
class LoopbackBroker
{
public:
    LoopbackBroker() = default;
    ~LoopbackBroker();
    LoopbackBroker(const LoopbackBroker &) = delete;
    LoopbackBroker &operator=(const LoopbackBroker &) = delete;

    bool listen();
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_port); }

protected:
    /// Accepts the next connection and answers its CONNECT (CONNACK with \a sessionPresent)
    /// and SUBSCRIBE (QoS 1 granted). The connection, or -1 (closed) when the client left.
    int acceptSubscriber(bool sessionPresent, std::string *in);
    /// The next packet of \a c: its type (high nibble) and body; false when \a c is closed.
    static bool readPacket(int c, std::string *in, unsigned *type, std::string *body);
    void join();

    std::thread m_thread;

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace twintest
