// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiondebugpanel.h"

#include "functioncodeeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace twin::ui {

FunctionDebugPanel::FunctionDebugPanel(FunctionCodeEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_where(new QLabel(this))
    , m_locals(new QTreeWidget(this))
    , m_message(new QLineEdit(this))
    , m_step(new QPushButton(tr("Step"), this))
    , m_continue(new QPushButton(tr("Continue"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("FunctionDebugPanel"));
    m_locals->setObjectName(QStringLiteral("FunctionLocals"));
    m_locals->setColumnCount(2);
    m_locals->setHeaderLabels({tr("Name"), tr("Value")});
    m_locals->setRootIsDecorated(false);
    m_locals->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_step->setToolTip(tr("Run to the next statement"));
    m_continue->setToolTip(tr("Run to the next breakpoint or the end"));
    m_stop->setToolTip(tr("End the debug run"));
    m_where->setText(tr("Click the margin left of a line for a breakpoint, Shift+click for one with a "
                        "condition, then debug a value or recorded history."));
    m_where->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("DebugMessage"));
    m_message->setPlaceholderText(tr("the triggering message's payload"));
    m_message->setToolTip(tr("Edit the payload of the message being processed; Step or Continue goes on with it"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_step);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_where);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(new QLabel(tr("Message:"), this));
    messageRow->addWidget(m_message, 1);
    layout->addLayout(messageRow);
    layout->addWidget(m_locals, 1);

    connect(m_step, &QPushButton::clicked, this, [this] { goOn(true); });
    connect(m_continue, &QPushButton::clicked, this, [this] { goOn(false); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_debugger.stop();
        m_editor->showLine(0);
        m_locals->clear();
        updateButtons();
    });
    connect(&m_debugger, &FunctionDebugger::paused, this, &FunctionDebugPanel::showPaused);
    connect(&m_debugger, &FunctionDebugger::finished, this, [this] {
        m_editor->showLine(0);
        m_where->setText(tr("The run finished."));
        updateButtons();
        emit finished(m_debugger.results());
    });
    connect(m_editor, &FunctionCodeEditor::breakpointsChanged, this, [this] {
        const QMap<int, QString> now = m_editor->breakpoints();
        for (int line : m_debugger.breakpoints().keys()) {
            if (!now.contains(line))
                m_debugger.removeBreakpoint(line);
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            m_debugger.setBreakpoint(it.key(), it.value());
    });
    updateButtons();
}

QString FunctionDebugPanel::where() const
{
    return m_where->text();
}

bool FunctionDebugPanel::start(const Project &project, const FunctionDefinition &function,
                               const QList<QJsonObject> &messages, QString *error)
{
    for (int line : m_debugger.breakpoints().keys())
        m_debugger.removeBreakpoint(line);
    const QMap<int, QString> breakpoints = m_editor->breakpoints();
    for (auto it = breakpoints.cbegin(); it != breakpoints.cend(); ++it)
        m_debugger.setBreakpoint(it.key(), it.value());
    m_locals->clear();
    if (!m_debugger.start(project, function, messages, error))
        return false;
    m_where->setText(tr("Running over %n message(s)…", nullptr, int(messages.size())));
    updateButtons();
    return true;
}

void FunctionDebugPanel::showPaused(int line)
{
    m_editor->showLine(line);
    const QJsonObject message = m_debugger.currentMessage();
    m_where->setText(tr("Paused at line %1, message of %2: %3")
                         .arg(line)
                         .arg(message.value(QStringLiteral("SensorId")).toString(),
                              message.value(QStringLiteral("Message")).toString()));
    m_message->setText(message.value(QStringLiteral("Message")).toString());
    m_locals->clear();
    const QJsonObject locals = m_debugger.locals();
    for (auto it = locals.begin(); it != locals.end(); ++it)
        m_locals->addTopLevelItem(new QTreeWidgetItem(QStringList{it.key(), it.value().toString()}));
    updateButtons();
}

void FunctionDebugPanel::goOn(bool step)
{
    if (!m_debugger.isPaused())
        return;
    if (m_message->text() != m_debugger.currentMessage().value(QStringLiteral("Message")).toString()) {
        QString why;
        if (!m_debugger.editMessage(m_message->text(), &why)) {
            m_where->setText(tr("The edited message cannot be used: %1").arg(why));
            return;
        }
    }
    if (step)
        m_debugger.step();
    else
        m_debugger.resume();
    m_editor->showLine(0);
    m_locals->clear();
    updateButtons();
}

void FunctionDebugPanel::updateButtons()
{
    const bool paused = m_debugger.isPaused();
    m_step->setEnabled(paused);
    m_continue->setEnabled(paused);
    m_message->setEnabled(paused);
    if (!paused)
        m_message->clear();
    m_stop->setEnabled(m_debugger.isRunning());
}

} // namespace twin::ui
