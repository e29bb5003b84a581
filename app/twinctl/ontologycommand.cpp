// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"

#include "ontology/dtdlfiles.h"
#include "ontology/dtdlparser.h"
#include "ontology/modelregistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twinctl {

namespace {

const QString kCommand = QStringLiteral("ontology");

QString overview()
{
    return QStringLiteral(
        "Usage: twinctl ontology validate|show ...\n"
        "\n"
        "  validate PATH... [--json] [--allow-undefined-extensions | --strict-extensions]\n"
        "      Parses and validates DTDL v2/v3 files and folders (recursively, *.json)\n"
        "      as one model; prints every error and the interface and element counts.\n"
        "  show DTMI [--ontology PATH]...\n"
        "      Prints the resolved interface (inherited contents included) as JSON;\n"
        "      without --ontology the built-in core ontology is used.\n"
        "\n"
        "Run 'twinctl ontology SUBCOMMAND --help' for details.");
}

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("DTDL files or folders."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print a one-line JSON summary: interfaces, elements, "
                                                 "errors, valid, unresolved."));
    const QCommandLineOption allowUndefined(
        QStringLiteral("allow-undefined-extensions"),
        QStringLiteral("Accept @context extensions this parser does not define in DTDL v3 documents too "
                       "(private extensions); their terms are taken as opaque co-types and properties. "
                       "By default they are an error in v3 and tolerated in v2."));
    const QCommandLineOption strict(QStringLiteral("strict-extensions"),
                                    QStringLiteral("Reject @context extensions this parser does not define "
                                                   "in DTDL v2 documents too."));
    parser.addOption(json);
    parser.addOption(allowUndefined);
    parser.addOption(strict);
    int exitCode = ExitOk;
    const QString description = QStringLiteral(
        "Parses and validates DTDL v2/v3 documents (files, or folders searched recursively for\n"
        "*.json) as one model and reports every error, not just the first, on stderr as\n"
        "'file#/json/pointer: error: message [rule]'. A model that refers to interfaces or\n"
        "schemas defined nowhere is incomplete: the missing DTMIs are named.\n"
        "Prints the number of interfaces and elements. Exit status: 0 valid, 1 invalid or\n"
        "incomplete, 2 usage error.");
    if (!parseArguments(parser, kCommand + QStringLiteral(" validate"), description, args, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(kCommand + QStringLiteral(" validate"), QStringLiteral("expected at least one PATH"));

    if (parser.isSet(allowUndefined) && parser.isSet(strict)) {
        return usageError(kCommand + QStringLiteral(" validate"),
                          QStringLiteral("--allow-undefined-extensions and --strict-extensions exclude each other"));
    }

    twin::Diagnostics diagnostics;
    const QList<twin::DtdlParser::Document> docs = twin::DtdlFiles::read(paths, &diagnostics);
    twin::DtdlParser::Options options;
    if (parser.isSet(allowUndefined))
        options.undefinedExtensions = twin::DtdlParser::UndefinedExtensions::Allow;
    else if (parser.isSet(strict))
        options.undefinedExtensions = twin::DtdlParser::UndefinedExtensions::Refuse;
    const twin::DtdlParser::Result result = twin::DtdlParser(options).parse(docs);
    diagnostics += result.diagnostics;
    printDiagnostics(diagnostics);
    if (!result.unresolved.isEmpty()) {
        printErr(QStringLiteral("error: the model is incomplete; not defined anywhere: %1")
                     .arg(result.unresolved.join(QStringLiteral(", "))));
    }
    const bool valid = diagnostics.isEmpty() && result.unresolved.isEmpty();
    const qsizetype interfaces = result.interfaces.size();
    const qsizetype elements = qsizetype(result.elements.size());
    if (parser.isSet(json)) {
        QJsonObject summary{{QStringLiteral("interfaces"), qint64(interfaces)},
                            {QStringLiteral("elements"), qint64(elements)},
                            {QStringLiteral("errors"), qint64(diagnostics.size())},
                            {QStringLiteral("valid"), valid},
                            {QStringLiteral("files"), qint64(docs.size())}};
        if (!result.unresolved.isEmpty())
            summary.insert(QStringLiteral("unresolved"), QJsonArray::fromStringList(result.unresolved));
        printJsonLine(summary);
    } else if (valid) {
        printOut(QStringLiteral("%1 interfaces, %2 elements: valid").arg(interfaces).arg(elements));
    } else if (!result.unresolved.isEmpty() && diagnostics.isEmpty()) {
        printOut(QStringLiteral("%1 interfaces, %2 elements: incomplete (%3 unresolved)")
                     .arg(interfaces)
                     .arg(elements)
                     .arg(result.unresolved.size()));
    } else {
        printOut(QStringLiteral("%1 interfaces, %2 elements: invalid (%3 errors)")
                     .arg(interfaces)
                     .arg(elements)
                     .arg(diagnostics.size()));
    }
    return valid ? ExitOk : ExitInvalidInput;
}

int runShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DTMI"), QStringLiteral("The interface to show."));
    const QCommandLineOption ontology(QStringLiteral("ontology"),
                                      QStringLiteral("DTDL file or folder to load (repeatable); "
                                                     "default: the built-in core ontology."),
                                      QStringLiteral("PATH"));
    parser.addOption(ontology);
    int exitCode = ExitOk;
    const QString description = QStringLiteral(
        "Loads the ontology and prints interface DTMI resolved, as indented JSON: its ancestors,\n"
        "its category and all its contents, inherited ones included (each with 'definedIn'),\n"
        "complex schemas expanded. Exit status: 0 shown, 1 the ontology is invalid or has no\n"
        "such interface, 2 usage error.");
    if (!parseArguments(parser, kCommand + QStringLiteral(" show"), description, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(kCommand + QStringLiteral(" show"), QStringLiteral("expected one DTMI"));
    const QString dtmi = parser.positionalArguments().first();

    twin::ModelRegistry registry;
    twin::Diagnostics diagnostics;
    const bool loaded = parser.isSet(ontology) ? registry.addPaths(parser.values(ontology), &diagnostics)
                                               : registry.loadCoreOntology(&diagnostics);
    if (!loaded) {
        printDiagnostics(diagnostics);
        return ExitInvalidInput;
    }
    if (!registry.contains(dtmi)) {
        printErr(QStringLiteral("twinctl ontology show: no interface %1 in the ontology").arg(dtmi));
        return ExitInvalidInput;
    }
    printOut(QString::fromUtf8(QJsonDocument(registry.resolvedJson(dtmi)).toJson(QJsonDocument::Indented)).trimmed());
    return ExitOk;
}

} // namespace

int runOntology(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(kCommand, QStringLiteral("expected a subcommand: validate or show"));
    const QString sub = args.first();
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        printOut(overview());
        return ExitOk;
    }
    if (sub == u"validate")
        return runValidate(args.mid(1));
    if (sub == u"show")
        return runShow(args.mid(1));
    return usageError(kCommand, QStringLiteral("unknown subcommand '%1'").arg(sub));
}

} // namespace twinctl
