// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/liveplanoverlay.h"

#include <QWidget>

class QAction;
class QComboBox;
class QQuickItem;
class QQuickWidget;
class QSlider;

namespace twin {
class LiveSession;
class LiveValueFeed;
class NotificationModel;
class Project;
class TwinSelection;
}

namespace twin::view3d {
class BuildingScene;
class NotificationBadges;
class RoomColouring;
}

namespace twin::ui {

class EmptyHint;

/**
 * The 3D tab: the building drawn by Qt Quick 3D (qml/views/BuildingView.qml) over a
 * BuildingScene, live colours through a RoomColouring, and the window's TwinSelection
 * shown and changed here (docs/selection.md). A toolbar fits the view, focuses the
 * selection, picks the floors shown and spreads them apart.
 *
 * The Quick scene is made when the tab is first shown, and only on a platform that can
 * draw it (not "offscreen"); the scene and its colours exist from the start.
 */
class BuildingView3D : public QWidget
{
    Q_OBJECT

public:
    BuildingView3D(Project *project, TwinSelection *selection, QWidget *parent = nullptr);
    ~BuildingView3D() override;

    view3d::BuildingScene *scene() const { return m_scene; }
    view3d::RoomColouring *colouring() const { return m_colouring; }
    view3d::NotificationBadges *badges() const { return m_badges; }
    /// The Quick widget, once the tab has been shown on a display; else null.
    QQuickWidget *quickWidget() const { return m_quick; }
    /// BuildingView.qml's root item, once the Quick widget exists.
    QQuickItem *rootItem() const;

    void followLiveSession(LiveSession *session);
    /// Colours rooms by the values of \a feed from now on (live, or a moment from history).
    void setValueFeed(const LiveValueFeed *feed);
    /// Shows a badge over each room with notifications in \a model.
    void followNotifications(NotificationModel *model);
    void setTint(LivePlanOverlay::Tint tint);
    /// Colours rooms by the project's colour rule for \a valueName (as the plan does).
    bool colourByRule(const QString &valueName);
    /// Moves the camera to show the whole building.
    void fitAll();
    /// Moves the camera to \a twinId with a short animation.
    void focusTwin(const QString &twinId);

protected:
    void showEvent(QShowEvent *event) override;

private slots:
    /// BuildingView.qml's twinClicked: a click on \a id (empty: the background).
    void onTwinClicked(const QString &id, int modifiers);

private:
    void createQuickView();
    void showSelection();
    void updateFloorChoices();
    void applyFloorChoice();

    Project *const m_project;
    TwinSelection *const m_selection;
    view3d::BuildingScene *const m_scene;
    view3d::RoomColouring *const m_colouring;
    view3d::NotificationBadges *const m_badges;
    QWidget *m_stage = nullptr;
    EmptyHint *m_emptyHint = nullptr; ///< shown while the project has no floor
    QQuickWidget *m_quick = nullptr;
    QComboBox *m_floors = nullptr;
    QSlider *m_explode = nullptr;
    bool m_reporting = false; ///< set while this view changes the selection itself
    bool m_fitted = false;
    bool m_noDisplay = false; ///< the platform cannot draw Quick 3D
};

} // namespace twin::ui
