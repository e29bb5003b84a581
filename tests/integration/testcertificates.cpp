// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificates.h"

#include "mosquittobroker.h"

#include <QFile>
#include <QStringList>

namespace twintest {

bool makeTestCertificates(const QString &dir, QString *error)
{
    const QString openssl = QStringLiteral("openssl");
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
    ext.close();
    QFile clientExt(dir + QStringLiteral("/client.ext"));
    if (!clientExt.open(QIODevice::WriteOnly))
        return false;
    clientExt.write("basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
    clientExt.close();
    const auto signedBy = [&](const QString &name, const QString &subject, const QString &extFile) {
        return runProgram(openssl, QStringList{QStringLiteral("req")} + ec
                                        + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                                      QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                                      QStringLiteral("-subj"), subject},
                                    error, dir)
            && runProgram(openssl,
                                    {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                     name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                                     QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-days"),
                                     QStringLiteral("1"), QStringLiteral("-extfile"), extFile},
                                    error, dir);
    };
    return runProgram(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                                    + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                                  QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("1"),
                                                  QStringLiteral("-subj"), QStringLiteral("/CN=TwinStudio Test CA")},
                                error, dir)
        && runProgram(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                                    + QStringList{QStringLiteral("-keyout"), QStringLiteral("other.key"), QStringLiteral("-out"),
                                                  QStringLiteral("other.crt"), QStringLiteral("-days"), QStringLiteral("1"),
                                                  QStringLiteral("-subj"), QStringLiteral("/CN=Unrelated CA")},
                                error, dir)
        && signedBy(QStringLiteral("server"), QStringLiteral("/CN=localhost"), QStringLiteral("server.ext"))
        && signedBy(QStringLiteral("client"), QStringLiteral("/CN=twinstudio-client"), QStringLiteral("client.ext"));
}

} // namespace twintest
