// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTreeView;

namespace twin {
class NotificationModel;
}

namespace twin::ui {

/// The notifications functions raise (sendNotification, Notify()), newest first.
class NotificationsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotificationsDock(NotificationModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

signals:
    /// A notification was double-clicked: show \a twinId, the twin it is about.
    void twinActivated(const QString &twinId);

private:
    void updateTitle();

    NotificationModel *const m_model;
    QTreeView *const m_view;
};

} // namespace twin::ui
