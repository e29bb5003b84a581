// SPDX-License-Identifier: GPL-3.0-or-later
#include "spaceaggregator.h"

#include "document/project.h"
#include "pointregistry.h"

#include <QMutexLocker>

namespace twin {

void SpaceAggregator::build(const Project &project)
{
    QMutexLocker lock(&m_mutex);
    m_spacesOf.clear();
    m_slotIndex.clear();
    m_slots.clear();
    m_pointSlots.clear();
    m_attached.clear();
    m_values.clear();
    m_hasValue.clear();
    const TwinGraph *graph = project.graph();
    for (int index : graph->twinIndices()) {
        if (project.categoryOf(index) != Category::Sensor)
            continue;
        // The sensor's spaces: every space above it, whether it hangs under a device or
        // directly under a room.
        QStringList spaces;
        for (int a : graph->ancestorsOf(index)) {
            if (project.categoryOf(a) == Category::Space)
                spaces.append(graph->twin(a).id);
        }
        if (!spaces.isEmpty())
            m_spacesOf.insert(graph->twin(index).id, spaces);
    }
}

void SpaceAggregator::attach(int point, const PointInfo &info)
{
    if (std::size_t(point) >= m_attached.size()) {
        const std::size_t size = std::max<std::size_t>(std::size_t(point) + 1, m_attached.size() * 2);
        m_attached.resize(size, 0);
        m_pointSlots.resize(size);
        m_values.resize(size, 0.0);
        m_hasValue.resize(size, 0);
    }
    if (m_attached[std::size_t(point)])
        return;
    const auto spaces = m_spacesOf.constFind(info.twinId);
    if (spaces == m_spacesOf.cend() || info.kind == PointKind::Computed || info.valueKind == ValueKind::String) {
        m_attached[std::size_t(point)] = 2;
        return;
    }
    m_attached[std::size_t(point)] = 1;
    for (const QString &space : *spaces) {
        const QString key = space + u'\n' + info.dataType;
        auto it = m_slotIndex.find(key);
        if (it == m_slotIndex.end()) {
            it = m_slotIndex.insert(key, int(m_slots.size()));
            m_slots.emplace_back();
        }
        m_slots[std::size_t(*it)].members.push_back(point);
        m_pointSlots[std::size_t(point)].push_back(*it);
    }
}

void SpaceAggregator::update(int point, bool, double, double value)
{
    if (std::size_t(point) >= m_attached.size() || m_attached[std::size_t(point)] != 1)
        return;
    // The aggregator keeps its own copy of each member's value, so that it does not depend
    // on how the caller orders out-of-order samples.
    const bool had = m_hasValue[std::size_t(point)];
    const double old = m_values[std::size_t(point)];
    m_values[std::size_t(point)] = value;
    m_hasValue[std::size_t(point)] = 1;
    for (int s : m_pointSlots[std::size_t(point)]) {
        Slot &slot = m_slots[std::size_t(s)];
        AggregateValue &a = slot.value;
        if (!had) {
            if (a.count == 0) {
                a.min = a.max = value;
            } else {
                a.min = std::min(a.min, value);
                a.max = std::max(a.max, value);
            }
            ++a.count;
            a.sum += value;
            continue;
        }
        a.sum += value - old;
        if (value <= a.min)
            a.min = value;
        else if (old == a.min)
            slot.dirty = true;
        if (value >= a.max)
            a.max = value;
        else if (old == a.max)
            slot.dirty = true;
    }
}

void SpaceAggregator::recompute(Slot &slot) const
{
    AggregateValue &a = slot.value;
    bool first = true;
    a.sum = 0.0;
    a.count = 0;
    for (int p : slot.members) {
        if (!m_hasValue[std::size_t(p)])
            continue;
        const double v = m_values[std::size_t(p)];
        a.min = first ? v : std::min(a.min, v);
        a.max = first ? v : std::max(a.max, v);
        a.sum += v;
        ++a.count;
        first = false;
    }
    slot.dirty = false;
}

bool SpaceAggregator::aggregate(const QString &spaceId, const QString &dataType, AggregateValue *value) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_slotIndex.constFind(spaceId + u'\n' + dataType);
    if (it == m_slotIndex.cend())
        return false;
    Slot &slot = m_slots[std::size_t(*it)];
    if (slot.dirty)
        recompute(slot);
    if (slot.value.count == 0)
        return false;
    *value = slot.value;
    return true;
}

QStringList SpaceAggregator::dataTypes(const QString &spaceId) const
{
    QMutexLocker lock(&m_mutex);
    QStringList result;
    const QString prefix = spaceId + u'\n';
    for (auto it = m_slotIndex.cbegin(); it != m_slotIndex.cend(); ++it) {
        if (it.key().startsWith(prefix) && m_slots[std::size_t(*it)].value.count > 0)
            result.append(it.key().mid(prefix.size()));
    }
    result.sort();
    return result;
}

} // namespace twin
