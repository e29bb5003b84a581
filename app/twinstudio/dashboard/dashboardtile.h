// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QRect>
#include <QString>

#include <optional>

namespace twin::ui {

/**
 * One tile of the dashboard as the project keeps it: what it shows, where it sits on the
 * grid (cells, row and column from 0) and how values are judged.
 *
 * JSON: {"kind": "value" | "gauge" | "sparkline" | "rooms" | "alerts", "row", "column",
 * "rowSpan", "columnSpan", "title", "twin", "value" (a telemetry name or a semantic type),
 * "aggregate": "latest" | "mean" | "min" | "max" (over the sensors below "twin"),
 * "warning", "alarm" (thresholds; an alarm below the warning means low values are bad),
 * "minimum", "maximum" (a gauge's scale), "ascending", "limit" (a room list)}.
 */
struct DashboardTile
{
    enum class Kind { Value, Gauge, Sparkline, Rooms, Alerts };
    enum class Aggregate { Latest, Mean, Min, Max };
    enum class Level { None, Normal, Warning, Alarm };

    Kind kind = Kind::Value;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString title;
    QString twinId;
    QString value;
    Aggregate aggregate = Aggregate::Latest;
    std::optional<double> warning;
    std::optional<double> alarm;
    double minimum = 0.0;
    double maximum = 100.0;
    bool ascending = false;
    int limit = 5;

    QRect cells() const { return QRect(column, row, columnSpan, rowSpan); }
    /// How \a number compares with the thresholds (Normal when there are none).
    Level level(double number) const;

    /// Reads a tile; false with what is wrong in \a error.
    static bool fromJson(const QJsonObject &json, DashboardTile *tile, QString *error);
    QJsonObject toJson() const;

    static QString kindName(Kind kind);
    /// The kind as a user reads it ("Value", "Gauge", ...), translated.
    static QString kindDisplayName(Kind kind);
    static QString aggregateName(Aggregate aggregate);
};

} // namespace twin::ui
