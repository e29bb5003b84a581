// SPDX-License-Identifier: GPL-3.0-or-later
// "twinctl history alerts": the alerts a history keeps, newest first.
#include "cli.h"
#include "commands.h"
#include "liveoptions.h"

#include "telemetry/alertstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinctl {

namespace {

QString isoTime(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const twin::AlertRecord &a)
{
    return QJsonObject{{QStringLiteral("raised"), a.raisedMs},
                       {QStringLiteral("twin"), a.twinId},
                       {QStringLiteral("type"), a.type},
                       {QStringLiteral("payload"), a.payload},
                       {QStringLiteral("function"), a.function},
                       {QStringLiteral("severity"), a.severity},
                       {QStringLiteral("rule"), a.rule},
                       {QStringLiteral("state"), twin::AlertRecord::stateName(a.state)},
                       {QStringLiteral("acknowledgedBy"), a.acknowledgedBy},
                       {QStringLiteral("acknowledged"), a.acknowledgedMs},
                       {QStringLiteral("comment"), a.comment},
                       {QStringLiteral("cleared"), a.clearedMs}};
}

} // namespace

int runHistoryAlerts(const QStringList &args)
{
    const QString command = QStringLiteral("history alerts");
    QCommandLineParser parser;
    const QCommandLineOption project = historyProjectOption();
    const QCommandLineOption history = historyReadOption();
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N alerts, the newest (default 100)."),
                                   QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the alerts as one JSON array."));
    const QString help = QStringLiteral("Prints the alerts a history keeps (raised by alert rules and functions, in\n"
                                        "the app or by 'twinctl record-service'), newest first, with their state and\n"
                                        "acknowledgement. --json: [{\"raised\", \"twin\", \"type\", \"payload\", \"function\",\n"
                                        "\"severity\", \"rule\", \"state\", \"acknowledgedBy\", \"acknowledged\", \"comment\",\n"
                                        "\"cleared\"}], times in epoch ms (0: not yet).");
    if (const std::optional<int> exitCode = parseCommandLine(parser, {project, history, limit, json}, command, help, args))
        return *exitCode;
    if (!parser.isSet(project) && !parser.isSet(history))
        return usageError(command, QStringLiteral("--project or --history is required"));
    int maxAlerts = 0;
    if (!positiveOption(parser, limit, 100, &maxAlerts))
        return usageError(command, QStringLiteral("--limit must be a positive count"));
    QString location;
    if (const int code = historyToRead(parser, project, history, &location); code != ExitOk)
        return code;
    QString error;
    const std::shared_ptr<twin::AlertStore> store = twin::AlertStore::open(location, &error);
    QList<twin::AlertRecord> alerts;
    if (!store || !store->load(maxAlerts, &alerts, &error)) {
        printErr(error);
        return ExitInvalidInput;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const twin::AlertRecord &a : std::as_const(alerts))
            list.append(toJson(a));
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    for (const twin::AlertRecord &a : std::as_const(alerts)) {
        QString line = QStringLiteral("%1 %2 %3 %4: %5")
                           .arg(isoTime(a.raisedMs), a.severity, twin::AlertRecord::stateName(a.state), a.twinId,
                                a.payload);
        if (!a.acknowledgedBy.isEmpty())
            line += QStringLiteral(" (acknowledged by %1 at %2%3)")
                        .arg(a.acknowledgedBy, isoTime(a.acknowledgedMs),
                             a.comment.isEmpty() ? QString() : QStringLiteral(": ") + a.comment);
        printOut(line);
    }
    return ExitOk;
}

} // namespace twinctl
