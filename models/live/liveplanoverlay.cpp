// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveplanoverlay.h"

#include "document/project.h"
#include "ontology/units.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace twin {

namespace {

struct Stop
{
    double value;
    QRgb colour;
};

// Cold blue, comfortable green, warm orange, hot red.
constexpr Stop kTemperature[] = {{16, 0x4575b4}, {19, 0x91bfdb}, {21, 0x8fd16a}, {24, 0xfdae61}, {27, 0xd73027}};
// Fresh air green, then yellow past 1000 ppm (ventilate), red past 1400.
constexpr Stop kCarbonDioxide[] = {{400, 0x1a9850}, {800, 0xa6d96a}, {1000, 0xfee08b}, {1400, 0xf46d43}, {2000, 0xa50026}};
constexpr QRgb kFree = 0xcfd8dc;
constexpr QRgb kOccupied = 0xffa726;

template<std::size_t N>
QColor interpolate(const Stop (&stops)[N], double value)
{
    if (!std::isfinite(value))
        return QColor();
    if (value <= stops[0].value)
        return QColor(stops[0].colour);
    for (std::size_t i = 1; i < N; ++i) {
        if (value <= stops[i].value) {
            const double t = (value - stops[i - 1].value) / (stops[i].value - stops[i - 1].value);
            const QColor a(stops[i - 1].colour), b(stops[i].colour);
            auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
            return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
        }
    }
    return QColor(stops[N - 1].colour);
}

template<std::size_t N>
QList<LivePlanOverlay::LegendEntry> stopsLegend(const Stop (&stops)[N], const QString &unit)
{
    QList<LivePlanOverlay::LegendEntry> legend;
    for (std::size_t i = 0; i < N; ++i) {
        QString text = QLocale().toString(stops[i].value, 'f', 0) + u' ' + unit;
        if (i == 0)
            text.prepend(QStringLiteral("≤ "));
        else if (i == N - 1)
            text.prepend(QStringLiteral("≥ "));
        legend.append({QColor(stops[i].colour), text});
    }
    return legend;
}

bool isPresence(const QString &dataType)
{
    return dataType == QStringLiteral("Motion") || dataType == QStringLiteral("Occupancy");
}

} // namespace

LivePlanOverlay::LivePlanOverlay(const Project *project)
    : m_project(project)
{
    reindex();
}

LivePlanOverlay::Changes LivePlanOverlay::reindex()
{
    m_markerOf.clear();
    m_markerTwins.clear();
    m_roomsOf.clear();
    m_roomTwins.clear();
    m_rooms.clear();
    const TwinGraph *g = m_project->graph();
    // The plan's rule: a placed twin has a marker unless it sits in a placed device.
    auto hasMarker = [&](int i) {
        if (!g->twin(i).geometry.position)
            return false;
        const int parent = g->parentOf(i);
        return parent < 0 || !g->twin(parent).geometry.position || m_project->categoryOf(parent) != Category::Device;
    };
    // Tree order, so a marker's text lists its own values before its sensors'.
    QList<int> order;
    for (int root : g->roots())
        order.append(g->subtreeOf(root));
    for (int i : std::as_const(order)) {
        const QString &id = g->twin(i).id;
        if (!g->twin(i).geometry.outline.isEmpty())
            m_rooms.insert(id);
        for (int a = i; a >= 0; a = g->parentOf(a)) {
            const Twin &t = g->twin(a);
            if (!t.geometry.outline.isEmpty() || t.geometry.floor)
                break;
            if (hasMarker(a)) {
                m_markerOf.insert(id, t.id);
                m_markerTwins[t.id].append(id);
                break;
            }
        }
        for (int a : g->ancestorsOf(i)) {
            const Twin &t = g->twin(a);
            if (t.geometry.outline.isEmpty())
                continue;
            m_roomsOf[id].append(t.id);
            m_roomTwins[t.id].append(id);
        }
    }
    m_staleMarkers.clear();
    m_staleRooms.clear();
    Changes changes = everythingShown();
    updateStaleness(changes.markers, changes.rooms, m_lastNowMs, nullptr);
    return changes;
}

