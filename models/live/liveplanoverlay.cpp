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
    // The values are kept by twin id; everything else is numbered afresh.
    std::vector<TwinState> old;
    old.swap(m_twins);
    m_twinIndex.clear();
    m_markers.clear();
    m_markerIndex.clear();
    m_rooms.clear();
    m_roomIndex.clear();
    const TwinGraph *g = m_project->graph();
    // The plan's rule: a placed twin has a marker unless it sits in a placed device.
    auto hasMarker = [&](int i) {
        if (!g->twin(i).geometry.position)
            return false;
        const int parent = g->parentOf(i);
        return parent < 0 || !g->twin(parent).geometry.position || m_project->categoryOf(parent) != Category::Device;
    };
    auto roomSlot = [this](const QString &id) {
        const auto it = m_roomIndex.constFind(id);
        if (it != m_roomIndex.cend())
            return *it;
        m_rooms.push_back(Shown{id, {}, -1, false});
        return int(m_roomIndex.insert(id, int(m_rooms.size() - 1)).value());
    };
    // Tree order, so a marker's text lists its own values before its sensors'.
    QList<int> order;
    for (int root : g->roots())
        order.append(g->subtreeOf(root));
    m_twins.reserve(std::size_t(order.size()));
    m_twinIndex.reserve(order.size());
    for (int i : std::as_const(order)) {
        const QString &id = g->twin(i).id;
        const int slot = twinSlot(id);
        TwinState &state = m_twins[std::size_t(slot)];
        if (!g->twin(i).geometry.outline.isEmpty()) {
            state.asRoom = roomSlot(id);
            m_rooms[std::size_t(state.asRoom)].self = slot;
        }
        for (int a = i; a >= 0; a = g->parentOf(a)) {
            const Twin &t = g->twin(a);
            if (!t.geometry.outline.isEmpty() || t.geometry.floor)
                break;
            if (hasMarker(a)) {
                auto it = m_markerIndex.constFind(t.id);
                if (it == m_markerIndex.cend()) {
                    m_markers.push_back(Shown{t.id, {}, -1, false});
                    it = m_markerIndex.insert(t.id, int(m_markers.size() - 1));
                }
                state.marker = *it;
                m_markers[std::size_t(*it)].twins.append(slot);
                break;
            }
        }
        for (int a : g->ancestorsOf(i)) {
            const Twin &t = g->twin(a);
            if (t.geometry.outline.isEmpty())
                continue;
            const int room = roomSlot(t.id);
            state.rooms.append(room);
            m_rooms[std::size_t(room)].twins.append(slot);
        }
    }
    for (TwinState &kept : old) {
        if (!kept.entries.isEmpty())
            m_twins[std::size_t(twinSlot(kept.id))].entries = std::move(kept.entries);
    }
    m_markerTouched.assign(m_markers.size(), 0);
    m_roomTouched.assign(m_rooms.size(), 0);
    updateColours();
    const Touched shown = everythingShown();
    updateStaleness(shown, m_lastNowMs, nullptr);
    return changesOf(shown);
}

int LivePlanOverlay::twinSlot(const QString &twinId)
{
    const auto it = m_twinIndex.constFind(twinId);
    if (it != m_twinIndex.cend())
        return *it;
    m_twins.push_back(TwinState{twinId, {}, -1, {}, -1});
    return int(m_twinIndex.insert(twinId, int(m_twins.size() - 1)).value());
}

QString LivePlanOverlay::markerOf(const QString &twinId) const
{
    const int twin = m_twinIndex.value(twinId, -1);
    const int marker = twin < 0 ? -1 : m_twins[std::size_t(twin)].marker;
    return marker < 0 ? QString() : m_markers[std::size_t(marker)].id;
}

bool LivePlanOverlay::isMarkerStale(const QString &marker) const
{
    const int index = m_markerIndex.value(marker, -1);
    return index >= 0 && m_markers[std::size_t(index)].stale;
}

void LivePlanOverlay::touchMarker(int marker, Touched *touched)
{
    if (marker < 0 || std::exchange(m_markerTouched[std::size_t(marker)], 1))
        return;
    touched->markers.append(marker);
}

