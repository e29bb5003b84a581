// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadview.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>

namespace twin::ui {

PayloadView::PayloadView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("PayloadView"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setToolTip(tr("The last payload; changed values are highlighted. Click a value to pick it, "
                  "double-click or right-click to bind it to a twin."));
}

void PayloadView::setPayload(const QByteArray &payload, const QByteArray &previous)
{
    m_lines = PayloadLayout::layout(payload, previous);
    QStringList texts;
    texts.reserve(m_lines.size());
    for (const PayloadLine &l : std::as_const(m_lines))
        texts.append(l.text);
    // A new payload keeps the reader's place.
    const int scroll = verticalScrollBar()->value();
    setPlainText(texts.join(u'\n'));
    verticalScrollBar()->setValue(scroll);
    if (m_picked && !pickField(m_field))
        m_picked = false;
    updateHighlights();
}

bool PayloadView::pickField(const QString &pointer)
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).scalar && m_lines.at(i).pointer == pointer) {
            m_field = pointer;
            m_picked = true;
            updateHighlights();
            return true;
        }
    }
    return false;
}

void PayloadView::pickLine(int line)
{
    if (line < 0 || line >= m_lines.size() || !m_lines.at(line).scalar)
        return;
    m_field = m_lines.at(line).pointer;
    m_picked = true;
    updateHighlights();
    emit fieldPicked(m_field);
}

void PayloadView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < m_lines.size(); ++i) {
        const PayloadLine &l = m_lines.at(i);
        const bool picked = m_picked && l.scalar && l.pointer == m_field;
        if (!l.changed && !picked)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document()->findBlockByNumber(i));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.format.setBackground(picked ? QColor(0xc8, 0xdc, 0xff) : QColor(0xff, 0xf0, 0xa8));
        selections.append(s);
    }
    setExtraSelections(selections);
}

void PayloadView::mousePressEvent(QMouseEvent *event)
{
    QPlainTextEdit::mousePressEvent(event);
    pickLine(cursorForPosition(event->position().toPoint()).blockNumber());
}

void PayloadView::mouseDoubleClickEvent(QMouseEvent *event)
{
    pickLine(cursorForPosition(event->position().toPoint()).blockNumber());
    if (m_picked)
        emit bindRequested(m_field);
}

void PayloadView::contextMenuEvent(QContextMenuEvent *event)
{
    pickLine(cursorForPosition(event->pos()).blockNumber());
    QMenu menu(this);
    QAction *bind = menu.addAction(tr("Bind to…"), this, [this] { emit bindRequested(m_field); });
    bind->setEnabled(m_picked);
    menu.addSeparator();
    menu.addAction(tr("Copy"), this, &QPlainTextEdit::copy)->setEnabled(textCursor().hasSelection());
    menu.exec(event->globalPos());
}

} // namespace twin::ui
