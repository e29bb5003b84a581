// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QVariantMap>

#include "brokerlogin.h"

#include <vector>

namespace twin {
class Project;
}

namespace twinctl {

/// The options `twinctl ingest`, `twinctl simulate` and `twinctl record-service` share:
/// the brokers and how to connect to them, the project, how long to run, the QoS and
/// --json.
class LiveOptions
{
public:
    /// What the options mean for the command (their help texts). A command with no end
    /// condition leaves count and duration empty: it has neither option. With
    /// severalBrokers, --broker may be repeated (brokers, logins).
    struct Help
    {
        QString project;
        QString count;
        QString duration;
        QString qos;
        QString json;
        QString clientId = QStringLiteral("MQTT client id (default: random).");
        bool severalBrokers = false;
    };
    explicit LiveOptions(const Help &help);

    QList<QCommandLineOption> options() const;
    /// Reads and checks the values after parsing; prints a usage error and returns
    /// ExitUsage when one is wrong, otherwise ExitOk.
    /// With \a brokerOptional, --broker may be left out (the project's connection profiles
    /// are used instead).
    int read(const QCommandLineParser &parser, const QString &command, int defaultQos,
        bool brokerOptional = false);
    /// Adds the client id, CA file and login, when given, to an MQTT source configuration
    /// (the login of the \a broker -th --broker).
    void addClientOptions(
        const QCommandLineParser &parser, QVariantMap *config, qsizetype broker = 0) const;

    const QCommandLineOption brokerOption;
    const QCommandLineOption projectOption;
    const QCommandLineOption countOption;
    const QCommandLineOption durationOption;
    const QCommandLineOption qosOption;
    const QCommandLineOption clientIdOption;
    const QCommandLineOption caFileOption;
    const QCommandLineOption jsonOption;

    BrokerLogin login; ///< the first broker's
    QString broker; ///< as given, with any password: for the source configuration only; empty: not
                    ///< given
    QStringList brokers; ///< every --broker, as given
    std::vector<BrokerLogin> logins; ///< the login of each of brokers
    QString projectFile;
    qint64 count = 0; ///< 0: not given
    double duration = 0.0; ///< seconds; 0: not given
    int qos = 0;
};

/// Opens a project for a live run, with the built-in core ontology that types sensors
/// (project files do not carry it); prints what is wrong and returns false on failure.
bool openLiveProject(const QString &file, twin::Project *project);

/// The --project option of the commands that read a history: the project whose history it is.
QCommandLineOption historyProjectOption();
/// The --history option of the commands that read a history.
QCommandLineOption historyReadOption();
/// The history to read: \a history's value, else the history of \a project's project.
/// ExitOk, or the exit status after printing why (a project that does not open, a
/// history file that does not exist).
int historyToRead(const QCommandLineParser &parser, const QCommandLineOption &project,
                  const QCommandLineOption &history, QString *location);

} // namespace twinctl
