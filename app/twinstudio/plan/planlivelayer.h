// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/liveplanoverlay.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace twin {
class LiveReadingsFeed;
class LiveSession;
class LiveValueFeed;
class Project;
}

namespace twin::ui {

class MarkerItem;
class PlanScene;
class RoomItem;

/**
 * Live values on the plan: keeps a LivePlanOverlay fed from a LiveSession and hands each
 * marker and room of the scene what it shows. Only the items whose look changed are
 * touched on a tick; a rebuild of the scene re-applies everything once.
 */
class PlanLiveLayer : public QObject
{
    Q_OBJECT

public:
    PlanLiveLayer(PlanScene *scene, Project *project);

    void followLiveSession(LiveSession *session);
    /// Shows the values of \a feed from now on (the live session, or a moment from
    /// history); what the previous feed showed goes.
    void setValueFeed(const LiveValueFeed *feed);
    LivePlanOverlay::Tint tint() const { return m_overlay.tint(); }
    void setTint(LivePlanOverlay::Tint tint);
    /// Colours rooms by the project's colour rule for \a valueName; false when it has none.
    bool colourByRule(const QString &valueName);
    const LivePlanOverlay &overlay() const { return m_overlay; }
    /// Values older than this are drawn faded.
    void setStaleAfterMs(qint64 ms);
    /// Items repainted since the last call (tests: a tick touches only what changed).
    int takeUpdatedItems() { return std::exchange(m_updatedItems, 0); }

    /// Records \a readings as a session tick would (tests, benchmarks).
    void record(const QList<LiveReading> &readings, qint64 nowMs);
    /// Fades what went stale by \a nowMs.
    void expire(qint64 nowMs);
    /// Moves labels to the marker's other side, or up or down a line, where they would
    /// cover another label or marker as
    /// the first view shows the floor; again after every zoom (labels keep their screen
    /// size, so what overlaps depends on the zoom).
    void arrangeLabels();

signals:
    void tintChanged(twin::LivePlanOverlay::Tint tint);

private:
    void itemsRebuilt();
    void apply(const LivePlanOverlay::Changes &changes);
    void applyMarker(MarkerItem *marker);
    void applyRoom(RoomItem *room);

    PlanScene *const m_scene;
    LiveReadingsFeed *m_feed = nullptr;
    LivePlanOverlay m_overlay;
    QTimer m_expiry;
    QHash<QString, MarkerItem *> m_markers;
    QHash<QString, RoomItem *> m_rooms;
    int m_updatedItems = 0;
};

} // namespace twin::ui
