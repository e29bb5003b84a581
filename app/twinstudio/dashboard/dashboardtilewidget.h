// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardtile.h"
#include "dashboardvalues.h"

#include <QFrame>
#include <QList>
#include <QPointF>

#include <array>
#include <utility>

namespace twin::ui {

/**
 * One tile on the dashboard: it paints what the tab hands it on each tick (setContent())
 * and offers its edits (configure, move, resize, remove) in its context menu; dragging it
 * moves it on the grid. It reads no values by itself.
 */
class DashboardTileWidget : public QFrame
{
    Q_OBJECT

public:
    /// What the tile shows, filled by the tab.
    struct Content
    {
        DashboardValues::Value value;
        DashboardTile::Level level = DashboardTile::Level::None;
        QList<QPointF> sparkline;                   ///< (ms since the epoch, value), oldest first
        QList<DashboardValues::RankedRoom> rooms;
        std::array<int, 3> openAlerts{0, 0, 0};     ///< critical, warning, info
        qint64 nowMs = 0;
    };

    DashboardTileWidget(int index, const DashboardTile &tile, const QString &title, QWidget *parent = nullptr);

    int index() const { return m_index; }
    const DashboardTile &tile() const { return m_tile; }
    const Content &content() const { return m_content; }
    /// The title shown: the tile's own, else one made from its twin and value.
    QString title() const { return m_title; }
    void setContent(const Content &content);
    /// The value as the tile writes it ("21.5 °C"), "–" when there is none.
    QString valueText() const;

    /// The colour of a threshold level (also used by the room list).
    static QColor levelColour(DashboardTile::Level level);
    /// The lowest and highest value a sparkline of \a points spans: theirs, widened to
    /// at least 0.2 around their middle so that its one-decimal labels differ.
    static std::pair<double, double> sparkRange(const QList<QPointF> &points);
    /// \a base, made smaller (down to 0.65 of it) until each of \a texts fits \a width: the
    /// alert tile's column names side by side in a narrow tile.
    static QFont fittingFont(const QFont &base, const QStringList &texts, int width);
    /// The MIME type of a tile being dragged: its index, as text.
    static QString mimeType();

signals:
    void configureRequested(int index);
    void removeRequested(int index);
    /// Put the tile at \a cell with \a span.
    void placeRequested(int index, QPoint cell, QSize span);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void createActions();
    void addPlaceAction(const QString &name, const QString &text, QPoint cellDelta, QSize spanDelta);
    void paintValue(QPainter &p, const QRect &area) const;
    void paintGauge(QPainter &p, const QRect &area) const;
    void paintSparkline(QPainter &p, const QRect &area) const;
    void paintRooms(QPainter &p, const QRect &area) const;
    void paintAlerts(QPainter &p, const QRect &area) const;
    QString ageText() const;
    QString numberText(const DashboardValues::Value &value) const;

    const int m_index;
    const DashboardTile m_tile;
    const QString m_title;
    Content m_content;
    QPoint m_pressPos;
};

} // namespace twin::ui
