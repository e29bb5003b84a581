// SPDX-License-Identifier: GPL-3.0-or-later
#include "livereadingsfeed.h"

#include <QDateTime>

namespace twin {

LiveReadingsFeed::LiveReadingsFeed(LiveSession *session, QObject *parent)
    : QObject(parent)
{
    connect(session, &LiveSession::valuesChanged, this, [this, session](const QStringList &twinIds) {
        QList<LiveReading> readings;
        for (const QString &id : twinIds) {
            const qsizetype first = readings.size();
            readings.append(session->readings(id));
            // A value a function computed is a point as well: name the function that wrote it.
            for (const LiveReading &c : session->computedReadings(id)) {
                for (qsizetype i = first; i < readings.size(); ++i) {
                    if (readings[i].name == c.name)
                        readings[i].function = c.function;
                }
            }
        }
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
