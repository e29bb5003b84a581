// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "twin.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <vector>

namespace twin {

/**
 * The twin graph: twins, relationships and the containment tree they imply.
 *
 * Twins and relationships live in dense slot arrays addressed by integer indices that
 * stay valid for the graph's lifetime (a removed slot becomes dead; an undo restores a
 * twin into the very slot it had). Lookups by id are hash lookups, containment queries
 * walk per-twin parent/children links: nothing scans all twins.
 *
 * The graph checks structure only (unique ids, existing endpoints) with Q_ASSERT; input
 * validation with user-facing messages belongs to Project and the importers. Every
 * change is announced by an about-to/after signal pair that item models map onto
 * begin/end calls.
 */
class TwinGraph : public QObject
{
    Q_OBJECT

public:
    explicit TwinGraph(QObject *parent = nullptr);
    ~TwinGraph() override;

    // --- twins ----------------------------------------------------------------------------
    int twinCount() const { return m_twinCount; }
    int twinSlotCount() const { return int(m_twins.size()); }
    bool isTwinAlive(int index) const;
    int indexOfTwin(const QString &id) const { return m_twinIndex.value(id, -1); }
    const Twin &twin(int index) const;
    const Twin *findTwin(const QString &id) const;
    /// Indices of all live twins in slot order.
    QList<int> twinIndices() const;

    /// Inserts \a twin (its id must be new) into a new slot at the end, or into \a slot
    /// when given (a dead slot, used by undo). Returns the index. The twin starts as a root.
    int insertTwin(const Twin &twin, int slot = -1);
    /// Removes a twin that no longer has relationships.
    void removeTwin(int index);
    void setTwinModel(int index, const QString &model);
    void setTwinProperties(int index, const QJsonObject &properties);
    void setTwinGeometry(int index, const Geometry &geometry);

    // --- relationships ----------------------------------------------------------------------
    int relationshipCount() const { return m_relCount; }
    int relationshipSlotCount() const { return int(m_rels.size()); }
    bool isRelationshipAlive(int index) const;
    const Relationship &relationship(int index) const;
    int relationshipSourceIndex(int index) const;
    int relationshipTargetIndex(int index) const;
    /// The relationship with id \a relationshipId whose source is \a sourceIndex, or -1.
    int findRelationship(int sourceIndex, const QString &relationshipId) const;
    const QList<int> &outgoing(int twinIndex) const;
    const QList<int> &incoming(int twinIndex) const;
    /// All live relationships touching \a twinIndex (outgoing first), without duplicates.
    QList<int> relationshipsOf(int twinIndex) const;
    QList<int> relationshipIndices() const;

    /// Inserts a relationship whose source and target exist and whose id is new for the
    /// source. Returns the index.
    int insertRelationship(const Relationship &relationship, int slot = -1);
    void removeRelationship(int index);
    void setRelationshipProperties(int index, const QJsonObject &properties);

    // --- containment ------------------------------------------------------------------------
    const QList<ContainmentRule> &containmentRules() const { return m_rules; }
    /// Replaces the rules and rebuilds the tree (announced as a reset).
    void setContainmentRules(const QList<ContainmentRule> &rules);
    static QList<ContainmentRule> defaultContainmentRules();
    /// Whether \a relationship contributes to the tree; \a parent/\a child receive its ends.
    bool containmentEnds(const Relationship &relationship, QString *parent = nullptr,
                         QString *child = nullptr) const;

    int parentOf(int index) const;
    const QList<int> &childrenOf(int index) const;
    const QList<int> &roots() const { return m_roots; }
    /// Parent first, up to the root.
    QList<int> ancestorsOf(int index) const;
    /// \a index and everything below it, in pre-order.
    QList<int> subtreeOf(int index) const;
    bool isAncestor(int ancestor, int index) const;
    /// The relationship that puts \a index under its parent, or -1.
    int containmentRelationshipOf(int index) const;

    // --- bulk -------------------------------------------------------------------------------
    /// Replaces everything. Relationships whose ends are missing or whose ids repeat are
    /// skipped and counted in the return value (callers validate before, so this is 0).
    int reset(const QList<Twin> &twins, const QList<Relationship> &relationships);
    void clear();
    /// Brackets many edits announced as one reset (imports): per-item signals are held
    /// back between the two calls. Calls nest.
    void beginBulkChange();
    void endBulkChange();

signals:
    void twinAboutToBeInserted(int index);
    void twinInserted(int index);
    void twinAboutToBeRemoved(int index);
    void twinRemoved(int index);
    void twinChanged(int index);
    void relationshipInserted(int index);
    void relationshipAboutToBeRemoved(int index);
    void relationshipRemoved(int index);
    void relationshipChanged(int index);
    /// Containment of \a child changes from \a oldParent to \a newParent (-1: root).
    void parentAboutToChange(int child, int oldParent, int newParent);
    void parentChanged(int child, int oldParent, int newParent);
    void aboutToReset();
    void wasReset();

private:
    struct TwinSlot
    {
        Twin twin;
        bool alive = false;
        int parent = -1;
        int containmentRel = -1;
        QList<int> children;
        QList<int> outgoing;
        QList<int> incoming;
    };
    struct RelSlot
    {
        Relationship rel;
        bool alive = false;
        int source = -1;
        int target = -1;
    };

    const ContainmentRule *ruleFor(const QString &name) const;
    int allocateTwinSlot(int requested);
    int allocateRelSlot(int requested);
    void attachContainment(int relIndex, bool announce);
    void detachContainment(int relIndex, bool announce);
    void moveUnder(int child, int newParent, int rel, bool announce);
    void rebuildContainment();

    std::vector<TwinSlot> m_twins;
    std::vector<RelSlot> m_rels;
    QHash<QString, int> m_twinIndex;
    QHash<QPair<int, QString>, int> m_relIndex;
    QList<int> m_roots;
    QList<ContainmentRule> m_rules;
    int m_twinCount = 0;
    int m_relCount = 0;
    int m_bulkDepth = 0;
    bool m_rebuilding = false;
    bool m_blockedBeforeBulk = false;
};

} // namespace twin
