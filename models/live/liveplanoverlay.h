// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/colourrule.h"
#include "live/livesession.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace twin {

class Project;

/**
 * What a floor plan shows of a live session: each marker (a placed twin, see
 * markerOf()) carries a compact text of the latest values of its own points and of its
 * sensors ("21.4 °C · 45 % · 620 ppm"), and each room or zone can be tinted by one kind
 * of data (its sensors' mean temperature or CO2, or whether anyone is there). Values
 * older than staleAfterMs() are stale: the plan draws them faded.
 *
 * The overlay keeps the latest readings it was given and says, per call, which markers
 * and rooms look different afterwards, so a view repaints only those. Twins, markers and
 * rooms are numbered when the document is indexed (reindex()): a reading costs one look-up
 * of its twin, the rest goes by index. Headless: the plan items only draw what it computes.
 */
class LivePlanOverlay
{
    Q_DECLARE_TR_FUNCTIONS(twin::LivePlanOverlay)

public:
    /// What rooms are coloured by; Rule: a colour rule of the project (see setRule()).
    enum class Tint { None, Temperature, CarbonDioxide, Occupancy, Rule };

    /// Markers and rooms (twin ids) that look different since the previous call.
    struct Changes
    {
        QSet<QString> markers;
        QSet<QString> rooms;
        bool isEmpty() const { return markers.isEmpty() && rooms.isEmpty(); }
    };

    /// One step of a tint's legend.
    struct LegendEntry
    {
        QColor colour;
        QString text;
    };

    static constexpr qint64 DefaultStaleAfterMs = 30000;
    /// At most this many values are written beside a marker (the plan stays readable).
    static constexpr int MaxValuesPerMarker = 3;

    explicit LivePlanOverlay(const Project *project);

    /// Re-reads which twin feeds which marker and rooms (after the document changed);
    /// the values are kept. Returns everything that shows a value.
    Changes reindex();
    /// Forgets every value (the session ended); returns what showed one.
    Changes clear();

    Tint tint() const { return m_tint; }
    /// Returns the rooms whose colour changes.
    Changes setTint(Tint tint);
    /// Colours rooms by \a rule (Tint::Rule): the value it names, of the room itself (a
    /// value a function computed) or of the sensors in it. Returns the rooms that change.
    Changes setRule(const ColourRule &rule);
    /// Colours rooms by the project's rule for \a valueName (ColourRule::ruleFor()), so
    /// that every view uses the same rules; nothing when the project has no such rule.
    std::optional<Changes> useProjectRule(const QString &valueName);
    /// The colour rules the project keeps (ColourRule::rulesOf()).
    QList<ColourRule> projectRules() const { return ColourRule::rulesOf(m_project); }
    /// The rule rooms are coloured by under Tint::Rule.
    const ColourRule &rule() const { return m_rule; }
    qint64 staleAfterMs() const { return m_staleAfterMs; }
    void setStaleAfterMs(qint64 ms) { m_staleAfterMs = ms; }

    /// Records the latest readings (LiveSession::readings()) at \a nowMs (ms since the
    /// epoch). A reading's age counts from its own timestamp, never from the future.
    Changes record(const QList<LiveReading> &readings, qint64 nowMs);
    /// Markers and rooms whose values went stale (or fresh) since the previous call,
    /// without a new reading: call it on a slow timer.
    Changes expire(qint64 nowMs);

    /// The placed twin whose marker shows \a twinId's values (a sensor inside a placed
    /// device shows on the device), or empty.
    QString markerOf(const QString &twinId) const;
    /// The compact text of \a marker's latest values (at most \a maxValues of them, then
    /// "…"), or empty when it has none.
    QString markerText(const QString &marker, int maxValues = MaxValuesPerMarker) const;
    /// Whether every value of \a marker is older than staleAfterMs() (false without values).
    bool isMarkerStale(const QString &marker) const;

    /// The value a room is coloured by under the current tint: the mean of its sensors'
    /// temperatures or CO2 levels, or for occupancy 1 when a motion or occupancy sensor
    /// sees someone and 0 when none does; nullopt when no sensor of that kind has a value.
    std::optional<double> roomValue(const QString &room) const;
    /// The value a room is coloured by under Tint::Rule: the room's own value of that name
    /// (a computed value), else the mean of its sensors' numbers, else their first text.
    QVariant roomRuleValue(const QString &room) const;
    /// Whether the rule's value of \a room is the room's own, computed value.
    bool isRuleValueComputed(const QString &room) const;
    /// The function that computed the rule's value of \a room; empty when none did.
    QString ruleValueFunction(const QString &room) const;
    /// The room's colour under the current tint; invalid when it has no value.
    QColor roomColour(const QString &room) const;
    /// Whether the values the room's colour comes from are all stale.
    bool isRoomStale(const QString &room) const;

