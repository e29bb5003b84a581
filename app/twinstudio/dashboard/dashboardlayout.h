// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardtile.h"

#include <QJsonObject>
#include <QList>
#include <QPoint>
#include <QStringList>

namespace twin::ui {

/**
 * The dashboard's tiles on a grid of columns() columns and as many rows as they need,
 * as kept in the project's view state under ViewStateKey: {"columns": N, "tiles": [...]}.
 * Tiles never overlap: place() moves the tiles a placed one covers to free cells.
 */
class DashboardLayout
{
public:
    static constexpr const char *ViewStateKey = "dashboard";
    static constexpr int DefaultColumns = 4;

    int columns() const { return m_columns; }
    const QList<DashboardTile> &tiles() const { return m_tiles; }
    int rowCount() const;

    /// Adds \a tile; where its cell is taken (or it has none: row < 0), at the first free one.
    void add(DashboardTile tile);
    void remove(int index);
    /// Puts tile \a index at \a cell with \a span, clamped to the grid, and moves the tiles
    /// it then covers to free cells.
    void place(int index, QPoint cell, QSize span);
    void replace(int index, const DashboardTile &tile);
    /// The tile covering \a cell, or -1.
    int tileAt(QPoint cell) const;

    /// Reads a layout; tiles that are wrong are left out, with "tile N: why" in \a errors.
    static DashboardLayout fromJson(const QJsonObject &json, QStringList *errors);
    QJsonObject toJson() const;

    /// A first dashboard for the demo site: values, a gauge, a sparkline, rooms and alerts.
    static QJsonObject demo();

private:
    /// The first cell, row by row, where a tile of \a span fits without covering any tile
    /// but \a ignore.
    QPoint freeCell(QSize span, int ignore) const;
    bool fits(const QRect &cells, int ignore) const;

    int m_columns = DefaultColumns;
    QList<DashboardTile> m_tiles;
};

} // namespace twin::ui