LivePlanOverlay::Changes LivePlanOverlay::everythingShown() const
{
    Changes changes;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (const QString marker = m_markerOf.value(it.key()); !marker.isEmpty())
            changes.markers.insert(marker);
        for (const Entry &e : it.value()) {
            if (colours(e.name, e.dataType)) {
                for (const QString &room : roomsFedBy(it.key()))
                    changes.rooms.insert(room);
            }
        }
    }
    return changes;
}

bool LivePlanOverlay::colours(const QString &name, const QString &dataType) const
{
    if (m_tint == Tint::Rule)
        return name == m_rule.valueName;
    return m_tintTypes.contains(dataType);
}

QStringList LivePlanOverlay::roomsFedBy(const QString &twinId) const
{
    QStringList rooms = m_roomsOf.value(twinId);
    if (m_tint == Tint::Rule && m_rooms.contains(twinId))
        rooms.prepend(twinId);
    return rooms;
}

LivePlanOverlay::Changes LivePlanOverlay::clear()
{
    Changes changes = everythingShown();
    m_values.clear();
    m_staleMarkers.clear();
    m_staleRooms.clear();
    m_lastNowMs = 0; // the next values may be of an earlier moment (the time cursor)
    return changes;
}

LivePlanOverlay::Changes LivePlanOverlay::setTint(Tint tint)
{
    if (tint == m_tint && tint != Tint::Rule)
        return {};
    Changes changes;
    changes.rooms = everythingShown().rooms;
    m_tint = tint;
    m_tintTypes = dataTypes(tint);
    const QSet<QString> now = everythingShown().rooms;
    changes.rooms.unite(now);
    m_staleRooms.clear();
    updateStaleness({}, now, m_lastNowMs, nullptr);
    return changes;
}

LivePlanOverlay::Changes LivePlanOverlay::setRule(const ColourRule &rule)
{
    // Rooms coloured by the old rule change as well as those the new one colours.
    Changes changes;
    if (m_tint == Tint::Rule)
        changes.rooms = everythingShown().rooms;
    m_rule = rule;
    m_tint = Tint::None;
    changes.rooms.unite(setTint(Tint::Rule).rooms);
    return changes;
}

LivePlanOverlay::Changes LivePlanOverlay::record(const QList<LiveReading> &readings, qint64 nowMs)
{
    m_lastNowMs = std::max(m_lastNowMs, nowMs);
    Changes changes;
    for (const LiveReading &r : readings) {
        const qint64 at = r.timestampMs > 0 ? std::min(r.timestampMs, nowMs) : nowMs;
        Entries &entries = m_values[r.twinId];
        auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.name == r.name; });
        if (it == entries.end()) {
            entries.append(Entry{r.twinId, r.name, r.dataType, r.unit, r.value, at, r.function});
        } else {
            it->function = r.function;
            if (it->value == r.value && it->atMs == at)
                continue;
            it->value = r.value;
            it->atMs = at;
            it->dataType = r.dataType;
            it->unit = r.unit;
        }
        if (const QString marker = m_markerOf.value(r.twinId); !marker.isEmpty())
            changes.markers.insert(marker);
        if (colours(r.name, r.dataType)) {
            for (const QString &room : roomsFedBy(r.twinId))
                changes.rooms.insert(room);
        }
    }
    updateStaleness(changes.markers, changes.rooms, nowMs, nullptr);
    return changes;
}

LivePlanOverlay::Changes LivePlanOverlay::expire(qint64 nowMs)
{
    m_lastNowMs = std::max(m_lastNowMs, nowMs);
    const Changes shown = everythingShown();
    Changes changes;
    updateStaleness(shown.markers, shown.rooms, nowMs, &changes);
    return changes;
}

