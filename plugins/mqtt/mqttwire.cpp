// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqttwire.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace twin::mqttwire {

void putLength(std::string &out, std::size_t n)
{
    do {
        unsigned char byte = n % 128;
        n /= 128;
        if (n)
            byte |= 0x80;
        out += char(byte);
    } while (n);
}

void putString(std::string &out, std::string_view s)
{
    out += char((s.size() >> 8) & 0xff);
    out += char(s.size() & 0xff);
    out.append(s);
}

std::string packet(unsigned char type, const std::string &body)
{
    std::string out(1, char(type));
    putLength(out, body.size());
    return out + body;
}

std::string connectBody(std::string_view clientId, int keepAliveSeconds, bool cleanSession,
                        const Credentials &login)
{
    const bool hasUser = !login.username.empty();
    unsigned char flags = cleanSession ? 0x02 : 0x00;
    if (hasUser)
        flags |= 0x80 | 0x40; // user name and password fields follow the client id
    std::string body;
    putString(body, "MQTT");
    body += char(4);    // protocol level 3.1.1
    body += char(flags);
    body += char((keepAliveSeconds >> 8) & 0xff);
    body += char(keepAliveSeconds & 0xff);
    putString(body, clientId);
    if (hasUser) {
        putString(body, login.username);
        putString(body, login.password);
    }
    return body;
}

const char *connackReason(int code)
{
    static const char *const reasons[] = {"accepted", "unacceptable protocol version", "client identifier rejected",
                                          "server unavailable", "bad user name or password", "not authorized"};
    return code >= 0 && code < 6 ? reasons[code] : "refused";
}

int openSocket(const QString &host, int port, int bufferOption, QString *error)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *result = nullptr;
    const int rc = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &result);
    if (rc != 0) {
        *error = QStringLiteral("cannot resolve %1: %2").arg(host, QString::fromUtf8(gai_strerror(rc)));
        return -1;
    }
    int fd = -1;
    for (addrinfo *a = result; a; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0)
            break;
        ::close(fd);
        fd = -1;
    }
    ::freeaddrinfo(result);
    if (fd < 0) {
        *error = QStringLiteral("cannot connect to %1:%2: %3").arg(host).arg(port).arg(QString::fromUtf8(std::strerror(errno)));
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    const int bufferSize = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, bufferOption, &bufferSize, sizeof bufferSize);
    return fd;
}

} // namespace twin::mqttwire
