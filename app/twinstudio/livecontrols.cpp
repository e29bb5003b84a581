// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecontrols.h"

#include "dialogfolders.h"
#include "connectionsdialog.h"
#include "connectionstatus.h"
#include "functionsdock.h"
#include "notificationsdock.h"
#include "secretstore.h"

#include "document/connectionprofile.h"
#include "document/project.h"
#include "live/livesession.h"

#include <QAction>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace twin::ui {

namespace {

constexpr int kMaxRecentBrokers = 10;
const QString kRecentBrokersKey = QStringLiteral("live/recentBrokers");

} // namespace

LiveControls::LiveControls(Project *project, QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_session(new LiveSession(project, this))
    , m_secrets(new SecretStore(SecretStore::defaultBackend(), this))
    , m_project(project)
{
    m_notificationsDock = new NotificationsDock(m_session->notifications(), window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_notificationsDock);
    m_functionsDock = new FunctionsDock(m_session->functions(), window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_functionsDock);
    window->tabifyDockWidget(m_notificationsDock, m_functionsDock);
    m_notificationsDock->raise();
    // Room for a few rows; the central view keeps the rest (a saved layout wins).
    window->resizeDocks({m_notificationsDock}, {170}, Qt::Vertical);

    m_menu = new QMenu(tr("&Live"), window);
    m_connectAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Connect to Broker…"),
                                        this, &LiveControls::askForBroker);
    m_connectAction->setToolTip(tr("Receive live telemetry from an MQTT broker"));
    m_simulateAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                         tr("Run &Simulator"), this, &LiveControls::runSimulator);
    m_simulateAction->setToolTip(tr("Simulated telemetry for every sensor of the project, without a broker"));
    m_connectProfilesAction = m_menu->addAction(tr("Connect &Project Connections"), this, [this] {
        QStringList ids;
        for (const ConnectionProfile &p : ConnectionProfile::listFromJson(m_project->connections()))
            ids.append(p.id);
        connectProfiles(ids, m_session->includesSimulator());
    });
    m_connectProfilesAction->setToolTip(tr("Connect to every broker of the project's connections at once"));
    m_connectionsAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("C&onnections…"),
                                            this, &LiveControls::showConnections);
    m_connectionsAction->setToolTip(tr("The project's brokers: add, edit, connect and disconnect each one"));
    m_disconnectAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("network-disconnect")), tr("&Disconnect"),
                                           m_session, &LiveSession::disconnectFromSource);
    m_menu->addSeparator();
    m_recordAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("media-record")), tr("&Record to File…"));
    m_recordAction->setCheckable(true);
    m_recordAction->setToolTip(tr("Write every raw message of this session to a capture file, for replay"));
    connect(m_recordAction, &QAction::triggered, this, &LiveControls::askForRecording);
    m_replayAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("media-seek-forward")), tr("Re&play Capture…"),
                                       this, &LiveControls::askForCapture);
    m_replayAction->setToolTip(tr("Feed a recorded capture through the pipeline and the functions, at its pace or faster"));
    m_menu->addSeparator();
    m_trustAction = m_menu->addAction(tr("&Trust Project Functions"), this, &LiveControls::trust);
    m_trustAction->setToolTip(tr("Run the functions of this project, which comes from another source"));

    m_stateLabel = new QLabel(window);
    m_stateLabel->setObjectName(QStringLiteral("BrokerState"));
    m_rateLabel = new QLabel(window);
    m_rateLabel->setObjectName(QStringLiteral("MessageRate"));
    m_rateLabel->setMinimumWidth(m_rateLabel->fontMetrics().horizontalAdvance(tr("%1 msg/s").arg(88888)));
    m_rateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_recordLabel = new QLabel(window);
    m_recordLabel->setObjectName(QStringLiteral("RecordingState"));
    m_recordLabel->hide();
    m_connectionStatus = new ConnectionStatus(m_session, window);
    window->statusBar()->addPermanentWidget(m_connectionStatus);
    window->statusBar()->addPermanentWidget(m_recordLabel);
    window->statusBar()->addPermanentWidget(m_rateLabel);
    window->statusBar()->addPermanentWidget(m_stateLabel);

    connect(m_session, &LiveSession::stateChanged, this, &LiveControls::updateState);
    connect(m_session, &LiveSession::statisticsChanged, this, &LiveControls::updateStatistics);
    connect(m_session, &LiveSession::trustRequired, this, &LiveControls::showTrustBar);
    connect(m_session, &LiveSession::errorOccurred, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 6000); });
    connect(m_session, &LiveSession::functionDisabled, this, [this](const QString &function, const QString &reason) {
        m_window->statusBar()->showMessage(tr("Function %1 was disabled: %2").arg(function, reason), 10000);
        m_functionsDock->show();
        m_functionsDock->raise();
    });
    connect(m_project, &Project::connectionsChanged, this, &LiveControls::updateState);
    connect(m_project, &Project::contentReset, this, &LiveControls::updateState);
    updateState();
    updateStatistics();
}

