// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twintest {

/// Makes, with the openssl command, in \a dir: a CA (ca.crt, ca.key), a server certificate
/// for localhost/127.0.0.1 signed by it (server.crt, server.key), a client certificate
/// signed by it (client.crt, client.key) and an unrelated CA (other.crt). False with
/// openssl's message in \a error.
bool makeTestCertificates(const QString &dir, QString *error);

} // namespace twintest
