// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace twin {

class Project;
struct PointInfo;

/// count/sum/min/max/avg of one data type over the sensors below a space.
struct AggregateValue
{
    int count = 0;
    double sum = 0.0;
    double min = 0.0;
    double max = 0.0;
    double average() const { return count ? sum / count : 0.0; }
};

/**
 * Aggregates per space subtree and data type, updated incrementally as sensor values
 * change: each sensor point knows the (space, data type) slots of every space above it,
 * computed once when it is attached. Sum and count change by the difference; min and max
 * are raised/lowered directly and recomputed from the slot's members only when the old
 * extreme moved the wrong way, and only when read.
 *
 * The pipeline thread updates inside one lock per batch; readers lock per call.
 */
class SpaceAggregator
{
public:
    /// Takes the containment tree of \a project: for every sensor twin, the spaces above it.
    void build(const Project &project);
    /// Whether \a twinId is a sensor with at least one space above it.
    bool isAggregated(const QString &twinId) const { return m_spacesOf.contains(twinId); }

    // --- writer (pipeline thread) ------------------------------------------------------------
    void beginUpdate() { m_mutex.lock(); }
    /// Registers \a point (a sensor's point) the first time it gets a value.
    void attach(int point, const PointInfo &info);
    void update(int point, bool hadPrevious, double previous, double value);
    void endUpdate() { m_mutex.unlock(); }

    // --- readers -----------------------------------------------------------------------------
    bool aggregate(const QString &spaceId, const QString &dataType, AggregateValue *value) const;
    /// Data types with at least one sensor value below \a spaceId.
    QStringList dataTypes(const QString &spaceId) const;

private:
    struct Slot
    {
        AggregateValue value;
        bool dirty = false; // min/max must be recomputed from members
        std::vector<int> members;
    };
    void recompute(Slot &slot) const;

    mutable QMutex m_mutex;
    QHash<QString, QStringList> m_spacesOf; ///< sensor twin id → spaces above it
    QHash<QString, int> m_slotIndex;        ///< "spaceId\ndataType" → slot
    mutable std::vector<Slot> m_slots;
    std::vector<std::vector<int>> m_pointSlots; ///< point → its slots ({} when not attached)
    std::vector<std::uint8_t> m_attached;       ///< 0 unknown, 1 attached, 2 not aggregated
    std::vector<double> m_values;               ///< last value of attached points
    std::vector<std::uint8_t> m_hasValue;
};

} // namespace twin
