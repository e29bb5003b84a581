// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace twin {
class NotificationModel;
class Project;
}

namespace twin::view3d {

class BuildingScene;
class MarkerInstancing;

/**
 * Badges over the rooms with open notifications: the notifications in a NotificationModel
 * (those of the live session, added once per tick) are gathered per room — a notification
 * on a sensor or device counts for the room that holds it — and each such room gets one
 * instanced badge above it, coloured by its worst severity and larger with more of them.
 *
 * At a moment of the past (setUntilMs()) only those raised by then and not yet cleared count.
 *
 * A notification's severity is the `severity` field of its JSON payload (`critical`,
 * `error`, `warning`, `info`); without one it is a warning.
 */
class NotificationBadges : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the 3D view")
    Q_PROPERTY(twin::view3d::MarkerInstancing *instancing READ instancing CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY badgesChanged)

public:
    enum class Severity { Info, Warning, Error, Critical };

    struct Badge
    {
        int count = 0;
        Severity worst = Severity::Info;
    };

    NotificationBadges(BuildingScene *scene, const Project *project, QObject *parent = nullptr);

    /// Follows \a model: a badge set per batch of rows it adds or removes.
    void followModel(NotificationModel *model);
    /// Counts only what was open at \a ms (the time cursor's moment): raised at or before
    /// it and not cleared by then; a negative \a ms counts what is open now (live).
    void setUntilMs(qint64 ms);
    qint64 untilMs() const { return m_untilMs; }
    MarkerInstancing *instancing() const { return m_instancing; }
    /// Rooms with a badge.
    int count() const { return int(m_badges.size()); }
    /// The badge of \a roomId; a count of 0 when it has none.
    Badge badge(const QString &roomId) const { return m_badges.value(roomId); }
    /// Where the badge of \a roomId is drawn (scene space), above the room's top.
    QVector3D badgePosition(const QString &roomId) const;

    static Severity severityOf(const QString &payload);
    static QString severityName(Severity severity);
    static QColor colour(Severity severity);

signals:
    void badgesChanged();

private:
    void recount();
    void place();
    QString roomOf(const QString &twinId) const;

    BuildingScene *const m_scene;
    const Project *const m_project;
    MarkerInstancing *const m_instancing;
    QPointer<NotificationModel> m_model;
    QHash<QString, Badge> m_badges;
    qint64 m_untilMs = -1;
};

} // namespace twin::view3d
