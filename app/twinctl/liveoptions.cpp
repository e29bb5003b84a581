// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveoptions.h"

#include "cli.h"

#include "document/project.h"
#include "store/projectstore.h"
#include "telemetry/historyqueries.h"

#include <QFileInfo>

namespace twinctl {

LiveOptions::LiveOptions(const Help &help)
    : brokerOption(QStringLiteral("broker"),
        QStringLiteral("Broker URL: mqtt://[user[:password]@]host:port or mqtts://...")
            + (help.severalBrokers ? QStringLiteral(" (repeat for several brokers).") : QString()),
        QStringLiteral("URL"))
    , projectOption(QStringLiteral("project"), help.project, QStringLiteral("FILE"))
    , countOption(QStringLiteral("count"), help.count, QStringLiteral("N"))
    , durationOption(QStringLiteral("duration"), help.duration, QStringLiteral("S"))
    , qosOption(QStringLiteral("qos"), help.qos, QStringLiteral("Q"))
    , clientIdOption(QStringLiteral("client-id"), help.clientId, QStringLiteral("ID"))
    , caFileOption(QStringLiteral("ca"), QStringLiteral("CA certificate file for mqtts://."),
          QStringLiteral("FILE"))
    , jsonOption(QStringLiteral("json"), help.json)
{ }

QList<QCommandLineOption> LiveOptions::options() const
{
    QList<QCommandLineOption> all { brokerOption, projectOption };
    if (!countOption.description().isEmpty())
        all += QList<QCommandLineOption> { countOption, durationOption };
    return all + QList<QCommandLineOption> { qosOption, clientIdOption, caFileOption, jsonOption }
    + login.options();
}

int LiveOptions::read(
    const QCommandLineParser &parser, const QString &command, int defaultQos, bool brokerOptional)
{
    if (!parser.isSet(projectOption))
        return usageError(command, QStringLiteral("--project is required"));
    if (!brokerOptional && !parser.isSet(brokerOption))
        return usageError(command, QStringLiteral("--broker and --project are required"));
    brokers = parser.values(brokerOption);
    broker = brokers.value(0);
    projectFile = parser.value(projectOption);
    if (const int code = login.read(parser, command, broker); code != ExitOk)
        return code;
    logins.assign(std::size_t(brokers.size()), BrokerLogin());
    for (qsizetype i = 0; i < brokers.size(); ++i) {
        if (const int code = logins[std::size_t(i)].read(parser, command, brokers[i]);
            code != ExitOk)
            return code;
    }
    bool ok = true;
    // A command without an end condition does not have these options (nor may ask the parser).
    const bool ends = !countOption.description().isEmpty();
    count = ends && parser.isSet(countOption) ? parser.value(countOption).toLongLong(&ok) : 0;
    if (!ok || count < 0)
        return usageError(command, QStringLiteral("--count must be a positive integer"));
    duration
        = ends && parser.isSet(durationOption) ? parser.value(durationOption).toDouble(&ok) : 0.0;
    if (!ok || duration < 0)
        return usageError(command, QStringLiteral("--duration must be a number of seconds"));
    qos = parser.isSet(qosOption) ? parser.value(qosOption).toInt(&ok) : defaultQos;
    if (!ok || qos < 0 || qos > 2)
        return usageError(command, QStringLiteral("--qos must be 0, 1 or 2"));
    return ExitOk;
}

void LiveOptions::addClientOptions(
    const QCommandLineParser &parser, QVariantMap *config, qsizetype broker) const
{
    if (parser.isSet(clientIdOption))
        config->insert(QStringLiteral("clientId"), parser.value(clientIdOption));
    if (parser.isSet(caFileOption))
        config->insert(QStringLiteral("caFile"), parser.value(caFileOption));
    if (broker < qsizetype(logins.size()))
        logins[std::size_t(broker)].addTo(config);
    else
        login.addTo(config);
}

bool openLiveProject(const QString &file, twin::Project *project)
{
    twin::Diagnostics diagnostics;
    if (!twin::ProjectStore::open(file, project, &diagnostics)) {
        printDiagnostics(diagnostics);
        return false;
    }
    printDiagnostics(diagnostics);
    return true;
}

QCommandLineOption historyProjectOption()
{
    return QCommandLineOption(QStringLiteral("project"), QStringLiteral("The project whose history is read."),
                              QStringLiteral("FILE"));
}

QCommandLineOption historyReadOption()
{
    return QCommandLineOption(QStringLiteral("history"),
                              QStringLiteral("History to read: a file, or postgresql://user@host:port/db (password from\n"
                                             "PGPASSWORD, PGPASSFILE or ~/.pgpass). Default: the project's history\n"
                                             "setting, else FILE.history beside the project."),
                              QStringLiteral("HISTORY_URL"));
}

int historyToRead(const QCommandLineParser &parser, const QCommandLineOption &project,
                  const QCommandLineOption &history, QString *location)
{
    *location = parser.value(history);
    if (location->isEmpty()) {
        twin::Project opened;
        if (!openLiveProject(parser.value(project), &opened))
            return ExitInvalidInput;
        *location = twin::HistoryQueries::locationOf(opened);
    }
    if (!twin::HistoryQueries::isShared(*location) && !QFileInfo(*location).isFile()) {
        printErr(QStringLiteral("%1: error: no history file (nothing was recorded for this project yet)")
                     .arg(twin::HistoryQueries::shown(*location)));
        return ExitInvalidInput;
    }
    return ExitOk;
}

} // namespace twinctl
