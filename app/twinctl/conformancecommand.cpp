// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"

#include "ontology/dtdlconformance.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>

namespace twinctl {

int runConformance(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QStringLiteral("Folder of DTDL spec case files (e.g. DTDL/v3/spec)."));
    const QCommandLineOption known(
        QStringLiteral("known-failures"),
        QStringLiteral("File of case ids expected to fail, one 'File.json#index reason' per line. "
                       "Failures listed there do not fail the run."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print a one-line JSON summary after the failures."));
    parser.addOption(known);
    parser.addOption(json);
    int exitCode = ExitOk;
    const QString description = QStringLiteral(
        "Runs the official DTDL specification case files found in DIR (each a JSON array of\n"
        "cases: valid, options, input, expect) through the DTDL parser.\n"
        "A case id is 'FileName.json#index'. Each failing case is listed as\n"
        "'FAIL id: reason' (or 'KNOWN id: reason' when listed in --known-failures); the last\n"
        "line is 'N passed, N failed'.\n"
        "Exit status: 0 when every case passes or every failure is a known one, 1 otherwise,\n"
        "2 on usage errors (missing or unreadable DIR).");
    if (!parseArguments(parser, QStringLiteral("dtdl-conformance"), description, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("dtdl-conformance"), QStringLiteral("expected one DIR"));

    QHash<QString, QString> knownFailures;
    if (parser.isSet(known)) {
        QString error;
        knownFailures = twin::DtdlConformance::readKnownFailures(parser.value(known), &error);
        if (!error.isEmpty())
            return usageError(QStringLiteral("dtdl-conformance"),
                              QStringLiteral("cannot read %1: %2").arg(parser.value(known), error));
    }
    QElapsedTimer timer;
    timer.start();
    const twin::DtdlConformance::Summary summary =
        twin::DtdlConformance::run(parser.positionalArguments().first());
    if (!summary.error.isEmpty())
        return usageError(QStringLiteral("dtdl-conformance"), summary.error);
    int unexpected = 0;
    for (const auto &f : summary.failures) {
        const bool isKnown = knownFailures.contains(f.caseId);
        if (!isKnown)
            ++unexpected;
        printOut(QStringLiteral("%1 %2: %3").arg(isKnown ? QStringLiteral("KNOWN") : QStringLiteral("FAIL"),
                                                f.caseId, f.reason));
    }
    if (parser.isSet(json)) {
        printJsonLine(QJsonObject{{QStringLiteral("passed"), summary.passed},
                                  {QStringLiteral("failed"), summary.failed},
                                  {QStringLiteral("unexpectedFailures"), unexpected},
                                  {QStringLiteral("milliseconds"), qint64(timer.elapsed())}});
    }
    printOut(QStringLiteral("%1 passed, %2 failed").arg(summary.passed).arg(summary.failed));
    return unexpected == 0 ? ExitOk : ExitInvalidInput;
}

} // namespace twinctl