LiveControls::~LiveControls() = default;

bool LiveControls::secretFor(const QString &key, const QString &title, const QString &label, QString *secret)
{
    *secret = m_secrets->secret(key);
    if (!secret->isNull())
        return true;
    bool ok = false;
    *secret = m_prompt ? m_prompt(title, label, &ok)
                       : QInputDialog::getText(m_window, title, label, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    QString error;
    if (!m_secrets->setSecret(key, *secret, &error))
        m_window->statusBar()->showMessage(
            tr("The system keychain did not take the password (%1): it is kept until TwinStudio quits.").arg(error), 8000);
    return true;
}

bool LiveControls::secretsFor(const ConnectionProfile &profile, QVariantMap *secrets)
{
    const QString title = tr("Connect to %1").arg(profile.displayName());
    if (!profile.username.isEmpty()) {
        QString password;
        if (!secretFor(SecretStore::keyFor(profile.username, profile.url), title,
                       tr("Password for %1 at %2:").arg(profile.username, QUrl(profile.url).host()), &password))
            return false;
        secrets->insert(QStringLiteral("password"), password);
    }
    QFile key(profile.keyFile);
    // Only a key that is encrypted has a passphrase to ask for.
    if (!profile.keyFile.isEmpty() && key.open(QIODevice::ReadOnly) && key.read(64 * 1024).contains("ENCRYPTED")) {
        QString passphrase;
        if (!secretFor(SecretStore::keyPassphraseFor(profile.keyFile), title,
                       tr("Passphrase of the key %1:").arg(profile.keyFile), &passphrase))
            return false;
        secrets->insert(QStringLiteral("keyPassword"), passphrase);
    }
    return true;
}

void LiveControls::connectProfiles(const QStringList &ids, bool simulator)
{
    QHash<QString, QVariantMap> secrets;
    QStringList chosen;
    for (const ConnectionProfile &p : ConnectionProfile::listFromJson(m_project->connections())) {
        if (!ids.contains(p.id))
            continue;
        QVariantMap secret;
        if (!secretsFor(p, &secret))
            continue;
        secrets.insert(p.id, secret);
        chosen.append(p.id);
    }
    if (chosen.isEmpty() && !simulator)
        return;
    m_session->connectProfiles(chosen, secrets, simulator);
}

void LiveControls::connectProfile(const QString &id)
{
    QStringList ids = m_session->connectedProfiles();
    if (!ids.contains(id))
        ids.append(id);
    connectProfiles(ids, m_session->includesSimulator());
}

void LiveControls::disconnectProfile(const QString &id)
{
    QStringList ids = m_session->connectedProfiles();
    ids.removeAll(id);
    const bool simulator = m_session->includesSimulator();
    if (ids.isEmpty() && !simulator)
        m_session->disconnectFromSource();
    else
        connectProfiles(ids, simulator);
}

void LiveControls::runSimulator()
{
    // Beside the project's brokers when they are connected: one more source.
    const QStringList ids = m_session->connectedProfiles();
    if (ids.isEmpty())
        m_session->runSimulator();
    else
        connectProfiles(ids, true);
}

ConnectionsDialog *LiveControls::showConnections()
{
    if (!m_connectionsDialog)
        m_connectionsDialog = new ConnectionsDialog(m_project, this, m_window);
    m_connectionsDialog->show();
    m_connectionsDialog->raise();
    return m_connectionsDialog;
}

QStringList LiveControls::recentBrokers()
{
    QStringList recent;
    for (const QString &url : QSettings().value(kRecentBrokersKey).toStringList()) {
        const QString shown = QUrl(url).toString(QUrl::RemovePassword);
        if (!recent.contains(shown))
            recent.append(shown);
    }
    return recent;
}

bool LiveControls::isBrokerUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    static const QStringList schemes{QStringLiteral("mqtt"), QStringLiteral("mqtts"), QStringLiteral("tcp"),
                                     QStringLiteral("ssl")};
    return u.isValid() && schemes.contains(u.scheme()) && !u.host().isEmpty();
}

