// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planitems.h"
#include "plantool.h"

#include "document/floorplaneditor.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPixmap>

#include <memory>
#include <optional>

namespace twin {
class Project;
class TwinSelection;
}

namespace twin::ui {

class MarkerItem;
class HandleItem;

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
    ~PlanScene() override;

    /// Floors (twins with a floor layout), lowest first.
    QStringList floors() const;
    QString floor() const { return m_floor; }
    void setFloor(const QString &floorId);
    /// The floor that holds \a twinId (itself, or its nearest floor ancestor), or empty.
    QString floorOf(const QString &twinId) const;

    /// The twin selection the plan shows and changes: its own until setSelection() gives it
    /// the one the other views share. Selecting on the plan replaces it with the twins
    /// selected here; a change made elsewhere selects their items on the plan (only those),
    /// showing the current twin's floor.
    TwinSelection *selection() const { return m_selection; }
    void setSelection(TwinSelection *selection);
    /// Selects \a twinId alone if it has an item on this floor; false when it has none here.
    bool selectTwin(const QString &twinId);
    QStringList selectedTwins() const;
    /// Selected walls, openings and dimension lines of the shown floor.
    QList<FloorElement> selectedElements() const;
    /// Deletes the selected twins (with what they contain) and floor elements as one
    /// step; false when nothing is selected or the edit was refused.
    bool deleteSelection();
    /// The selected rooms and devices as a clipboard payload (TwinClipboard); empty when
    /// none is selected.
    QByteArray copySelection() const;
    /// Pastes \a payload onto the shown floor, a little further each time the same payload
    /// is pasted again, and selects the copies.
    bool paste(const QByteArray &payload, QString *error = nullptr);
    void copyToClipboard();
    void pasteFromClipboard();

    /// The edits of the shown floor's plan.
    FloorPlanEditor editor() const { return FloorPlanEditor(m_project, m_floor); }
    /// \a pixels of the first view at its zoom, in metres.
    double pixelsToMetres(double pixels) const;

    /// Flips the selected doors, as one step: to swing to the other side of their wall,
    /// or (\a hinge) to be hinged at the other end of their gap. False when no door is
    /// selected.
    bool flipSelectedDoors(bool hinge);

    /// The drawing tool in use; none means select/move.
    void setTool(std::optional<PlanTool::Kind> kind);
    PlanTool *tool() const { return m_tool.get(); }
    /// Creates a twin of \a model dropped at \a scenePos: a device or person goes into the
    /// room there (with the sensors its type brings), a sensor onto the device there.
    bool dropModel(const QString &model, QPointF scenePos, QString *error = nullptr);

    /// Room corners and wall ends of the shown floor (metres), for magnetism.
    QList<QPointF> snapVertices() const;

    /// Tells the user an edit was refused (shown in the status bar).
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void floorsChanged();
    /// Every item was made anew (the document or the floor shown changed).
    void itemsRebuilt();
    void errorOccurred(const QString &message);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void rebuildItems();
    void addFloorContent(const QString &floorId, bool faded);
    void addBackground(const BackgroundImage &background);
    QString twinAt(QPointF scenePos, bool markers) const;
    /// The topmost selectable item at \a scenePos as the first view shows it.
    QGraphicsItem *selectableAt(QPointF scenePos) const;
    HandleItem *handleAt(QPointF scenePos) const;
    void updateHandles();
    /// Tells the selection which twins are selected on the plan.
    void reportSelection();
    /// Selects the items of the selected twins on the shown floor, and nothing else.
    void showSelection();
    /// Shows a selection changed elsewhere: the current twin's floor, its item in view.
    void followSelection();
    void dragHandle(QGraphicsSceneMouseEvent *event);
    void commitMoves();
    /// A vertex or edge of a room (twinId) or a wall (wall index) being dragged.
    struct HandleDrag
    {
        QString twinId;
        int wall = -1;
        bool edge = false;
        int index = 0;
        QPolygonF original;
        QPointF start;
        int dragId = 0;
    };

    Project *const m_project;
    QString m_floor;
    bool m_rebuildPending = false;
    QHash<QString, QPointF> m_pressPositions; // twin → item position at the press
    std::unique_ptr<PlanTool> m_tool;
    QList<HandleItem *> m_handles;
    std::optional<HandleDrag> m_handleDrag;
    /// A press on a room that was not selected: a click selects it, a drag is a rubber band.
    QString m_clickSelect;
    QPointF m_pressScreenPos;
    TwinSelection *m_selection = nullptr;
    bool m_reportingSelection = false; ///< the selection changes because the plan's did
    bool m_showingSelection = false;   ///< the plan's selection changes because the selection did
    QString m_pressedTwin;             ///< the twin under the last press becomes current
    QByteArray m_lastPaste;
    int m_pasteCount = 0;
    QString m_backgroundPath;
    QPixmap m_backgroundPixmap;
    bool m_backgroundShown = false; ///< rooms are drawn see-through over it
};

} // namespace twin::ui