void LivePlanOverlay::updateStaleness(const QSet<QString> &markers, const QSet<QString> &rooms, qint64 nowMs,
                                      Changes *changes)
{
    auto apply = [](QSet<QString> &set, const QString &id, bool stale, QSet<QString> *flipped) {
        if (stale == set.contains(id))
            return;
        if (stale)
            set.insert(id);
        else
            set.remove(id);
        if (flipped)
            flipped->insert(id);
    };
    for (const QString &marker : markers)
        apply(m_staleMarkers, marker, markerStale(marker, nowMs), changes ? &changes->markers : nullptr);
    for (const QString &room : rooms)
        apply(m_staleRooms, room, roomStale(room, nowMs), changes ? &changes->rooms : nullptr);
}

bool LivePlanOverlay::markerStale(const QString &marker, qint64 nowMs) const
{
    bool any = false;
    for (const QString &twin : m_markerTwins.value(marker)) {
        for (const Entry &e : m_values.value(twin)) {
            if (!isStale(e, nowMs))
                return false;
            any = true;
        }
    }
    return any;
}

bool LivePlanOverlay::roomStale(const QString &room, qint64 nowMs) const
{
    const QList<const Entry *> entries = roomEntries(room);
    return !entries.isEmpty()
        && std::all_of(entries.cbegin(), entries.cend(), [&](const Entry *e) { return isStale(*e, nowMs); });
}

QList<const LivePlanOverlay::Entry *> LivePlanOverlay::roomEntries(const QString &room) const
{
    QList<const Entry *> found;
    if (m_tint == Tint::None)
        return found;
    const bool rule = m_tint == Tint::Rule;
    const QStringList twins = rule ? QStringList{room} + m_roomTwins.value(room) : m_roomTwins.value(room);
    for (const QString &twin : twins) {
        const auto it = m_values.constFind(twin);
        if (it == m_values.cend())
            continue;
        for (const Entry &e : it.value()) {
            const bool scalar = e.value.typeId() == QMetaType::Double || e.value.typeId() == QMetaType::Bool;
            if (colours(e.name, e.dataType) && (scalar || (rule && e.value.isValid())))
                found.append(&e);
        }
    }
    return found;
}

