// SPDX-License-Identifier: GPL-3.0-or-later
#include "twinselection.h"

#include "document/project.h"
#include "graph/twingraph.h"

namespace twin {

TwinSelection::TwinSelection(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    const TwinGraph *g = project->graph();
    // A removal is announced while the twin is still there (its id can be read) but the
    // views are between begin and end of their own row removal: note it, and drop it once
    // the graph is consistent again.
    connect(g, &TwinGraph::twinAboutToBeRemoved, this, [this, g](int index) {
        const QString &id = g->twin(index).id;
        if (m_lookup.contains(id))
            m_removing.append(id);
    });
    connect(g, &TwinGraph::twinRemoved, this, [this] {
        if (m_removing.isEmpty())
            return;
        QStringList ids = m_ids;
        for (const QString &id : std::as_const(m_removing))
            ids.removeOne(id);
        m_removing.clear();
        apply(ids, ids.contains(m_current) ? m_current : ids.value(ids.size() - 1));
    });
    // Bulk changes (imports, pastes and their undo) arrive as a reset.
    connect(g, &TwinGraph::wasReset, this, &TwinSelection::prune);
    // Another document: equal ids would name other twins.
    connect(project, &Project::contentReset, this, &TwinSelection::clear);
}

bool TwinSelection::isKnown(const QString &id) const
{
    return !id.isEmpty() && m_project->graph()->indexOfTwin(id) >= 0;
}

void TwinSelection::select(const QStringList &ids, const QString &current)
{
    QStringList known;
    QSet<QString> seen;
    known.reserve(ids.size());
    for (const QString &id : ids) {
        if (isKnown(id) && !seen.contains(id)) {
            seen.insert(id);
            known.append(id);
        }
    }
    QString newCurrent;
    if (isKnown(current)) {
        newCurrent = current;
        if (!seen.contains(current))
            known.append(current);
    } else if (seen.contains(m_current)) {
        newCurrent = m_current;
    } else {
        newCurrent = known.value(0);
    }
    apply(known, newCurrent);
}

void TwinSelection::setCurrent(const QString &id)
{
    if (!isKnown(id) || id == m_current)
        return;
    QStringList ids = m_ids;
    if (!m_lookup.contains(id))
        ids.append(id);
    apply(ids, id);
}

void TwinSelection::toggle(const QString &id)
{
    if (!isKnown(id))
        return;
    QStringList ids = m_ids;
    if (m_lookup.contains(id)) {
        ids.removeOne(id);
        apply(ids, id == m_current ? ids.value(ids.size() - 1) : m_current);
    } else {
        ids.append(id);
        apply(ids, id);
    }
}

void TwinSelection::prune()
{
    QStringList ids;
    ids.reserve(m_ids.size());
    for (const QString &id : std::as_const(m_ids)) {
        if (isKnown(id))
            ids.append(id);
    }
    if (ids.size() != m_ids.size())
        apply(ids, ids.contains(m_current) ? m_current : ids.value(ids.size() - 1));
}

void TwinSelection::apply(const QStringList &ids, const QString &current)
{
    Q_ASSERT(current.isEmpty() || ids.contains(current));
    const QSet<QString> lookup(ids.cbegin(), ids.cend());
    QStringList selected, deselected;
    for (const QString &id : ids) {
        if (!m_lookup.contains(id))
            selected.append(id);
    }
    for (const QString &id : std::as_const(m_ids)) {
        if (!lookup.contains(id))
            deselected.append(id);
    }
    const QString previous = m_current;
    // The order of the list changes nothing a view shows: only membership is announced.
    m_ids = ids;
    m_lookup = lookup;
    m_current = current;
    if (!selected.isEmpty() || !deselected.isEmpty())
        emit selectionChanged(selected, deselected);
    if (current != previous)
        emit currentChanged(current, previous);
}

} // namespace twin
