// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"

#include "functions/demoproject.h"
#include "document/project.h"
#include "functions/truststore.h"
#include "store/contentconsistency.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

#include <array>

namespace twinctl {

namespace {

using twin::Category;

int fileError(const QString &file, const QString &message)
{
    printErr(twin::Diagnostic::error(file, 0, message).format());
    return ExitInvalidInput;
}

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The project file to create (*.twinproj)."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Fill it with the demo site: one building, two floors with "
                                                 "rooms, devices, sensors and people."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace FILE when it exists."));
    parser.addOptions({demo, force});
    int exitCode = ExitOk;
    if (!parseArguments(parser, QStringLiteral("project new"),
                        QStringLiteral("Creates an empty project file, or the demo project with --demo.\n"
                                       "Refuses to replace an existing file unless --force is given.\n"
                                       "Exit status: 0 created, 1 the file exists or cannot be written, "
                                       "2 usage error."),
                        args, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QStringLiteral("project new"), QStringLiteral("expected one FILE"));
    const QString file = files.first();
    if (QFileInfo(file).isDir())
        return fileError(file, QStringLiteral("is a folder"));
    if (QFileInfo::exists(file) && !parser.isSet(force))
        return fileError(file, QStringLiteral("the file exists; use --force to replace it"));

    const twin::ProjectContent content = parser.isSet(demo) ? twin::demoProjectContent() : twin::ProjectContent();
    twin::Project project;
    twin::Diagnostics diagnostics;
    if (!project.setContent(content, &diagnostics)) {
        printDiagnostics(diagnostics);
        return ExitInvalidInput;
    }
    // Made here: its functions (the demo's, and any added later) run here without asking.
    twin::TrustStore::markCreatedHere(&project);
    QString error;
    if (!twin::ProjectStore::writeContent(project.content(), file, &error))
        return fileError(file, error);
    printOut(QStringLiteral("created %1: %2 twins, %3 relationships")
                 .arg(file)
                 .arg(content.twins.size())
                 .arg(content.relationships.size()));
    return ExitOk;
}

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A project file (*.twinproj)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the summary as one JSON object."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, QStringLiteral("project info"),
            QStringLiteral(
                "Prints what a project holds: its schema version, twins by category (Space,\n"
                "Device, Sensor, Person, Other: by the root interface each model extends),\n"
                "relationships, models (DTDL interfaces stored in the project; the built-in\n"
                "core ontology is not counted), functions, and points. Points are the\n"
                "project's telemetry bindings; a project without bindings counts each sensor\n"
                "twin as one point (pointsSource \"sensors\" instead of \"bindings\").\n"
                "With --json: one object with file, schemaVersion, twins, categories\n"
                "{Space, Device, Sensor, Person, Other}, relationships, models, functions,\n"
                "bindings, connections, points, pointsSource, inconsistent (entries left out\n"
                "or shown as Other because they do not fit together; each is named on stderr).\n"
                "Exit status: 0 ok, 1 not a readable project (one line 'FILE: error: ...'),\n"
                "2 usage error."),
            args, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QStringLiteral("project info"), QStringLiteral("expected one FILE"));
    const QString file = files.first();

    QString error;
    const int version = twin::ProjectStore::schemaVersion(file, &error);
    twin::Project project;
    twin::Diagnostics diagnostics;
    if (version < 0)
        return fileError(file, error);
    // Categories depend on the models' extends alone: their contents (an enum of a
    // million values, say) are neither parsed nor held for a summary.
    if (!twin::ProjectStore::open(file, &project, &diagnostics, twin::ProjectStore::ModelDetail::Outline)) {
        printDiagnostics(diagnostics);
        return ExitInvalidInput;
    }
    printDiagnostics(diagnostics); // warnings

    std::array<int, 5> byCategory{};
    const twin::TwinGraph *graph = project.graph();
    for (int i : graph->twinIndices())
        ++byCategory[size_t(project.categoryOf(i))];
    constexpr std::array kCategories{Category::Space, Category::Device, Category::Sensor, Category::Person,
                                     Category::Other};
    int ownModels = 0;
    for (const QString &id : project.models().interfaceIds())
        ownModels += project.isBuiltInModel(id) ? 0 : 1;
    const int bindings = int(project.bindings().size());
    const bool pointsFromBindings = bindings > 0;
    const int points = pointsFromBindings ? bindings : byCategory[size_t(Category::Sensor)];

