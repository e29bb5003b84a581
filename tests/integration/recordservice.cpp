// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordservice.h"

#include "mosquittobroker.h"
#include "telemetrytestutil.h"

#include "document/project.h"
#include "store/projectstore.h"

#include <QJsonDocument>

#include <csignal>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>

namespace twintest {

bool RecordService::saveTestSite(const QString &file, QString *error)
{
    twin::Project project;
    twin::Diagnostics diagnostics;
    if (!project.setContent(telemetrySite({}), &diagnostics)) {
        *error = QStringLiteral("the test site does not load");
        return false;
    }
    return twin::ProjectStore::save(&project, file, error);
}

bool RecordService::start(QProcess *recorder, const QString &project, const QString &brokerUrl,
                          const QString &history, const QStringList &extra, QByteArray *err)
{
    const QStringList args = QStringList{QStringLiteral("record-service"), QStringLiteral("--project"), project,
                                         QStringLiteral("--broker"), brokerUrl, QStringLiteral("--history"), history}
        + extra;
    return startTwinctl(recorder, args, "recording", err);
}

bool RecordService::stop(QProcess *recorder, QJsonObject *summary, QByteArray *err)
{
    ::kill(pid_t(recorder->processId()), SIGTERM);
    const bool finished = recorder->waitForFinished(60000);
    *err += recorder->readAllStandardError();
    if (summary)
        *summary = QJsonDocument::fromJson(recorder->readAllStandardOutput().trimmed().split('\n').last()).object();
    return finished && recorder->exitStatus() == QProcess::NormalExit && recorder->exitCode() == 0;
}

int RecordService::listenOnLoopback(int *port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&a), len) != 0 || ::listen(fd, 1) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    *port = ntohs(a.sin_port);
    return fd;
}

} // namespace twintest
