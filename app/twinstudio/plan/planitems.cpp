// SPDX-License-Identifier: GPL-3.0-or-later
#include "planitems.h"

#include "document/plangeometry.h"
#include "itemmodels/twinicons.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainterPathStroker>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace twin::ui {

namespace {

QPolygonF toScene(const QPolygonF &metres)
{
    QPolygonF p;
    p.reserve(metres.size());
    for (QPointF m : metres)
        p.append(m * kPixelsPerMetre);
    return p;
}

} // namespace

double polygonArea(const QPolygonF &polygon)
{
    return PlanGeometry::area(polygon);
}

RoomItem::RoomItem(const QString &twinId, const QString &name, const QPolygonF &outlineMetres, bool zone)
    : QGraphicsPolygonItem(toScene(outlineMetres))
    , m_twinId(twinId)
    , m_name(name)
    , m_areaSquareMetres(polygonArea(outlineMetres))
    , m_zone(zone)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(zone ? 1 : 0);
    QPen pen(zone ? QColor(0xe3, 0x8b, 0x2c) : QColor(0x55, 0x60, 0x6e), 2);
    pen.setCosmetic(true);
    if (zone)
        pen.setStyle(Qt::DashLine);
    setPen(pen);
    setBrush(fill());
    setToolTip(QStringLiteral("%1\n%2 m²").arg(name).arg(m_areaSquareMetres, 0, 'f', 1));
}

QColor RoomItem::fill() const
{
    if (m_tint.isValid()) {
        // Stale: washed out towards grey, so fresh rooms stand out.
        QColor c = m_tint;
        if (m_tintStale) {
            const QColor grey(0xdd, 0xe1, 0xe6);
            c = QColor((c.red() + 2 * grey.red()) / 3, (c.green() + 2 * grey.green()) / 3, (c.blue() + 2 * grey.blue()) / 3);
        }
        c.setAlpha(m_overBackground || m_zone ? 150 : 215);
        return c;
    }
    if (m_zone)
        return QColor(0xff, 0xe8, 0xcc, 90);
    return QColor(0xee, 0xf3, 0xf8, m_overBackground ? 110 : 255);
}

void RoomItem::setOverBackground(bool over)
{
    m_overBackground = over;
    setBrush(fill());
}

void RoomItem::setTint(const QColor &colour, bool stale)
{
    if (colour == m_tint && stale == m_tintStale)
        return;
    m_tint = colour;
    m_tintStale = stale;
    setBrush(fill());
}

void RoomItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    // Drawn with the painter's own pen and brush: changing the item's brush here would
    // schedule another paint, and so on forever.
    painter->save();
    painter->setPen(pen());
    painter->setBrush(isSelected() ? QBrush(QColor(0xcf, 0xe3, 0xff, m_overBackground ? 150 : 255)) : brush());
    painter->drawPolygon(polygon(), fillRule());
    painter->restore();
    // Name and area centred, at a size that stays readable at any zoom.
    const double scale = painter->worldTransform().m11();
    if (scale <= 0)
        return;
    const QRectF bounds = polygon().boundingRect();
    painter->save();
    painter->translate(bounds.center());
    painter->scale(1.0 / scale, 1.0 / scale);
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    const QString area = QCoreApplication::translate("twin::ui::PlanView", "%1 m²").arg(m_areaSquareMetres, 0, 'f', 1);
    const QFontMetricsF fm(font);
    // Devices usually stand in the middle of a room: the label ends above a marker there
    // and its selection ring (radius 13 pixels, pen 3), as far as the room's height allows (a
    // corridor keeps its label inside its walls).
    const double roomHeight = bounds.height() * scale;
    painter->translate(0, std::min(0.0, std::max(-fm.height() - 16, -roomHeight / 2 + fm.height() + 3)));
    const double width = bounds.width() * scale;
    if (width > fm.horizontalAdvance(m_name) * 0.6) {
        painter->setPen(QColor(0x22, 0x2a, 0x33));
        painter->drawText(QRectF(-width / 2, -fm.height(), width, fm.height()), Qt::AlignCenter,
                          fm.elidedText(m_name, Qt::ElideRight, width - 4));
        painter->setPen(QColor(0x60, 0x6a, 0x75));
        painter->drawText(QRectF(-width / 2, 0, width, fm.height()), Qt::AlignCenter, area);
    }
    painter->restore();
}

MarkerItem::MarkerItem(const QString &twinId, const QString &name, Category category)
    : QGraphicsEllipseItem(-9, -9, 18, 18)
    , m_twinId(twinId)
    , m_name(name)
    , m_category(category)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIgnoresTransformations);
    setZValue(3);
    setBrush(categoryColour(category));
    setPen(QPen(Qt::white, 2));
    setToolTip(name);
    setCursor(Qt::SizeAllCursor);
}

