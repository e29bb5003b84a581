// SPDX-License-Identifier: GPL-3.0-or-later
#include "livereadingsfeed.h"

#include <QDateTime>

namespace twin {

LiveReadingsFeed::LiveReadingsFeed(const LiveValueFeed *feed, QObject *parent)
    : QObject(parent)
{
    setFeed(feed);
}

qint64 LiveReadingsFeed::nowMs() const
{
    return m_feed ? m_feed->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void LiveReadingsFeed::setFeed(const LiveValueFeed *feed)
{
    if (feed == m_feed)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (std::exchange(m_started, false))
        emit runEnded();
    m_feed = feed;
    if (!feed)
        return;
    m_connections.append(connect(feed, &LiveValueFeed::valuesChanged, this, &LiveReadingsFeed::take));
    m_connections.append(connect(feed, &LiveValueFeed::valuesCleared, this, [this] {
        if (std::exchange(m_started, false))
            emit runEnded();
    }));
    // What the feed holds already (a moment from history, a run going on).
    const QStringList ids = feed->twinIds();
    if (!ids.isEmpty())
        take(ids);
}

void LiveReadingsFeed::take(const QStringList &twinIds)
{
    if (!std::exchange(m_started, true))
        emit runStarted();
    // A value a function computed is a point as well: its reading names the function.
    QList<LiveReading> readings;
    readings.reserve(twinIds.size());
    for (const QString &id : twinIds)
        readings.append(m_feed->readings(id));
    emit readingsArrived(readings, m_feed->nowMs());
}

} // namespace twin
