// SPDX-License-Identifier: GPL-3.0-or-later
// "twinctl project alerts": list, add and remove a project's alert rules.
#include "cli.h"
#include "commands.h"

#include "document/project.h"
#include "live/alertrule.h"
#include "live/setalertrulescommand.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinctl {

int runProjectAlerts(const QStringList &args)
{
    const QString command = QStringLiteral("project alerts");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A project file (*.twinproj)."));
    const QCommandLineOption add(QStringLiteral("add"), QStringLiteral("Add the rule written as a JSON object."),
                                 QStringLiteral("JSON"));
    const QCommandLineOption remove(QStringLiteral("remove"), QStringLiteral("Remove rule N (as --list numbers them)."),
                                    QStringLiteral("N"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the rules (the default)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("List the rules as one JSON array."));
    parser.addOptions({add, remove, list, json});
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, command,
            QStringLiteral(
                "Lists, adds or removes the project's alert rules and saves the project. A rule:\n"
                "  {\"twin\": ID | \"interface\": DTMI, \"value\": NAME, \"condition\": \"above\" |\n"
                "   \"below\" | \"outside\" | \"equals\" | \"noData\", \"threshold\": X, \"low\": X,\n"
                "   \"high\": X, \"forSeconds\": S, \"severity\": \"info\" | \"warning\" | \"critical\",\n"
                "   \"delaySeconds\": S, \"hysteresis\": X, \"message\": TEXT}\n"
                "An interface rule watches every twin of that interface and of those extending it;\n"
                "NAME is a telemetry name or semantic type. 'twinctl ingest' runs the rules and\n"
                "counts alertsRaised and alertsCleared.\n"
                "Exit status: 0 ok, 1 not a readable project or a wrong rule, 2 usage error."),
            args, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(command, QStringLiteral("expected one FILE"));
    if (parser.isSet(add) && parser.isSet(remove))
        return usageError(command, QStringLiteral("give --add or --remove, not both"));
    const QString file = files.first();
    twin::Project project;
    twin::Diagnostics diagnostics;
    if (!twin::ProjectStore::open(file, &project, &diagnostics)) {
        printDiagnostics(diagnostics);
        return ExitInvalidInput;
    }
    printDiagnostics(diagnostics);

    QString error;
    bool edited = false;
    if (parser.isSet(add)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(add).toUtf8(), &parseError);
        if (!doc.isObject())
            return usageError(command, QStringLiteral("--add needs a JSON object: %1").arg(parseError.errorString()));
        if (!twin::SetAlertRulesCommand::add(&project, doc.object(), &error)) {
            printErr(twin::Diagnostic::error(file, 0, QStringLiteral("alert rule: %1").arg(error)).format());
            return ExitInvalidInput;
        }
        edited = true;
    } else if (parser.isSet(remove)) {
        bool ok = false;
        const int n = parser.value(remove).toInt(&ok);
        if (!ok)
            return usageError(command, QStringLiteral("--remove needs a rule number"));
        if (!twin::SetAlertRulesCommand::remove(&project, n - 1, &error)) {
            printErr(twin::Diagnostic::error(file, 0, error).format());
            return ExitInvalidInput;
        }
        edited = true;
    }
    if (edited && !twin::ProjectStore::save(&project, file, &error)) {
        printErr(twin::Diagnostic::error(file, 0, error).format());
        return ExitInvalidInput;
    }
    const QJsonArray rules = twin::SetAlertRulesCommand::rulesOf(project);
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        twin::AlertRule rule;
        const QString target = rules.at(i).toObject().value(QStringLiteral("twin")).toString(
            rules.at(i).toObject().value(QStringLiteral("interface")).toString());
        if (twin::AlertRule::fromJson(rules.at(i).toObject(), &rule, &error))
            printOut(QStringLiteral("%1 %2 %3: %4").arg(i + 1).arg(rule.severity, -8).arg(target, rule.describe()));
        else
            printOut(QStringLiteral("%1 (wrong: %2)").arg(i + 1).arg(error));
    }
    return ExitOk;
}

} // namespace twinctl