void LiveControls::connectToBroker(const QString &url)
{
    QUrl full(url);
    const QString shown = full.toString(QUrl::RemovePassword);
    if (!full.userName().isEmpty()) {
        const QString key = SecretStore::keyFor(full.userName(), url);
        QString password = full.password();
        if (!password.isEmpty()) {
            QString error;
            if (!m_secrets->setSecret(key, password, &error))
                m_window->statusBar()->showMessage(
                    tr("The system keychain did not take the password (%1): it is kept until TwinStudio quits.")
                        .arg(error),
                    8000);
        } else if (!secretFor(key, tr("Connect to Broker"), tr("Password for %1 at %2:").arg(full.userName(), full.host()),
                              &password)) {
            return;
        }
        full.setPassword(password);
    }
    QStringList recent = recentBrokers();
    recent.removeAll(shown);
    recent.prepend(shown);
    while (recent.size() > kMaxRecentBrokers)
        recent.removeLast();
    QSettings().setValue(kRecentBrokersKey, recent);
    m_session->connectToBroker(full.toString());
}

bool LiveControls::startRecording(const QString &path)
{
    QString error;
    if (!m_session->startRecording(path, &error)) {
        QMessageBox::warning(m_window, tr("Record to File"), tr("Cannot record to %1:\n%2").arg(path, error));
        updateStatistics();
        return false;
    }
    m_recordingPath = path;
    updateStatistics();
    return true;
}

void LiveControls::stopRecording()
{
    QString error;
    if (!m_session->stopRecording(&error))
        QMessageBox::warning(m_window, tr("Record to File"),
                             tr("The recording %1 is incomplete:\n%2")
                                 .arg(QDir::toNativeSeparators(m_recordingPath), error));
    updateStatistics();
}

void LiveControls::replayCapture(const QString &path, double speed)
{
    m_session->replayCapture(path, speed);
}

void LiveControls::askForRecording(bool start)
{
    if (!start) {
        stopRecording();
        return;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Record to File"),
                                                      DialogFolders::suggestion(DialogFolders::Kind::Captures,
                                                                                QStringLiteral("session-%1").arg(stamp),
                                                                                QStringLiteral(".capture")),
                                                      tr("Captures (*.capture);;All files (*)"));
    DialogFolders::remember(DialogFolders::Kind::Captures, path);
    if (path.isEmpty() || !startRecording(path))
        m_recordAction->setChecked(false);
}

void LiveControls::askForCapture()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Replay Capture"),
                                                      DialogFolders::folder(DialogFolders::Kind::Captures),
                                                      tr("Captures (*.capture);;All files (*)"));
    DialogFolders::remember(DialogFolders::Kind::Captures, path);
    if (path.isEmpty())
        return;
    const QStringList speeds{tr("At the recorded pace"), tr("10× faster"), tr("100× faster"), tr("1000× faster"),
                             tr("As fast as possible")};
    static constexpr double kFactors[] = {1, 10, 100, 1000, 0};
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Replay Capture"), tr("Speed:"), speeds, 0, false, &ok);
    if (!ok)
        return;
    replayCapture(path, kFactors[std::max<qsizetype>(0, speeds.indexOf(choice))]);
}

void LiveControls::askForBroker()
{
    QStringList recent = recentBrokers();
    if (recent.isEmpty())
        recent.append(QStringLiteral("mqtt://localhost:1883"));
    bool ok = false;
    const QString url = QInputDialog::getItem(m_window, tr("Connect to Broker"),
                                              tr("Broker URL (mqtt://host:port or mqtts://host:port):"), recent, 0,
                                              true, &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!isBrokerUrl(url)) {
        QMessageBox::warning(m_window, tr("Connect to Broker"),
                             tr("“%1” is not a broker URL. Write it as mqtt://host:port, or mqtts://host:port "
                                "for TLS.")
                                 .arg(url));
        return;
    }
    connectToBroker(url);
}

