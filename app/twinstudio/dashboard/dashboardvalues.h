// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardtile.h"

#include <QList>
#include <QString>

namespace twin {
class LiveValueFeed;
class Project;
struct LiveReading;
}

namespace twin::ui {

/**
 * What the tiles show, read from a LiveValueFeed and nothing else: a twin's latest value,
 * an aggregate over the sensors below a space, rooms ranked by a metric. The twin graph
 * gives only the structure (which sensors are below which space).
 */
class DashboardValues
{
public:
    /// One value as a tile shows it.
    struct Value
    {
        bool valid = false;
        double number = 0.0;
        QString text;        ///< a value that is not a number
        QString unit;        ///< the unit's symbol
        qint64 timestampMs = 0; ///< the newest reading it is made of
        int count = 0;       ///< readings it is made of
    };
    struct RankedRoom
    {
        QString twinId;
        QString name;
        Value value;
    };

    explicit DashboardValues(const Project *project);

    void setFeed(const LiveValueFeed *feed) { m_feed = feed; }
    const LiveValueFeed *feed() const { return m_feed; }

    /// The tile's value: a twin's reading, or an aggregate over the sensors below it.
    Value value(const DashboardTile &tile) const;
    /// The reading of \a twinId named \a name (a telemetry name or a semantic type; empty:
    /// the twin's first numeric value), computed values included.
    Value reading(const QString &twinId, const QString &name) const;
    /// The mean, minimum or maximum of the numeric readings of type or name \a name of the
    /// sensors in \a twinId's subtree.
    Value aggregate(const QString &twinId, const QString &name, DashboardTile::Aggregate aggregate) const;
    /// The rooms (spaces without spaces below them) under the tile's twin (everywhere when
    /// it has none) that have a value of the tile's metric, sorted, at most tile.limit.
    QList<RankedRoom> rooms(const DashboardTile &tile) const;

    /// The name a tile shows for \a twinId: its "name" property, else its id.
    QString displayName(const QString &twinId) const;

private:
    QList<LiveReading> allReadings(const QString &twinId) const;

    const Project *const m_project;
    const LiveValueFeed *m_feed = nullptr;
};

} // namespace twin::ui
