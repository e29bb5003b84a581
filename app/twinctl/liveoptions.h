// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QVariantMap>

#include "brokerlogin.h"

namespace twin {
class Project;
}

namespace twinctl {

/// The options `twinctl ingest` and `twinctl simulate` share: the broker and how to
/// connect to it, the project, how long to run, the QoS and --json.
class LiveOptions
{
public:
    /// What the options mean for the command (their help texts).
    struct Help
    {
        QString project;
        QString count;
        QString duration;
        QString qos;
        QString json;
    };
    explicit LiveOptions(const Help &help);

    QList<QCommandLineOption> options() const;
    /// Reads and checks the values after parsing; prints a usage error and returns
    /// ExitUsage when one is wrong, otherwise ExitOk.
    /// With \a brokerOptional, --broker may be left out (the project's connection profiles
    /// are used instead).
    int read(const QCommandLineParser &parser, const QString &command, int defaultQos, bool brokerOptional = false);
    /// Adds the client id, CA file and login, when given, to an MQTT source configuration.
    void addClientOptions(const QCommandLineParser &parser, QVariantMap *config) const;

    const QCommandLineOption brokerOption;
    const QCommandLineOption projectOption;
    const QCommandLineOption countOption;
    const QCommandLineOption durationOption;
    const QCommandLineOption qosOption;
    const QCommandLineOption clientIdOption;
    const QCommandLineOption caFileOption;
    const QCommandLineOption jsonOption;

    BrokerLogin login;
    QString broker; ///< as given, with any password: for the source configuration only; empty: not given
    QString projectFile;
    qint64 count = 0;      ///< 0: not given
    double duration = 0.0; ///< seconds; 0: not given
    int qos = 0;
};

/// Opens a project for a live run, with the built-in core ontology that types sensors
/// (project files do not carry it); prints what is wrong and returns false on failure.
bool openLiveProject(const QString &file, twin::Project *project);

} // namespace twinctl
