// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "commands.h"
#include "liveoptions.h"
#include "liverun.h"

#include "document/project.h"
#include "live/livesetup.h"
#include "telemetry/historyqueries.h"
#include "telemetry/historystore.h"
#include "telemetry/telemetrysource.h"

#include <QCommandLineParser>
#include <QFile>
#include <QThread>

#include <chrono>

namespace twinctl {

int runReplay(const QStringList &args)
{
    const QString command = QStringLiteral("replay");
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("The project whose bindings and functions are used."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption capture(QStringLiteral("capture"), QStringLiteral("The capture file (twinctl record)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Replay at X times the recorded pace (default 1)."),
                                   QStringLiteral("X"));
    const QCommandLineOption fast(QStringLiteral("fast"), QStringLiteral("Replay as fast as the pipeline takes it."));
    const QCommandLineOption history(QStringLiteral("history"),
                                     QStringLiteral("History to write: a file (default FILE.replay.history beside the "
                                                    "project; replaced at each replay) or a postgresql:// URL."),
                                     QStringLiteral("HISTORY_URL"));
    const QCommandLineOption noHistory(QStringLiteral("no-history"), QStringLiteral("Do not write history."));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   QStringLiteral("Run the project's functions even though the project is not trusted."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the summary as one JSON object (the last line)."));
    parser.addOptions({project, capture, speed, fast, history, noHistory, trust, json});
    int exitCode = ExitOk;
    if (!parseArguments(parser, command,
                        QStringLiteral(
                            "Feeds a capture recorded with 'twinctl record' (or Live > Record in TwinStudio)\n"
                            "through the whole live pipeline of a project: bindings, live state, space\n"
                            "aggregates, functions and notifications, with history written to a scratch file\n"
                            "(--history). Each message keeps its recorded receive time, so the history and\n"
                            "the function results are those of the live run.\n\n"
                            "The summary has the same fields as 'twinctl ingest' (see its --help)."),
                        args, &exitCode))
        return exitCode;
    if (!parser.isSet(project) || !parser.isSet(capture))
        return usageError(command, QStringLiteral("--project and --capture are required"));
    if (parser.isSet(speed) && parser.isSet(fast))
        return usageError(command, QStringLiteral("--speed and --fast exclude each other"));
    bool ok = true;
    const double factor = parser.isSet(fast) ? 0.0 : parser.isSet(speed) ? parser.value(speed).toDouble(&ok) : 1.0;
    if (!ok || (!parser.isSet(fast) && !(factor > 0 && factor <= 1e6)))
        return usageError(command, QStringLiteral("--speed must be a positive factor (1 = the recorded pace)"));

    const QString projectFile = parser.value(project);
    twin::Project proj;
    if (!openLiveProject(projectFile, &proj))
        return ExitInvalidInput;
    twin::LiveSetup live;
    bindLiveProject(projectFile, proj, live, parser.isSet(trust));

    twin::TelemetryPipeline::Options options;
    options.history = !parser.isSet(noHistory);
    options.historyPath = parser.isSet(history) ? parser.value(history) : twin::LiveSetup::replayHistoryPath(projectFile);
    if (options.history
        && (options.historyPath == twin::HistoryStore::companionPath(projectFile)
            || options.historyPath == twin::HistoryQueries::locationOf(proj))) {
        printErr(QStringLiteral("twinctl replay: %1 is the project's own history; give another --history file")
                     .arg(options.historyPath));
        return ExitUsage;
    }
    if (options.history && !twin::HistoryQueries::isShared(options.historyPath) && QFile::exists(options.historyPath)) {
        // A replay starts from an empty scratch history (its WAL files too).
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(options.historyPath + suffix);
            if (f.exists() && !f.remove()) {
                printErr(QStringLiteral("twinctl replay: cannot replace %1: %2").arg(f.fileName(), f.errorString()));
                return ExitInvalidInput;
            }
        }
    }
    QString error;
    twin::TelemetrySource *source = live.createSource(QStringLiteral("capture"), &error);
    if (!source) {
        printErr(QStringLiteral("twinctl replay: %1").arg(error));
        return ExitInvalidInput;
    }
    QString replayError;
    QObject::connect(source, &twin::TelemetrySource::errorOccurred, source,
                     [&replayError](const QString &message) { replayError = message; }, Qt::DirectConnection);
    const QVariantMap config{{QStringLiteral("path"), parser.value(capture)}, {QStringLiteral("speed"), factor}};
    const auto started = std::chrono::steady_clock::now();
    if (!live.start(options, config, &error)) {
        printErr(QStringLiteral("twinctl replay: %1").arg(error));
        return ExitInvalidInput;
    }
    while (source->state() != twin::TelemetrySource::State::Disconnected)
        QThread::usleep(500);
    live.pipeline().waitIdle(60000);
    const quint64 errors = source->counters().errors;
    live.stop();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!replayError.isEmpty())
        printErr(replayError);
    printLiveSummary(liveSummary(live, seconds), parser.isSet(json));
    if (options.history)
        printErr(QStringLiteral("twinctl replay: history written to %1").arg(twin::HistoryQueries::shown(options.historyPath)));
    return errors == 0 ? ExitOk : ExitInvalidInput;
}

} // namespace twinctl
