// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace twin {

class Project;

/**
 * The twins the user has selected, and the current one among them: the one selection
 * that the topology tree and list, the floor plan, the inspector, the status bar (and a
 * 3D view) all show and change.
 *
 * It is its own object holding twin ids rather than a QItemSelectionModel over
 * TwinListModel: every view has its own index space (tree rows, filtered and sorted list
 * rows, plan items of one floor, 3D nodes), so each would have to map through the list
 * model anyway, and an item selection model is emptied whenever its model resets, which
 * happens on every bulk change (an import, a paste, their undo) — exactly when the
 * selection must survive. Twin ids are stable across such resets and across undo.
 *
 * The selection only ever holds twins that exist: ids the project does not know are not
 * taken, and twins the project removes (a delete, the undo of an add, an import undone)
 * leave it. When the project's content is replaced (open, new, demo) it is cleared.
 *
 * A view binds to it in both directions: it shows selectionChanged() and currentChanged(),
 * and calls select() (or toggle(), clear()) for what the user does in it. Calls that change
 * nothing emit nothing, so a view that re-applies what it just reported does not loop; a
 * view should still ignore the signals it causes itself while it writes them back.
 */
class TwinSelection : public QObject
{
    Q_OBJECT

public:
    explicit TwinSelection(Project *project, QObject *parent = nullptr);

    Project *project() const { return m_project; }

    /// The selected twin ids, in the order they were selected.
    QStringList selectedIds() const { return m_ids; }
    bool isSelected(const QString &id) const { return m_lookup.contains(id); }
    int count() const { return int(m_ids.size()); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    /// The current twin (the one the inspector shows); empty when nothing is selected.
    /// It is always one of the selected twins.
    QString current() const { return m_current; }

    /**
     * Replaces the selection by \a ids (unknown ids and repeats are skipped). \a current
     * becomes the current twin, and is selected too when it is not among \a ids; when it
     * is empty or unknown, the current twin stays if it is still selected, else the first
     * of \a ids becomes current.
     */
    void select(const QStringList &ids, const QString &current = QString());
    /// Makes \a id the current twin, adding it to the selection; an empty or unknown id
    /// leaves everything as it is.
    void setCurrent(const QString &id);
    /// Selects \a id alone and makes it current (clears the selection if \a id is unknown).
    void selectOnly(const QString &id) { select({id}, id); }
    /// Adds \a id to the selection (and makes it current) or removes it; a removed current
    /// twin passes the role to the most recently selected of the others.
    void toggle(const QString &id);
    void clear() { select({}); }

signals:
    /// The selection changed: \a selected were added, \a deselected left it.
    void selectionChanged(const QStringList &selected, const QStringList &deselected);
    /// The current twin changed (empty: none); emitted after selectionChanged().
    void currentChanged(const QString &current, const QString &previous);

private:
    bool isKnown(const QString &id) const;
    /// Sets the selection to \a ids (known, unique) and the current twin to \a current
    /// (one of them or empty), emitting what changed.
    void apply(const QStringList &ids, const QString &current);
    /// Drops the ids that are no longer twins of the project.
    void prune();

    Project *const m_project;
    QStringList m_ids;
    QSet<QString> m_lookup;
    QString m_current;
    QStringList m_removing; ///< selected twins the graph is removing right now
};

} // namespace twin
