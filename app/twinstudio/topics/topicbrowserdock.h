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
 * The topic browser: every topic the live session has seen, per connection a tree of levels, with
 * counts, rates, retained flags, binding state and the last payload; the selected topic's
 * payload pretty-printed with what changed highlighted. A value of it binds to a twin
 * ("Bind to…", BindingPickerDialog).
 *
 * While the dock is shown, the session also subscribes to the browse filter ("#" by
 * default) so that unbound topics show. What arrived is pulled from the session's topic
 * catalogue on the session's tick, time-sliced: a slice takes as many changed topics as
 * its SliceCpuMs of the GUI thread's CPU time allow (judged by what the last slices cost
 * per topic) and puts them into the tree in one model update; the next slice of the same
 * tick runs after the events waiting (input, paints) were handled, until the tick has
 * spent TickCpuMs or taken MaxTopicsPerTick changed topics. CPU time, not wall time: on
 * a busy machine a slice that was kept off the core still gets its share done.
 */
class TopicBrowserDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Changed topics taken into the tree per tick at most; the rest follow on the next ticks.
    static constexpr int MaxTopicsPerTick = 10000;
    /// Changed topics a slice takes at least (while any wait).
    static constexpr int ChunkTopics = 100;
    /// The GUI thread's CPU time one slice may use (ms) before it lets events through.
    static constexpr int SliceCpuMs = 2;
    /// The GUI thread's CPU time the slices of one tick may use together (ms).
    static constexpr int TickCpuMs = 12;

    TopicBrowserDock(Project *project, LiveSession *session, TwinSelection *selection, QWidget *parent = nullptr);

    TopicTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    PayloadView *payloadView() const { return m_payload; }
    /// Selects \a topic of \a connection in the tree; false when it is not shown.
    bool selectTopic(const QString &topic, const QString &connection = {});
    QString currentTopic() const { return m_topic; }
    QString currentConnection() const { return m_connection; }
    /// Takes what the session's catalogue has new (called on every session tick): one
    /// slice now, the others queued.
    void refresh();
    /// The longest slice so far, in ms (the benchmark's figure).
    double longestRefreshMs() const { return double(m_longestRefreshNs) / 1e6; }
    /// Changed topics left in the catalogue after the last slice.
    int backlog() const { return m_backlog; }
    /// Slices run so far (each one model update).
    int slicesRun() const { return m_slices; }

    /// Opens the binding picker for the picked field of the current topic.
    void bindField(const QString &pointer);
    /// Opens the bindings table.
    void showBindings();

private:
    /// One slice of a tick's work.
    void slice();
    void showTopic(const QString &topic, const QString &connection);
    void updatePayload();
    void updateStatus();
    void applyBrowseFilter();
    /// Sizes the columns: the narrow ones to their titles and values, the topic column to
    /// what is left of the dock.
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    QString m_connection;
    quint64 m_generation = 0;
    int m_tickLeft = 0;        ///< changed topics this tick may still take
    qint64 m_tickCpuLeftNs = 0; ///< CPU time this tick's slices may still use
    qint64 m_nsPerTopic = 20000; ///< what a changed topic cost the last slices (CPU ns)
    int m_backlog = 0;
    int m_slices = 0;
    bool m_slicePending = false;
    QElapsedTimer m_clock;
    qint64 m_longestRefreshNs = 0;
};

} // namespace twin::ui
