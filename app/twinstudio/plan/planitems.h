// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/category.h"
#include "graph/twin.h"

#include <QGraphicsPolygonItem>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QFont>

namespace twin::ui {

/// Scene units per metre on the floor plan (y grows downwards, as on paper).
inline constexpr double kPixelsPerMetre = 100.0;

/// A room or zone: its outline filled, with its name and area written inside.
class RoomItem : public QGraphicsPolygonItem
{
public:
    RoomItem(const QString &twinId, const QString &name, const QPolygonF &outlineMetres, bool zone);

    QString twinId() const { return m_twinId; }
    /// Over a background image the fill lets the image show through.
    void setOverBackground(bool over);
    /// Fills the room with \a colour (a live value's), paler when \a stale; an invalid
    /// colour gives the plain fill back.
    void setTint(const QColor &colour, bool stale);
    QColor tint() const { return m_tint; }
    bool isTintStale() const { return m_tintStale; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    /// Moves snap to the grid unless Alt is held.
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_twinId;
    QString m_name;
    QColor fill() const;

    double m_areaSquareMetres;
    bool m_zone;
    bool m_overBackground = false;
    QColor m_tint;
    bool m_tintStale = false;
};

/// What a selectable plan item that is not a twin stands for: an element of the floor
/// layout, by its index in the layout's list.
struct FloorElement
{
    enum class Kind { Wall, Opening, Dimension };
    Kind kind = Kind::Wall;
    int index = -1;
};

/// An item for a FloorElement; the scene finds the element of a selected item through it.
class FloorElementItem
{
public:
    explicit FloorElementItem(FloorElement element) : m_element(element) {}
    virtual ~FloorElementItem() = default;
    FloorElement element() const { return m_element; }

private:
    FloorElement m_element;
};

/// A wall: its path stroked with its thickness, with gaps where its openings are.
class WallItem : public QGraphicsPathItem, public FloorElementItem
{
public:
    WallItem(const FloorLayout &layout, int wall);
    /// The stroked wall only: the path of a closed envelope would claim the floor inside it.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// A door: its leaf and its swing arc in the wall's gap (other openings: the gap only).
class OpeningItem : public QGraphicsPathItem, public FloorElementItem
{
public:
    OpeningItem(const FloorLayout &layout, int opening);
    bool isDoor() const { return m_door; }
    /// A door's hinge and the free end of its open leaf (scene units).
    QPointF hinge() const { return m_hinge; }
    QPointF leafEnd() const { return m_leafEnd; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_area;
    bool m_door = false;
    QPointF m_hinge;
    QPointF m_leafEnd;
};

/// A dimension line with end ticks and its length written at its middle.
class DimensionItem : public QGraphicsPathItem, public FloorElementItem
{
public:
    DimensionItem(const DimensionLine &line, int index);
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// Text centred on its position at a fixed size on screen, whatever the zoom.
class LabelItem : public QGraphicsItem
{
public:
    LabelItem(const QString &text, QGraphicsItem *parent);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QFont m_font;
};

/// A grip on a vertex or the middle of an edge of the selected room or wall.
class HandleItem : public QGraphicsRectItem
{
public:
    enum class Kind { Vertex, Edge };
    HandleItem(Kind kind, int index, QPointF sceneCentre);
    Kind kind() const { return m_kind; }
    int index() const { return m_index; }

private:
    Kind m_kind;
    int m_index;
};

/// A device, sensor or person at its position; movable, each drag one undo step.
class MarkerItem : public QGraphicsEllipseItem
{
public:
    MarkerItem(const QString &twinId, const QString &name, Category category);

    QString twinId() const { return m_twinId; }
    /// Writes \a text (the latest values) beside the marker, faded when \a stale; empty
    /// text removes the label. The tooltip lists \a allValues.
    void setLiveText(const QString &text, bool stale, const QString &allValues);
    QString liveText() const { return m_liveText; }
    /// Where the label would be drawn: right of the marker (or left, \a leftSide), moved
    /// down by \a lines label heights (negative: up), in item coordinates (pixels); null
    /// without a label.
    QRectF labelRect(int lines, bool leftSide) const;
    /// Moves the label out of the way of its neighbours.
    void setLabelPlace(int lines, bool leftSide);
    int labelShift() const { return m_labelShift; }
    bool labelOnLeft() const { return m_labelLeft; }
    bool isLiveStale() const { return m_liveStale; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_twinId;
    QString m_name;
    Category m_category;
    QString m_liveText;
    bool m_liveStale = false;
    QRectF m_labelRect; ///< item coordinates (pixels: the marker ignores zoom), unshifted
    int m_labelShift = 0;
    bool m_labelLeft = false;
};

/// Polygon area by the shoelace formula, in the polygon's units squared.
double polygonArea(const QPolygonF &polygon);

} // namespace twin::ui
