// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackbroker.h"

#include "recordservice.h"

#include <sys/socket.h>
#include <unistd.h>

namespace twintest {

LoopbackBroker::~LoopbackBroker()
{
    join();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool LoopbackBroker::listen()
{
    m_fd = RecordService::listenOnLoopback(&m_port);
    return m_fd >= 0;
}

void LoopbackBroker::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

int LoopbackBroker::acceptSubscriber(bool sessionPresent, std::string *in)
{
    const int c = ::accept(m_fd, nullptr, nullptr);
    std::string body;
    unsigned type = 0;
    if (c < 0)
        return -1;
    if (readPacket(c, in, &type, &body)) { // CONNECT
        const char connack[4] = {0x20, 2, char(sessionPresent ? 1 : 0), 0};
        ::send(c, connack, 4, MSG_NOSIGNAL);
        if (readPacket(c, in, &type, &body) && body.size() >= 2) { // SUBSCRIBE: its packet id first
            const std::string suback{char(0x90), 3, body[0], body[1], 1};
            ::send(c, suback.data(), suback.size(), MSG_NOSIGNAL);
            return c;
        }
    }
    ::close(c);
    return -1;
}

bool LoopbackBroker::readPacket(int c, std::string *in, unsigned *type, std::string *body)
{
    char buf[4096];
    while (true) {
        std::size_t length = 0, at = 1;
        bool whole = false;
        for (int shift = 0; at < in->size() && shift < 28; shift += 7, ++at) {
            length |= std::size_t((unsigned char)(*in)[at] & 0x7f) << shift;
            if (!((unsigned char)(*in)[at] & 0x80)) {
                whole = in->size() >= at + 1 + length;
                break;
            }
        }
        if (whole) {
            *type = (unsigned char)(*in)[0] & 0xf0;
            *body = in->substr(at + 1, length);
            in->erase(0, at + 1 + length);
            return true;
        }
        const ssize_t r = ::recv(c, buf, sizeof buf, 0);
        if (r <= 0)
            return false;
        in->append(buf, std::size_t(r));
    }
}

} // namespace twintest