void MarkerItem::setLiveText(const QString &text, bool stale, const QString &allValues)
{
    setToolTip(allValues.isEmpty() ? m_name : m_name + u'\n' + allValues);
    if (text == m_liveText && stale == m_liveStale)
        return;
    if (text != m_liveText) {
        prepareGeometryChange();
        m_liveText = text;
        m_labelRect = QRectF();
        if (!text.isEmpty()) {
            QFont font;
            font.setPointSizeF(7.5);
            const QFontMetricsF fm(font);
            m_labelRect = QRectF(rect().right() + 4, -fm.height() / 2 - 2, fm.horizontalAdvance(text) + 8, fm.height() + 4);
        }
    }
    m_liveStale = stale;
    update();
}

QRectF MarkerItem::labelRect(int lines, bool leftSide) const
{
    if (m_labelRect.isNull())
        return {};
    const qreal dx = leftSide ? rect().left() - 4 - m_labelRect.right() : 0;
    return m_labelRect.translated(dx, lines * (m_labelRect.height() + 1));
}

void MarkerItem::setLabelPlace(int lines, bool leftSide)
{
    if (lines == m_labelShift && leftSide == m_labelLeft)
        return;
    prepareGeometryChange();
    m_labelShift = lines;
    m_labelLeft = leftSide;
    update();
}

QRectF MarkerItem::boundingRect() const
{
    // The selection ring lies outside the ellipse.
    const QRectF marker = QGraphicsEllipseItem::boundingRect().adjusted(-6, -6, 6, 6);
    return m_labelRect.isNull() ? marker : marker.united(labelRect(m_labelShift, m_labelLeft).adjusted(-1, -1, 1, 1));
}

void MarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (!m_liveText.isEmpty()) {
        painter->save();
        QFont font = painter->font();
        font.setPointSizeF(7.5);
        painter->setFont(font);
        painter->setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 1));
        painter->setBrush(QColor(255, 255, 255, m_liveStale ? 150 : 230));
        const QRectF label = labelRect(m_labelShift, m_labelLeft);
        painter->drawRoundedRect(label, 3, 3);
        painter->setPen(m_liveStale ? QColor(0x9a, 0xa0, 0xa8) : QColor(0x1c, 0x24, 0x2e));
        painter->drawText(label, Qt::AlignCenter, m_liveText);
        painter->restore();
    }
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~QStyle::State_Selected;
    if (isSelected()) {
        painter->setPen(QPen(QColor(0xff, 0xb0, 0x00), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(rect().adjusted(-4, -4, 4, 4));
    }
    QGraphicsEllipseItem::paint(painter, &plain, widget);
    painter->setPen(Qt::white);
    QFont font = painter->font();
    font.setPointSizeF(7);
    font.setBold(true);
    painter->setFont(font);
    const QString letter = m_category == Category::Sensor ? QStringLiteral("S")
        : m_category == Category::Person                  ? QStringLiteral("P")
                                                          : QStringLiteral("D");
    painter->drawText(rect(), Qt::AlignCenter, letter);
}

} // namespace twin::ui

namespace twin::ui {

namespace {

const QColor kSelectedColour(0xff, 0x8f, 0x00);

/// \a option without the selection state, whose dashed frame the plan does not use.
QStyleOptionGraphicsItem unselected(const QStyleOptionGraphicsItem *option)
{
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~QStyle::State_Selected;
    return plain;
}

} // namespace

QVariant RoomItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && !(QGuiApplication::keyboardModifiers() & Qt::AltModifier)) {
        const double grid = 0.1 * kPixelsPerMetre;
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid);
    }
    return QGraphicsPolygonItem::itemChange(change, value);
}

