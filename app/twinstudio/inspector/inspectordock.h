// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace twin {
class InspectorModel;
class LiveSession;
class LiveValueFeed;
class Project;
}

namespace twin::ui {

/// The property inspector: the selected twin's properties, telemetry, components and
/// relationships (an InspectorModel), edited in place; adds and removes relationships.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(Project *project, QWidget *parent = nullptr);

    InspectorModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /// Shows the twin with \a id (empty: none).
    void setTwin(const QString &id);
    /// Asks for a relationship the twin's model allows and adds it.
    void addRelationship();
    /// Removes the relationship on the current row.
    void removeRelationship();
    /// Shows the latest values of \a session's points on the Telemetry rows and what its
    /// functions compute in the Computed section, and forgets them when it disconnects.
    void followLiveSession(LiveSession *session);
    /// Shows the values of \a feed from now on (live, or a moment from history).
    void setValueFeed(const LiveValueFeed *feed);

signals:
    /// The user asked to chart telemetry \a name of \a twinId (unit: a symbol).
    void chartRequested(const QString &twinId, const QString &name, const QString &unit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Sizes the name column to its names, up to a share of the width, unless the user
    /// has sized it.
    void fitNameColumn();
    void updateHeader();
    void updateButtons();
    void showError(const QString &message);

    Project *const m_project;
    InspectorModel *const m_model;
    QLabel *const m_title;
    QTreeView *const m_view;
    QPushButton *const m_add;
    QPushButton *const m_remove;
    QLabel *const m_message;
    bool m_nameSizedByUser = false; ///< the user dragged the name column: keep its width
    bool m_fitting = false;         ///< the name column is being sized by fitNameColumn()
};

} // namespace twin::ui
