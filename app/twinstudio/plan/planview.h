// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QContextMenuEvent;
class QGraphicsView;
class QLabel;
class QMenu;
class QSlider;

namespace twin {
class LiveSession;
class Project;
class TwinSelection;
}

namespace twin::ui {

class PlanLegend;
class PlanLiveLayer;
class PlanScene;

/// The floor plan tab: a floor selector and a zoomable, pannable view of the plan.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(Project *project, QWidget *parent = nullptr);

    PlanScene *scene() const { return m_scene; }
    /// Binds the plan to the twin selection the other views share (PlanScene::setSelection()).
    void setSelection(TwinSelection *selection);
    /// Selects \a twinId alone, showing its floor; false when it is on no floor's plan.
    bool selectTwin(const QString &twinId);
    /// Zooms to the whole floor; false while there is nothing to show.
    bool fitToView();

    /// Copy, Paste and Delete of plan items, for the Edit menu.
    QList<QAction *> editActions() const { return m_editActions; }
    /// Zoom to Fit, for the View menu.
    QAction *fitAction() const { return m_fitAction; }
    /// Flip Door Swing (X) and Flip Door Hinge (Shift+X), for the selected doors.
    QList<QAction *> doorActions() const { return {m_flipSideAction, m_flipHingeAction}; }
    /// The Plan menu: background image, its calibration and removal, door flips.
    QMenu *planMenu() const { return m_planMenu; }
    /// Chooses a background image for the shown floor with a file dialog.
    void chooseBackgroundImage();
    /// Adds a floor with an empty plan to the shown floor's building and shows it; returns
    /// its id (empty when refused, with the reason in errorOccurred()).
    QString addFloor(const QString &name, double elevation, double height);
    /// Asks for a new floor's name, elevation and height, and adds it.
    void chooseFloorToAdd();

    /// Shows \a session's latest values on the markers and rooms.
    void followLiveSession(LiveSession *session);
    PlanLiveLayer *liveLayer() const { return m_live; }
    /// "Colour Rooms By", for the View menu.
    QMenu *tintMenu() const;

signals:
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void fitAfterResize();

private:
    void updateFloors();
    void updateEmptyHint();
    /// Fits the floor into the view, or frames an empty floor at a drawing scale; false
    /// when no floor is shown.
    bool fitOrFrameEmptyFloor();
    void updateBackgroundControls();
    /// Scales the view by \a factor around \a viewPos, within sane zoom limits.
    void zoomBy(double factor);
    /// Middle-button dragging of the view; true when it took \a event.
    bool pan(QEvent *event);
    /// The context menu of the room, wall, door, dimension or device under \a event's
    /// position, with the actions that apply to it; false when there is none.
    bool itemMenu(QContextMenuEvent *event);

    Project *const m_project;
    PlanScene *const m_scene;
    QComboBox *const m_floorBox;
    QGraphicsView *const m_view;
    QLabel *m_emptyHint = nullptr; ///< shown while the project has no floor, or the floor nothing on it
    QSlider *const m_opacity;
    QList<QAction *> m_editActions;
    QAction *m_fitAction = nullptr;
    QAction *m_calibrateAction = nullptr;
    QAction *m_removeBackgroundAction = nullptr;
    QMenu *m_planMenu = nullptr;
    QAction *m_flipSideAction = nullptr;
    QAction *m_flipHingeAction = nullptr;
    PlanLiveLayer *m_live = nullptr;
    PlanLegend *m_legend = nullptr;
    int m_opacityDrag = 0;
    bool m_fitPending = true;
    bool m_autoFit = true;
    std::optional<QPoint> m_panFrom; ///< set while the middle button drags the view
};

} // namespace twin::ui