WallItem::WallItem(const FloorLayout &layout, int wall)
    : FloorElementItem({FloorElement::Kind::Wall, wall})
{
    QPainterPath path;
    for (const QPolygonF &piece : PlanGeometry::wallPieces(layout, wall)) {
        const QPolygonF scene = toScene(piece);
        if (scene.isEmpty())
            continue;
        path.moveTo(scene.first());
        for (int i = 1; i < scene.size(); ++i)
            path.lineTo(scene.at(i));
    }
    setPath(path);
    const double thickness = layout.walls.at(wall).thickness;
    setPen(QPen(QColor(0x2b, 0x30, 0x36), thickness * kPixelsPerMetre, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    setZValue(2);
    setFlag(ItemIsSelectable);
}

QPainterPath WallItem::shape() const
{
    return QPainterPathStroker(pen()).createStroke(path());
}

void WallItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QStyleOptionGraphicsItem plain = unselected(option);
    if (!isSelected()) {
        QGraphicsPathItem::paint(painter, &plain, widget);
        return;
    }
    QPen pen = this->pen();
    pen.setColor(kSelectedColour);
    painter->setPen(pen);
    painter->drawPath(path());
}

OpeningItem::OpeningItem(const FloorLayout &layout, int opening)
    : FloorElementItem({FloorElement::Kind::Opening, opening})
{
    const Opening &o = layout.openings.at(opening);
    const QPolygonF &wall = layout.walls.at(o.wall).path;
    double angle = 0;
    const QPointF start = PlanGeometry::pointAlong(wall, o.offset, &angle) * kPixelsPerMetre;
    const QPointF end = PlanGeometry::pointAlong(wall, o.offset + o.width) * kPixelsPerMetre;
    const double width = o.width * kPixelsPerMetre;
    QPainterPath path;
    if (o.kind == QStringLiteral("door")) {
        // The leaf stands open at right angles to the wall; the arc is its swing back to
        // the closed position across the gap. Moving the hinge to the other end keeps the
        // side of the wall the door opens to.
        const QPointF hinge = o.hingeAtEnd ? end : start;
        const double closed = o.hingeAtEnd ? angle + 180 : angle;
        const double turn = (o.otherSide ? -90.0 : 90.0) * (o.hingeAtEnd ? -1 : 1);
        const QPointF leafEnd = QLineF::fromPolar(width, closed + turn).translated(hinge).p2();
        const QRectF swing(hinge.x() - width, hinge.y() - width, 2 * width, 2 * width);
        path.moveTo(hinge);
        path.lineTo(leafEnd);
        path.arcTo(swing, closed + turn, -turn);
        m_area = path;
        m_area.closeSubpath();
        m_door = true;
        m_hinge = hinge;
        m_leafEnd = leafEnd;
    } else {
        path.moveTo(start);
        path.lineTo(end);
        QPainterPathStroker stroker;
        stroker.setWidth(layout.walls.at(o.wall).thickness * kPixelsPerMetre);
        m_area = stroker.createStroke(path);
    }
    setPath(path);
    QPen pen(QColor(0x2b, 0x30, 0x36), 1.5);
    pen.setCosmetic(true);
    setPen(pen);
    setZValue(2.5);
    setFlag(ItemIsSelectable);
    setToolTip(QCoreApplication::translate("twin::ui::PlanView", "%1, %2 m wide")
                   .arg(o.kind)
                   .arg(o.width, 0, 'f', 2));
}

QPainterPath OpeningItem::shape() const
{
    return m_area;
}

void OpeningItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QStyleOptionGraphicsItem plain = unselected(option);
    if (isSelected()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xff, 0x8f, 0x00, 70));
        painter->drawPath(m_area);
    }
    QGraphicsPathItem::paint(painter, &plain, widget);
}

DimensionItem::DimensionItem(const DimensionLine &line, int index)
    : FloorElementItem({FloorElement::Kind::Dimension, index})
{
    const QLineF l(line.from * kPixelsPerMetre, line.to * kPixelsPerMetre);
    QPainterPath path;
    path.moveTo(l.p1());
    path.lineTo(l.p2());
    // Ticks across both ends.
    const QLineF normal = l.length() > 0 ? l.normalVector().unitVector() : QLineF(0, 0, 0, 1);
    const QPointF tick = (normal.p2() - normal.p1()) * 0.12 * kPixelsPerMetre;
    for (QPointF end : {l.p1(), l.p2()}) {
        path.moveTo(end - tick);
        path.lineTo(end + tick);
    }
    setPath(path);
    QPen pen(QColor(0x8e, 0x24, 0xaa), 1.5);
    pen.setCosmetic(true);
    setPen(pen);
    setZValue(4);
    setFlag(ItemIsSelectable);
    const double metres = QLineF(line.from, line.to).length();
    auto *label = new LabelItem(QCoreApplication::translate("twin::ui::PlanView", "%1 m").arg(metres, 0, 'f', 2), this);
    label->setPos(l.center());
}

QPainterPath DimensionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(0.2 * kPixelsPerMetre);
    return stroker.createStroke(path());
}

void DimensionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QStyleOptionGraphicsItem plain = unselected(option);
    if (isSelected()) {
        QPen pen = this->pen();
        pen.setColor(kSelectedColour);
        pen.setWidthF(3);
        painter->setPen(pen);
        painter->drawPath(path());
        return;
    }
    QGraphicsPathItem::paint(painter, &plain, widget);
}

LabelItem::LabelItem(const QString &text, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_text(text)
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    m_font.setPointSizeF(8);
}

QRectF LabelItem::boundingRect() const
{
    const QFontMetricsF fm(m_font);
    const double width = fm.horizontalAdvance(m_text) + 6;
    return QRectF(-width / 2, -fm.height() - 2, width, fm.height() + 2);
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setFont(m_font);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 210));
    painter->drawRect(boundingRect());
    painter->setPen(QColor(0x4a, 0x14, 0x8c));
    painter->drawText(boundingRect(), Qt::AlignCenter, m_text);
}

HandleItem::HandleItem(Kind kind, int index, QPointF sceneCentre)
    : QGraphicsRectItem(-4.5, -4.5, 9, 9)
    , m_kind(kind)
    , m_index(index)
{
    setFlag(ItemIgnoresTransformations);
    setPos(sceneCentre);
    setZValue(50);
    setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.5));
    setBrush(kind == Kind::Vertex ? QBrush(Qt::white) : QBrush(QColor(0xbb, 0xde, 0xfb)));
    setCursor(kind == Kind::Vertex ? Qt::CrossCursor : Qt::SizeAllCursor);
}

} // namespace twin::ui
