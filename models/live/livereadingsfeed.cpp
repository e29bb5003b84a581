// SPDX-License-Identifier: GPL-3.0-or-later
#include "livereadingsfeed.h"

#include <QDateTime>

namespace twin {

LiveReadingsFeed::LiveReadingsFeed(LiveSession *session, QObject *parent)
    : QObject(parent)
{
    connect(session, &LiveSession::valuesChanged, this, [this, session](const QStringList &twinIds) {
        QList<LiveReading> readings;
        for (const QString &id : twinIds)
            readings.append(session->readings(id));
        emit readingsArrived(readings, QDateTime::currentMSecsSinceEpoch());
    });
    connect(session, &LiveSession::stateChanged, this, [this](TelemetrySource::State state) {
        if (state == TelemetrySource::State::Disconnected)
            emit runEnded();
        else
            emit runStarted();
    });
}

} // namespace twin
