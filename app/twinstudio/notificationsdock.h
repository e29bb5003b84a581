// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace twin {
class AlertFilterModel;
class NotificationTimeFilter;
class NotificationModel;
}

namespace twin::ui {

class EmptyHint;

/**
 * The alerts panel: the notifications and alerts functions and alert rules raise, newest
 * first, with their severity and state (open → acknowledged → cleared). Filters by
 * severity, state, twin and text; acknowledges the selected alerts with a comment;
 * counts the alerts not cleared per severity for the status bar (countsLabel()).
 */
class NotificationsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotificationsDock(NotificationModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    AlertFilterModel *filter() const { return m_filter; }
    /// Shows only the notifications raised at or before \a ms (the time cursor's moment);
    /// a negative \a ms shows every one.
    void showUntil(qint64 ms);
    /// Open alerts per severity, for the status bar.
    QLabel *countsLabel() const { return m_counts; }

    /// Acknowledges the selected alerts with \a comment as the current user; false with a
    /// message in the status bar when one could not be stored.
    bool acknowledgeSelected(const QString &comment);
    /// Clears the selected alerts.
    bool clearSelected();

signals:
    /// A notification was double-clicked: show \a twinId, the twin it is about.
    void twinActivated(const QString &twinId);
    /// Something the user should read (in the status bar).
    void message(const QString &text);

private:
    QWidget *createFilterBar();
    void acknowledgeInteractive();
    QList<int> selectedRows() const;
    void updateTitle();
    void updateButtons();

    NotificationModel *const m_model;
    NotificationTimeFilter *const m_until;
    AlertFilterModel *const m_filter;
    QTreeView *const m_view;
    QComboBox *m_severity = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_twin = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_acknowledge = nullptr;
    QToolButton *m_clearAlert = nullptr;
    QLabel *m_counts = nullptr;
    EmptyHint *m_emptyHint = nullptr; ///< over the list while it has no rows
};

} // namespace twin::ui
