// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionsdock.h"
#include "livecontrols.h"
#include "mainwindow.h"
#include "inspector/inspectordock.h"
#include "itemmodels/inspectormodel.h"
#include "functionfixture.h"
#include "notificationsdock.h"

#include "functions/demoproject.h"
#include "document/project.h"
#include "functions/functioneditor.h"
#include "itemmodels/functionstatusmodel.h"
#include "live/livesession.h"
#include "live/setalertrulescommand.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace twin;

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text().remove(u'&').startsWith(text))
            return a;
    }
    return nullptr;
}

QString plainText(const QLabel *label)
{
    QString text = label->text();
    return text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))).remove(QChar(0x25CF)).trimmed();
}

/// A function on the demo site that notifies for every CO2 sample.
void addNotifyingFunction(Project *project)
{
    QString error;
    ASSERT_TRUE(FunctionEditor(project).addFunction(
        twintest::makeFunction(QStringLiteral("co2alert"),
                               QStringLiteral("function process(telemetry, executionContext) {\n"
                                              "    sendNotification(telemetry.SensorId, 'Sensor', "
                                              "JSON.stringify({ co2: telemetry.Value }));\n}\n"),
                               {twintest::dataTypeMatcher(QStringLiteral("CarbonDioxide"))}),
        &error))
        << error.toStdString();
}

double rateOf(const QLabel *label)
{
    QString digits = label->text();
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return digits.toDouble();
}

} // namespace

TEST(LiveControls, SimulatorConnectsShowsRateAndFillsNotifications)
{
    ui::MainWindow w;
    w.openDemo();
    addNotifyingFunction(w.project());
    w.show();
    auto *state = w.findChild<QLabel *>(QStringLiteral("BrokerState"));
    auto *rate = w.findChild<QLabel *>(QStringLiteral("MessageRate"));
    ASSERT_TRUE(state && rate);
    EXPECT_EQ(plainText(state), QStringLiteral("Not connected"));
    QAction *simulate = findAction(&w, QStringLiteral("Run Simulator"));
    QAction *disconnect = findAction(&w, QStringLiteral("Disconnect"));
    ASSERT_TRUE(simulate && disconnect);
    EXPECT_FALSE(disconnect->isEnabled());

    simulate->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return plainText(state) == QStringLiteral("Simulator"); }, 10000))
        << plainText(state).toStdString();
    EXPECT_TRUE(disconnect->isEnabled());
    EXPECT_TRUE(state->toolTip().contains(QStringLiteral("simulator")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return rateOf(rate) > 0; }, 10000)) << rate->text().toStdString();
    EXPECT_TRUE(rate->text().contains(QStringLiteral("msg/s")));

    auto *notifications = w.findChild<QTreeView *>(QStringLiteral("NotificationsView"));
    ASSERT_TRUE(notifications);
    // The added function's notifications among the demo functions' own.
    const auto notifiedCo2 = [&] {
        for (int row = 0; row < notifications->model()->rowCount(); ++row) {
            if (notifications->model()->index(row, 3).data().toString().contains(QStringLiteral("{\"co2\":")))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(QTest::qWaitFor(notifiedCo2, 10000));
    auto *functions = w.findChild<QTreeView *>(QStringLiteral("FunctionsView"));
    ASSERT_TRUE(functions);
    ASSERT_EQ(functions->model()->rowCount(), demoFunctions().size() + 1);
    for (int row = 0; row < functions->model()->rowCount(); ++row)
        EXPECT_EQ(functions->model()->index(row, FunctionStatusModel::StateColumn).data().toString(),
                  QStringLiteral("Running"));
    EXPECT_TRUE(w.findChild<QToolBar *>(QStringLiteral("TrustBar")) == nullptr); // created here: no question

    // The inspector shows a sensor's live value on its telemetry row, and forgets it on
    // disconnect.
    auto *inspector = w.findChild<ui::InspectorDock *>();
    ASSERT_TRUE(inspector);
    inspector->setTwin(QStringLiteral("ms-101-temp"));
    const auto liveValue = [&] {
        InspectorModel *m = inspector->model();
        for (int s = 0; s < m->rowCount(); ++s) {
            const QModelIndex section = m->index(s, 0);
            for (int r = 0; r < m->rowCount(section); ++r) {
                const QModelIndex row = m->index(r, InspectorModel::ValueColumn, section);
                if (row.data(InspectorModel::RowKindRole).toInt() == int(InspectorModel::RowKind::Telemetry))
                    return row.data().toString();
            }
        }
        return QString();
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return !liveValue().isEmpty(); }, 10000));
    bool isNumber = false;
    liveValue().section(u' ', 0, 0).toDouble(&isNumber);
    EXPECT_TRUE(isNumber) << liveValue().toStdString();

    disconnect->trigger();
    EXPECT_TRUE(liveValue().isEmpty()) << liveValue().toStdString();
    EXPECT_EQ(plainText(state), QStringLiteral("Not connected"));
    EXPECT_TRUE(rate->text().isEmpty());
    EXPECT_FALSE(disconnect->isEnabled());
}

