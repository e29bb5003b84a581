// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardlayout.h"

#include <QJsonArray>

#include <algorithm>

namespace twin::ui {

int DashboardLayout::rowCount() const
{
    int rows = 0;
    for (const DashboardTile &t : m_tiles)
        rows = std::max(rows, t.row + t.rowSpan);
    return rows;
}

bool DashboardLayout::fits(const QRect &cells, int ignore) const
{
    if (cells.left() < 0 || cells.top() < 0 || cells.right() >= m_columns)
        return false;
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (i != ignore && m_tiles.at(i).cells().intersects(cells))
            return false;
    }
    return true;
}

QPoint DashboardLayout::freeCell(QSize span, int ignore) const
{
    const int width = std::min(span.width(), m_columns);
    for (int row = 0;; ++row) {
        for (int column = 0; column + width <= m_columns; ++column) {
            if (fits(QRect(column, row, width, span.height()), ignore))
                return QPoint(column, row);
        }
    }
}

void DashboardLayout::add(DashboardTile tile)
{
    tile.columnSpan = std::clamp(tile.columnSpan, 1, m_columns);
    if (tile.row < 0 || tile.column < 0 || !fits(tile.cells(), -1)) {
        const QPoint cell = freeCell(QSize(tile.columnSpan, tile.rowSpan), -1);
        tile.column = cell.x();
        tile.row = cell.y();
    }
    m_tiles.append(tile);
}

void DashboardLayout::remove(int index)
{
    m_tiles.removeAt(index);
}

void DashboardLayout::replace(int index, const DashboardTile &tile)
{
    m_tiles[index] = tile;
    place(index, QPoint(tile.column, tile.row), QSize(tile.columnSpan, tile.rowSpan));
}

void DashboardLayout::place(int index, QPoint cell, QSize span)
{
    DashboardTile &tile = m_tiles[index];
    tile.columnSpan = std::clamp(span.width(), 1, m_columns);
    tile.rowSpan = std::max(1, span.height());
    tile.column = std::clamp(cell.x(), 0, m_columns - tile.columnSpan);
    tile.row = std::max(0, cell.y());
    // The tiles it now covers go to the first free cells, in their order.
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (i == index || !m_tiles.at(i).cells().intersects(m_tiles.at(index).cells()))
            continue;
        const QPoint free = freeCell(QSize(m_tiles.at(i).columnSpan, m_tiles.at(i).rowSpan), i);
        m_tiles[i].column = free.x();
        m_tiles[i].row = free.y();
    }
}

int DashboardLayout::tileAt(QPoint cell) const
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i).cells().contains(cell))
            return i;
    }
    return -1;
}

DashboardLayout DashboardLayout::fromJson(const QJsonObject &json, QStringList *errors)
{
    DashboardLayout layout;
    layout.m_columns = std::clamp(json.value(QStringLiteral("columns")).toInt(DefaultColumns), 1, 12);
    const QJsonArray tiles = json.value(QStringLiteral("tiles")).toArray();
    for (int i = 0; i < tiles.size(); ++i) {
        DashboardTile tile;
        QString error;
        if (DashboardTile::fromJson(tiles.at(i).toObject(), &tile, &error))
            layout.add(tile);
        else if (errors)
            errors->append(QStringLiteral("tile %1: %2").arg(i + 1).arg(error));
    }
    return layout;
}

QJsonObject DashboardLayout::toJson() const
{
    QJsonArray tiles;
    for (const DashboardTile &t : m_tiles)
        tiles.append(t.toJson());
    return QJsonObject{{QStringLiteral("columns"), m_columns}, {QStringLiteral("tiles"), tiles}};
}

QJsonObject DashboardLayout::demo()
{
    using Kind = DashboardTile::Kind;
    const auto tile = [](Kind kind, int row, int column, const QString &title, const QString &twin,
                         const QString &value) {
        DashboardTile t;
        t.kind = kind;
        t.row = row;
        t.column = column;
        t.title = title;
        t.twinId = twin;
        t.value = value;
        return t;
    };
    DashboardLayout layout;
    DashboardTile mean = tile(Kind::Value, 0, 0, QStringLiteral("Building A, mean temperature"),
                              QStringLiteral("building-a"), QStringLiteral("Temperature"));
    mean.aggregate = DashboardTile::Aggregate::Mean;
    mean.warning = 24.0;
    mean.alarm = 27.0;
    layout.add(mean);
    DashboardTile co2 = tile(Kind::Value, 0, 1, QStringLiteral("Building A, highest CO2"),
                             QStringLiteral("building-a"), QStringLiteral("CarbonDioxide"));
    co2.aggregate = DashboardTile::Aggregate::Max;
    co2.warning = 1000.0;
    co2.alarm = 1400.0;
    layout.add(co2);
    DashboardTile gauge = tile(Kind::Gauge, 0, 2, QStringLiteral("Room 101 humidity"), QStringLiteral("ms-101-hum"),
                               QString());
    gauge.warning = 60.0;
    gauge.alarm = 70.0;
    layout.add(gauge);
    layout.add(tile(Kind::Alerts, 0, 3, QStringLiteral("Open alerts"), QString(), QString()));
    DashboardTile spark = tile(Kind::Sparkline, 1, 0, QStringLiteral("Room 101 temperature, last hour"),
                               QStringLiteral("ms-101-temp"), QString());
    spark.columnSpan = 2;
    layout.add(spark);
    DashboardTile rooms = tile(Kind::Rooms, 1, 2, QStringLiteral("Warmest rooms"), QStringLiteral("building-a"),
                               QStringLiteral("Temperature"));
    rooms.columnSpan = 2;
    rooms.rowSpan = 2;
    layout.add(rooms);
    DashboardTile power = tile(Kind::Value, 2, 0, QStringLiteral("Floor 1 power"), QStringLiteral("meter-1-power"),
                               QString());
    layout.add(power);
    DashboardTile ms = tile(Kind::Value, 2, 1, QStringLiteral("Room 101 CO2"), QStringLiteral("ms-101-co2"), QString());
    ms.warning = 1000.0;
    ms.alarm = 1400.0;
    layout.add(ms);
    return layout.toJson();
}

} // namespace twin::ui
