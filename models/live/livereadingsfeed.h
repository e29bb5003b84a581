// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/livevaluefeed.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace twin {

/**
 * What a view of live values (the plan, the 3D view) takes from a LiveValueFeed (the live
 * session, or the time cursor's moment from history): the latest readings of the twins
 * that have new values, stamped with the feed's moment; and when values start and end.
 * setFeed() switches feeds: what the old one showed ends, what the new one has arrives.
 */
class LiveReadingsFeed : public QObject
{
    Q_OBJECT

public:
    explicit LiveReadingsFeed(const LiveValueFeed *feed, QObject *parent = nullptr);

    const LiveValueFeed *feed() const { return m_feed; }
    void setFeed(const LiveValueFeed *feed);
    /// The moment of the feed's values (the clock without a feed).
    qint64 nowMs() const;

signals:
    /// \a nowMs: ms since the epoch, the moment the values are of.
    void readingsArrived(const QList<twin::LiveReading> &readings, qint64 nowMs);
    void runStarted();
    void runEnded();

private:
    void take(const QStringList &twinIds);

    QPointer<const LiveValueFeed> m_feed;
    QList<QMetaObject::Connection> m_connections;
    bool m_started = false;
};

} // namespace twin
