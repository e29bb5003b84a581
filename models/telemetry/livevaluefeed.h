// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace twin {

/// The latest value of one point of a twin.
struct LiveReading
{
    QString twinId;
    QString name;      ///< telemetry name; a sensor's own point is named after its data type
    QString dataType;
    QString unit;
    QVariant value;    ///< double, bool or QString
    qint64 timestampMs = 0;
    QString function = {}; ///< the function that computed it (a computed value, also in readings()); else empty
};

/**
 * Live values of twins as the views read them: the latest reading of each point and the
 * values functions computed, announced per twin. The live layer implements it
 * (LiveSession); views and item models follow it without knowing where values come from.
 */
class LiveValueFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Every point of \a twinId that has a value.
    virtual QList<LiveReading> readings(const QString &twinId) const = 0;
    /// The values functions computed for \a twinId, the latest per name.
    virtual QList<LiveReading> computedReadings(const QString &twinId) const = 0;
    /// The twins that have values: a view that switches to this feed reads them all.
    virtual QStringList twinIds() const { return {}; }
    /// The moment the values are of (ms since the epoch): now for live values, the time
    /// cursor's moment for values read from history. Ages and staleness count from it.
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }

signals:
    /// Twins with new values (telemetry or computed) since the last announcement (for a
    /// moment from history: every twin, each time the moment moves).
    void valuesChanged(const QStringList &twinIds);
    /// The values stopped (the source went away): what was read before is void.
    void valuesCleared();
};

} // namespace twin
