// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/liveplanoverlay.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace twin {
class LiveReadingsFeed;
class LiveSession;
class LiveValueFeed;
class Project;
}

namespace twin::view3d {

class BuildingFloor;
class BuildingScene;
class NotificationBadges;

/**
 * Live colours for a BuildingScene, by the plan's own rules: a LivePlanOverlay fed with
 * what the live session's tick hands over says which rooms changed and their colour; the
 * scene writes those rooms' colour table entries and commits once per tick.
 *
 * It also answers the hover card: a twin's name and type, its latest values with units
 * and age, and why a room has its colour (the rule and the value).
 */
class RoomColouring : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the 3D view")
    Q_PROPERTY(int tint READ tintValue NOTIFY tintChanged)
    Q_PROPERTY(QString tintName READ tintName NOTIFY tintChanged)
    /// The legend of the current tint: a list of {colour, text}, low to high.
    Q_PROPERTY(QVariantList legend READ legend NOTIFY tintChanged)

public:
    RoomColouring(BuildingScene *scene, const Project *project, QObject *parent = nullptr);

    /// Takes values from \a session on each of its ticks.
    void followLiveSession(LiveSession *session);
    /// Takes values from \a feed from now on (the live session, or a moment from
    /// history); the colours of the previous feed go.
    void setValueFeed(const LiveValueFeed *feed);
    LivePlanOverlay::Tint tint() const { return m_overlay.tint(); }
    int tintValue() const { return int(m_overlay.tint()); }
    void setTint(LivePlanOverlay::Tint tint);
    QString tintName() const;
    /// Colours rooms by the project's colour rule for \a valueName, as the plan does;
    /// false when the project has no such rule.
    bool colourByRule(const QString &valueName);
    QVariantList legend() const;
    const LivePlanOverlay &overlay() const { return m_overlay; }
    void setStaleAfterMs(qint64 ms) { m_overlay.setStaleAfterMs(ms); }

    /// The badges whose counts the hover card shows.
    void setBadges(const NotificationBadges *badges) { m_badges = badges; }

    /// Records \a readings as a session tick does (tests, benchmarks).
    void record(const QList<LiveReading> &readings, qint64 nowMs);
    /// Fades what went stale by \a nowMs.
    void expire(qint64 nowMs);

    /// The hover card of \a twinId, as rich text; empty for an unknown twin.
    Q_INVOKABLE QString describe(const QString &twinId) const;
    /// Why \a roomId has its colour: the rule and the value, or why it has none.
    QString colourReason(const QString &roomId) const;

signals:
    void tintChanged();

private:
    void apply(const LivePlanOverlay::Changes &changes);
    void applyRoom(const QString &room);
    void applyAll();
    QString ruleReason(const QString &roomId) const;
    void floorRebuilt(BuildingFloor *floor);

    BuildingScene *const m_scene;
    const Project *const m_project;
    LivePlanOverlay m_overlay;
    LiveReadingsFeed *m_feed = nullptr;
    const NotificationBadges *m_badges = nullptr;
    QTimer m_expiry;
};

} // namespace twin::view3d
