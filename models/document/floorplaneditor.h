// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/floorlayoutcommand.h"
#include "document/projectcontent.h"
#include "graph/twin.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QPolygonF>
#include <QStringList>

#include <optional>

namespace twin {

class Project;

/**
 * The edits of one floor's plan, as a user makes them on the plan: rooms, walls, doors,
 * dimension lines, the background image, moves, deletes, pastes and drops of palette
 * types. Each method validates its input, pushes one undo step named after what it did
 * ("Add Wall", "Flip Door Hinge", "Move Room 1", …) and says why on failure. Points are
 * in metres. The plan widget, twinctl, tests and other views share it.
 */
class FloorPlanEditor
{
    Q_DECLARE_TR_FUNCTIONS(twin::FloorPlanEditor)

public:
    /// The interface of rooms drawn on the plan.
    static const QString RoomModel;
    /// The interface of floors added on the plan.
    static const QString FloorModel;

    explicit FloorPlanEditor(Project *project, const QString &floorId = QString());

    QString floor() const { return m_floor; }
    void setFloor(const QString &floorId) { m_floor = floorId; }

    /// Whether the twin \a index is a floor: it has a floor layout, or its interface is (or
    /// extends) one named Floor or Level. A floor without a layout has an empty plan.
    static bool isFloor(const Project &project, int index);
    /// Every floor of \a project, lowest first (floors without a layout at elevation 0).
    static QStringList floors(const Project &project);
    /// The floor that holds \a twinId (itself, or its nearest floor ancestor), or empty.
    static QString floorOf(const Project &project, const QString &twinId);

    /// The floor's layout (an empty one when it has none yet); nullopt when the floor does
    /// not exist.
    std::optional<FloorLayout> layout() const;
    BackgroundImage background() const;

    // --- rooms and twins ----------------------------------------------------------------------
    /// Adds a room with \a outline to the floor ("Room N", numbered by the floor's rooms).
    bool addRoom(const QPolygonF &outline, QString *error = nullptr, QString *newId = nullptr);
    /// Replaces a room's outline; changes with the same \a dragId merge.
    bool reshapeRoom(const QString &roomId, const QPolygonF &outline, int dragId = 0, QString *error = nullptr);
    /// Moves rooms and placed twins by their \a deltas (metres) as one step. A room takes
    /// what stands in it along; a device or person that lands in another room of the floor
    /// moves into that room in the topology too.
    bool moveTwins(const QHash<QString, QPointF> &deltas, QString *error = nullptr);
    /// Creates a twin of \a model dropped at \a point: a space type on a room retypes it,
    /// a device or person goes into the room there (a device with its kit), a sensor onto
    /// the device within \a tolerance of the point. \a newId receives the new twin's id.
    bool dropModel(const QString &model, QPointF point, double tolerance, QString *error = nullptr,
                   QString *newId = nullptr);
    /// Pastes a TwinClipboard payload onto the floor, moved by \a offset.
    bool paste(const QByteArray &payload, QPointF offset, QStringList *roots = nullptr, QString *error = nullptr);
    /// Deletes twins (with their contents) and floor elements as one step.
    bool deleteItems(const QStringList &twins, const QList<int> &walls, const QList<int> &openings,
                     const QList<int> &dimensions, QString *error = nullptr);

    // --- floor elements -----------------------------------------------------------------------
    bool addWall(const QPolygonF &path, double thickness, QString *error = nullptr);
    /// Cuts a door of \a width into the wall within \a tolerance of \a point.
    bool addDoor(QPointF point, double width, double tolerance, QString *error = nullptr);
    bool addDimension(QPointF a, QPointF b, QString *error = nullptr);
    /// Flips the doors among \a openings: to swing to the other side of their wall, or
    /// (\a hinge) to be hinged at the other end of their gap. False when none is a door.
    bool flipDoors(const QList<int> &openings, bool hinge, QString *error = nullptr);
    bool reshapeWall(int wall, const QPolygonF &path, int dragId = 0, QString *error = nullptr);

    // --- background ---------------------------------------------------------------------------
    /// Embeds the image file \a path under the floor (1 px = 1 cm until calibrated).
    bool setBackgroundImage(const QString &path, QString *error = nullptr);
    bool removeBackground(QString *error = nullptr);
    bool setBackgroundOpacity(double opacity, int dragId = 0, QString *error = nullptr);
    /// Scales the background so that the plan points \a a and \a b (as they lie on the
    /// image now) are \a metres apart; \a a stays in place.
    bool calibrateBackground(QPointF a, QPointF b, double metres, QString *error = nullptr);

    // --- floors -------------------------------------------------------------------------------
    /// Adds a floor named \a name under \a parentId with an empty plan at \a elevation,
    /// \a height metres high.
    bool addFloor(const QString &parentId, const QString &name, double elevation, double height,
                  QString *error = nullptr, QString *newId = nullptr);

private:
    bool push(FloorEdit edit, const FloorLayout &layout, int dragId, QString *error);
    /// Adds \a content as one step named after its first twin ("Add Room 1").
    bool add(const ProjectContent &content, QString *error, QString *newId);
    bool noFloor(QString *error) const;
    /// The room of the floor whose outline holds \a point (the smallest), or empty.
    QString roomAt(QPointF point) const;
    /// Whether \a parentId may hold \a childId by the relationship that places it now.
    bool canContain(const QString &parentId, const QString &childId, QString *error) const;
    /// The placed device nearest to \a point within \a tolerance, or empty.
    QString deviceAt(QPointF point, double tolerance) const;

    Project *const m_project;
    QString m_floor;
};

} // namespace twin
