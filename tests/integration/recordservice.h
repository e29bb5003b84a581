// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace twintest {

/**
 * `twinctl record-service` as the recorder tests run it: the binary, on a project file,
 * one broker and a history location, started and stopped the way a service manager does.
 */
class RecordService
{
public:
    /// Saves the three-thermometer test site (telemetrySite()) as \a file.
    static bool saveTestSite(const QString &file, QString *error);

    /// Starts \a recorder recording \a project from \a brokerUrl into \a history with
    /// \a extra arguments, and waits until it has subscribed; false with its stderr in
    /// \a err otherwise.
    static bool start(QProcess *recorder, const QString &project, const QString &brokerUrl, const QString &history,
                      const QStringList &extra, QByteArray *err);
    /// Stops \a recorder with SIGTERM (what systemd sends) and waits for it; false when it
    /// did not end by itself with status 0. *\a summary receives the summary on its last
    /// line of stdout (a JSON object with --json); its stderr is added to \a err.
    static bool stop(QProcess *recorder, QJsonObject *summary, QByteArray *err);
    /// A socket listening on a free loopback port, for a broker of the test's own; -1 on
    /// failure. *\a port receives the port.
    static int listenOnLoopback(int *port);
};

} // namespace twintest
