// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QToolBar;

namespace twin {
class LiveSession;
class Project;
struct ConnectionProfile;
}

namespace twin::ui {

class ConnectionStatus;
class ConnectionsDialog;
class FunctionsDock;
class NotificationsDock;
class SecretStore;

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

    /// Asks for a password: (title, label, ok) → the password; a test replaces the dialog.
    using PasswordPrompt = std::function<QString(const QString &title, const QString &label, bool *ok)>;

    /// Connects to \a url and remembers it, without its password, first among the recent
    /// brokers. A password goes to the SecretStore (the keychain, or memory for this run);
    /// a URL with a user name and no password takes the one kept there, or asks for it.
    void connectToBroker(const QString &url);
    /// Connects to the project's connection profiles \a ids at once (and the simulator
    /// beside them with \a simulator); each password or key passphrase comes from the
    /// SecretStore or is asked for once. A profile whose password is not given is left out.
    void connectProfiles(const QStringList &ids, bool simulator = false);
    /// Adds the profile \a id to the running connections (or starts with it alone).
    void connectProfile(const QString &id);
    /// Disconnects the profile \a id; the other sources of the run go on.
    void disconnectProfile(const QString &id);
    /// Live → Connections (kept open beside the window).
    ConnectionsDialog *showConnections();
    SecretStore *secrets() const { return m_secrets; }
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
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
    void runSimulator();
    /// The password and key passphrase \a profile needs (kept or asked for); false when
    /// the user cancelled.
    bool secretsFor(const ConnectionProfile &profile, QVariantMap *secrets);
    /// The secret under \a key, asked for with \a title and \a label when none is kept.
    bool secretFor(const QString &key, const QString &title, const QString &label, QString *secret);
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
    QString m_recordingPath; ///< the capture being recorded, for the messages about it
    QAction *m_replayAction = nullptr;
    QLabel *m_recordLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QToolBar *m_trustBar = nullptr;
    NotificationsDock *m_notificationsDock = nullptr;
    FunctionsDock *m_functionsDock = nullptr;
    QAction *m_connectionsAction = nullptr;
    QAction *m_connectProfilesAction = nullptr;
    ConnectionStatus *m_connectionStatus = nullptr;
    QPointer<ConnectionsDialog> m_connectionsDialog;
    SecretStore *m_secrets = nullptr;
    PasswordPrompt m_prompt;
    Project *const m_project;
};

} // namespace twin::ui
