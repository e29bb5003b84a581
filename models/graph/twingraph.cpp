// SPDX-License-Identifier: GPL-3.0-or-later
#include "twingraph.h"

#include "core/logging.h"

#include <algorithm>

namespace twin {

namespace {
const QList<int> kEmpty;
}

TwinGraph::TwinGraph(QObject *parent)
    : QObject(parent)
    , m_rules(defaultContainmentRules())
{
}

TwinGraph::~TwinGraph() = default;

QList<ContainmentRule> TwinGraph::defaultContainmentRules()
{
    using D = ContainmentRule::Direction;
    return {
        {QStringLiteral("contains"), D::ParentToChild},
        {QStringLiteral("hasSensor"), D::ParentToChild},
        {QStringLiteral("hasPart"), D::ParentToChild},
        {QStringLiteral("isPartOf"), D::ChildToParent},
        {QStringLiteral("isLocationOf"), D::ParentToChild},
        {QStringLiteral("locatedIn"), D::ChildToParent},
        {QStringLiteral("hasPoint"), D::ParentToChild},
        {QStringLiteral("isPointOf"), D::ChildToParent},
    };
}

bool TwinGraph::isTwinAlive(int index) const
{
    return index >= 0 && index < int(m_twins.size()) && m_twins[size_t(index)].alive;
}

const Twin &TwinGraph::twin(int index) const
{
    Q_ASSERT(isTwinAlive(index));
    return m_twins[size_t(index)].twin;
}

const Twin *TwinGraph::findTwin(const QString &id) const
{
    const int index = indexOfTwin(id);
    return index < 0 ? nullptr : &m_twins[size_t(index)].twin;
}

QList<int> TwinGraph::twinIndices() const
{
    QList<int> result;
    result.reserve(m_twinCount);
    for (int i = 0; i < int(m_twins.size()); ++i) {
        if (m_twins[size_t(i)].alive)
            result.append(i);
    }
    return result;
}

int TwinGraph::allocateTwinSlot(int requested)
{
    if (requested >= 0) {
        if (requested >= int(m_twins.size()))
            m_twins.resize(size_t(requested) + 1);
        if (!m_twins[size_t(requested)].alive)
            return requested;
        qCWarning(lcGraph) << "twin slot" << requested << "is in use; appending instead";
    }
    m_twins.emplace_back();
    return int(m_twins.size()) - 1;
}

int TwinGraph::insertTwin(const Twin &twin, int slot)
{
    Q_ASSERT(!m_twinIndex.contains(twin.id));
    const int index = allocateTwinSlot(slot);
    emit twinAboutToBeInserted(index);
    TwinSlot &s = m_twins[size_t(index)];
    s = TwinSlot();
    s.twin = twin;
    s.alive = true;
    m_twinIndex.insert(twin.id, index);
    m_roots.append(index);
    ++m_twinCount;
    emit twinInserted(index);
    return index;
}

void TwinGraph::removeTwin(int index)
{
    Q_ASSERT(isTwinAlive(index));
    TwinSlot &s = m_twins[size_t(index)];
    Q_ASSERT(s.outgoing.isEmpty() && s.incoming.isEmpty());
    Q_ASSERT(s.parent < 0 && s.children.isEmpty());
    emit twinAboutToBeRemoved(index);
    m_roots.removeOne(index);
    m_twinIndex.remove(s.twin.id);
    s = TwinSlot();
    --m_twinCount;
    emit twinRemoved(index);
}

void TwinGraph::setTwinModel(int index, const QString &model)
{
    Q_ASSERT(isTwinAlive(index));
    m_twins[size_t(index)].twin.model = model;
    emit twinChanged(index);
}

void TwinGraph::setTwinProperties(int index, const QJsonObject &properties)
{
    Q_ASSERT(isTwinAlive(index));
    m_twins[size_t(index)].twin.properties = properties;
    emit twinChanged(index);
}

void TwinGraph::setTwinGeometry(int index, const Geometry &geometry)
{
    Q_ASSERT(isTwinAlive(index));
    m_twins[size_t(index)].twin.geometry = geometry;
    emit twinChanged(index);
}

bool TwinGraph::isRelationshipAlive(int index) const
{
    return index >= 0 && index < int(m_rels.size()) && m_rels[size_t(index)].alive;
}

const Relationship &TwinGraph::relationship(int index) const
{
    Q_ASSERT(isRelationshipAlive(index));
    return m_rels[size_t(index)].rel;
}

int TwinGraph::relationshipSourceIndex(int index) const
{
    Q_ASSERT(isRelationshipAlive(index));
    return m_rels[size_t(index)].source;
}

int TwinGraph::relationshipTargetIndex(int index) const
{
    Q_ASSERT(isRelationshipAlive(index));
    return m_rels[size_t(index)].target;
}

int TwinGraph::findRelationship(int sourceIndex, const QString &relationshipId) const
{
    return m_relIndex.value(qMakePair(sourceIndex, relationshipId), -1);
}

const QList<int> &TwinGraph::outgoing(int twinIndex) const
{
    return isTwinAlive(twinIndex) ? m_twins[size_t(twinIndex)].outgoing : kEmpty;
}

const QList<int> &TwinGraph::incoming(int twinIndex) const
{
    return isTwinAlive(twinIndex) ? m_twins[size_t(twinIndex)].incoming : kEmpty;
}

QList<int> TwinGraph::relationshipsOf(int twinIndex) const
{
    QList<int> result = outgoing(twinIndex);
    for (int r : incoming(twinIndex)) {
        if (m_rels[size_t(r)].source != twinIndex) // self-loops are already listed
            result.append(r);
    }
    return result;
}

QList<int> TwinGraph::relationshipIndices() const
{
    QList<int> result;
    result.reserve(m_relCount);
    for (int i = 0; i < int(m_rels.size()); ++i) {
        if (m_rels[size_t(i)].alive)
            result.append(i);
    }
    return result;
}

int TwinGraph::allocateRelSlot(int requested)
{
    if (requested >= 0) {
        if (requested >= int(m_rels.size()))
            m_rels.resize(size_t(requested) + 1);
        if (!m_rels[size_t(requested)].alive)
            return requested;
        qCWarning(lcGraph) << "relationship slot" << requested << "is in use; appending instead";
    }
    m_rels.emplace_back();
    return int(m_rels.size()) - 1;
}

int TwinGraph::insertRelationship(const Relationship &relationship, int slot)
{
    const int source = indexOfTwin(relationship.source);
    const int target = indexOfTwin(relationship.target);
    Q_ASSERT(source >= 0 && target >= 0);
    Q_ASSERT(findRelationship(source, relationship.id) < 0);
    const int index = allocateRelSlot(slot);
    RelSlot &r = m_rels[size_t(index)];
    r.rel = relationship;
    r.alive = true;
    r.source = source;
    r.target = target;
    m_relIndex.insert(qMakePair(source, relationship.id), index);
    m_twins[size_t(source)].outgoing.append(index);
    m_twins[size_t(target)].incoming.append(index);
    ++m_relCount;
    emit relationshipInserted(index);
    attachContainment(index, true);
    return index;
}

void TwinGraph::removeRelationship(int index)
{
    Q_ASSERT(isRelationshipAlive(index));
    emit relationshipAboutToBeRemoved(index);
    detachContainment(index, true);
    RelSlot &r = m_rels[size_t(index)];
    m_relIndex.remove(qMakePair(r.source, r.rel.id));
    m_twins[size_t(r.source)].outgoing.removeOne(index);
    m_twins[size_t(r.target)].incoming.removeOne(index);
    r = RelSlot();
    --m_relCount;
    emit relationshipRemoved(index);
}

void TwinGraph::setRelationshipProperties(int index, const QJsonObject &properties)
{
    Q_ASSERT(isRelationshipAlive(index));
    m_rels[size_t(index)].rel.properties = properties;
    emit relationshipChanged(index);
}

const ContainmentRule *TwinGraph::ruleFor(const QString &name) const
{
    for (const ContainmentRule &rule : m_rules) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

bool TwinGraph::containmentEnds(const Relationship &relationship, QString *parent,
                                QString *child) const
{
    const ContainmentRule *rule = ruleFor(relationship.name);
    if (!rule)
        return false;
    const bool down = rule->direction == ContainmentRule::Direction::ParentToChild;
    if (parent)
        *parent = down ? relationship.source : relationship.target;
    if (child)
        *child = down ? relationship.target : relationship.source;
    return true;
}

void TwinGraph::setContainmentRules(const QList<ContainmentRule> &rules)
{
    if (rules == m_rules)
        return;
    emit aboutToReset();
    m_rules = rules;
    rebuildContainment();
    emit wasReset();
}

void TwinGraph::moveUnder(int child, int newParent, int rel, bool announce)
{
    TwinSlot &c = m_twins[size_t(child)];
    const int oldParent = c.parent;
    if (announce)
        emit parentAboutToChange(child, oldParent, newParent);
    if (oldParent >= 0)
        m_twins[size_t(oldParent)].children.removeOne(child);
    else if (!m_rebuilding)
        m_roots.removeOne(child);
    c.parent = newParent;
    c.containmentRel = rel;
    if (newParent >= 0)
        m_twins[size_t(newParent)].children.append(child);
    else if (!m_rebuilding)
        m_roots.append(child);
    if (announce)
        emit parentChanged(child, oldParent, newParent);
}

void TwinGraph::attachContainment(int relIndex, bool announce)
{
    const RelSlot &r = m_rels[size_t(relIndex)];
    const ContainmentRule *rule = ruleFor(r.rel.name);
    if (!rule)
        return;
    const bool down = rule->direction == ContainmentRule::Direction::ParentToChild;
    const int parent = down ? r.source : r.target;
    const int child = down ? r.target : r.source;
    // A twin has one place in the tree: the first containment edge wins, and edges that
    // would make a cycle are ignored for the tree (they stay in the graph).
    if (parent == child || m_twins[size_t(child)].parent >= 0 || isAncestor(child, parent))
        return;
    moveUnder(child, parent, relIndex, announce);
}

void TwinGraph::detachContainment(int relIndex, bool announce)
{
    const RelSlot &r = m_rels[size_t(relIndex)];
    int child = -1;
    if (m_twins[size_t(r.target)].containmentRel == relIndex)
        child = r.target;
    else if (m_twins[size_t(r.source)].containmentRel == relIndex)
        child = r.source;
    if (child < 0)
        return;
    // Fall back to another containment edge of the child, if it has one.
    const TwinSlot &c = m_twins[size_t(child)];
    for (const QList<int> *edges : {&c.incoming, &c.outgoing}) {
        for (int other : *edges) {
            if (other == relIndex)
                continue;
            const RelSlot &o = m_rels[size_t(other)];
            const ContainmentRule *rule = ruleFor(o.rel.name);
            if (!rule)
                continue;
            const bool down = rule->direction == ContainmentRule::Direction::ParentToChild;
            if ((down ? o.target : o.source) != child)
                continue;
            const int parent = down ? o.source : o.target;
            if (parent != child && !isAncestor(child, parent)) {
                moveUnder(child, parent, other, announce);
                return;
            }
        }
    }
    moveUnder(child, -1, -1, announce);
}

void TwinGraph::rebuildContainment()
{
    m_roots.clear();
    for (TwinSlot &s : m_twins) {
        s.parent = -1;
        s.containmentRel = -1;
        s.children.clear();
    }
    // The roots are collected once at the end: removing each contained twin from a full
    // root list would make opening a large project quadratic.
    m_rebuilding = true;
    for (int r = 0; r < int(m_rels.size()); ++r) {
        if (m_rels[size_t(r)].alive)
            attachContainment(r, false);
    }
    m_rebuilding = false;
    for (int i = 0; i < int(m_twins.size()); ++i) {
        if (m_twins[size_t(i)].alive && m_twins[size_t(i)].parent < 0)
            m_roots.append(i);
    }
}

int TwinGraph::parentOf(int index) const
{
    return isTwinAlive(index) ? m_twins[size_t(index)].parent : -1;
}

const QList<int> &TwinGraph::childrenOf(int index) const
{
    return isTwinAlive(index) ? m_twins[size_t(index)].children : kEmpty;
}

QList<int> TwinGraph::ancestorsOf(int index) const
{
    QList<int> result;
    for (int p = parentOf(index); p >= 0; p = parentOf(p))
        result.append(p);
    return result;
}

QList<int> TwinGraph::subtreeOf(int index) const
{
    QList<int> result;
    if (!isTwinAlive(index))
        return result;
    QList<int> stack{index};
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        result.append(i);
        const QList<int> &children = m_twins[size_t(i)].children;
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

bool TwinGraph::isAncestor(int ancestor, int index) const
{
    for (int p = parentOf(index); p >= 0; p = parentOf(p)) {
        if (p == ancestor)
            return true;
    }
    return false;
}

int TwinGraph::containmentRelationshipOf(int index) const
{
    return isTwinAlive(index) ? m_twins[size_t(index)].containmentRel : -1;
}

int TwinGraph::reset(const QList<Twin> &twins, const QList<Relationship> &relationships)
{
    emit aboutToReset();
    m_twins.clear();
    m_rels.clear();
    m_twinIndex.clear();
    m_relIndex.clear();
    m_roots.clear();
    m_twinCount = 0;
    m_relCount = 0;
    m_twins.resize(size_t(twins.size()));
    m_twinIndex.reserve(twins.size());
    int skipped = 0;
    int next = 0;
    for (const Twin &t : twins) {
        if (m_twinIndex.contains(t.id)) {
            ++skipped;
            continue;
        }
        TwinSlot &s = m_twins[size_t(next)];
        s.twin = t;
        s.alive = true;
        m_twinIndex.insert(t.id, next);
        ++next;
    }
    m_twins.resize(size_t(next));
    m_twinCount = next;
    m_rels.reserve(size_t(relationships.size()));
    m_relIndex.reserve(relationships.size());
    for (const Relationship &rel : relationships) {
        const int source = indexOfTwin(rel.source);
        const int target = indexOfTwin(rel.target);
        if (source < 0 || target < 0 || m_relIndex.contains(qMakePair(source, rel.id))) {
            ++skipped;
            continue;
        }
        const int index = int(m_rels.size());
        m_rels.push_back(RelSlot{rel, true, source, target});
        m_relIndex.insert(qMakePair(source, rel.id), index);
        m_twins[size_t(source)].outgoing.append(index);
        m_twins[size_t(target)].incoming.append(index);
        ++m_relCount;
    }
    rebuildContainment();
    emit wasReset();
    if (skipped)
        qCWarning(lcGraph) << "reset skipped" << skipped << "inconsistent entries";
    return skipped;
}

void TwinGraph::clear()
{
    reset({}, {});
}

void TwinGraph::beginBulkChange()
{
    if (m_bulkDepth++ > 0)
        return;
    emit aboutToReset();
    m_blockedBeforeBulk = blockSignals(true);
}

void TwinGraph::endBulkChange()
{
    Q_ASSERT(m_bulkDepth > 0);
    if (--m_bulkDepth > 0)
        return;
    blockSignals(m_blockedBeforeBulk);
    emit wasReset();
}

} // namespace twin
