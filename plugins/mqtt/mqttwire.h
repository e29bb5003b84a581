// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <string>
#include <string_view>

/// The few MQTT 3.1.1 wire pieces the lean publisher and subscriber share: TCP connect,
/// length and string encoding, the CONNECT body.
namespace twin::mqttwire {

/// Appends an MQTT "remaining length" (variable-length integer).
void putLength(std::string &out, std::size_t n);
/// Appends a length-prefixed UTF-8 string.
void putString(std::string &out, std::string_view s);
/// Fixed header \a type, remaining length, then \a body.
std::string packet(unsigned char type, const std::string &body);
/// A login for a broker that asks for one; an empty user name means none.
struct Credentials
{
    std::string username;
    std::string password;
};

/// The CONNECT variable header and payload: MQTT 3.1.1, a clean session unless
/// \a cleanSession is false (the broker keeps subscriptions and queued messages), with
/// the user name and password flags and fields when \a login has a user name.
std::string connectBody(std::string_view clientId, int keepAliveSeconds, bool cleanSession = true,
                        const Credentials &login = {});
/// Why a broker refused a connection, from a CONNACK return code (1-5).
const char *connackReason(int code);
/// Resolves and connects to \a host:\a port with TCP_NODELAY and a 4 MiB socket buffer
/// (\a bufferOption: SO_SNDBUF or SO_RCVBUF). Returns the socket, or -1 with \a error set.
int openSocket(const QString &host, int port, int bufferOption, QString *error);

} // namespace twin::mqttwire
