// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QGraphicsView;
class QMenu;
class QSlider;

namespace twin {
class Project;
}

namespace twin::ui {

class PlanScene;

/// The floor plan tab: a floor selector and a zoomable, pannable view of the plan.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(Project *project, QWidget *parent = nullptr);

    PlanScene *scene() const { return m_scene; }
    /// Shows the floor of \a twinId and selects it there.
    bool selectTwin(const QString &twinId);
    /// Zooms to the whole floor; false while there is nothing to show.
    bool fitToView();

    /// Copy, Paste and Delete of plan items, for the Edit menu.
    QList<QAction *> editActions() const { return m_editActions; }
    /// Zoom to Fit, for the View menu.
    QAction *fitAction() const { return m_fitAction; }
    /// The Plan menu: background image, its calibration and removal.
    QMenu *planMenu() const { return m_planMenu; }
    /// Chooses a background image for the shown floor with a file dialog.
    void chooseBackgroundImage();

signals:
    void twinSelected(const QString &twinId);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateFloors();
    void updateBackgroundControls();
    /// Scales the view by \a factor around \a viewPos, within sane zoom limits.
    void zoomBy(double factor);
    /// Middle-button dragging of the view; true when it took \a event.
    bool pan(QEvent *event);

    Project *const m_project;
    PlanScene *const m_scene;
    QComboBox *const m_floorBox;
    QGraphicsView *const m_view;
    QSlider *const m_opacity;
    QList<QAction *> m_editActions;
    QAction *m_fitAction = nullptr;
    QAction *m_calibrateAction = nullptr;
    QAction *m_removeBackgroundAction = nullptr;
    QMenu *m_planMenu = nullptr;
    int m_opacityDrag = 0;
    bool m_fitPending = true;
    bool m_autoFit = true;
    std::optional<QPoint> m_panFrom; ///< set while the middle button drags the view
};

} // namespace twin::ui
