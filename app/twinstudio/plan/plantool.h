// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapper.h"

#include "graph/twin.h"

#include <QCoreApplication>
#include <QPolygonF>

class QGraphicsPathItem;
class QLineF;
class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace twin {
class Project;
}

namespace twin::ui {

class PlanScene;

/**
 * A drawing tool of the plan editor. The scene forwards mouse and key events to the
 * active tool; a tool draws its preview in the scene and commits its result through the
 * project (one undo step per finished shape). Points are in metres; Alt held while
 * drawing turns magnetism off; Enter types the next segment's length and angle.
 */
class PlanTool
{
    Q_DECLARE_TR_FUNCTIONS(twin::ui::PlanTool)

public:
    /// Door: a click on a wall cuts a door of doorWidth() centred there. Dimension: two
    /// clicks. Calibrate: two clicks on the background image, then its real distance.
    enum class Kind { RectangleRoom, PolygonRoom, Wall, Door, Dimension, Calibrate };

    PlanTool(Kind kind, PlanScene *scene, Project *project);
    ~PlanTool();

    Kind kind() const { return m_kind; }
    Snapper &snapper() { return m_snapper; }
    /// Points placed so far (metres).
    const QPolygonF &points() const { return m_points; }
    double doorWidth() const { return m_doorWidth; }
    double wallThickness() const { return m_wallThickness; }
    void setDoorWidth(double metres) { m_doorWidth = metres; }

    void mousePress(QGraphicsSceneMouseEvent *event);
    void mouseMove(QGraphicsSceneMouseEvent *event);
    void mouseRelease(QGraphicsSceneMouseEvent *event);
    void mouseDoubleClick(QGraphicsSceneMouseEvent *event);
    /// Returns whether the key was used.
    bool keyPress(QKeyEvent *event);

    /// Adds a point (metres) as a click would; used by typed lengths and tests.
    void addPoint(QPointF metres);
    /// Finishes the shape being drawn (double-click / Enter on an empty entry).
    void finish();
    void cancel();

private:
    QPointF snapped(QGraphicsSceneMouseEvent *event) const;
    void updatePreview(std::optional<QPointF> cursor);
    void commitRoom(const QPolygonF &outline);
    void commitWall(const QPolygonF &path);
    void placeDoor(QPointF metres);
    void commitDimension(const QLineF &line);
    void calibrate(QPointF a, QPointF b);
    bool typeSegment();
    bool typeDoorWidth();
    bool typeWallThickness();

    const Kind m_kind;
    PlanScene *const m_scene;
    Project *const m_project;
    Snapper m_snapper;
    QPolygonF m_points;
    std::optional<QPointF> m_cursor;
    QGraphicsPathItem *m_preview = nullptr;
    double m_wallThickness = 0.2;
    double m_doorWidth = 0.9;
};

} // namespace twin::ui
