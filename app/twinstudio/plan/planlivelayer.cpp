// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlivelayer.h"

#include "planitems.h"
#include "planscene.h"

#include "live/livesession.h"

#include <QDateTime>

#include <limits>

namespace twin::ui {

PlanLiveLayer::PlanLiveLayer(PlanScene *scene, Project *project)
    : QObject(scene)
    , m_scene(scene)
    , m_overlay(project)
{
    connect(scene, &PlanScene::itemsRebuilt, this, &PlanLiveLayer::itemsRebuilt);
    // Staleness is a matter of seconds: a slow timer is enough to fade what went quiet.
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, [this] { expire(QDateTime::currentMSecsSinceEpoch()); });
    itemsRebuilt();
}

void PlanLiveLayer::followLiveSession(LiveSession *session)
{
    connect(session, &LiveSession::valuesChanged, this, [this, session](const QStringList &twinIds) {
        QList<LiveReading> readings;
        for (const QString &id : twinIds)
            readings.append(session->readings(id));
        record(readings, QDateTime::currentMSecsSinceEpoch());
    });
    connect(session, &LiveSession::stateChanged, this, [this](TelemetrySource::State state) {
        if (state == TelemetrySource::State::Disconnected) {
            m_expiry.stop();
            apply(m_overlay.clear());
        } else {
            m_expiry.start();
        }
    });
}

void PlanLiveLayer::setTint(LivePlanOverlay::Tint tint)
{
    if (tint == m_overlay.tint())
        return;
    apply(m_overlay.setTint(tint));
    emit tintChanged(tint);
}

void PlanLiveLayer::setStaleAfterMs(qint64 ms)
{
    m_overlay.setStaleAfterMs(ms);
}

void PlanLiveLayer::record(const QList<LiveReading> &readings, qint64 nowMs)
{
    apply(m_overlay.record(readings, nowMs));
}

void PlanLiveLayer::expire(qint64 nowMs)
{
    apply(m_overlay.expire(nowMs));
}

void PlanLiveLayer::itemsRebuilt()
{
    m_markers.clear();
    m_rooms.clear();
    for (QGraphicsItem *item : m_scene->items()) {
        // Items of the floor below are drawn faded and disabled: they show no values.
        if (!item->isEnabled())
            continue;
        if (auto *marker = dynamic_cast<MarkerItem *>(item))
            m_markers.insert(marker->twinId(), marker);
        else if (auto *room = dynamic_cast<RoomItem *>(item))
            m_rooms.insert(room->twinId(), room);
    }
    // The document changed: which sensor feeds which marker and room may have too.
    m_overlay.reindex();
    for (MarkerItem *marker : std::as_const(m_markers))
        applyMarker(marker);
    for (RoomItem *room : std::as_const(m_rooms))
        applyRoom(room);
}

void PlanLiveLayer::apply(const LivePlanOverlay::Changes &changes)
{
    for (const QString &id : changes.markers) {
        if (MarkerItem *marker = m_markers.value(id))
            applyMarker(marker);
    }
    for (const QString &id : changes.rooms) {
        if (RoomItem *room = m_rooms.value(id))
            applyRoom(room);
    }
}

void PlanLiveLayer::applyMarker(MarkerItem *marker)
{
    const QString id = marker->twinId();
    marker->setLiveText(m_overlay.markerText(id), m_overlay.isMarkerStale(id),
                        m_overlay.markerText(id, std::numeric_limits<int>::max()));
    ++m_updatedItems;
}

void PlanLiveLayer::applyRoom(RoomItem *room)
{
    const QString id = room->twinId();
    room->setTint(m_overlay.roomColour(id), m_overlay.isRoomStale(id));
    ++m_updatedItems;
}

} // namespace twin::ui