TEST(LiveControls, RecordsTheSessionToACaptureAndReplaysIt)
{
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("session.capture"));
    ui::MainWindow w;
    w.openDemo();
    addNotifyingFunction(w.project());
    w.show();
    QAction *record = findAction(&w, QStringLiteral("Record to File"));
    ASSERT_TRUE(record);
    EXPECT_FALSE(record->isEnabled()) << "nothing to record before a source runs";
    EXPECT_FALSE(w.live()->session()->startRecording(capture));

    auto *state = w.findChild<QLabel *>(QStringLiteral("BrokerState"));
    auto *recording = w.findChild<QLabel *>(QStringLiteral("RecordingState"));
    ASSERT_TRUE(state && recording);
    w.live()->session()->runSimulator(200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plainText(state) == QStringLiteral("Simulator"); }, 10000));
    EXPECT_TRUE(record->isEnabled());
    ASSERT_TRUE(w.live()->startRecording(capture));
    EXPECT_TRUE(record->isChecked());
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.live()->session()->recordedCount() >= 300; }, 15000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return recording->isVisible() && plainText(recording).startsWith(QStringLiteral("REC")); }, 5000))
        << plainText(recording).toStdString();
    w.live()->stopRecording();
    EXPECT_FALSE(record->isChecked());
    EXPECT_FALSE(recording->isVisible());
    const quint64 recorded = w.live()->session()->recordedCount();
    w.live()->session()->disconnectFromSource();

    QFile file(capture);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    EXPECT_EQ(quint64(lines.size()), recorded + 1) << "a header and one line per message";
    EXPECT_TRUE(lines.first().contains("\"source\":\"simulator\""));

    // The replay feeds the same messages through the pipeline and the function again.
    w.live()->replayCapture(capture, 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.live()->session()->counters().received == recorded; }, 15000))
        << w.live()->session()->counters().received << " of " << recorded;
    EXPECT_TRUE(w.live()->session()->isReplay());
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.live()->session()->counters().notifications > 0; }, 10000));
    EXPECT_TRUE(state->toolTip().contains(QStringLiteral("session.capture"))) << state->toolTip().toStdString();
}

TEST(LiveControls, ProjectFromElsewhereAsksForTrustBeforeFunctionsRun)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("received.twinproj"));
    {
        ui::MainWindow author;
        author.openDemo();
        addNotifyingFunction(author.project());
        // As if it came from another machine: no "created here" marker.
        author.project()->setViewState({});
        ASSERT_TRUE(author.saveFile(file));
    }
    ui::MainWindow w;
    w.live()->session()->setTrustStoreFile(dir.filePath(QStringLiteral("trust.json")));
    ASSERT_TRUE(w.openFile(file, true));
    w.show();
    findAction(&w, QStringLiteral("Run Simulator"))->trigger();
    auto *bar = w.findChild<QToolBar *>(QStringLiteral("TrustBar"));
    ASSERT_TRUE(bar);
    EXPECT_TRUE(bar->isVisible());
    auto *functions = w.findChild<QTreeView *>(QStringLiteral("FunctionsView"));
    EXPECT_TRUE(functions->model()->index(0, FunctionStatusModel::StateColumn).data().toString().contains(
        QStringLiteral("not trusted")));
    auto *notifications = w.findChild<QTreeView *>(QStringLiteral("NotificationsView"));
    QTest::qWait(600);
    EXPECT_GT(w.live()->session()->counters().processed, 0u);
    EXPECT_EQ(notifications->model()->rowCount(), 0);

    QAction *trust = bar->findChild<QAction *>(QStringLiteral("TrustAndRun"));
    ASSERT_TRUE(trust);
    trust->trigger();
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return notifications->model()->rowCount() > 0; }, 10000));
    findAction(&w, QStringLiteral("Disconnect"))->trigger();
}

TEST(LiveControls, ARecordingThatCannotBeFinishedNamesItsFile)
{
    if (!QFileInfo(QStringLiteral("/dev/full")).isWritable())
        GTEST_SKIP() << "/dev/full (a file whose writes fail) is not there to record to";
    ui::MainWindow w;
    w.openDemo();
    w.show();
    auto *state = w.findChild<QLabel *>(QStringLiteral("BrokerState"));
    ASSERT_TRUE(state);
    w.live()->session()->runSimulator(200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plainText(state) == QStringLiteral("Simulator"); }, 10000));
    // The header is buffered; the flush on stopping fails.
    ASSERT_TRUE(w.live()->startRecording(QStringLiteral("/dev/full")));
    QString shown;
    QTimer::singleShot(0, &w, [&] {
        ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        shown = box->text();
        box->reject();
    });
    w.live()->stopRecording();
    w.live()->session()->disconnectFromSource();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("The recording /dev/full is incomplete"))) << shown.toStdString();
}

