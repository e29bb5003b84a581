// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondebugger.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace twin::ui {

class FunctionCodeEditor;

/**
 * The debugger of the Functions tab: runs the edited text over given messages with the
 * editor's breakpoints (FunctionDebugger, on a worker thread: the window stays
 * responsive); when it pauses, the editor highlights the line and the panel shows where,
 * the message and the locals; Step, Continue and Stop go on, with the triggering message's
 * payload as the user edited it meanwhile.
 */
class FunctionDebugPanel : public QWidget
{
    Q_OBJECT

public:
    FunctionDebugPanel(FunctionCodeEditor *editor, QWidget *parent = nullptr);

    FunctionDebugger *debugger() { return &m_debugger; }
    QTreeWidget *locals() const { return m_locals; }
    /// The triggering message's payload, editable while paused.
    QLineEdit *message() const { return m_message; }
    QString where() const;

    bool start(const Project &project, const FunctionDefinition &function, const QList<QJsonObject> &messages,
               QString *error);

signals:
    /// The run ended; its invocations, with traces.
    void finished(const QList<twin::InvocationResult> &results);

private:
    void showPaused(int line);
    void updateButtons();
    /// Step or Continue: hands over an edited payload first; false (said) when it does not fit.
    void goOn(bool step);

    FunctionCodeEditor *const m_editor;
    FunctionDebugger m_debugger;
    QLabel *m_where;
    QTreeWidget *m_locals;
    QLineEdit *m_message;
    QPushButton *m_step;
    QPushButton *m_continue;
    QPushButton *m_stop;
};

} // namespace twin::ui
