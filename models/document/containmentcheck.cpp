// SPDX-License-Identifier: GPL-3.0-or-later
#include "containmentcheck.h"

#include "graph/twingraph.h"

#include <QSet>

namespace twin {

ContainmentCheck::ContainmentCheck(const TwinGraph *graph)
    : m_graph(graph)
{
    Q_ASSERT(graph);
}

QString ContainmentCheck::parentOf(const QString &id) const
{
    if (const auto it = m_parents.constFind(id); it != m_parents.cend())
        return *it;
    const int index = m_graph->indexOfTwin(id);
    const int parent = index >= 0 ? m_graph->parentOf(index) : -1;
    return parent >= 0 ? m_graph->twin(parent).id : QString();
}

QString ContainmentCheck::problem(const Relationship &relationship) const
{
    QString parent, child;
    if (!m_graph->containmentEnds(relationship, &parent, &child))
        return QString();
    if (parent == child)
        return tr("relationship '%1': '%2' cannot contain itself").arg(relationship.id, child);
    const QString current = parentOf(child);
    if (!current.isEmpty() && current != parent)
        return tr("relationship '%1': '%2' is already contained by '%3'; a twin has one place in the tree")
            .arg(relationship.id, child, current);
    // Walk up from the new parent: meeting the child means the child would contain its
    // own ancestor. The visited set stops on damage in loaded data.
    QSet<QString> seen;
    for (QString up = parent; !up.isEmpty() && !seen.contains(up); up = parentOf(up)) {
        if (up == child)
            return tr("relationship '%1' would make a containment cycle: '%2' is already inside '%3'")
                .arg(relationship.id, parent, child);
        seen.insert(up);
    }
    return QString();
}

void ContainmentCheck::accept(const Relationship &relationship)
{
    QString parent, child;
    if (m_graph->containmentEnds(relationship, &parent, &child) && parent != child)
        m_parents.insert(child, parent);
}

} // namespace twin
