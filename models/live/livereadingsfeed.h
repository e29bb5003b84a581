// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/livesession.h"

#include <QList>
#include <QObject>

namespace twin {

/**
 * What a view of live values (the plan, the 3D view) takes from a LiveSession: on each
 * tick, the latest readings of the twins that have new values, stamped with the time of
 * the tick; and when a run starts and ends (its values are gone then).
 */
class LiveReadingsFeed : public QObject
{
    Q_OBJECT

public:
    explicit LiveReadingsFeed(LiveSession *session, QObject *parent = nullptr);

signals:
    /// \a nowMs: ms since the epoch, when the tick handed them over.
    void readingsArrived(const QList<twin::LiveReading> &readings, qint64 nowMs);
    void runStarted();
    void runEnded();
};

} // namespace twin
