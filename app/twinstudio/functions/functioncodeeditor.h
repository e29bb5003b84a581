// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondiagnostics.h"

#include <Qsci/qsciscintilla.h>

#include <QFutureWatcher>
#include <QMap>
#include <QTimer>

class QsciAPIs;
class QsciLexerJavaScript;

namespace twin::ui {

/**
 * The source editor of a function: QScintilla with its JavaScript lexer, line numbers,
 * folding, brace matching, auto-indent and colours from the application palette;
 * completion and call tips from FunctionApiDescription (plus the project's names
 * given to setExtraCompletions(): twin ids, data types); diagnostics as the user types, computed off
 * the GUI thread once typing pauses, shown as a margin marker, an underline and a note
 * under the line; the current line of a trace or debugger highlighted.
 */
class FunctionCodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit FunctionCodeEditor(QWidget *parent = nullptr);
    ~FunctionCodeEditor() override;

    /// The name errors are reported under ("NAME.js").
    void setFunctionName(const QString &name) { m_functionName = name; }
    /// Completion words besides the API's (twin ids, data types, property names).
    void setExtraCompletions(const QStringList &words);

    /// The diagnostics of the text as last checked, and the live run's errors.
    const QList<FunctionDiagnostic> &diagnostics() const { return m_diagnostics; }
    /// Lines (from 1) with an error or warning marker.
    QList<int> markedLines() const;
    /// Errors of the live run (their line and a message that says how often), shown with
    /// the diagnostics until replaced.
    void setRuntimeErrors(const QList<FunctionDiagnostic> &errors);
    /// Checks now instead of after the typing pause (tests, and after loading a source).
    void checkNow();

    /// Breakpoints: line (from 1) → condition (a JavaScript expression; empty: always).
    /// A click in the marker margin toggles one; Shift+click asks for a condition.
    /// Lines follow the text as it is edited.
    QMap<int, QString> breakpoints() const;
    void setBreakpoint(int line, const QString &condition = QString());
    void removeBreakpoint(int line);

    /// Highlights line \a line (from 1) and puts the caret there; 0 clears the highlight.
    void showLine(int line);
    int highlightedLine() const { return m_highlightedLine; }
    bool areCompletionsReady() const { return m_completionsReady; }

signals:
    /// The diagnostics of the current text are in.
    void diagnosticsChanged();
    void breakpointsChanged();
    /// The completion list is ready (it is prepared off the GUI thread).
    void completionsReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void startCheck();
    void showDiagnostics(const QList<FunctionDiagnostic> &diagnostics);

    QsciLexerJavaScript *m_lexer;
    QsciAPIs *m_apis;
    QString m_functionName = QStringLiteral("function");
    QTimer m_debounce;
    QFutureWatcher<QList<FunctionDiagnostic>> m_watcher;
    quint64 m_checkedRevision = 0;
    quint64 m_revision = 0;
    bool m_recheck = false;
    QList<FunctionDiagnostic> m_diagnostics;
    QList<FunctionDiagnostic> m_runtimeErrors;
    void toggleBreakpoint(int line, Qt::KeyboardModifiers modifiers);

    QMap<int, QString> m_breakpoints;
    int m_highlightedLine = 0;
    void prepareCompletions();

    bool m_completionsReady = false;
    bool m_preparing = false;        ///< QsciAPIs is preparing on its thread: its list must not change
    bool m_preparePending = false;   ///< the words changed meanwhile
    QStringList m_extraWords;
};

} // namespace twin::ui
