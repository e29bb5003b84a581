// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplaneditor.h"
#include "twinvalidator.h"

#include "document/commands/setgeometrycommand.h"
#include "document/embeddedimages.h"
#include "document/plangeometry.h"
#include "document/project.h"
#include "document/twinclipboard.h"
#include "document/twinfactory.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QLineF>
#include <QSet>

#include <algorithm>

namespace twin {

const QString FloorPlanEditor::RoomModel = QStringLiteral("dtmi:twinstudio:core:Room;1");
const QString FloorPlanEditor::FloorModel = QStringLiteral("dtmi:twinstudio:core:Floor;1");

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

double elevationOf(const Twin &t)
{
    return t.geometry.floor ? t.geometry.floor->elevation : 0.0;
}

} // namespace

FloorPlanEditor::FloorPlanEditor(Project *project, const QString &floorId)
    : m_project(project)
    , m_floor(floorId)
{
}

bool FloorPlanEditor::isFloor(const Project &project, int index)
{
    const Twin &t = project.graph()->twin(index);
    if (t.geometry.floor)
        return true;
    QStringList chain{t.model};
    chain += project.models().ancestors(t.model);
    return std::any_of(chain.cbegin(), chain.cend(), [](const QString &m) {
        const QString name = TwinFactory::shortName(m);
        return name == QLatin1String("Floor") || name == QLatin1String("Level");
    });
}

QStringList FloorPlanEditor::floors(const Project &project)
{
    const TwinGraph *g = project.graph();
    QList<int> found;
    for (int i : g->twinIndices()) {
        if (isFloor(project, i))
            found.append(i);
    }
    std::stable_sort(found.begin(), found.end(),
                     [g](int a, int b) { return elevationOf(g->twin(a)) < elevationOf(g->twin(b)); });
    QStringList ids;
    for (int i : std::as_const(found))
        ids.append(g->twin(i).id);
    return ids;
}

QString FloorPlanEditor::floorOf(const Project &project, const QString &twinId)
{
    const TwinGraph *g = project.graph();
    for (int i = g->indexOfTwin(twinId); i >= 0; i = g->parentOf(i)) {
        if (isFloor(project, i))
            return g->twin(i).id;
    }
    return QString();
}

std::optional<FloorLayout> FloorPlanEditor::layout() const
{
    const Twin *floor = m_project->graph()->findTwin(m_floor);
    if (!floor)
        return std::nullopt;
    return floor->geometry.floor.value_or(FloorLayout{});
}

BackgroundImage FloorPlanEditor::background() const
{
    const std::optional<FloorLayout> l = layout();
    return l ? l->background : BackgroundImage();
}

bool FloorPlanEditor::noFloor(QString *error) const
{
    return fail(error, m_floor.isEmpty() ? tr("There is no floor shown")
                                         : tr("Floor '%1' does not exist").arg(m_floor));
}

bool FloorPlanEditor::add(const ProjectContent &content, QString *error, QString *newId)
{
    if (content.twins.isEmpty())
        return fail(error, tr("Nothing to add"));
    Diagnostics diagnostics;
    if (!m_project->importContent(content, &diagnostics, QString(),
                                  tr("Add %1").arg(content.twins.first().displayName())))
        return fail(error, diagnostics.isEmpty() ? QString() : diagnostics.first().message);
    if (newId)
        *newId = content.twins.first().id;
    return true;
}

bool FloorPlanEditor::push(FloorEdit edit, const FloorLayout &layout, int dragId, QString *error)
{
    const Twin *floor = m_project->graph()->findTwin(m_floor);
    if (!floor)
        return noFloor(error);
    if (floor->geometry.floor == layout)
        return true;
    m_project->undoStack()->push(new FloorLayoutCommand(m_project->m_graph, m_floor, edit, layout, dragId));
    return true;
}

QString FloorPlanEditor::roomAt(QPointF point) const
{
    const TwinGraph *g = m_project->graph();
    const int floorIndex = g->indexOfTwin(m_floor);
    if (floorIndex < 0)
        return QString();
    QStringList ids;
    QList<QPolygonF> outlines;
    for (int i : g->subtreeOf(floorIndex)) {
        if (g->twin(i).geometry.outline.size() >= 3) {
            ids.append(g->twin(i).id);
            outlines.append(g->twin(i).geometry.outline);
        }
    }
    return ids.value(PlanGeometry::smallestContaining(outlines, point));
}

QString FloorPlanEditor::deviceAt(QPointF point, double tolerance) const
{
    const TwinGraph *g = m_project->graph();
    const int floorIndex = g->indexOfTwin(m_floor);
    QString best;
    double bestDistance = tolerance;
    for (int i : floorIndex < 0 ? QList<int>() : g->subtreeOf(floorIndex)) {
        const Twin &t = g->twin(i);
        if (!t.geometry.position || m_project->categoryOf(i) != Category::Device)
            continue;
        const double d = QLineF(*t.geometry.position, point).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = t.id;
        }
    }
    return best;
}

