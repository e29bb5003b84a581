// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondebugger.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace twin::ui {

class FunctionCodeEditor;

/**
 * The debugger of the Functions tab: runs the edited text over given messages with the
 * editor's breakpoints (FunctionDebugger, on a worker thread: the window stays
 * responsive); when it pauses, the editor highlights the line and the panel shows where,
 * the message and the locals; Step, Continue and Stop go on.
 */
class FunctionDebugPanel : public QWidget
{
    Q_OBJECT

public:
    FunctionDebugPanel(FunctionCodeEditor *editor, QWidget *parent = nullptr);

    FunctionDebugger *debugger() { return &m_debugger; }
    QTreeWidget *locals() const { return m_locals; }
    QString where() const;

    bool start(const Project &project, const FunctionDefinition &function, const QList<QJsonObject> &messages,
               QString *error);

signals:
    /// The run ended; its invocations, with traces.
    void finished(const QList<twin::InvocationResult> &results);

private:
    void showPaused(int line);
    void updateButtons();

    FunctionCodeEditor *const m_editor;
    FunctionDebugger m_debugger;
    QLabel *m_where;
    QTreeWidget *m_locals;
    QPushButton *m_step;
    QPushButton *m_continue;
    QPushButton *m_stop;
};

} // namespace twin::ui