void LivePlanOverlay::touchRoom(int room, Touched *touched)
{
    if (std::exchange(m_roomTouched[std::size_t(room)], 1))
        return;
    touched->rooms.append(room);
}

void LivePlanOverlay::untouch(const Touched &touched)
{
    for (int m : touched.markers)
        m_markerTouched[std::size_t(m)] = 0;
    for (int r : touched.rooms)
        m_roomTouched[std::size_t(r)] = 0;
}

LivePlanOverlay::Changes LivePlanOverlay::changesOf(const Touched &touched) const
{
    Changes changes;
    changes.markers.reserve(touched.markers.size());
    for (int m : touched.markers)
        changes.markers.insert(m_markers[std::size_t(m)].id);
    changes.rooms.reserve(touched.rooms.size());
    for (int r : touched.rooms)
        changes.rooms.insert(m_rooms[std::size_t(r)].id);
    return changes;
}

template<typename Visit>
void LivePlanOverlay::forRoomsFedBy(const TwinState &twin, Visit visit) const
{
    if (m_tint == Tint::Rule && twin.asRoom >= 0)
        visit(twin.asRoom);
    for (int room : twin.rooms)
        visit(room);
}

LivePlanOverlay::Touched LivePlanOverlay::everythingShown()
{
    Touched touched;
    for (const TwinState &t : m_twins) {
        if (t.entries.isEmpty())
            continue;
        touchMarker(t.marker, &touched);
        if (std::any_of(t.entries.cbegin(), t.entries.cend(), [](const Entry &e) { return e.colours; }))
            forRoomsFedBy(t, [&](int room) { touchRoom(room, &touched); });
    }
    untouch(touched);
    return touched;
}

bool LivePlanOverlay::colours(const QString &name, const QString &dataType) const
{
    if (m_tint == Tint::Rule)
        return name == m_rule.valueName;
    return m_tintTypes.contains(dataType);
}

void LivePlanOverlay::updateColours()
{
    for (TwinState &t : m_twins) {
        for (Entry &e : t.entries)
            e.colours = colours(e.name, e.dataType);
    }
}

LivePlanOverlay::Changes LivePlanOverlay::clear()
{
    const Changes changes = changesOf(everythingShown());
    for (TwinState &t : m_twins)
        t.entries.clear();
    for (Shown &m : m_markers)
        m.stale = false;
    for (Shown &r : m_rooms)
        r.stale = false;
    m_lastNowMs = 0; // the next values may be of an earlier moment (the time cursor)
    return changes;
}

LivePlanOverlay::Changes LivePlanOverlay::setTint(Tint tint)
{
    if (tint == m_tint && tint != Tint::Rule)
        return {};
    Touched touched = everythingShown();
    m_tint = tint;
    m_tintTypes = dataTypes(tint);
    updateColours();
    const Touched now = everythingShown();
    for (Shown &r : m_rooms)
        r.stale = false;
    updateStaleness(Touched{{}, now.rooms}, m_lastNowMs, nullptr);
    Changes changes;
    touched.rooms.append(now.rooms);
    for (int r : std::as_const(touched.rooms))
        changes.rooms.insert(m_rooms[std::size_t(r)].id);
    return changes;
}

LivePlanOverlay::Changes LivePlanOverlay::setRule(const ColourRule &rule)
{
    // Rooms coloured by the old rule change as well as those the new one colours.
    Changes changes;
    if (m_tint == Tint::Rule)
        changes.rooms = changesOf(everythingShown()).rooms;
    m_rule = rule;
    m_tint = Tint::None;
    changes.rooms.unite(setTint(Tint::Rule).rooms);
    return changes;
}

