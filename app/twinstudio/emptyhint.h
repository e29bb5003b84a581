// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace twin::ui {

/**
 * What to do first, written in grey across a view that has nothing to show yet (the plan
 * of a project without floors, the topology without twins). It covers the widget it is
 * given, follows its size, and lets the mouse through to it.
 */
class EmptyHint : public QLabel
{
    Q_OBJECT

public:
    EmptyHint(const QString &text, QWidget *over);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace twin::ui
