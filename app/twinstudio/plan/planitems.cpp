// SPDX-License-Identifier: GPL-3.0-or-later
#include "planitems.h"

#include <QCoreApplication>
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

QColor categoryColour(Category category)
{
    switch (category) {
    case Category::Device: return QColor(0x1f, 0x77, 0xb4);
    case Category::Sensor: return QColor(0x2c, 0xa0, 0x2c);
    case Category::Person: return QColor(0xd6, 0x27, 0x28);
    default: return QColor(0x7f, 0x7f, 0x7f);
    }
}

} // namespace

double polygonArea(const QPolygonF &polygon)
{
    double twice = 0;
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon.at(i);
        const QPointF b = polygon.at((i + 1) % polygon.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2.0;
}

RoomItem::RoomItem(const QString &twinId, const QString &name, const QPolygonF &outlineMetres, bool zone)
    : QGraphicsPolygonItem(toScene(outlineMetres))
    , m_twinId(twinId)
    , m_name(name)
    , m_areaSquareMetres(polygonArea(outlineMetres))
    , m_zone(zone)
{
    setFlag(ItemIsSelectable);
    setZValue(zone ? 1 : 0);
    QPen pen(zone ? QColor(0xe3, 0x8b, 0x2c) : QColor(0x55, 0x60, 0x6e), 2);
    pen.setCosmetic(true);
    if (zone)
        pen.setStyle(Qt::DashLine);
    setPen(pen);
    setBrush(zone ? QColor(0xff, 0xe8, 0xcc, 90) : QColor(0xee, 0xf3, 0xf8));
    setToolTip(QStringLiteral("%1\n%2 m²").arg(name).arg(m_areaSquareMetres, 0, 'f', 1));
}

void RoomItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~QStyle::State_Selected;
    if (isSelected()) {
        painter->save();
        setBrush(QColor(0xcf, 0xe3, 0xff));
        QGraphicsPolygonItem::paint(painter, &plain, widget);
        setBrush(m_zone ? QColor(0xff, 0xe8, 0xcc, 90) : QColor(0xee, 0xf3, 0xf8));
        painter->restore();
    } else {
        QGraphicsPolygonItem::paint(painter, &plain, widget);
    }
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

WallItem::WallItem(const QPolygonF &pathMetres, double thicknessMetres)
{
    QPainterPath path;
    const QPolygonF scene = toScene(pathMetres);
    if (!scene.isEmpty()) {
        path.moveTo(scene.first());
        for (int i = 1; i < scene.size(); ++i)
            path.lineTo(scene.at(i));
    }
    setPath(path);
    QPen pen(QColor(0x2b, 0x30, 0x36), thicknessMetres * kPixelsPerMetre, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
    setPen(pen);
    setZValue(2);
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

void MarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
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
