// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl project import|export: topology files in and out of a project, through the
// format plugins (see models/interchange).
#include "cli.h"
#include "commands.h"

#include "document/project.h"
#include "interchange/exportcontent.h"
#include "interchange/formatregistry.h"
#include "interchange/topologyexporter.h"
#include "interchange/topologyimport.h"
#include "interchange/topologyimporter.h"
#include "store/contentconsistency.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace twinctl {

namespace {

QStringList withoutVerb(const QStringList &args, const QString &verb)
{
    return !args.isEmpty() && args.first() == verb ? args.mid(1) : args;
}

void printWarnings(const twin::Diagnostics &diagnostics)
{
    for (const twin::Diagnostic &d : diagnostics) {
        if (d.severity == twin::Diagnostic::Severity::Warning)
            printErr(d.format());
    }
}

} // namespace

int runProjectImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("project import");
    twin::FormatRegistry &registry = twin::FormatRegistry::instance();
    const QString dtdl = QStringLiteral("dtdl");
    const QString formats = (registry.importerIds() << dtdl).join(u'|');

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The project (*.twinproj) to import into."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("The topology file to import, or a DTDL file or folder."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("The input format: %1. Omitted: recognised from the content "
                                                         "(a folder is DTDL).").arg(formats),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption modelsOption(QStringLiteral("models"),
                                          QStringLiteral("A model the project already has with another definition: keep "
                                                         "the project's, or replace it with the file's. Omitted: refused, "
                                                         "naming where they differ."),
                                          QStringLiteral("keep|replace"));
    const QCommandLineOption partialOption(QStringLiteral("partial"),
                                           QStringLiteral("Import every valid twin and relationship; report each one left "
                                                          "out as 'INPUT:LINE: warning: ...'."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the summary as one JSON object."));
    parser.addOption(formatOption);
    parser.addOption(modelsOption);
    parser.addOption(partialOption);
    parser.addOption(jsonOption);
    const QString description = QStringLiteral(
        "Imports models, twins and relationships from INPUT into the project FILE, all or\n"
        "nothing: every problem is reported on stderr as 'INPUT:LINE: error: message' (or\n"
        "'INPUT#/json/pointer: error: message') and the project is left unchanged.\n"
        "Formats: adt-ndjson (Azure Digital Twins import job), explorer-json (ADT Explorer\n"
        "graph), native (TwinStudio project JSON), dtdl (DTDL models: a file, or a folder read\n"
        "recursively). Models already in the project with the same definition are skipped.\n"
        "A containment relationship that would give a twin a second parent or make a cycle is\n"
        "an error. --models keep|replace settles models loaded with another definition;\n"
        "--partial imports what is valid and warns about the rest (exit 0 when anything was\n"
        "imported). Exit status: 0 imported, 1 invalid input, 2 usage error.");
    int exitCode = ExitOk;
    if (!parseArguments(parser, command, description, withoutVerb(arguments, QStringLiteral("import")), &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(command, QStringLiteral("expected FILE and INPUT"));
    const QString file = positional.at(0);
    const QString input = positional.at(1);

    twin::ImportOptions options;
    options.partial = parser.isSet(partialOption);
    if (parser.isSet(modelsOption)) {
        const QString models = parser.value(modelsOption);
        if (models == QStringLiteral("keep"))
            options.models = twin::ImportOptions::Models::Keep;
        else if (models == QStringLiteral("replace"))
            options.models = twin::ImportOptions::Models::Replace;
        else
            return usageError(command, QStringLiteral("--models must be keep or replace, not '%1'").arg(models));
    }

    twin::TopologyImporter *importer = nullptr;
    bool isDtdl = false;
    if (parser.isSet(formatOption)) {
        isDtdl = parser.value(formatOption) == dtdl;
        importer = isDtdl ? nullptr : registry.importer(parser.value(formatOption));
        if (!importer && !isDtdl)
            return usageError(command, QStringLiteral("unknown format '%1' (expected %2)").arg(parser.value(formatOption), formats));
    } else if (twin::TopologyImport::isDtdl(input)) {
        isDtdl = true;
    } else {
        QString why;
        importer = registry.importerForFile(input, &why);
        if (!importer) {
            printErr(twin::Diagnostic::error(input, 0, why).format());
            return ExitInvalidInput;
        }
    }
    if (isDtdl && (options.partial || parser.isSet(modelsOption)))
        return usageError(command, QStringLiteral("--partial and --models apply to topology files, not to DTDL"));

    twin::Project project;
    twin::Diagnostics diagnostics;
    if (!twin::ProjectStore::open(file, &project, &diagnostics)) {
        printDiagnostics(diagnostics);
        return ExitInvalidInput;
    }
    printWarnings(diagnostics);
    diagnostics.clear();

    const int modelsBefore = project.models().interfaceCount();
    const int twinsBefore = project.graph()->twinCount();
    const int relsBefore = project.graph()->relationshipCount();
    // DTDL goes through Project::importOntology(), which keeps the files' lines.
    const bool imported = isDtdl ? project.importOntology({input}, &diagnostics)
                                 : twin::TopologyImport::importFile(&project, importer, input, &diagnostics, {}, options);
    if (!imported) {
        printDiagnostics(diagnostics);
        printErr(QStringLiteral("twinctl project import: nothing imported; %1 is unchanged").arg(file));
        return ExitInvalidInput;
    }
    printWarnings(diagnostics);
    QString error;
    if (!twin::ProjectStore::save(&project, file, &error)) {
        printErr(twin::Diagnostic::error(file, 0, error).format());
        return ExitInvalidInput;
    }

    const int models = project.models().interfaceCount() - modelsBefore;
    const int twins = project.graph()->twinCount() - twinsBefore;
    const int rels = project.graph()->relationshipCount() - relsBefore;
    const QString format = isDtdl ? dtdl : importer->formatId();
    int warnings = 0;
    for (const twin::Diagnostic &d : std::as_const(diagnostics))
        warnings += d.severity == twin::Diagnostic::Severity::Warning ? 1 : 0;
    if (parser.isSet(jsonOption)) {
        QJsonObject summary{{QStringLiteral("file"), file},
                            {QStringLiteral("input"), input},
                            {QStringLiteral("format"), format},
                            {QStringLiteral("models"), models},
                            {QStringLiteral("twins"), twins},
                            {QStringLiteral("relationships"), rels}};
        if (options.partial)
            summary.insert(QStringLiteral("warnings"), warnings);
        printJsonLine(summary);
    } else {
        printOut(QStringLiteral("Imported %1 models, %2 twins and %3 relationships from %4 (%5) into %6")
                     .arg(models).arg(twins).arg(rels).arg(input, format, file));
    }
    return ExitOk;
}

int runProjectExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("project export");
    twin::FormatRegistry &registry = twin::FormatRegistry::instance();
    const QString formats = registry.exporterIds().join(u'|');

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The project (*.twinproj) to export."));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("The output format: %1.").arg(formats),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          QStringLiteral("The file to write (replaced atomically); for dtdl also a folder "
                                                         "(an existing one, or a path ending in '/'): one file per interface."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption noBuiltInOption(QStringLiteral("no-builtin-models"),
                                             QStringLiteral("Leave out the built-in core ontology's models (for a target "
                                                            "that has them already)."));
    const QCommandLineOption allowInconsistentOption(
        QStringLiteral("allow-inconsistent"),
        QStringLiteral("Export a project whose entries do not all fit together (repeated ids, relationships "
                       "to missing twins, twins of models that are not loaded), leaving those out."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the summary as one JSON object."));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addOption(noBuiltInOption);
    parser.addOption(allowInconsistentOption);
    parser.addOption(jsonOption);
    const QString description = QStringLiteral(
        "Exports the project FILE. Formats: adt-ndjson (Azure Digital Twins import job:\n"
        "models, twins, relationships), explorer-json (ADT Explorer graph), native (everything\n"
        "the project holds, geometry included, lossless), dtdl (the models only). Geometry is\n"
        "TwinStudio's own and only the native format carries it. adt-ndjson, explorer-json\n"
        "and dtdl carry every model the twins use, built-in core models included, with the\n"
        "models those extend or refer to, so an empty Azure Digital Twins instance accepts the\n"
        "file (--no-builtin-models leaves the built-in ones out). A damaged project whose\n"
        "entries do not fit together is refused, naming them, unless --allow-inconsistent.\n"
        "Exit status: 0 written, 1 the project cannot be read, is inconsistent or the output\n"
        "cannot be written, 2 usage error.");
    int exitCode = ExitOk;
    if (!parseArguments(parser, command, description, withoutVerb(arguments, QStringLiteral("export")), &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(command, QStringLiteral("expected one project FILE"));
    if (!parser.isSet(formatOption))
        return usageError(command, QStringLiteral("--format is required (%1)").arg(formats));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return usageError(command, QStringLiteral("--output is required"));
    twin::TopologyExporter *exporter = registry.exporter(parser.value(formatOption));
    if (!exporter)
        return usageError(command, QStringLiteral("unknown format '%1' (expected %2)").arg(parser.value(formatOption), formats));
    const QString file = positional.first();
    const QString output = parser.value(outputOption);

    twin::Project project;
    twin::Diagnostics diagnostics;
    if (!twin::ProjectStore::open(file, &project, &diagnostics)) {
        printDiagnostics(diagnostics);
        return ExitInvalidInput;
    }
    printWarnings(diagnostics);
    const int inconsistent = twin::ContentConsistency::count(diagnostics);
    if (inconsistent > 0 && !parser.isSet(allowInconsistentOption)) {
        printErr(twin::Diagnostic::error(file, 0,
                                         QStringLiteral("%1 entries do not fit together (named above); the export "
                                                        "would leave them out or change them: not exported "
                                                        "(--allow-inconsistent exports the rest)")
                                             .arg(inconsistent))
                     .format());
        return ExitInvalidInput;
    }
    const twin::ProjectContent content = twin::ExportContent::of(
        project, exporter->carriesBuiltInModels() && !parser.isSet(noBuiltInOption));
    QString error;
    if (!exporter->writeFile(content, output, &error)) {
        printErr(twin::Diagnostic::error(output, 0, error).format());
        return ExitInvalidInput;
    }
    const bool modelsOnly = exporter->formatId() == QStringLiteral("dtdl");
    const qsizetype twins = modelsOnly ? 0 : content.twins.size();
    const qsizetype rels = modelsOnly ? 0 : content.relationships.size();
    if (parser.isSet(jsonOption)) {
        printJsonLine(QJsonObject{{QStringLiteral("file"), file},
                                  {QStringLiteral("output"), output},
                                  {QStringLiteral("format"), exporter->formatId()},
                                  {QStringLiteral("models"), content.models.size()},
                                  {QStringLiteral("twins"), twins},
                                  {QStringLiteral("relationships"), rels}});
    } else {
        printOut(QStringLiteral("Exported %1 models, %2 twins and %3 relationships from %4 to %5 (%6)")
                     .arg(content.models.size()).arg(twins).arg(rels).arg(file, output, exporter->formatId()));
    }
    return ExitOk;
}

} // namespace twinctl
