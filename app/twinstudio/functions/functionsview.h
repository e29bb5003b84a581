// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/invocationresult.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTreeView;

namespace twin {
class FunctionEditor;
class LiveValueFeed;
class FunctionStatusModel;
class Project;
class TwinSelection;
}

namespace twin::ui {

class FunctionCodeEditor;
class FunctionDebugPanel;
class FunctionFindBar;
class FunctionListModel;
class FunctionSettingsPanel;

/**
 * The Functions tab: the project's functions in a list (live counts from the session) and
 * the selected one in the code editor. Save stores the text as one undo step (an unsaved
 * text is marked); Run tests runs the function's test cases (FunctionTestRunner) and lists
 * pass or fail with the differences; a dry run feeds one typed value of a sensor through
 * the edited text on a copy of the values (nothing live is touched) and lists the trace:
 * every API call with its line, logs, values set and notifications. A problem or trace
 * entry that is clicked puts the caret on its line. Debug runs the edited text with its
 * breakpoints over one value, recorded history or the last live messages
 * (FunctionDebugPanel). Closing the window
 * with unsaved text asks whether to save it.
 */
class FunctionsView : public QWidget
{
    Q_OBJECT

public:
    FunctionsView(Project *project, FunctionStatusModel *status, QWidget *parent = nullptr);

    FunctionCodeEditor *editor() const { return m_editor; }
    QTreeView *list() const { return m_list; }
    QListWidget *trace() const { return m_trace; }
    QListWidget *problems() const { return m_problems; }
    QListWidget *testResults() const { return m_tests; }

    /// Asks for a new function's name, sensors and space (NewFunctionDialog), adds it as
    /// one undo step and opens it; false when cancelled or refused.
    bool newFunction();
    /// Deletes the function in the editor (one undo step) after asking; false when not.
    bool deleteFunction(bool ask = true);
    /// The function in the editor (empty: none).
    QString currentFunction() const { return m_current; }
    bool selectFunction(const QString &name);
    /// Whether the editor holds text that differs from the saved source.
    bool isModified() const;
    /// Stores the editor's text as the function's source (one undo step); false with why.
    bool save(QString *error = nullptr);
    /// Runs the current function's test cases; returns how many failed.
    int runTests();
    /// Dry run of the editor's text for one value of \a sensorId; false with why.
    bool dryRun(const QString &sensorId, const QString &message, QString *error = nullptr);
    /// Debug runs of the editor's text with its breakpoints: one value of a sensor, or the
    /// readings recorded for the function's subtree between two times (ms since the epoch).
    bool debugValue(const QString &sensorId, const QString &message, QString *error = nullptr);
    /// The history run takes the readings of the sensors of historyTwin()'s subtree (a twin
    /// picked from a filtered list; empty: the function's assigned twin).
    bool debugHistory(qint64 fromMs, qint64 toMs, QString *error = nullptr);
    QComboBox *historyTwin() const { return m_historyTwin; }
    /// Where the last live messages come from (LiveSession::recentMessages): the latest
    /// \a n, oldest first, of the sensors \a accept lets through.
    using RecentMessages = std::function<QList<QJsonObject>(int n, const std::function<bool(const QString &)> &accept)>;
    void setRecentMessages(RecentMessages source) { m_recentMessages = std::move(source); }
    /// The live values (LiveSession): a run over the last live messages starts with them.
    void setLiveValues(const LiveValueFeed *feed) { m_liveValues = feed; }
    /// A debug run over the last \a n live messages of the function's sensors, on a copy of
    /// the live values (so that sensors without a message in the run have theirs).
    bool debugRecent(int n, QString *error = nullptr);
    FunctionDebugPanel *debugPanel() const { return m_debug; }
    /// Assignment, enabled and matchers of the function (FunctionSettingsPanel).
    FunctionSettingsPanel *settings() const { return m_settings; }
    /// Find and replace in the editor (Ctrl+F, Ctrl+H).
    FunctionFindBar *findBar() const { return m_findBar; }
    /// The topology's selection, for assigning the function to the selected twin.
    void setSelection(TwinSelection *selection);
    /// Moves through the trace to the previous (\a step < 0) or next entry that has a line,
    /// highlighting it in the editor (Previous/Next Call, F7/F8); false at either end.
    bool stepTrace(int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Whether \a message has something to run; if not, says what to type and focuses the field.
    bool hasPayload(const QString &message, QString *error) const;
    /// A run that could not start: said in the trace, where its output would have been.
    void showRunError(const QString &why);
    /// Unsaved text: asks whether to save it; false when the user cancels.
    bool askToSave();
    void showFunction(const QString &name);
    /// The stored function changed (a save, its settings, an undo): the editor follows a
    /// changed source unless it holds unsaved text, which stays.
    void refreshFunction();
    void updateState();
    void showProblems();
    /// The live run's last error of the function, at its line with the failure count.
    void showRuntimeErrors();
    void addTrace(const InvocationResult &result);
    bool debug(const QList<QJsonObject> &messages, QString *error, const LiveValueFeed *start = nullptr);

    Project *const m_project;
    FunctionEditor *const m_functions;
    FunctionListModel *const m_model;
    QTreeView *m_list;
    FunctionCodeEditor *m_editor;
    QLabel *m_state;
    QLabel *m_editorHint = nullptr; ///< over the editor while no function is shown
    QAction *m_saveAction;
    QAction *m_revertAction;
    QAction *m_testAction;
    QAction *m_deleteAction = nullptr;
    TwinSelection *m_selection = nullptr; ///< the topology's, for a new function's space
    QAction *m_tracePrevious;
    QAction *m_traceNext;
    QComboBox *m_sensor;
    QLineEdit *m_message;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_historyTwin;
    QSpinBox *m_recentCount;
    RecentMessages m_recentMessages;
    const LiveValueFeed *m_liveValues = nullptr;
    QTabWidget *m_results;
    QListWidget *m_problems;
    QListWidget *m_trace;
    QListWidget *m_tests;
    FunctionDebugPanel *m_debug;
    FunctionSettingsPanel *m_settings;
    FunctionFindBar *m_findBar;
    QString m_current;
    QString m_savedSource;
    QObject *m_watchedWindow = nullptr;
};

} // namespace twin::ui