bool FloorPlanEditor::addRoom(const QPolygonF &outline, QString *error, QString *newId)
{
    const TwinGraph *g = m_project->graph();
    const int floorIndex = g->indexOfTwin(m_floor);
    if (floorIndex < 0)
        return noFloor(error);
    if (outline.size() < 3 || PlanGeometry::area(outline) <= 0)
        return fail(error, tr("A room needs at least three corners around some area"));
    QSet<QString> names;
    for (int i : g->subtreeOf(floorIndex)) {
        if (i != floorIndex && g->twin(i).geometry.outline.size() >= 3)
            names.insert(g->twin(i).displayName());
    }
    int number = int(names.size()) + 1;
    while (names.contains(tr("Room %1").arg(number)))
        ++number;
    ProjectContent content = TwinFactory::twin(*m_project, RoomModel, m_floor);
    Twin &room = content.twins.first();
    room.properties.insert(QStringLiteral("name"), tr("Room %1").arg(number));
    room.geometry.outline = outline;
    return add(content, error, newId);
}

bool FloorPlanEditor::reshapeRoom(const QString &roomId, const QPolygonF &outline, int dragId, QString *error)
{
    const Twin *room = m_project->graph()->findTwin(roomId);
    if (!room)
        return fail(error, tr("Twin '%1' does not exist").arg(roomId));
    Geometry geometry = room->geometry;
    geometry.outline = outline;
    return m_project->setGeometry(roomId, geometry, dragId, error);
}

bool FloorPlanEditor::moveTwins(const QHash<QString, QPointF> &deltas, QString *error)
{
    const TwinGraph *g = m_project->graph();
    QHash<QString, Geometry> changes;
    QStringList order;
    auto change = [&](const Twin &t) -> Geometry & {
        if (!changes.contains(t.id)) {
            changes.insert(t.id, t.geometry);
            order.append(t.id);
        }
        return changes[t.id];
    };
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const Twin *t = g->findTwin(it.key());
        if (!t)
            return fail(error, tr("Twin '%1' does not exist").arg(it.key()));
        Geometry &geometry = change(*t);
        if (geometry.position)
            *geometry.position += it.value();
        if (geometry.outline.isEmpty())
            continue;
        geometry.outline = PlanGeometry::translated(geometry.outline, it.value());
        // What stands in a moved room moves with it, unless it was moved itself.
        for (int i : g->subtreeOf(g->indexOfTwin(t->id))) {
            const Twin &inside = g->twin(i);
            if (deltas.contains(inside.id) || !inside.geometry.position || inside.id == t->id)
                continue;
            *change(inside).position += it.value();
        }
    }
    // A device or person moved on its own lands in the room under its new position.
    QList<QPair<QString, QString>> reparents;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const int i = g->indexOfTwin(it.key());
        const Category category = m_project->categoryOf(i);
        const Geometry &geometry = changes.value(it.key());
        const int parent = g->parentOf(i);
        if ((category != Category::Device && category != Category::Person) || !geometry.position || parent < 0
            || m_project->categoryOf(parent) != Category::Space || deltas.contains(g->twin(parent).id)
            || floorOf(*m_project, it.key()) != m_floor)
            continue;
        QString target = roomAt(*geometry.position);
        if (target.isEmpty())
            target = m_floor;
        if (target != g->twin(parent).id)
            reparents.append({it.key(), target});
    }
    order.removeIf([&](const QString &id) { return g->findTwin(id)->geometry == changes.value(id); });
    if (order.isEmpty() && reparents.isEmpty())
        return true;
    const QString text = deltas.size() == 1 ? tr("Move %1").arg(g->findTwin(deltas.cbegin().key())->displayName())
                                            : tr("Move %n item(s)", nullptr, int(deltas.size()));
    // Checked first, so that the step below happens whole or not at all.
    for (const auto &[child, parent] : std::as_const(reparents)) {
        if (!canContain(parent, child, error))
            return false;
    }
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(text);
    auto *move = new QUndoCommand(text);
    for (const QString &id : std::as_const(order))
        new SetGeometryCommand(m_project->m_graph, id, changes.value(id), 0, move);
    if (move->childCount() > 0)
        stack->push(move);
    else
        delete move;
    bool ok = true;
    for (const auto &[child, parent] : std::as_const(reparents))
        ok = ok && m_project->reparent(child, parent, error);
    stack->endMacro();
    return ok;
}

