// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QToolBar;

namespace twin {
class LiveSession;
class Project;
}

namespace twin::ui {

class FunctionsDock;
class NotificationsDock;

/**
 * The live telemetry part of the main window, over one LiveSession of its project: the
 * Live menu (connect to a broker, run the simulator, disconnect), the broker state and
 * message rate in the status bar, the Notifications and Functions docks, and the bar that
 * asks whether to trust a project's functions.
 */
class LiveControls : public QObject
{
    Q_OBJECT

public:
    /// Adds the docks and the status bar widgets to \a window.
    LiveControls(Project *project, QMainWindow *window);
    ~LiveControls() override;

    LiveSession *session() const { return m_session; }
    QMenu *menu() const { return m_menu; }
    NotificationsDock *notificationsDock() const { return m_notificationsDock; }
    FunctionsDock *functionsDock() const { return m_functionsDock; }

    /// Connects to \a url and remembers it, without its password, first among the recent
    /// brokers. A password is kept in memory for this run only; a URL with a user name and
    /// no password takes the one given earlier in this run, or asks for it.
    void connectToBroker(const QString &url);
    /// Records the running session's raw messages to \a path (Live → Record); shows why not.
    bool startRecording(const QString &path);
    void stopRecording();
    /// Replays the capture \a path at \a speed (0: as fast as possible).
    void replayCapture(const QString &path, double speed);
    /// The broker URLs used last, newest first, never with a password.
    static QStringList recentBrokers();
    /// Whether \a url names a broker (mqtt://, mqtts://, tcp:// or ssl:// with a host).
    static bool isBrokerUrl(const QString &url);

private:
    void askForBroker();
    void askForRecording(bool start);
    void askForCapture();
    void updateState();
    void updateStatistics();
    void showTrustBar();
    void trust();

    QMainWindow *const m_window;
    LiveSession *const m_session;
    QMenu *m_menu = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_simulateAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_trustAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_replayAction = nullptr;
    QLabel *m_recordLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QToolBar *m_trustBar = nullptr;
    NotificationsDock *m_notificationsDock = nullptr;
    FunctionsDock *m_functionsDock = nullptr;
    QHash<QString, QString> m_passwords; ///< URL without password → password, this run only
};

} // namespace twin::ui
