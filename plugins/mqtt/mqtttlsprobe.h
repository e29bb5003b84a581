// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

class QUrl;

namespace twin {

/**
 * Says why a TLS handshake with a broker fails, for the message of a refused connection.
 * Paho reports a failed TLS connect without its reason, and its own error callback keeps
 * a pointer into the options of the connect call, which are gone by the time a handshake
 * fails; this opens one handshake of its own with the same settings (caFile, certFile,
 * keyFile, keyPassword, verify) instead.
 */
class MqttTlsProbe
{
public:
    /// Empty when the handshake with \a url succeeds within \a timeoutMs.
    static QString handshakeError(const QUrl &url, const QVariantMap &config, int timeoutMs);
};

} // namespace twin