void LiveControls::updateState()
{
    QString text;
    QColor colour;
    switch (m_session->state()) {
    case LiveSession::State::Disconnected:
        text = tr("Not connected");
        colour = QColor(0x9a, 0x99, 0x96);
        break;
    case LiveSession::State::Connecting:
        text = tr("Connecting…");
        colour = QColor(0xe5, 0xa5, 0x0a);
        break;
    case LiveSession::State::Connected:
        text = m_session->isSimulator() ? tr("Simulator") : m_session->isReplay() ? tr("Replay") : tr("Connected");
        colour = QColor(0x26, 0xa2, 0x69);
        break;
    case LiveSession::State::Reconnecting:
        text = tr("Reconnecting…");
        colour = QColor(0xc0, 0x1c, 0x28);
        break;
    }
    if (m_session->state() == LiveSession::State::Disconnected && !m_session->errorText().isEmpty()) {
        text = tr("Connection failed");
        colour = QColor(0xc0, 0x1c, 0x28);
    }
    // Outages stay in sight for the rest of the run: a restarted broker is easy to miss.
    const LiveSession::Counters counters = m_session->counters();
    if (counters.disconnects > 0 && m_session->isActive())
        text = tr("%1 · %n outage(s), %2 s without broker", nullptr, int(counters.disconnects))
                   .arg(text, QLocale().toString(double(counters.outageMs) / 1000.0, 'f', 1));
    m_stateLabel->setText(QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2")
                              .arg(colour.name(), text.toHtmlEscaped()));
    QStringList tip;
    if (m_session->sourceName().isEmpty())
        tip.append(tr("Not connected to an MQTT broker"));
    else if (m_session->isSimulator())
        tip.append(tr("Source: the built-in simulator"));
    else if (m_session->isReplay())
        tip.append(tr("Replaying the capture %1").arg(m_session->sourceName()));
    else if (!m_session->connectedProfiles().isEmpty())
        tip.append(tr("Connections: %1").arg(m_session->sourceName()));
    else
        tip.append(tr("Broker: %1").arg(QUrl(m_session->sourceName()).toDisplayString(QUrl::RemovePassword)));
    if (counters.disconnects > 0)
        tip.append(tr("Connection lost %n time(s), %1 s without broker in all; %2 messages sent again were "
                      "stored once",
                      nullptr, int(counters.disconnects))
                       .arg(QLocale().toString(double(counters.outageMs) / 1000.0, 'f', 1),
                            QLocale().toString(counters.duplicates)));
    if (!m_session->errorText().isEmpty())
        tip.append(tr("Last error: %1").arg(m_session->errorText()));
    m_stateLabel->setToolTip(tip.join(u'\n'));

    const bool active = m_session->isActive();
    m_disconnectAction->setEnabled(active);
    m_connectProfilesAction->setEnabled(!m_project->connections().isEmpty());
    m_trustAction->setEnabled(m_session->isTrustRequired());
    m_recordAction->setEnabled(active || m_session->isRecording());
    if (m_trustBar && (!active || !m_session->isTrustRequired()))
        m_trustBar->hide();
}

void LiveControls::updateStatistics()
{
    const LiveSession::Counters c = m_session->counters();
    const QLocale locale;
    m_rateLabel->setText(m_session->isActive() ? tr("%1 msg/s").arg(locale.toString(m_session->messageRate(), 'f', 0))
                                               : QString());
    m_rateLabel->setToolTip(tr("Messages per second over the last second\n"
                               "received %1, malformed %2, unbound %3, dropped %4\n"
                               "function invocations %5, failed %6, notifications %7")
                                .arg(locale.toString(c.received), locale.toString(c.malformed),
                                     locale.toString(c.unbound), locale.toString(c.dropped),
                                     locale.toString(c.functionsRun), locale.toString(c.functionFailures),
                                     locale.toString(c.notifications)));
    const bool recording = m_session->isRecording();
    m_recordAction->setChecked(recording);
    m_recordLabel->setVisible(recording);
    if (recording) {
        m_recordLabel->setText(QStringLiteral("<span style=\"color:#c01c28\">\u25CF</span> %1")
                                   .arg(tr("REC %1").arg(locale.toString(m_session->recordedCount()))));
        m_recordLabel->setToolTip(tr("Recording the raw messages of this session to a capture file"));
    }
    // The state's tooltip carries the latest error, which may change without the state;
    // after an outage its text carries the outage time.
    if (m_session->state() != LiveSession::State::Connected || c.disconnects > 0)
        updateState();
}

void LiveControls::showTrustBar()
{
    m_trustAction->setEnabled(true);
    if (!m_trustBar) {
        m_trustBar = new QToolBar(tr("Trust"), m_window);
        m_trustBar->setObjectName(QStringLiteral("TrustBar"));
        m_trustBar->setMovable(false);
        m_trustBar->setFloatable(false);
        m_trustBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *label = new QLabel(tr("This project contains functions from another source. Trust and run them?"),
                                 m_trustBar);
        label->setContentsMargins(8, 0, 8, 0);
        m_trustBar->addWidget(label);
        QAction *yes = m_trustBar->addAction(tr("Trust and Run"), this, &LiveControls::trust);
        yes->setObjectName(QStringLiteral("TrustAndRun"));
        QAction *no = m_trustBar->addAction(tr("Not Now"), m_trustBar, &QWidget::hide);
        no->setObjectName(QStringLiteral("NotNow"));
        m_window->addToolBar(Qt::TopToolBarArea, m_trustBar);
    }
    m_trustBar->show();
}

void LiveControls::trust()
{
    QString error;
    if (!m_session->trustFunctions(&error)) {
        QMessageBox::warning(m_window, tr("Trust Project Functions"),
                             tr("The trust could not be remembered: %1").arg(error));
        return;
    }
    if (m_trustBar)
        m_trustBar->hide();
    m_trustAction->setEnabled(false);
}

} // namespace twin::ui