LivePlanOverlay::Changes LivePlanOverlay::record(const QList<LiveReading> &readings, qint64 nowMs)
{
    m_lastNowMs = std::max(m_lastNowMs, nowMs);
    Touched touched;
    int slot = -1;
    const QString *slotId = nullptr;
    for (const LiveReading &r : readings) {
        // Readings come twin by twin: a twin's look-up serves all its points.
        if (!slotId || r.twinId != *slotId) {
            slot = twinSlot(r.twinId);
            slotId = &r.twinId;
        }
        TwinState &twin = m_twins[std::size_t(slot)];
        const qint64 at = r.timestampMs > 0 ? std::min(r.timestampMs, nowMs) : nowMs;
        Entries &entries = twin.entries;
        auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.name == r.name; });
        if (it == entries.end()) {
            entries.append(Entry{r.twinId, r.name, r.dataType, r.unit, r.value, at, r.function,
                                 colours(r.name, r.dataType)});
            it = entries.end() - 1;
        } else {
            it->function = r.function;
            if (it->atMs == at && it->value == r.value)
                continue;
            it->value = r.value;
            it->atMs = at;
            if (it->dataType != r.dataType) {
                it->dataType = r.dataType;
                it->colours = colours(it->name, it->dataType);
            }
            it->unit = r.unit;
        }
        touchMarker(twin.marker, &touched);
        if (it->colours)
            forRoomsFedBy(twin, [&](int room) { touchRoom(room, &touched); });
    }
    untouch(touched);
    updateStaleness(touched, nowMs, nullptr);
    return changesOf(touched);
}

LivePlanOverlay::Changes LivePlanOverlay::expire(qint64 nowMs)
{
    m_lastNowMs = std::max(m_lastNowMs, nowMs);
    Changes changes;
    updateStaleness(everythingShown(), nowMs, &changes);
    return changes;
}

void LivePlanOverlay::updateStaleness(const Touched &touched, qint64 nowMs, Changes *changes)
{
    for (int m : touched.markers) {
        Shown &marker = m_markers[std::size_t(m)];
        const bool stale = markerStale(m, nowMs);
        if (std::exchange(marker.stale, stale) != stale && changes)
            changes->markers.insert(marker.id);
    }
    for (int r : touched.rooms) {
        Shown &room = m_rooms[std::size_t(r)];
        const bool stale = roomStale(r, nowMs);
        if (std::exchange(room.stale, stale) != stale && changes)
            changes->rooms.insert(room.id);
    }
}

bool LivePlanOverlay::markerStale(int marker, qint64 nowMs) const
{
    bool any = false;
    for (int twin : m_markers[std::size_t(marker)].twins) {
        for (const Entry &e : m_twins[std::size_t(twin)].entries) {
            if (!isStale(e, nowMs))
                return false;
            any = true;
        }
    }
    return any;
}

bool LivePlanOverlay::roomStale(int room, qint64 nowMs) const
{
    const QList<const Entry *> entries = roomEntries(room);
    return !entries.isEmpty()
        && std::all_of(entries.cbegin(), entries.cend(), [&](const Entry *e) { return isStale(*e, nowMs); });
}

QList<const LivePlanOverlay::Entry *> LivePlanOverlay::roomEntries(int room) const
{
    QList<const Entry *> found;
    if (m_tint == Tint::None)
        return found;
    const bool rule = m_tint == Tint::Rule;
    const Shown &shown = m_rooms[std::size_t(room)];
    auto add = [&](int twin) {
        for (const Entry &e : m_twins[std::size_t(twin)].entries) {
            const bool scalar = e.value.typeId() == QMetaType::Double || e.value.typeId() == QMetaType::Bool;
            if (e.colours && (scalar || (rule && e.value.isValid())))
                found.append(&e);
        }
    };
    // The room's own value first (a value a function computed for it).
    if (rule && shown.self >= 0)
        add(shown.self);
    for (int twin : shown.twins)
        add(twin);
    return found;
}

QList<const LivePlanOverlay::Entry *> LivePlanOverlay::roomEntries(const QString &room) const
{
    const int index = m_roomIndex.value(room, -1);
    return index < 0 ? QList<const Entry *>() : roomEntries(index);
}

QString LivePlanOverlay::markerText(const QString &marker, int maxValues) const
{
    const int index = m_markerIndex.value(marker, -1);
    if (index < 0)
        return QString();
    QStringList parts;
    for (int twin : m_markers[std::size_t(index)].twins) {
        for (const Entry &e : m_twins[std::size_t(twin)].entries) {
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
    const int index = m_roomIndex.value(room, -1);
    return index >= 0 && m_rooms[std::size_t(index)].stale;
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
