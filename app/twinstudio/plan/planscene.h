// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plantool.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>
#include <optional>

namespace twin {
class Project;
}

namespace twin::ui {

class MarkerItem;

/**
 * The floor plan of one floor as a scene: rooms and zones, walls, openings, devices and
 * people, with the floor below drawn faded. Rebuilt (coalesced) when the document
 * changes; a drag of markers becomes one undoable geometry edit.
 */
class PlanScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit PlanScene(Project *project, QObject *parent = nullptr);

    /// Floors (twins with a floor layout), lowest first.
    QStringList floors() const;
    QString floor() const { return m_floor; }
    void setFloor(const QString &floorId);
    /// The floor that holds \a twinId (itself, or its nearest floor ancestor), or empty.
    QString floorOf(const QString &twinId) const;

    /// Selects the item of \a twinId on this floor; false when it has none here.
    bool selectTwin(const QString &twinId);
    QStringList selectedTwins() const;

    /// The drawing tool in use; none means select/move.
    void setTool(std::optional<PlanTool::Kind> kind);
    PlanTool *tool() const { return m_tool.get(); }
    /// Room corners and wall ends of the shown floor (metres), for magnetism.
    QList<QPointF> snapVertices() const;

    /// Tells the user an edit was refused (shown in the status bar).
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void floorsChanged();
    void errorOccurred(const QString &message);
    void twinSelected(const QString &twinId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void addFloorContent(const QString &floorId, bool faded);

    Project *const m_project;
    QString m_floor;
    bool m_rebuildPending = false;
    QHash<QString, QPointF> m_pressPositions;
    std::unique_ptr<PlanTool> m_tool;
};

} // namespace twin::ui
