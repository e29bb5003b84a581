// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionfindbar.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace twin::ui {

FunctionFindBar::FunctionFindBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("FunctionFindBar"));
    m_find->setObjectName(QStringLiteral("FindText"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("ReplaceText"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(tr("Find Next"), this);
    auto *replaceButton = new QPushButton(tr("Replace"), this);
    auto *all = new QPushButton(tr("Replace All"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_find, 2);
    layout->addWidget(next);
    layout->addWidget(m_replace, 2);
    layout->addWidget(replaceButton);
    layout->addWidget(all);
    layout->addWidget(m_case);
    layout->addWidget(m_status, 1);
    layout->addWidget(close);

    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        findNext(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(replaceButton, &QPushButton::clicked, this, &FunctionFindBar::replace);
    connect(m_replace, &QLineEdit::returnPressed, this, &FunctionFindBar::replace);
    connect(all, &QPushButton::clicked, this, &FunctionFindBar::replaceAll);
    connect(close, &QPushButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, close, &QPushButton::click);
    addAction(escape);
    hide();
}

void FunctionFindBar::openFind()
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FunctionFindBar::openReplace()
{
    openFind();
    if (!m_find->text().isEmpty()) {
        m_replace->setFocus();
        m_replace->selectAll();
    }
}

void FunctionFindBar::say(const QString &text)
{
    m_status->setText(text);
}

bool FunctionFindBar::findNext(bool backwards)
{
    if (m_find->text().isEmpty())
        return false;
    int line = 0, index = 0;
    if (backwards && m_editor->hasSelectedText()) {
        // Start before the selected match, not at its end.
        int toLine = 0, toIndex = 0;
        m_editor->getSelection(&line, &index, &toLine, &toIndex);
    } else {
        m_editor->getCursorPosition(&line, &index);
    }
    const bool found = m_editor->findFirst(m_find->text(), false, m_case->isChecked(), false, true, !backwards, line,
                                           index, true);
    say(found ? QString() : tr("Not found"));
    return found;
}

bool FunctionFindBar::replace()
{
    const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (m_editor->hasSelectedText() && m_editor->selectedText().compare(m_find->text(), cs) == 0 && !m_editor->isReadOnly())
        m_editor->replaceSelectedText(m_replace->text());
    return findNext();
}

int FunctionFindBar::replaceAll()
{
    if (m_find->text().isEmpty() || m_editor->isReadOnly())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    for (bool found = m_editor->findFirst(m_find->text(), false, m_case->isChecked(), false, false, true, 0, 0, false);
         found; found = m_editor->findNext()) {
        m_editor->replace(m_replace->text());
        ++count;
    }
    m_editor->endUndoAction();
    say(tr("%n replaced", nullptr, count));
    return count;
}

} // namespace twin::ui
