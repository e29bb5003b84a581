// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/twin.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace twin {

class TwinGraph;

/**
 * Keeps the containment tree a tree: a containment relationship (one of the graph's
 * ContainmentRules, such as `contains` or `isPartOf`) may neither give a twin a second
 * parent nor make a twin contain one of its ancestors (or itself).
 *
 * Checks one relationship against the graph, or many in turn (an import): accept()
 * records a relationship as if added, so the next check sees it. Twins that are not in
 * the graph (new ones of the same import) are tracked by id.
 */
class ContainmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(twin::ContainmentCheck)

public:
    explicit ContainmentCheck(const TwinGraph *graph);

    /// Why \a relationship cannot be added, or an empty string when it can (or when it
    /// is not a containment relationship). A second edge between the same parent and
    /// child (an inverse such as `isPartOf` beside `hasPart`) is fine.
    QString problem(const Relationship &relationship) const;
    /// Records \a relationship (checked before) as added.
    void accept(const Relationship &relationship);

private:
    /// The parent of \a id (recorded or in the graph), empty for a root.
    QString parentOf(const QString &id) const;

    const TwinGraph *const m_graph;
    QHash<QString, QString> m_parents; ///< child → parent, recorded by accept()
};

} // namespace twin
