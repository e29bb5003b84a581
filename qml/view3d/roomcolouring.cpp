// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomcolouring.h"

#include "buildingscene.h"
#include "notificationbadges.h"

#include "document/project.h"
#include "live/livereadingsfeed.h"
#include "live/livesession.h"

#include <QDateTime>
#include <QLocale>

namespace twin::view3d {

namespace {

constexpr int kMaxCardValues = 8;

/// "Room" from "dtmi:twinstudio:core:Room;1".
QString shortModelName(const QString &dtmi)
{
    const qsizetype colon = dtmi.lastIndexOf(u':');
    const qsizetype semicolon = dtmi.lastIndexOf(u';');
    return dtmi.mid(colon + 1, (semicolon > colon ? semicolon : dtmi.size()) - colon - 1);
}

} // namespace

RoomColouring::RoomColouring(BuildingScene *scene, const Project *project, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_project(project)
    , m_overlay(project)
{
    connect(scene, &BuildingScene::rebuilt, this, [this] {
        m_overlay.reindex();
        applyAll();
    });
    connect(scene, &BuildingScene::floorRebuilt, this, &RoomColouring::floorRebuilt);
    // Staleness is a matter of seconds: a slow timer is enough to fade what went quiet.
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        expire(m_feed ? m_feed->nowMs() : QDateTime::currentMSecsSinceEpoch());
    });
    applyAll();
}

void RoomColouring::followLiveSession(LiveSession *session)
{
    setValueFeed(session);
}

void RoomColouring::setValueFeed(const LiveValueFeed *feed)
{
    if (m_feed) {
        m_feed->setFeed(feed);
        return;
    }
    m_feed = new LiveReadingsFeed(nullptr, this);
    connect(m_feed, &LiveReadingsFeed::readingsArrived, this, &RoomColouring::record);
    connect(m_feed, &LiveReadingsFeed::runStarted, &m_expiry, qOverload<>(&QTimer::start));
    connect(m_feed, &LiveReadingsFeed::runEnded, this, [this] {
        m_expiry.stop();
        apply(m_overlay.clear());
    });
    m_feed->setFeed(feed);
}

void RoomColouring::setTint(LivePlanOverlay::Tint tint)
{
    if (tint == m_overlay.tint())
        return;
    m_overlay.setTint(tint);
    // Every room changes: with a tint, those without a value turn grey.
    applyAll();
    emit tintChanged();
}

bool RoomColouring::colourByRule(const QString &valueName)
{
    if (!m_overlay.useProjectRule(valueName))
        return false;
    applyAll();
    emit tintChanged();
    return true;
}

QString RoomColouring::tintName() const
{
    if (m_overlay.tint() == LivePlanOverlay::Tint::Rule)
        return m_overlay.rule().valueName;
    return LivePlanOverlay::tintName(m_overlay.tint());
}

QVariantList RoomColouring::legend() const
{
    QVariantList entries;
    if (m_overlay.tint() == LivePlanOverlay::Tint::Rule) {
        for (const auto &[colour, text] : m_overlay.rule().legend())
            entries.append(QVariantMap{{QStringLiteral("colour"), colour}, {QStringLiteral("text"), text}});
        return entries;
    }
    for (const LivePlanOverlay::LegendEntry &e : LivePlanOverlay::legend(m_overlay.tint()))
        entries.append(QVariantMap{{QStringLiteral("colour"), e.colour}, {QStringLiteral("text"), e.text}});
    return entries;
}

void RoomColouring::record(const QList<LiveReading> &readings, qint64 nowMs)
{
    apply(m_overlay.record(readings, nowMs));
}

void RoomColouring::expire(qint64 nowMs)
{
    apply(m_overlay.expire(nowMs));
}

void RoomColouring::apply(const LivePlanOverlay::Changes &changes)
{
    if (changes.rooms.isEmpty())
        return;
    for (const QString &room : changes.rooms)
        applyRoom(room);
    m_scene->commitColours();
}

void RoomColouring::applyRoom(const QString &room)
{
    if (m_overlay.tint() == LivePlanOverlay::Tint::None)
        m_scene->setRoomColour(room, BuildingScene::neutralColour(), false);
    else
        m_scene->setRoomColour(room, m_overlay.roomColour(room), m_overlay.isRoomStale(room));
}

void RoomColouring::applyAll()
{
    for (const QString &room : m_scene->roomIds())
        applyRoom(room);
    m_scene->commitColours();
}

void RoomColouring::floorRebuilt(BuildingFloor *floor)
{
    // What feeds which room may have changed with the edit.
    m_overlay.reindex();
    for (const BuildingFloor::Room &room : floor->rooms())
        applyRoom(room.id);
    m_scene->commitColours();
}

