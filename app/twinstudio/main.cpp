// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrungeometry.h"
#include "languagemenu.h"
#include "livecontrols.h"
#include "mainwindow.h"
#include "plan/planlivelayer.h"
#include "plan/planview.h"
#include "screenshot.h"
#include "staticplugins.h"
#include "telemetry/historyoverride.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QCommandLineParser>
#include <QHash>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QtPlugin>

#include <cstdio>
#include <memory>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(TwinStudio_ViewsPlugin)

namespace {

/// Whether the command line only asks for help or the version, which need no display.
bool onlyAsksForInformation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // --help and --version print and exit: a console application answers them, so they
    // work where no display is.
    std::unique_ptr<QCoreApplication> application;
    if (onlyAsksForInformation(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    // The function debugger compiles the system's acorn.js, whose style the JavaScript
    // compiler's lint remarks on at every start; a function's own problems are listed in
    // the Functions tab. QT_LOGGING_RULES still turns the remarks back on.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.qml.compiler.warning=false"));
    QCoreApplication::setApplicationName(QStringLiteral("TwinStudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("TwinStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWIN_VERSION));
    twin::importStaticPlugins();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design and monitor digital twins of buildings."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A .twinproj file to open."),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo project."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language (e.g. de, fr)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption broker(QStringLiteral("broker"), QStringLiteral("MQTT broker URL to connect to."),
                                    QStringLiteral("URL"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to FILE.png and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("View shown for --screenshot: plan, 3d, chart, dashboard, functions, topics, main."),
                                  QStringLiteral("VIEW"), QStringLiteral("main"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Twin to select."),
                                    QStringLiteral("TWIN_ID"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   QStringLiteral("Milliseconds of live running before --screenshot "
                                                  "(default 500, with --simulate 3000: a few seconds "
                                                  "of readings, so charts draw lines)."),
                                   QStringLiteral("MS"));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      QStringLiteral("Run the built-in simulator (one message per second per point)."));
    const QCommandLineOption colourRooms(QStringLiteral("colour-rooms"),
                                         QStringLiteral("Colour the plan's rooms by: none, temperature, co2, occupancy, or the "
                                                        "value a colour rule of the project names."),
                                         QStringLiteral("KIND"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     QStringLiteral("History that charts, the time cursor and functions read: a file, or "
                                                    "postgresql://user@host:port/db (password from PGPASSWORD, PGPASSFILE "
                                                    "or ~/.pgpass). Default: the project's setting, else FILE.history."),
                                     QStringLiteral("HISTORY_URL"));
    parser.addOptions({demo, lang, broker, screenshot, view, select, after, simulate, colourRooms, history});
    parser.process(app);

    twin::ui::LanguageMenu::install(twin::ui::LanguageMenu::chosenLanguage(parser.value(lang)));

    twin::ui::MainWindow window;
    // First run (no saved geometry): a share of the screen rather than the widgets' hint.
    if (const QScreen *screen = window.screen(); screen && !QSettings().contains(QStringLiteral("mainWindow/geometry")))
        window.setGeometry(twin::ui::firstRunGeometry(screen->availableGeometry(), twin::ui::kFirstRunScreenShare,
                                                       window.minimumSizeHint()));
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (!positional.isEmpty()) {
        if (!window.openFile(positional.first(), parser.isSet(screenshot)) && parser.isSet(screenshot))
            return 1;
    } else if (!parser.isSet(screenshot)) {
        QTimer::singleShot(0, &window, &twin::ui::MainWindow::offerOrphanedRecovery);
    }
    if (parser.isSet(history))
        twin::HistoryOverride::set(window.project(), parser.value(history));
    const int afterMs = parser.isSet(after) ? parser.value(after).toInt() : parser.isSet(simulate) ? 3000 : 500;
    if (parser.isSet(screenshot)) {
        if (!window.showView(parser.value(view))) {
            std::fprintf(stderr, "twinstudio: unknown view '%s'\n", qPrintable(parser.value(view)));
            return 2;
        }
        window.resize(1600, 1000);
        if (parser.value(view) == QStringLiteral("chart"))
            twin::ui::prepareChartScreenshot(window.charts());
        else if (parser.value(view) == QStringLiteral("functions"))
            twin::ui::prepareFunctionsScreenshot(window.functions(), afterMs);
        else if (parser.value(view) == QStringLiteral("topics"))
            twin::ui::prepareTopicsScreenshot(window.topics(), afterMs);
    }
    if (parser.isSet(broker)) {
        if (!twin::ui::LiveControls::isBrokerUrl(parser.value(broker))) {
            std::fprintf(stderr, "twinstudio: '%s' is not a broker URL (mqtt://host:port or mqtts://host:port)\n",
                         qPrintable(parser.value(broker)));
            return 2;
        }
        window.live()->connectToBroker(parser.value(broker));
    }
    if (parser.isSet(colourRooms)) {
        using Tint = twin::LivePlanOverlay::Tint;
        static const QHash<QString, Tint> kinds{{QStringLiteral("none"), Tint::None},
                                                {QStringLiteral("temperature"), Tint::Temperature},
                                                {QStringLiteral("co2"), Tint::CarbonDioxide},
                                                {QStringLiteral("occupancy"), Tint::Occupancy}};
        const QString kind = parser.value(colourRooms).toLower();
        if (kinds.contains(kind)) {
            window.plan()->liveLayer()->setTint(kinds.value(kind));
        } else if (!window.plan()->liveLayer()->colourByRule(parser.value(colourRooms))) {
            std::fprintf(stderr,
                         "twinstudio: --colour-rooms takes none, temperature, co2, occupancy or the value of one "
                         "of the project's colour rules, not '%s'\n",
                         qPrintable(parser.value(colourRooms)));
            return 2;
        }
    }
    if (parser.isSet(simulate))
        window.live()->session()->runSimulator();
    if (parser.isSet(select) && !window.selectTwin(parser.value(select)))
        std::fprintf(stderr, "twinstudio: no twin '%s' to select\n", qPrintable(parser.value(select)));
    window.show();
    if (parser.isSet(screenshot))
        twin::ui::scheduleScreenshot(&window, parser.value(screenshot), afterMs);
    return QApplication::exec();
}
