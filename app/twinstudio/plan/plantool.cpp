// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantool.h"

#include "planitems.h"
#include "planscene.h"

#include "document/plangeometry.h"
#include "document/project.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineF>
#include <QRegularExpression>

namespace twin::ui {

PlanTool::PlanTool(Kind kind, PlanScene *scene, Project *project)
    : m_kind(kind)
    , m_scene(scene)
    , m_project(project)
{
}

PlanTool::~PlanTool()
{
    cancel();
}

QPointF PlanTool::snapped(QGraphicsSceneMouseEvent *event) const
{
    const QPointF metres = event->scenePos() / kPixelsPerMetre;
    if (event->modifiers() & Qt::AltModifier)
        return metres;
    std::optional<QPointF> anchor;
    if (!m_points.isEmpty() && m_kind != Kind::RectangleRoom)
        anchor = m_points.last();
    return m_snapper.snap(metres, anchor).point;
}

void PlanTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        cancel();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_snapper.setVertices(m_scene->snapVertices());
    if (m_kind == Kind::Door) {
        placeDoor(event->scenePos() / kPixelsPerMetre);
        return;
    }
    // A click within a few pixels of the first corner closes a polygon room, wherever
    // magnetism would put the point.
    if (m_kind == Kind::PolygonRoom && m_points.size() >= 3
        && QLineF(m_points.first(), event->scenePos() / kPixelsPerMetre).length() <= m_scene->pixelsToMetres(8)) {
        finish();
        return;
    }
    // The background is calibrated on the image as it is, not on the magnetic plan.
    addPoint(m_kind == Kind::Calibrate ? event->scenePos() / kPixelsPerMetre : snapped(event));
}

void PlanTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    m_cursor = m_kind == Kind::Calibrate ? event->scenePos() / kPixelsPerMetre : snapped(event);
    updatePreview(m_cursor);
}

void PlanTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    // A rectangle may also be dragged out: press at one corner, release at the other.
    if (m_kind == Kind::RectangleRoom && m_points.size() == 1 && event->button() == Qt::LeftButton) {
        const QPointF end = snapped(event);
        if (QLineF(m_points.first(), end).length() > 0.2)
            addPoint(end);
    }
}

void PlanTool::mouseDoubleClick(QGraphicsSceneMouseEvent *event)
{
    if (m_kind != Kind::PolygonRoom && m_kind != Kind::Wall)
        return;
    // The double-click's own point counts once, whether or not its press already added it.
    const QPointF point = snapped(event);
    if (m_points.isEmpty() || m_points.last() != point)
        m_points.append(point);
    finish();
}

bool PlanTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        cancel();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_kind == Kind::Door)
            return typeDoorWidth();
        if (m_kind == Kind::Wall && m_points.isEmpty())
            return typeWallThickness();
        if (!m_points.isEmpty() && typeSegment())
            return true;
        finish();
        return true;
    case Qt::Key_Backspace:
        if (!m_points.isEmpty()) {
            m_points.removeLast();
            updatePreview(m_cursor);
        }
        return true;
    default:
        return false;
    }
}

bool PlanTool::typeSegment()
{
    QWidget *parent = m_scene->views().isEmpty() ? nullptr : m_scene->views().first();
    bool ok = false;
    const QString text = QInputDialog::getText(parent, tr("Next Segment"),
                                               tr("Length in metres, optionally followed by an angle in degrees "
                                                  "(e.g. \"4.5\" or \"3 90\"); empty to finish:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return true;
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    bool lengthOk = false;
    const double length = parts.at(0).toDouble(&lengthOk);
    double angle = 0;
    if (parts.size() > 1)
        angle = parts.at(1).toDouble();
    else if (m_cursor && QLineF(m_points.last(), *m_cursor).length() > 1e-6)
        angle = QLineF(m_points.last(), *m_cursor).angle();
    if (!lengthOk || length <= 0)
        return true;
    QLineF segment = QLineF::fromPolar(length, angle);
    segment.translate(m_points.last());
    addPoint(segment.p2());
    return true;
}

void PlanTool::addPoint(QPointF metres)
{
    m_points.append(metres);
    if ((m_kind == Kind::Dimension || m_kind == Kind::Calibrate) && m_points.size() == 2) {
        const QLineF line(m_points.at(0), m_points.at(1));
        m_points.clear();
        updatePreview(std::nullopt);
        if (line.length() < 1e-6)
            return;
        if (m_kind == Kind::Dimension)
            commitDimension(line);
        else
            calibrate(line.p1(), line.p2());
        return;
    }
    if (m_kind == Kind::RectangleRoom && m_points.size() == 2) {
        const QRectF r = QRectF(m_points.at(0), m_points.at(1)).normalized();
        m_points.clear();
        if (r.width() > 0.05 && r.height() > 0.05)
            commitRoom(QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()}));
        updatePreview(std::nullopt);
        return;
    }
    // Clicking the first corner again closes a polygon room.
    if (m_kind == Kind::PolygonRoom && m_points.size() >= 4
        && QLineF(m_points.first(), metres).length() < 1e-6) {
        m_points.removeLast();
        finish();
        return;
    }
    updatePreview(m_cursor);
}