bool FloorPlanEditor::canContain(const QString &parentId, const QString &childId, QString *error) const
{
    const TwinGraph *g = m_project->graph();
    const int child = g->indexOfTwin(childId);
    const Twin *parent = g->findTwin(parentId);
    if (child < 0 || !parent)
        return fail(error, tr("Twin '%1' does not exist").arg(child < 0 ? childId : parentId));
    // The relationship that places the child now decides, as Project::reparent() does.
    const int edge = g->containmentRelationshipOf(child);
    const QString name = edge >= 0 ? g->relationship(edge).name : QStringLiteral("contains");
    bool childToParent = false;
    for (const ContainmentRule &rule : g->containmentRules()) {
        if (rule.name == name)
            childToParent = rule.direction == ContainmentRule::Direction::ChildToParent;
    }
    const QString &childModel = g->twin(child).model;
    const TwinValidator validator(m_project->models());
    const Diagnostics d = childToParent ? validator.validateRelationship(childModel, name, parent->model)
                                        : validator.validateRelationship(parent->model, name, childModel);
    if (hasErrors(d))
        return fail(error, d.first().message);
    return true;
}

bool FloorPlanEditor::dropModel(const QString &model, QPointF point, double tolerance, QString *error,
                                QString *newId)
{
    if (!m_project->models().contains(model))
        return fail(error, tr("'%1' is not an interface of this project").arg(model));
    const Category category = m_project->models().category(model);
    const QString room = roomAt(point);
    // A space type dropped on a room retypes the room.
    if (category == Category::Space && !room.isEmpty()) {
        if (newId)
            *newId = room;
        return m_project->retypeTwin(room, model, error);
    }
    ProjectContent content;
    if (category == Category::Sensor) {
        const QString device = deviceAt(point, tolerance);
        if (device.isEmpty())
            return fail(error, tr("Drop a sensor onto a device"));
        content = TwinFactory::sensor(*m_project, model, device);
    } else {
        const QString parent = room.isEmpty() ? m_floor : room;
        if (!m_project->graph()->findTwin(m_floor))
            return fail(error, tr("There is no floor to drop onto"));
        const bool placed = category != Category::Space;
        content = category == Category::Device ? TwinFactory::device(*m_project, model, parent, point)
                                               : TwinFactory::twin(*m_project, model, parent);
        if (placed && !content.twins.isEmpty())
            content.twins.first().geometry.position = point;
    }
    return add(content, error, newId);
}

bool FloorPlanEditor::paste(const QByteArray &payload, QPointF offset, QStringList *roots, QString *error)
{
    return TwinClipboard::paste(m_project, payload, m_floor, offset, roots, error);
}

bool FloorPlanEditor::deleteItems(const QStringList &twins, const QList<int> &walls, const QList<int> &openings,
                                  const QList<int> &dimensions, QString *error)
{
    const int elements = int(walls.size() + openings.size() + dimensions.size());
    if (twins.isEmpty() && elements == 0)
        return fail(error, tr("Nothing is selected"));
    std::optional<FloorLayout> current = layout();
    if (elements > 0 && !current)
        return noFloor(error);
    // Checked first, so that the step below either happens whole or not at all.
    for (const QString &id : twins) {
        if (!m_project->graph()->findTwin(id))
            return fail(error, tr("Twin '%1' does not exist").arg(id));
    }
    const Twin *single = twins.size() == 1 && elements == 0 ? m_project->graph()->findTwin(twins.first()) : nullptr;
    const int count = int(twins.size()) + elements;
    QUndoStack *stack = m_project->undoStack();
    stack->beginMacro(single ? tr("Delete %1").arg(single->displayName())
                      : count == 1 ? FloorLayoutCommand::textOf(FloorEdit::DeleteElements)
                                   : tr("Delete %n item(s)", nullptr, count));
    bool ok = twins.isEmpty() || m_project->removeTwins(twins, error);
    if (ok && elements > 0)
        ok = push(FloorEdit::DeleteElements, PlanGeometry::withoutElements(*current, walls, openings, dimensions), 0,
                  error);
    stack->endMacro();
    return ok;
}

bool FloorPlanEditor::addWall(const QPolygonF &path, double thickness, QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l)
        return noFloor(error);
    if (path.size() < 2 || thickness <= 0)
        return fail(error, tr("A wall needs two points and a positive thickness"));
    l->walls.append({path, thickness});
    return push(FloorEdit::AddWall, *l, 0, error);
}

bool FloorPlanEditor::addDoor(QPointF point, double width, double tolerance, QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l)
        return noFloor(error);
    const auto hit = PlanGeometry::nearestWall(*l, point, tolerance);
    if (!hit)
        return fail(error, tr("Click on a wall to place a door"));
    const auto opening = PlanGeometry::openingAt(*l, *hit, width);
    if (!opening)
        return fail(error, tr("A %1 m door does not fit there").arg(width, 0, 'f', 2));
    l->openings.append(*opening);
    return push(FloorEdit::AddDoor, *l, 0, error);
}

