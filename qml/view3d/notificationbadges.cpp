// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationbadges.h"

#include "buildingscene.h"
#include "markerinstancing.h"

#include "document/project.h"
#include "itemmodels/notificationmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace twin::view3d {

namespace {
/// How far above a room's top its badge floats, in metres.
constexpr float kLift = 0.9f;
} // namespace

NotificationBadges::NotificationBadges(BuildingScene *scene, const Project *project, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_project(project)
    , m_instancing(new MarkerInstancing)
{
    m_instancing->setParent(this);
    // A rebuild may move rooms or change which room holds a twin; explode moves floors.
    connect(scene, &BuildingScene::rebuilt, this, &NotificationBadges::recount);
    connect(scene, &BuildingScene::floorRebuilt, this, &NotificationBadges::recount);
    connect(scene, &BuildingScene::explodeChanged, this, &NotificationBadges::place);
}

void NotificationBadges::followModel(NotificationModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    // The session adds a tick's notifications in one insert: one recount per tick.
    connect(model, &QAbstractItemModel::rowsInserted, this, &NotificationBadges::recount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &NotificationBadges::recount);
    connect(model, &QAbstractItemModel::modelReset, this, &NotificationBadges::recount);
    connect(model, &QAbstractItemModel::dataChanged, this, &NotificationBadges::recount);
    recount();
}

void NotificationBadges::setUntilMs(qint64 ms)
{
    ms = ms < 0 ? -1 : ms;
    if (ms == m_untilMs)
        return;
    m_untilMs = ms;
    recount();
}

QString NotificationBadges::roomOf(const QString &twinId) const
{
    if (m_scene->hasRoom(twinId))
        return twinId;
    const TwinGraph *g = m_project->graph();
    for (int i = g->indexOfTwin(twinId); i >= 0; i = g->parentOf(i)) {
        const QString &id = g->twin(i).id;
        if (m_scene->hasRoom(id))
            return id;
    }
    return QString();
}

void NotificationBadges::recount()
{
    QHash<QString, Badge> badges;
    if (m_model) {
        QHash<QString, QString> roomByTwin; // a twin's room, looked up once per recount
        for (int row = 0, rows = m_model->rowCount(); row < rows; ++row) {
            const AlertRecord &alert = m_model->alert(row);
            if (m_untilMs >= 0 && alert.raisedMs > m_untilMs)
                continue; // raised after the moment shown
            // A cleared alert needs no badge; one cleared after the moment was open then.
            if (alert.state == AlertRecord::State::Cleared && (m_untilMs < 0 || alert.clearedMs <= m_untilMs))
                continue;
            const FunctionNotification n = m_model->notification(row);
            auto it = roomByTwin.constFind(n.twinId);
            if (it == roomByTwin.cend())
                it = roomByTwin.insert(n.twinId, roomOf(n.twinId));
            if (it->isEmpty())
                continue;
            Badge &b = badges[*it];
            const Severity s = severityOf(n.payload);
            b.worst = b.count == 0 ? s : std::max(b.worst, s);
            ++b.count;
        }
    }
    m_badges = badges;
    place();
    emit badgesChanged();
}

QVector3D NotificationBadges::badgePosition(const QString &roomId) const
{
    return m_scene->positionOf(roomId) + QVector3D(0, kLift, 0);
}

void NotificationBadges::place()
{
    QList<MarkerInstancing::Marker> markers;
    markers.reserve(m_badges.size());
    for (auto it = m_badges.cbegin(); it != m_badges.cend(); ++it) {
        // Larger with more notifications: 0.6 m for one, 1.2 m from ten on.
        const float size = 0.6f + 0.6f * float(std::log10(std::min(it->count, 10)));
        markers.append({badgePosition(it.key()), colour(it->worst), size});
    }
    m_instancing->setMarkers(markers);
}

NotificationBadges::Severity NotificationBadges::severityOf(const QString &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    const QString s = o.value(QStringLiteral("severity")).toString().toLower();
    if (s == QStringLiteral("critical"))
        return Severity::Critical;
    if (s == QStringLiteral("error"))
        return Severity::Error;
    if (s == QStringLiteral("info"))
        return Severity::Info;
    return Severity::Warning;
}

QString NotificationBadges::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("critical");
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        break;
    }
    return tr("info");
}

QColor NotificationBadges::colour(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0xb0, 0x00, 0xd0);
    case Severity::Error:
        return QColor(0xe0, 0x10, 0x20);
    case Severity::Warning:
        return QColor(0xff, 0xa0, 0x00);
    case Severity::Info:
        break;
    }
    return QColor(0x20, 0x80, 0xf0);
}

} // namespace twin::view3d