TEST(LiveControls, BrokerUrlsAreCheckedRememberedAndFailuresShown)
{
    EXPECT_TRUE(ui::LiveControls::isBrokerUrl(QStringLiteral("mqtt://localhost:1883")));
    EXPECT_TRUE(ui::LiveControls::isBrokerUrl(QStringLiteral("mqtts://broker.example.org:8883")));
    EXPECT_FALSE(ui::LiveControls::isBrokerUrl(QStringLiteral("localhost:1883")));
    EXPECT_FALSE(ui::LiveControls::isBrokerUrl(QStringLiteral("http://localhost")));
    EXPECT_FALSE(ui::LiveControls::isBrokerUrl(QStringLiteral("mqtt://")));

    ui::MainWindow w;
    w.openDemo();
    w.show();
    // Port 1 on the loopback: refused at once.
    const QString url = QStringLiteral("mqtt://127.0.0.1:1");
    w.live()->connectToBroker(url);
    EXPECT_EQ(ui::LiveControls::recentBrokers().value(0), url);
    auto *state = w.findChild<QLabel *>(QStringLiteral("BrokerState"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return plainText(state) == QStringLiteral("Connection failed"); }, 20000))
        << plainText(state).toStdString();
    EXPECT_TRUE(state->toolTip().contains(url));
    EXPECT_TRUE(state->toolTip().contains(QStringLiteral("Last error")));
}

TEST(LiveControls, BrokerPasswordsStayOutOfSettingsAndStatusBar)
{
    ui::MainWindow w;
    w.openDemo();
    w.show();
    const QByteArray password("pw-Zq81-never-stored");
    w.live()->connectToBroker(QStringLiteral("mqtt://alice:%1@127.0.0.1:1").arg(QString::fromLatin1(password)));
    EXPECT_EQ(ui::LiveControls::recentBrokers().value(0), QStringLiteral("mqtt://alice@127.0.0.1:1"));
    auto *state = w.findChild<QLabel *>(QStringLiteral("BrokerState"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return plainText(state) == QStringLiteral("Connection failed"); }, 20000))
        << plainText(state).toStdString();
    EXPECT_TRUE(state->toolTip().contains(QStringLiteral("alice@127.0.0.1")));
    EXPECT_FALSE(state->toolTip().contains(QString::fromLatin1(password)));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("alice@127.0.0.1"));
    EXPECT_FALSE(bytes.contains(password));
}

TEST(LiveControls, AlertRulesRaiseNotificationsInTheDock)
{
    ui::MainWindow w;
    w.openDemo();
    QString error;
    ASSERT_TRUE(twin::SetAlertRulesCommand::add(
        w.project(),
        QJsonObject{{QStringLiteral("interface"), QStringLiteral("dtmi:twinstudio:core:Sensor;1")},
                    {QStringLiteral("value"), QStringLiteral("Temperature")},
                    {QStringLiteral("condition"), QStringLiteral("above")},
                    {QStringLiteral("threshold"), -1000},
                    {QStringLiteral("severity"), QStringLiteral("critical")}},
        &error))
        << error.toStdString();
    w.show();
    findAction(&w, QStringLiteral("Run Simulator"))->trigger();
    auto *notifications = w.findChild<QTreeView *>(QStringLiteral("NotificationsView"));
    ASSERT_TRUE(notifications);
    const auto alerted = [&] {
        for (int row = 0; row < notifications->model()->rowCount(); ++row) {
            if (notifications->model()->index(row, 3).data().toString().contains(QStringLiteral("\"alert\":\"raised\"")))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(QTest::qWaitFor(alerted, 10000));
    findAction(&w, QStringLiteral("Disconnect"))->trigger();
}

TEST(LiveControls, GermanAndFrenchTexts)
{
    for (const auto &[language, simulate, running] :
         {std::tuple{"de", "&Simulator starten", "Läuft"}, std::tuple{"fr", "Lancer le &simulateur", "En cours"}}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QDir(QStringLiteral(TWIN_QM_DIR))
                                        .filePath(QStringLiteral("twinstudio_%1.qm").arg(QLatin1StringView(language)))))
            << language;
        EXPECT_EQ(translator.translate("twin::ui::LiveControls", "Run &Simulator"), QString::fromUtf8(simulate));
        // The live models' texts show in the docks, translated too.
        EXPECT_EQ(translator.translate("twin::FunctionStatusModel", "Running"), QString::fromUtf8(running));
        EXPECT_FALSE(translator.translate("twin::ui::LiveControls",
                                          "This project contains functions from another source. Trust and run them?")
                         .isEmpty());
        EXPECT_FALSE(translator.translate("twin::NotificationModel", "Payload").isEmpty());
    }
}
