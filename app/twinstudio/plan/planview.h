// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QGraphicsView;

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
    void fitToView();

signals:
    void twinSelected(const QString &twinId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFloors();

    Project *const m_project;
    PlanScene *const m_scene;
    QComboBox *const m_floorBox;
    QGraphicsView *const m_view;
    bool m_fitPending = true;
};

} // namespace twin::ui