QString RoomColouring::colourReason(const QString &roomId) const
{
    const LivePlanOverlay::Tint tint = m_overlay.tint();
    if (tint == LivePlanOverlay::Tint::None)
        return tr("Rooms are not coloured by live values.");
    if (tint == LivePlanOverlay::Tint::Rule)
        return ruleReason(roomId);
    const std::optional<double> value = m_overlay.roomValue(roomId);
    if (!value)
        return tr("Grey: no %1 value from the sensors in this room.").arg(LivePlanOverlay::tintName(tint));
    QString reason;
    if (tint == LivePlanOverlay::Tint::Occupancy) {
        reason = *value > 0 ? tr("Occupancy: a motion or presence sensor here sees someone.")
                            : tr("Occupancy: no sensor here sees anyone.");
    } else {
        const QList<LivePlanOverlay::LegendEntry> scale = LivePlanOverlay::legend(tint);
        const QString unit = tint == LivePlanOverlay::Tint::Temperature ? QStringLiteral("°C") : QStringLiteral("ppm");
        const QString shown = QLocale().toString(*value, 'f', tint == LivePlanOverlay::Tint::Temperature ? 1 : 0);
        reason = tr("%1: the mean of this room's sensors, %2 %3, on the scale from %4 to %5.")
                     .arg(LivePlanOverlay::tintName(tint), shown, unit, scale.first().text, scale.last().text);
    }
    if (m_overlay.isRoomStale(roomId))
        reason += u' ' + tr("Faded: the values are older than %n s.", nullptr, int(m_overlay.staleAfterMs() / 1000));
    return reason;
}

QString RoomColouring::ruleReason(const QString &roomId) const
{
    const ColourRule &rule = m_overlay.rule();
    const QVariant value = m_overlay.roomRuleValue(roomId);
    if (!value.isValid())
        return tr("Grey: no %1 value for this room.").arg(rule.valueName);
    const QString shown = value.typeId() == QMetaType::Double ? QLocale().toString(value.toDouble(), 'g', 6)
                                                               : value.toString();
    const QString entry = rule.entryFor(value);
    QString reason = entry.isEmpty()
        ? tr("Grey: the colour rule for %1 has no colour for %2.").arg(rule.valueName, shown)
        : tr("Colour rule %1: %2, so %3.").arg(rule.valueName, shown, entry);
    if (const QString function = m_overlay.ruleValueFunction(roomId); !function.isEmpty())
        reason += u' ' + tr("%1 was computed for this room by the function %2.").arg(rule.valueName, function);
    else if (m_overlay.isRuleValueComputed(roomId))
        reason += u' ' + tr("%1 is a value the project's functions computed for this room.").arg(rule.valueName);
    else
        reason += u' ' + tr("%1 comes from the sensors in this room.").arg(rule.valueName);
    if (m_overlay.isRoomStale(roomId))
        reason += u' ' + tr("Faded: the values are older than %n s.", nullptr, int(m_overlay.staleAfterMs() / 1000));
    return reason;
}

QString RoomColouring::describe(const QString &twinId) const
{
    const TwinGraph *g = m_project->graph();
    const int index = g->indexOfTwin(twinId);
    if (index < 0)
        return QString();
    const Twin &t = g->twin(index);
    QString html = QStringLiteral("<b>%1</b><br/><span style=\"color:#5f6b78\">%2 · %3</span>")
                       .arg(t.displayName().toHtmlEscaped(), shortModelName(t.model).toHtmlEscaped(),
                            categoryName(m_project->categoryOf(index)));
    if (const LiveValueFeed *feed = m_feed ? m_feed->feed() : nullptr) {
        const qint64 now = feed->nowMs();
        QStringList lines;
        for (int i : g->subtreeOf(index)) {
            for (const LiveReading &r : feed->readings(g->twin(i).id)) {
                if (lines.size() == kMaxCardValues)
                    break;
                const qint64 ageS = r.timestampMs > 0 ? std::max<qint64>(0, (now - r.timestampMs) / 1000) : 0;
                lines.append(tr("%1: %2 (%n s ago)", nullptr, int(ageS))
                                 .arg(r.name.toHtmlEscaped(),
                                      LivePlanOverlay::formatValue(r.value, r.dataType, r.unit).toHtmlEscaped()));
            }
        }
        if (!lines.isEmpty())
            html += QStringLiteral("<br/>") + lines.join(QStringLiteral("<br/>"));
    }
    if (m_scene->hasRoom(twinId))
        html += QStringLiteral("<br/><i>%1</i>").arg(colourReason(twinId).toHtmlEscaped());
    if (const NotificationBadges::Badge b = m_badges ? m_badges->badge(twinId) : NotificationBadges::Badge(); b.count > 0)
        html += QStringLiteral("<br/><b>%1</b>")
                    .arg(tr("Open notifications: %1, the worst %2")
                             .arg(b.count)
                             .arg(NotificationBadges::severityName(b.worst))
                             .toHtmlEscaped());
    return html;
}

} // namespace twin::view3d