    /// The colour of \a value under \a tint (invalid for Tint::None).
    static QColor colour(Tint tint, double value);
    /// The legend of \a tint, from low to high (empty for Tint::None).
    static QList<LegendEntry> legend(Tint tint);
    /// The tint's name for menus: "None", "Temperature", "CO₂", "Occupancy".
    static QString tintName(Tint tint);
    /// The semantic data types a tint reads.
    static QStringList dataTypes(Tint tint);
    /// A value as the plan writes it: number with its unit symbol, a motion as words.
    static QString formatValue(const QVariant &value, const QString &dataType, const QString &unit);

private:
    struct Entry
    {
        QString twinId;
        QString name;
        QString dataType;
        QString unit;
        QVariant value;
        qint64 atMs = 0;
        QString function = {}; ///< the function that computed it, if one did
        bool colours = false;  ///< whether it colours rooms under the current tint
    };
    /// The entries of a twin, one per point name.
    using Entries = QList<Entry>;
    /// A twin the overlay knows: its latest readings and, by index, what shows them.
    struct TwinState
    {
        QString id;
        Entries entries;
        int marker = -1;   ///< the marker showing its values (index in m_markers)
        QList<int> rooms;  ///< rooms and zones above it (indices in m_rooms)
        int asRoom = -1;   ///< itself as a room (index in m_rooms), when it has an outline
    };
    /// A marker or a room: its id, the twins whose values it shows (indices in m_twins,
    /// tree order), and whether they are all stale.
    struct Shown
    {
        QString id;
        QList<int> twins;
        int self = -1; ///< a room's own twin (index in m_twins)
        bool stale = false;
    };
    /// Markers and rooms by index, each once.
    struct Touched
    {
        QList<int> markers;
        QList<int> rooms;
    };

    bool isStale(const Entry &e, qint64 nowMs) const { return nowMs - e.atMs > m_staleAfterMs; }
    /// Whether a value of that name and data type colours rooms under the current tint.
    bool colours(const QString &name, const QString &dataType) const;
    /// Recomputes every entry's colours flag (the tint or rule changed).
    void updateColours();
    /// The index of \a twinId in m_twins, a new state for a twin the graph does not have.
    int twinSlot(const QString &twinId);
    /// The rooms that a value of \a twin colours: those above it, and under a rule the
    /// twin itself when it is a room.
    template<typename Visit>
    void forRoomsFedBy(const TwinState &twin, Visit visit) const;
    /// The latest entries feeding room \a room under the current tint.
    QList<const Entry *> roomEntries(int room) const;
    QList<const Entry *> roomEntries(const QString &room) const;
    bool markerStale(int marker, qint64 nowMs) const;
    bool roomStale(int room, qint64 nowMs) const;
    /// Recomputes staleness of \a touched at \a nowMs, adding those that flip to \a changes.
    void updateStaleness(const Touched &touched, qint64 nowMs, Changes *changes);
    void touchMarker(int marker, Touched *touched);
    void touchRoom(int room, Touched *touched);
    /// Clears the marks touch*() left (after a call is done).
    void untouch(const Touched &touched);
    Changes changesOf(const Touched &touched) const;
    Touched everythingShown();

    const Project *const m_project;
    Tint m_tint = Tint::None;
    ColourRule m_rule;
    QStringList m_tintTypes; ///< dataTypes(m_tint)
    qint64 m_staleAfterMs = DefaultStaleAfterMs;
    qint64 m_lastNowMs = 0;

    std::vector<TwinState> m_twins;
    QHash<QString, int> m_twinIndex;   ///< twin id → index in m_twins
    std::vector<Shown> m_markers;
    QHash<QString, int> m_markerIndex; ///< marker id → index in m_markers
    std::vector<Shown> m_rooms;
    QHash<QString, int> m_roomIndex;   ///< room id → index in m_rooms
    std::vector<char> m_markerTouched; ///< per marker: listed in the Touched being built
    std::vector<char> m_roomTouched;   ///< per room: listed in the Touched being built
};

} // namespace twin
