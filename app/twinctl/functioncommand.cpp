// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl function run: replays recorded telemetry through the function runtime, traced.
#include "cli.h"
#include "commands.h"

#include "document/project.h"
#include "functions/functionengine.h"
#include "functions/functionreplay.h"
#include "functions/functiontestrunner.h"
#include "functions/functiontopology.h"
#include "functions/functiontracer.h"
#include "functions/memoryvaluestore.h"
#include "functions/truststore.h"
#include "store/projectstore.h"
#include "telemetry/historyqueries.h"
#include "telemetry/historystore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace twinctl {

namespace {

const QString kCommand = QStringLiteral("function run");

/// A project snapshot in JSON (twins and relationships in the Azure Digital Twins shape,
/// plus "functions" and "viewState"), for replays against a topology that is not a
/// .twinproj file.
bool loadSnapshot(const QString &fileName, const QByteArray &bytes, twin::Project *project,
                  twin::Diagnostics *diagnostics)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    if (error.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        diagnostics->append(twin::Diagnostic::error(fileName, line, error.errorString()));
        return false;
    }
    twin::ProjectContent content;
    for (const QJsonValue &v : root.value(QStringLiteral("twins")).toArray()) {
        QJsonObject o = v.toObject();
        twin::Twin t;
        t.id = o.take(QStringLiteral("$dtId")).toString();
        t.model = o.take(QStringLiteral("$metadata")).toObject().value(QStringLiteral("$model")).toString();
        o.remove(QStringLiteral("$etag"));
        t.properties = o;
        content.twins.append(t);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("relationships")).toArray()) {
        QJsonObject o = v.toObject();
        twin::Relationship r;
        r.id = o.take(QStringLiteral("$relationshipId")).toString();
        r.source = o.take(QStringLiteral("$sourceId")).toString();
        r.name = o.take(QStringLiteral("$relationshipName")).toString();
        r.target = o.take(QStringLiteral("$targetId")).toString();
        o.remove(QStringLiteral("$etag"));
        r.properties = o;
        content.relationships.append(r);
    }
    content.functions = root.value(QStringLiteral("functions")).toArray();
    content.viewState = root.value(QStringLiteral("viewState")).toObject();
    if (!project->setContent(content, diagnostics))
        return false;
    project->setFileName(fileName);
    return true;
}

bool openProject(const QString &fileName, twin::Project *project, twin::Diagnostics *diagnostics)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        diagnostics->append(twin::Diagnostic::error(fileName, 0, f.errorString()));
        return false;
    }
    const QByteArray head = f.peek(64).trimmed();
    if (head.startsWith('{'))
        return loadSnapshot(fileName, f.readAll(), project, diagnostics);
    f.close();
    return twin::ProjectStore::open(fileName, project, diagnostics);
}

/// Opens the project, printing what is wrong when it cannot be opened.
bool openOrReport(const QString &fileName, twin::Project *project)
{
    twin::Diagnostics diagnostics;
    if (openProject(fileName, project, &diagnostics))
        return true;
    printDiagnostics(diagnostics);
    return false;
}

/// A project's functions run when it is trusted, was created here, or with --trust.
bool mayRunProjectFunctions(const QString &fileName, const twin::Project &project, bool trustFlag)
{
    if (trustFlag || twin::TrustStore().mayRun(project))
        return true;
    printErr(QStringLiteral("%1: error: the project's functions are not trusted: open it in TwinStudio and "
                            "trust it, or pass --trust")
                 .arg(fileName));
    return false;
}

QCommandLineOption projectFileOption()
{
    return QCommandLineOption(
        QStringLiteral("project"),
        QStringLiteral("The project (*.twinproj, or a JSON snapshot with twins, relationships, functions)."),
        QStringLiteral("FILE"));
}

QCommandLineOption trustFlagOption()
{
    return QCommandLineOption(QStringLiteral("trust"),
                              QStringLiteral("Run the project's functions even though it is not trusted (not created "
                                             "by twinctl here, not trusted in TwinStudio)."));
}