bool FloorPlanEditor::addDimension(QPointF a, QPointF b, QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l)
        return noFloor(error);
    if (QLineF(a, b).length() < 1e-6)
        return fail(error, tr("A dimension line needs two different points"));
    l->dimensions.append({a, b});
    return push(FloorEdit::AddDimension, *l, 0, error);
}

bool FloorPlanEditor::flipDoors(const QList<int> &openings, bool hinge, QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l)
        return noFloor(error);
    bool flipped = false;
    for (int o : openings) {
        if (o < 0 || o >= l->openings.size() || l->openings.at(o).kind != QLatin1String("door"))
            continue;
        Opening &door = l->openings[o];
        bool &flag = hinge ? door.hingeAtEnd : door.otherSide;
        flag = !flag;
        flipped = true;
    }
    if (!flipped)
        return fail(error, tr("No door is selected"));
    return push(hinge ? FloorEdit::FlipDoorHinge : FloorEdit::FlipDoorSwing, *l, 0, error);
}

bool FloorPlanEditor::reshapeWall(int wall, const QPolygonF &path, int dragId, QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l)
        return noFloor(error);
    if (wall < 0 || wall >= l->walls.size())
        return fail(error, tr("The floor has no wall %1").arg(wall));
    l->walls[wall].path = path;
    return push(FloorEdit::ReshapeWall, *l, dragId, error);
}

bool FloorPlanEditor::setBackgroundImage(const QString &path, QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l)
        return noFloor(error);
    QImageReader reader(path);
    if (!reader.canRead())
        return fail(error, tr("%1 is not an image this program can read (%2)")
                               .arg(QDir::toNativeSeparators(path), reader.errorString()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    l->background = BackgroundImage{};
    // The picture goes into the project, so the project keeps it wherever it moves.
    l->background.path = EmbeddedImages::pathFor(m_project->addImage(file.readAll()));
    return push(FloorEdit::SetBackground, *l, 0, error);
}

bool FloorPlanEditor::removeBackground(QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l)
        return noFloor(error);
    if (l->background.isNull())
        return fail(error, tr("This floor has no background image"));
    l->background = BackgroundImage{};
    return push(FloorEdit::RemoveBackground, *l, 0, error);
}

bool FloorPlanEditor::setBackgroundOpacity(double opacity, int dragId, QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l)
        return noFloor(error);
    if (l->background.isNull())
        return fail(error, tr("This floor has no background image"));
    l->background.opacity = std::clamp(opacity, 0.0, 1.0);
    return push(FloorEdit::SetBackgroundOpacity, *l, dragId, error);
}

bool FloorPlanEditor::calibrateBackground(QPointF a, QPointF b, double metres, QString *error)
{
    std::optional<FloorLayout> l = layout();
    if (!l || l->background.isNull())
        return fail(error, tr("This floor has no background image to calibrate"));
    const QPointF pixelA = PlanGeometry::planToImage(l->background, a);
    const QPointF pixelB = PlanGeometry::planToImage(l->background, b);
    if (!PlanGeometry::calibrate(&l->background, pixelA, pixelB, metres))
        return fail(error, tr("Calibration needs two different points and a positive distance"));
    return push(FloorEdit::CalibrateBackground, *l, 0, error);
}

bool FloorPlanEditor::addFloor(const QString &parentId, const QString &name, double elevation, double height,
                               QString *error, QString *newId)
{
    if (!parentId.isEmpty() && !m_project->graph()->findTwin(parentId))
        return fail(error, tr("Twin '%1' does not exist").arg(parentId));
    if (name.trimmed().isEmpty())
        return fail(error, tr("A floor needs a name"));
    if (height <= 0)
        return fail(error, tr("A floor needs a positive height"));
    ProjectContent content = TwinFactory::twin(*m_project, FloorModel, parentId);
    Twin &floor = content.twins.first();
    floor.properties.insert(QStringLiteral("name"), name.trimmed());
    FloorLayout layout;
    layout.elevation = elevation;
    layout.height = height;
    floor.geometry.floor = layout;
    // The layout's elevation and height are the floor's properties too, where its model
    // has them (the inspector shows and edits them).
    for (const auto &[name, value] : {std::pair{QStringLiteral("elevation"), elevation}, std::pair{QStringLiteral("height"), height}}) {
        if (m_project->models().content(floor.model, name))
            floor.properties.insert(name, value);
    }
    return add(content, error, newId);
}

} // namespace twin
