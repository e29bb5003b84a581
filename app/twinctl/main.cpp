// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl: the headless command line of TwinStudio.
// The ontology commands run here; the others are in the module twinctl_commands, loaded
// when one of them is asked for (see commandmodule.h and CMakeLists.txt for why).
#include "cli.h"
#include "commandmodule.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <array>

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(const QStringList &); ///< Null: the command is in the module.
};

constexpr std::array kCommands{
    Command{"project", "project new|info|import|export ...  create, inspect, import and export projects",
            nullptr},
    Command{"ontology", "ontology validate|show ...         check DTDL files, show a resolved interface",
            &twinctl::runOntology},
    Command{"dtdl-conformance", "dtdl-conformance DIR               run the official DTDL test cases",
            &twinctl::runConformance},
    Command{"simulate", "simulate --broker URL --project F  publish simulated telemetry",
            nullptr},
    Command{"ingest", "ingest --broker URL --project F    run the live pipeline headless",
            nullptr},
    Command{"function", "function run|test --project F ...  replay telemetry, run the functions' tests",
            nullptr},
    Command{"record", "record --broker URL --output F     record raw MQTT traffic to a capture file",
            nullptr},
    Command{"replay", "replay --project F --capture F     feed a capture through the live pipeline",
            nullptr},
    Command{"history", "history query --project F --twin T print recorded values or buckets of them",
            nullptr},
    Command{"record-service", "record-service --project F --broker URL --history H  record unattended",
            nullptr},
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

/// Where the module lies relative to the executable: build/bin → build/lib/twinctl, and
/// likewise PREFIX/bin → PREFIX/lib/twinctl.
QString modulePath()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../lib/twinctl/twinctl_commands.so"));
}

int runInModule(const Command &command, const QStringList &args)
{
    QLibrary module(QDir::cleanPath(modulePath()));
    using RunFunction = int (*)(const char *, const QStringList *);
    const auto run = reinterpret_cast<RunFunction>(module.resolve(kTwinctlRunSymbol));
    if (!run) {
        twinctl::printErr(QStringLiteral("twinctl: cannot load the '%1' command: %2")
                              .arg(QString::fromUtf8(command.name), module.errorString()));
        return twinctl::ExitInvalidInput;
    }
    const int status = run(command.name, &args);
    if (status < 0) {
        twinctl::printErr(QStringLiteral("twinctl: %1 has no '%2' command")
                              .arg(module.fileName(), QString::fromUtf8(command.name)));
        return twinctl::ExitInvalidInput;
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
            return c.run ? c.run(args) : runInModule(c, args);
    }
    twinctl::printErr(QStringLiteral("twinctl: unknown command '%1'").arg(name));
    twinctl::printErr(QStringLiteral("Run 'twinctl --help' for the list of commands."));
    return twinctl::ExitUsage;
}