/// twinctl function test: runs the functions' test cases.
int testFunctions(const QStringList &args)
{
    const QString command = QStringLiteral("function test");
    QCommandLineParser parser;
    const QCommandLineOption projectOption = projectFileOption();
    const QCommandLineOption functionOption(QStringLiteral("function"),
        QStringLiteral("Only the test cases of the function NAME."), QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("A summary object on stdout: passed, failed, and each case with its differences."));
    const QCommandLineOption trustOption = trustFlagOption();
    const QString help = QStringLiteral("Runs the test cases kept with the project's functions: each case's messages "
                                        "through its function, on the case's starting values, then compares the values "
                                        "set and the notifications raised with what the case expects. Nothing is "
                                        "written. Prints a line per case; a case that fails goes to stderr with the "
                                        "difference. Exit status: 0 all passed, 1 a case failed or the input is "
                                        "invalid, 2 usage error.");
    if (const std::optional<int> exitCode
        = parseCommandLine(parser, {projectOption, functionOption, jsonOption, trustOption}, command, help, args))
        return *exitCode;
    if (!parser.isSet(projectOption))
        return usageError(command, QStringLiteral("--project is required"));

    twin::Project project;
    const QString projectFile = parser.value(projectOption);
    if (!openOrReport(projectFile, &project))
        return ExitInvalidInput;
    if (!mayRunProjectFunctions(projectFile, project, parser.isSet(trustOption)))
        return ExitInvalidInput;
    const QString only = parser.value(functionOption);
    const twin::FunctionTestRunner runner(project);
    int passed = 0;
    int failed = 0;
    bool found = only.isEmpty();
    QJsonArray cases;
    for (const QJsonValue &v : project.functions()) {
        twin::FunctionDefinition definition;
        QString why;
        if (!twin::FunctionDefinition::fromJson(v.toObject(), &definition, &why)) {
            printErr(QStringLiteral("%1: error: %2").arg(projectFile, why));
            ++failed;
            continue;
        }
        if (!only.isEmpty() && definition.name != only)
            continue;
        found = true;
        for (const twin::FunctionTestResult &r : runner.run(definition)) {
            cases.append(r.toJson());
            if (r.passed) {
                ++passed;
                if (!parser.isSet(jsonOption))
                    printOut(QStringLiteral("PASS %1: %2").arg(r.function, r.testCase));
                continue;
            }
            ++failed;
            printErr(QStringLiteral("%1: error: function '%2', test '%3' failed:").arg(projectFile, r.function, r.testCase));
            for (const QString &d : r.differences)
                printErr(QStringLiteral("  ") + d);
            if (!parser.isSet(jsonOption))
                printOut(QStringLiteral("FAIL %1: %2").arg(r.function, r.testCase));
        }
    }
    if (!found) {
        printErr(QStringLiteral("%1: error: the project has no function '%2'").arg(projectFile, only));
        return ExitInvalidInput;
    }
    if (parser.isSet(jsonOption))
        printJsonLine(QJsonObject{{QStringLiteral("passed"), passed},
                                  {QStringLiteral("failed"), failed},
                                  {QStringLiteral("cases"), cases}});
    else
        printOut(QStringLiteral("%1 passed, %2 failed").arg(passed).arg(failed));
    return failed > 0 ? ExitInvalidInput : ExitOk;
}

} // namespace

