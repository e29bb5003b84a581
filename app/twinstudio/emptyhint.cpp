// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptyhint.h"

#include <QEvent>

namespace twin::ui {

EmptyHint::EmptyHint(const QString &text, QWidget *over)
    : QLabel(text, over)
{
    setObjectName(QStringLiteral("EmptyHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(fontMetrics().height());
    setEnabled(false); // grey, as the dashboard's and the charts' hints
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setGeometry(over->rect());
    over->installEventFilter(this);
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace twin::ui