void PlanTool::finish()
{
    // A double-click, or a click on a point already placed, leaves repeated points and
    // spikes behind: the shape keeps only its corners.
    const QPolygonF points = PlanGeometry::simplified(m_points, m_kind == Kind::PolygonRoom);
    m_points.clear();
    updatePreview(std::nullopt);
    if (m_kind == Kind::PolygonRoom && points.size() >= 3)
        commitRoom(points);
    else if (m_kind == Kind::Wall && points.size() >= 2)
        commitWall(points);
}

void PlanTool::cancel()
{
    m_points.clear();
    m_cursor.reset();
    delete m_preview;
    m_preview = nullptr;
}

void PlanTool::updatePreview(std::optional<QPointF> cursor)
{
    if (m_points.isEmpty()) {
        delete m_preview;
        m_preview = nullptr;
        return;
    }
    if (!m_preview) {
        m_preview = new QGraphicsPathItem;
        QPen pen(QColor(0x1e, 0x88, 0xe5), 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_preview->setPen(pen);
        m_preview->setBrush(QColor(0x1e, 0x88, 0xe5, 40));
        m_preview->setZValue(100);
        m_scene->addItem(m_preview);
    }
    QPolygonF shape = m_points;
    if (cursor)
        shape.append(*cursor);
    if (m_kind == Kind::RectangleRoom && shape.size() == 2) {
        const QRectF r = QRectF(shape.at(0), shape.at(1)).normalized();
        shape = QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
    }
    QPainterPath path;
    path.moveTo(shape.first() * kPixelsPerMetre);
    for (int i = 1; i < shape.size(); ++i)
        path.lineTo(shape.at(i) * kPixelsPerMetre);
    if (m_kind != Kind::Wall && m_kind != Kind::Dimension && m_kind != Kind::Calibrate)
        path.closeSubpath();
    m_preview->setPath(path);
}

void PlanTool::commitRoom(const QPolygonF &outline)
{
    QString error;
    if (!m_scene->floor().isEmpty() && !m_scene->editor().addRoom(outline, &error))
        m_scene->reportError(tr("Cannot add the room: %1").arg(error));
}

void PlanTool::commitWall(const QPolygonF &path)
{
    QString error;
    if (!m_scene->floor().isEmpty() && !m_scene->editor().addWall(path, m_wallThickness, &error))
        m_scene->reportError(tr("Cannot add the wall: %1").arg(error));
}

void PlanTool::placeDoor(QPointF metres)
{
    // Within a few pixels of the wall's face, whatever the zoom.
    QString error;
    if (!m_scene->floor().isEmpty()
        && !m_scene->editor().addDoor(metres, m_doorWidth, m_scene->pixelsToMetres(8) + 0.15, &error))
        m_scene->reportError(error);
}

bool PlanTool::typeDoorWidth()
{
    QWidget *parent = m_scene->views().isEmpty() ? nullptr : m_scene->views().first();
    bool ok = false;
    const double width = QInputDialog::getDouble(parent, tr("Door Width"), tr("Width of the next doors in metres:"),
                                                 m_doorWidth, 0.3, 10.0, 2, &ok);
    if (ok)
        m_doorWidth = width;
    return true;
}

bool PlanTool::typeWallThickness()
{
    QWidget *parent = m_scene->views().isEmpty() ? nullptr : m_scene->views().first();
    bool ok = false;
    const double thickness = QInputDialog::getDouble(parent, tr("Wall Thickness"),
                                                     tr("Thickness of the next walls in metres:"), m_wallThickness,
                                                     0.01, 2.0, 2, &ok);
    if (ok)
        m_wallThickness = thickness;
    return true;
}

void PlanTool::commitDimension(const QLineF &line)
{
    QString error;
    if (!m_scene->floor().isEmpty() && !m_scene->editor().addDimension(line.p1(), line.p2(), &error))
        m_scene->reportError(tr("Cannot add the dimension line: %1").arg(error));
}

void PlanTool::calibrate(QPointF a, QPointF b)
{
    if (m_scene->editor().background().isNull()) {
        m_scene->reportError(tr("This floor has no background image to calibrate"));
        return;
    }
    QWidget *parent = m_scene->views().isEmpty() ? nullptr : m_scene->views().first();
    bool ok = false;
    const double metres = QInputDialog::getDouble(parent, tr("Calibrate Background"),
                                                  tr("Real distance between the two points, in metres:"),
                                                  QLineF(a, b).length(), 0.01, 100000.0, 3, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_scene->editor().calibrateBackground(a, b, metres, &error))
        m_scene->reportError(error);
}

} // namespace twin::ui