int runFunction(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QStringLiteral("test"))
        return testFunctions(args.mid(1));
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")) {
        if (args.isEmpty())
            return usageError(QStringLiteral("function"), QStringLiteral("expected 'run' or 'test'"));
        // Fall through to run's help.
    } else if (args.first() != QStringLiteral("run")) {
        return usageError(QStringLiteral("function"), QStringLiteral("unknown subcommand '%1'").arg(args.first()));
    }
    const QStringList rest = args.first() == QStringLiteral("run") ? args.mid(1) : args;

    QCommandLineParser parser;
    const QCommandLineOption projectOption = projectFileOption();
    const QCommandLineOption functionOption(QStringLiteral("function"),
        QStringLiteral("Run the project's function NAME (with its matchers and assignment)."), QStringLiteral("NAME"));
    const QCommandLineOption scriptOption(QStringLiteral("script"),
        QStringLiteral("Run the function in FILE.js instead (named after the file)."), QStringLiteral("FILE.js"));
    const QCommandLineOption matcherOption(QStringLiteral("matcher"),
        QStringLiteral("With --script: one matcher, a condition TARGET:PATH:COMPARISON:VALUE, e.g. "
                       "Sensor:$.dataType:Equals:Motion (TARGET Sensor|SensorDevice|SensorSpace, COMPARISON "
                       "Equals|NotEquals|Contains), or several conditions that must all hold joined by && in one "
                       "flag: 'Sensor:$.dataType:Equals:Motion && SensorSpace:$.name:Contains:Lab'. Repeated: one "
                       "matcher each, the function runs when any of them holds. None: every sensor."),
        QStringLiteral("MATCHER"));
    const QCommandLineOption assignOption(QStringLiteral("assign"),
        QStringLiteral("With --script: the twin the function is assigned to (its subtree's sensors). Default: all."),
        QStringLiteral("TWIN"));
    const QCommandLineOption telemetryOption(QStringLiteral("telemetry"),
        QStringLiteral("JSON Lines, one telemetry object per line: {\"SensorId\": ..., \"Message\": \"<raw payload>\", "
                       "\"Timestamp\": ...} (optional DataType, Value)."),
        QStringLiteral("FILE.jsonl"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("Trace lines as JSON objects, and a summary object last: invocations, errors, spaceValues, "
                       "sensorValues, notifications, logs."));
    const QCommandLineOption trustOption = trustFlagOption();
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Time limit per invocation in milliseconds (default 100)."), QStringLiteral("MS"));
    const QCommandLineOption historyOption(QStringLiteral("history"),
        QStringLiteral("The history the history functions read besides the replayed values: a file or a "
                       "postgresql:// URL (default: the project's history setting, else its FILE.history when "
                       "there is one, as twinctl ingest and TwinStudio write it). The replay never writes to it."),
        QStringLiteral("HISTORY_URL"));
    parser.addOptions({projectOption, functionOption, scriptOption, matcherOption, assignOption, telemetryOption,
                       jsonOption, trustOption, timeoutOption, historyOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, kCommand,
                        QStringLiteral("Replays recorded telemetry through a user-defined function and prints a trace "
                                       "line per invocation: the input, every API call with its arguments, result "
                                       "and source line, logs, notifications, errors and the duration."),
                        rest, &exitCode))
        return exitCode;

    if (!parser.isSet(projectOption))
        return usageError(kCommand, QStringLiteral("--project is required"));
    if (!parser.isSet(telemetryOption))
        return usageError(kCommand, QStringLiteral("--telemetry is required"));
    if (parser.isSet(functionOption) == parser.isSet(scriptOption))
        return usageError(kCommand, QStringLiteral("give either --function or --script"));
    if (parser.isSet(functionOption) && (parser.isSet(matcherOption) || parser.isSet(assignOption)))
        return usageError(kCommand, QStringLiteral("--matcher and --assign go with --script"));
    int timeoutMs = 0;
    if (parser.isSet(timeoutOption) && !positiveOption(parser, timeoutOption, 0, &timeoutMs))
        return usageError(kCommand, QStringLiteral("--timeout needs a positive number of milliseconds"));

    twin::Project project;
    const QString projectFile = parser.value(projectOption);
    if (!openOrReport(projectFile, &project))
        return ExitInvalidInput;

    twin::FunctionDefinition definition;
    if (parser.isSet(functionOption)) {
        const QString name = parser.value(functionOption);
        bool found = false;
        for (const QJsonValue &v : project.functions()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name) {
                QString why;
                if (!twin::FunctionDefinition::fromJson(v.toObject(), &definition, &why)) {
                    printErr(QStringLiteral("%1: error: %2").arg(projectFile, why));
                    return ExitInvalidInput;
                }
                found = true;
            }
        }
        if (!found) {
            printErr(QStringLiteral("%1: error: the project has no function '%2'").arg(projectFile, name));
            return ExitInvalidInput;
        }
        if (!mayRunProjectFunctions(projectFile, project, parser.isSet(trustOption)))
            return ExitInvalidInput;
        definition.enabled = true;
        twin::SyntaxError syntax;
        if (!twin::FunctionEngine::checkSyntax(definition.source, definition.name, &syntax)) {
            printErr(QStringLiteral("%1: %2").arg(projectFile, syntax.format()));
            return ExitInvalidInput;
        }
    } else {
        const QString scriptFile = parser.value(scriptOption);
        QFile f(scriptFile);
        if (!f.open(QIODevice::ReadOnly)) {
            printErr(QStringLiteral("%1:0:0: error: %2").arg(scriptFile, f.errorString()));
            return ExitInvalidInput;
        }
        definition.name = QFileInfo(scriptFile).completeBaseName();
        definition.source = QString::fromUtf8(f.readAll());
        twin::SyntaxError syntax;
        if (!twin::FunctionEngine::checkSyntax(definition.source, definition.name, &syntax)) {
            printErr(QStringLiteral("%1:%2:%3: error: %4").arg(scriptFile).arg(syntax.line).arg(syntax.column).arg(syntax.message));
            return ExitInvalidInput;
        }
        for (const QString &text : parser.values(matcherOption)) {
            twin::Matcher matcher;
            QString why;
            if (!twin::Matcher::fromString(text, &matcher, &why))
                return usageError(kCommand, QStringLiteral("--matcher: ") + why);
            definition.matchers.append(matcher);
        }
        if (definition.matchers.isEmpty())
            definition.matchers = {twin::Matcher()}; // no condition: every sensor
        definition.assignedTo = parser.value(assignOption);
        if (!definition.assignedTo.isEmpty() && !project.graph()->findTwin(definition.assignedTo)) {
            printErr(QStringLiteral("%1: error: --assign: there is no twin '%2'").arg(projectFile, definition.assignedTo));
            return ExitInvalidInput;
        }
    }
    if (timeoutMs > 0)
        definition.timeoutMs = timeoutMs;

    const QString telemetryFile = parser.value(telemetryOption);
    QFile telemetry(telemetryFile);
    if (!telemetry.open(QIODevice::ReadOnly | QIODevice::Text)) {
        printErr(QStringLiteral("%1:0:0: error: %2").arg(telemetryFile, telemetry.errorString()));
        return ExitInvalidInput;
    }

    twin::MemoryValueStore store;
    const QString historyFile
        = twin::HistoryQueries::locationOf(project, parser.value(historyOption));
    if (twin::HistoryQueries::isAvailable(historyFile)) {
        store.setHistoryFile(twin::HistoryQueries::open(historyFile), false);
    } else if (parser.isSet(historyOption)) {
        printErr(QStringLiteral("%1:0:0: error: no such history file").arg(twin::HistoryQueries::shown(historyFile)));
        return ExitInvalidInput;
    }
    twin::FunctionReplay replay(&store);
    replay.setIsolation(twin::FunctionRuntime::defaultIsolation());
    if (timeoutMs > 0)
        replay.engine().setDefaultTimeout(timeoutMs);
    replay.setTopology(twin::FunctionTopology::build(project, {definition}));
    twin::FunctionTracer tracer;
    const bool json = parser.isSet(jsonOption);
    bool inputErrors = false;
    int lineNumber = 0;
    while (!telemetry.atEnd()) {
        const QByteArray line = telemetry.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QString why;
        twin::TelemetrySample sample;
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            why = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("expected a JSON object");
        } else if (!replay.sampleFrom(doc.object(), &sample, &why)) {
            // why is set
        } else {
            for (const twin::InvocationResult &r : replay.feed(sample))
                printOut(tracer.add(sample, r, json));
            continue;
        }
        const int column = error.error != QJsonParseError::NoError ? error.offset + 1 : 1;
        printErr(QStringLiteral("%1:%2:%3: error: %4").arg(telemetryFile).arg(lineNumber).arg(column).arg(why));
        tracer.addInputError(lineNumber, why);
        inputErrors = true;
    }
    if (json)
        printJsonLine(tracer.summary());
    else
        printOut(QStringLiteral("%1 invocation(s), %2 error(s)").arg(tracer.invocations()).arg(tracer.errors().size()));
    return inputErrors ? ExitInvalidInput : ExitOk;
}

} // namespace twinctl
