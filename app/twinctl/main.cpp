// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl: the headless command line of TwinStudio.
#include "cli.h"
#include "commands.h"
#include "staticplugins.h"

#include <QCoreApplication>

#include <array>

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(const QStringList &);
};

constexpr std::array kCommands{
    Command{"project", "project new|info|import|export ...  create, inspect, import and export projects",
            &twinctl::runProject},
    Command{"ontology", "ontology validate|show ...         check DTDL files, show a resolved interface",
            &twinctl::runOntology},
    Command{"dtdl-conformance", "dtdl-conformance DIR               run the official DTDL test cases",
            &twinctl::runConformance},
    Command{"simulate", "simulate --broker URL --project F  publish simulated telemetry",
            &twinctl::runSimulate},
    Command{"ingest", "ingest --broker URL --project F    run the live pipeline headless",
            &twinctl::runIngest},
    Command{"function", "function run --project F ...       replay telemetry through a function",
            &twinctl::runFunction},
};

void printUsage()
{
    QString text = QStringLiteral(
        "Usage: twinctl COMMAND [ARGS...]\n\n"
        "The headless command line of TwinStudio.\n\nCommands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  ") + QString::fromUtf8(c.synopsis) + u'\n';
    text += QStringLiteral(
        "\nExit status: 0 success, 1 invalid input (errors on stderr as\n"
        "'file:line:col: error: message' or 'file#/json/pointer: error: message'),\n"
        "2 usage error. '--json' switches a command's summary on stdout to one JSON object.\n"
        "Run 'twinctl COMMAND --help' for a command's options.");
    twinctl::printOut(text);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    twin::importStaticPlugins();
    QCoreApplication::setApplicationName(QStringLiteral("twinctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("TwinStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWIN_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")
        || args.first() == QStringLiteral("help")) {
        printUsage();
        return args.isEmpty() ? twinctl::ExitUsage : twinctl::ExitOk;
    }
    if (args.first() == QStringLiteral("--version")) {
        twinctl::printOut(QStringLiteral("twinctl ") + QCoreApplication::applicationVersion());
        return twinctl::ExitOk;
    }
    const QString name = args.takeFirst();
    for (const Command &c : kCommands) {
        if (name == QLatin1StringView(c.name))
            return c.run(args);
    }
    twinctl::printErr(QStringLiteral("twinctl: unknown command '%1'").arg(name));
    twinctl::printErr(QStringLiteral("Run 'twinctl --help' for the list of commands."));
    return twinctl::ExitUsage;
}
