// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QElapsedTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace twin {
class LiveSession;
class Project;
class TopicTreeModel;
class TwinSelection;
}

namespace twin::ui {

class PayloadView;

/**
 * The topic browser: every topic the live session has seen, as a tree of levels, with
 * counts, rates, retained flags, binding state and the last payload; the selected topic's
 * payload pretty-printed with what changed highlighted. A value of it binds to a twin
 * ("Bind to…", BindingPickerDialog).
 *
 * While the dock is shown, the session also subscribes to the browse filter ("#" by
 * default) so that unbound topics show. What arrived is pulled from the session's topic
 * catalogue once per session tick, a bounded amount per tick.
 */
class TopicBrowserDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Changed topics taken into the tree per tick at most; the rest follow on the next ticks.
    static constexpr int MaxTopicsPerTick = 500;

    TopicBrowserDock(Project *project, LiveSession *session, TwinSelection *selection, QWidget *parent = nullptr);

    TopicTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    PayloadView *payloadView() const { return m_payload; }
    /// Selects \a topic in the tree; false when it is not shown.
    bool selectTopic(const QString &topic);
    QString currentTopic() const { return m_topic; }
    /// Takes what the session's catalogue has new (called on every session tick).
    void refresh();
    /// The longest refresh() so far, in ms (the benchmark's figure).
    double longestRefreshMs() const { return double(m_longestRefreshNs) / 1e6; }

    /// Opens the binding picker for the picked field of the current topic.
    void bindField(const QString &pointer);
    /// Opens the bindings table.
    void showBindings();

private:
    void showTopic(const QString &topic);
    void updatePayload();
    void updateStatus();
    void applyBrowseFilter();

    Project *const m_project;
    LiveSession *const m_session;
    TwinSelection *const m_selection;
    TopicTreeModel *const m_model;
    QTreeView *const m_view;
    PayloadView *const m_payload;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_topicLabel = nullptr;
    QPushButton *m_bind = nullptr;
    QString m_topic;
    quint64 m_generation = 0;
    QElapsedTimer m_clock;
    qint64 m_longestRefreshNs = 0;
};

} // namespace twin::ui
