// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"

#include <QGraphicsPolygonItem>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>

namespace twin::ui {

/// Scene units per metre on the floor plan (y grows downwards, as on paper).
inline constexpr double kPixelsPerMetre = 100.0;

/// A room or zone: its outline filled, with its name and area written inside.
class RoomItem : public QGraphicsPolygonItem
{
public:
    RoomItem(const QString &twinId, const QString &name, const QPolygonF &outlineMetres, bool zone);

    QString twinId() const { return m_twinId; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_twinId;
    QString m_name;
    double m_areaSquareMetres;
    bool m_zone;
};

/// A wall: a polyline stroked with its thickness.
class WallItem : public QGraphicsPathItem
{
public:
    WallItem(const QPolygonF &pathMetres, double thicknessMetres);
};

/// A device, sensor or person at its position; movable, each drag one undo step.
class MarkerItem : public QGraphicsEllipseItem
{
public:
    MarkerItem(const QString &twinId, const QString &name, Category category);

    QString twinId() const { return m_twinId; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_twinId;
    QString m_name;
    Category m_category;
};

/// Polygon area by the shoelace formula, in the polygon's units squared.
double polygonArea(const QPolygonF &polygon);

} // namespace twin::ui