QString LivePlanOverlay::markerText(const QString &marker, int maxValues) const
{
    QStringList parts;
    for (const QString &twin : m_markerTwins.value(marker)) {
        for (const Entry &e : m_values.value(twin)) {
            if (parts.size() == maxValues)
                return parts.join(QStringLiteral(" · ")) + QStringLiteral(" …");
            parts.append(formatValue(e.value, e.dataType, e.unit));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

std::optional<double> LivePlanOverlay::roomValue(const QString &room) const
{
    if (m_tint == Tint::Rule) {
        const QVariant v = roomRuleValue(room);
        return v.typeId() == QMetaType::Double ? std::optional<double>(v.toDouble()) : std::nullopt;
    }
    const QList<const Entry *> entries = roomEntries(room);
    if (entries.isEmpty())
        return std::nullopt;
    if (m_tint == Tint::Occupancy) {
        const bool someone = std::any_of(entries.cbegin(), entries.cend(), [](const Entry *e) {
            return e->value.typeId() == QMetaType::Bool ? e->value.toBool() : e->value.toDouble() > 0.0;
        });
        return someone ? 1.0 : 0.0;
    }
    double sum = 0;
    int count = 0;
    for (const Entry *e : entries) {
        if (e->value.typeId() != QMetaType::Double || !std::isfinite(e->value.toDouble()))
            continue;
        sum += e->value.toDouble();
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

std::optional<LivePlanOverlay::Changes> LivePlanOverlay::useProjectRule(const QString &valueName)
{
    const ColourRule rule = ColourRule::ruleFor(m_project, valueName);
    if (!rule.isValid())
        return std::nullopt;
    return setRule(rule);
}

QVariant LivePlanOverlay::roomRuleValue(const QString &room) const
{
    if (m_tint != Tint::Rule)
        return QVariant();
    const QList<const Entry *> entries = roomEntries(room);
    if (entries.isEmpty())
        return QVariant();
    // The room's own value comes first (roomEntries lists the room before its content).
    if (entries.first()->twinId == room)
        return entries.first()->value;
    double sum = 0;
    int count = 0;
    for (const Entry *e : entries) {
        if (e->value.typeId() == QMetaType::Double && std::isfinite(e->value.toDouble())) {
            sum += e->value.toDouble();
            ++count;
        }
    }
    return count > 0 ? QVariant(sum / count) : entries.first()->value;
}

bool LivePlanOverlay::isRuleValueComputed(const QString &room) const
{
    const QList<const Entry *> entries = m_tint == Tint::Rule ? roomEntries(room) : QList<const Entry *>();
    return !entries.isEmpty() && entries.first()->twinId == room;
}

QString LivePlanOverlay::ruleValueFunction(const QString &room) const
{
    return isRuleValueComputed(room) ? roomEntries(room).first()->function : QString();
}

QColor LivePlanOverlay::roomColour(const QString &room) const
{
    if (m_tint == Tint::Rule)
        return m_rule.colourOf(roomRuleValue(room));
    const std::optional<double> value = roomValue(room);
    return value ? colour(m_tint, *value) : QColor();
}

bool LivePlanOverlay::isRoomStale(const QString &room) const
{
    return m_staleRooms.contains(room);
}

QColor LivePlanOverlay::colour(Tint tint, double value)
{
    switch (tint) {
    case Tint::None:
        return QColor();
    case Tint::Temperature:
        return interpolate(kTemperature, value);
    case Tint::CarbonDioxide:
        return interpolate(kCarbonDioxide, value);
    case Tint::Occupancy:
        return QColor(value > 0 ? kOccupied : kFree);
    case Tint::Rule:
        break;
    }
    return QColor();
}

QList<LivePlanOverlay::LegendEntry> LivePlanOverlay::legend(Tint tint)
{
    switch (tint) {
    case Tint::None:
        return {};
    case Tint::Temperature:
        return stopsLegend(kTemperature, QStringLiteral("°C"));
    case Tint::CarbonDioxide:
        return stopsLegend(kCarbonDioxide, QStringLiteral("ppm"));
    case Tint::Occupancy:
        return {{QColor(kFree), tr("free")}, {QColor(kOccupied), tr("occupied")}};
    case Tint::Rule:
        break;
    }
    return {};
}

QString LivePlanOverlay::tintName(Tint tint)
{
    switch (tint) {
    case Tint::None:
        return tr("None");
    case Tint::Temperature:
        return tr("Temperature");
    case Tint::CarbonDioxide:
        return tr("CO₂");
    case Tint::Occupancy:
        return tr("Occupancy");
    case Tint::Rule:
        return tr("Colour rule");
    }
    return QString();
}

QStringList LivePlanOverlay::dataTypes(Tint tint)
{
    switch (tint) {
    case Tint::None:
        return {};
    case Tint::Temperature:
        return {QStringLiteral("Temperature")};
    case Tint::CarbonDioxide:
        return {QStringLiteral("CarbonDioxide")};
    case Tint::Occupancy:
        return {QStringLiteral("Occupancy"), QStringLiteral("Motion")};
    case Tint::Rule:
        break;
    }
    return {};
}

QString LivePlanOverlay::formatValue(const QVariant &value, const QString &dataType, const QString &unit)
{
    const bool isBool = value.typeId() == QMetaType::Bool;
    if (dataType == QStringLiteral("Motion") && (isBool || value.typeId() == QMetaType::Double))
        return (isBool ? value.toBool() : value.toDouble() != 0.0) ? tr("motion") : tr("no motion");
    if (isBool)
        return value.toBool() ? tr("on") : tr("off");
    if (value.typeId() != QMetaType::Double) {
        const QString text = value.toString();
        return text.size() > 16 ? text.left(15) + QStringLiteral("…") : text;
    }
    const double v = value.toDouble();
    const bool whole = unit == QStringLiteral("percent") || unit == QStringLiteral("partsPerMillion")
        || std::abs(v) >= 100 || isPresence(dataType);
    const QString number = QLocale().toString(v, 'f', whole ? 0 : 1);
    if (unit.isEmpty() || unit == QStringLiteral("unity"))
        return number;
    return number + u' ' + Units::symbol(unit);
}

} // namespace twin