    if (parser.isSet(json)) {
        QJsonObject categories;
        for (Category c : kCategories)
            categories.insert(twin::categoryName(c), byCategory[size_t(c)]);
        printJsonLine(QJsonObject{
            {QStringLiteral("file"), file},
            {QStringLiteral("schemaVersion"), version},
            {QStringLiteral("twins"), graph->twinCount()},
            {QStringLiteral("categories"), categories},
            {QStringLiteral("relationships"), graph->relationshipCount()},
            {QStringLiteral("models"), ownModels},
            {QStringLiteral("builtInModels"), project.models().interfaceCount() - ownModels},
            {QStringLiteral("functions"), int(project.functions().size())},
            {QStringLiteral("bindings"), bindings},
            {QStringLiteral("connections"), int(project.connections().size())},
            {QStringLiteral("points"), points},
            {QStringLiteral("pointsSource"), pointsFromBindings ? QStringLiteral("bindings") : QStringLiteral("sensors")},
            {QStringLiteral("inconsistent"), twin::ContentConsistency::count(diagnostics)},
        });
        return ExitOk;
    }
    QStringList parts;
    for (Category c : kCategories)
        parts.append(QStringLiteral("%1 %2").arg(twin::categoryName(c)).arg(byCategory[size_t(c)]));
    QString text = file + u'\n';
    text += QStringLiteral("  schema version: %1\n").arg(version);
    text += QStringLiteral("  twins:          %1 (%2)\n").arg(graph->twinCount()).arg(parts.join(QStringLiteral(", ")));
    text += QStringLiteral("  relationships:  %1\n").arg(graph->relationshipCount());
    text += QStringLiteral("  models:         %1 (+%2 built in)\n").arg(ownModels).arg(project.models().interfaceCount() - ownModels);
    text += QStringLiteral("  functions:      %1\n").arg(project.functions().size());
    text += QStringLiteral("  connections:    %1\n").arg(project.connections().size());
    text += QStringLiteral("  points:         %1 (%2)")
                .arg(points)
                .arg(pointsFromBindings ? QStringLiteral("bindings")
                                        : QStringLiteral("no bindings yet: one per sensor twin"));
    printOut(text);
    return ExitOk;
}

void printProjectHelp()
{
    printOut(QStringLiteral(
        "Usage: twinctl project SUBCOMMAND [ARGS...]\n\n"
        "Create, inspect, import and export TwinStudio projects (*.twinproj).\n\n"
        "Subcommands:\n"
        "  new FILE [--demo] [--force]   create an empty project, or the demo project\n"
        "  info FILE [--json]            show what a project holds\n"
        "  import FILE INPUT [--format adt-ndjson|explorer-json|native|dtdl]\n"
        "         [--models keep|replace] [--partial]\n"
        "                                add twins and models from INPUT (or a DTDL file\n"
        "                                or folder) to a project\n"
        "  export FILE --format adt-ndjson|explorer-json|native|dtdl --output PATH\n"
        "         [--no-builtin-models]\n"
        "                                write a project in another format\n"
        "  categories FILE [--set DTMI=CATEGORY]... [--unset DTMI]... [--reset] [--json]\n"
        "  alerts FILE [--add JSON | --remove N | --list] [--json]\n"
        "                                show or edit which interfaces are spaces, devices,\n"
        "                                sensors and people\n\n"
        "Exit status: 0 success, 1 invalid input (a missing, damaged or foreign file:\n"
        "'FILE: error: message' on stderr), 2 usage error.\n"
        "Run 'twinctl project SUBCOMMAND --help' for a subcommand's options."));
}

} // namespace

int runProject(const QStringList &args)
{
    if (args.isEmpty()) {
        printProjectHelp();
        return ExitUsage;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h") || sub == QStringLiteral("help")) {
        printProjectHelp();
        return ExitOk;
    }
    if (sub == QStringLiteral("new"))
        return runNew(rest);
    if (sub == QStringLiteral("info"))
        return runInfo(rest);
    if (sub == QStringLiteral("import"))
        return runProjectImport(rest);
    if (sub == QStringLiteral("export"))
        return runProjectExport(rest);
    if (sub == QStringLiteral("categories"))
        return runProjectCategories(rest);
    if (sub == QStringLiteral("alerts"))
        return runProjectAlerts(rest);
    return usageError(QStringLiteral("project"), QStringLiteral("unknown subcommand '%1'").arg(sub));
}

} // namespace twinctl
