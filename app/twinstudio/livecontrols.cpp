// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecontrols.h"

#include "functionsdock.h"
#include "notificationsdock.h"

#include "live/livesession.h"

#include <QAction>
#include <QColor>
#include <QDateTime>
#include <QDir>
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
                                         tr("Run &Simulator"), this, [this] { m_session->runSimulator(); });
    m_simulateAction->setToolTip(tr("Simulated telemetry for every sensor of the project, without a broker"));
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
    updateState();
    updateStatistics();
}

LiveControls::~LiveControls() = default;

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
    if (!full.password().isEmpty()) {
        m_passwords.insert(shown, full.password());
    } else if (!full.userName().isEmpty()) {
        QString password = m_passwords.value(shown);
        if (password.isEmpty()) {
            bool ok = false;
            password = QInputDialog::getText(m_window, tr("Connect to Broker"),
                                             tr("Password for %1 at %2:").arg(full.userName(), full.host()),
                                             QLineEdit::Password, QString(), &ok);
            if (!ok)
                return;
            m_passwords.insert(shown, password);
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
    updateStatistics();
    return true;
}

void LiveControls::stopRecording()
{
    QString error;
    if (!m_session->stopRecording(&error))
        QMessageBox::warning(m_window, tr("Record to File"), error);
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
                                                      QDir::home().filePath(QStringLiteral("session-%1.capture").arg(stamp)),
                                                      tr("Captures (*.capture);;All files (*)"));
    if (path.isEmpty() || !startRecording(path))
        m_recordAction->setChecked(false);
}

void LiveControls::askForCapture()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Replay Capture"), QString(),
                                                      tr("Captures (*.capture);;All files (*)"));
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
