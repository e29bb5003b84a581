// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlivelayer.h"

#include "planitems.h"
#include "planscene.h"

#include "document/project.h"
#include "live/livereadingsfeed.h"
#include "live/livesession.h"

#include <QDateTime>
#include <QGraphicsView>
#include <QUndoStack>

#include <algorithm>
#include <limits>
#include <optional>

namespace twin::ui {

PlanLiveLayer::PlanLiveLayer(PlanScene *scene, Project *project)
    : QObject(scene)
    , m_scene(scene)
    , m_overlay(project)
{
    connect(scene, &PlanScene::itemsRebuilt, this, &PlanLiveLayer::itemsRebuilt);
    // The colour rules are edited (and undone) on the undo stack: the rule shown follows.
    connect(project->undoStack(), &QUndoStack::indexChanged, this, [this, project] {
        if (m_overlay.tint() != LivePlanOverlay::Tint::Rule)
            return;
        const QString name = m_overlay.rule().valueName;
        if (ColourRule::ruleFor(project, name).toJson() == m_overlay.rule().toJson())
            return;
        if (!colourByRule(name))
            setTint(LivePlanOverlay::Tint::None);
    });
    // Staleness is a matter of seconds: a slow timer is enough to fade what went quiet.
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        expire(m_feed ? m_feed->nowMs() : QDateTime::currentMSecsSinceEpoch());
    });
    itemsRebuilt();
}

void PlanLiveLayer::followLiveSession(LiveSession *session)
{
    setValueFeed(session);
}

void PlanLiveLayer::setValueFeed(const LiveValueFeed *feed)
{
    if (m_feed) {
        m_feed->setFeed(feed);
        return;
    }
    m_feed = new LiveReadingsFeed(nullptr, this);
    connect(m_feed, &LiveReadingsFeed::readingsArrived, this, &PlanLiveLayer::record);
    connect(m_feed, &LiveReadingsFeed::runStarted, &m_expiry, qOverload<>(&QTimer::start));
    connect(m_feed, &LiveReadingsFeed::runEnded, this, [this] {
        m_expiry.stop();
        apply(m_overlay.clear());
    });
    m_feed->setFeed(feed);
}

void PlanLiveLayer::setTint(LivePlanOverlay::Tint tint)
{
    if (tint == m_overlay.tint())
        return;
    apply(m_overlay.setTint(tint));
    emit tintChanged(tint);
}

bool PlanLiveLayer::colourByRule(const QString &valueName)
{
    const std::optional<LivePlanOverlay::Changes> changes = m_overlay.useProjectRule(valueName);
    if (!changes)
        return false;
    apply(*changes);
    emit tintChanged(LivePlanOverlay::Tint::Rule);
    return true;
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
    arrangeLabels();
}

void PlanLiveLayer::apply(const LivePlanOverlay::Changes &changes)
{
    for (const QString &id : changes.markers) {
        if (MarkerItem *marker = m_markers.value(id))
            applyMarker(marker);
    }
    if (!changes.markers.isEmpty())
        arrangeLabels();
    for (const QString &id : changes.rooms) {
        if (RoomItem *room = m_rooms.value(id))
            applyRoom(room);
    }
}

void PlanLiveLayer::arrangeLabels()
{
    const QList<QGraphicsView *> views = m_scene->views();
    if (views.isEmpty())
        return;
    const QGraphicsView *view = views.first();
    const QRectF viewport(view->viewport()->rect());
    QList<MarkerItem *> labelled;
    QList<QRectF> taken; // view pixels: markers, then the labels placed so far
    for (MarkerItem *marker : std::as_const(m_markers)) {
        if (!marker->isVisible())
            continue;
        const QPointF at = view->mapFromScene(marker->scenePos());
        taken.append(marker->rect().translated(at));
        if (!marker->liveText().isEmpty())
            labelled.append(marker);
    }
    // Left to right, then top to bottom: a label gives way to those placed before it.
    std::sort(labelled.begin(), labelled.end(), [](const MarkerItem *a, const MarkerItem *b) {
        const QPointF pa = a->scenePos(), pb = b->scenePos();
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    for (MarkerItem *marker : std::as_const(labelled)) {
        const QPointF at = view->mapFromScene(marker->scenePos());
        // Beside the marker first, then a line lower or higher, then two; a place inside
        // the view before one that runs off its edge (a marker on the outer wall).
        static constexpr std::pair<int, bool> places[] = {{0, false}, {0, true},  {1, false}, {-1, false}, {1, true},
                                                          {-1, true}, {2, false}, {-2, false}, {2, true},  {-2, true}};
        std::optional<std::pair<int, bool>> chosen, clearButCut;
        for (const auto &[lines, left] : places) {
            const QRectF label = marker->labelRect(lines, left).translated(at);
            const bool clear = std::none_of(taken.cbegin(), taken.cend(),
                                            [&](const QRectF &r) { return r.intersects(label); });
            if (!clear)
                continue;
            if (viewport.contains(label)) {
                chosen = {lines, left};
                break;
            }
            if (!clearButCut)
                clearButCut = {lines, left};
        }
        const auto [lines, left] = chosen.value_or(clearButCut.value_or(places[0]));
        marker->setLabelPlace(lines, left);
        taken.append(marker->labelRect(lines, left).translated(at));
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
