// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QObject>

class QAction;
class QTreeView;

namespace twin {
class InspectorModel;
}

namespace twin::ui {

/**
 * The inspector tree's actions on object, map and array values, in its context menu and
 * with keys: Add Entry (Insert; a map asks for the key), Remove Entry, Move Up and Move
 * Down (Alt+Up, Alt+Down) for array elements, and Edit as JSON… for any value edited as
 * JSON text. Each is enabled for the current row only when it applies; refusals show on
 * the row as any refused edit does.
 */
class InspectorActions : public QObject
{
    Q_OBJECT

public:
    InspectorActions(QTreeView *view, InspectorModel *model);

    QAction *addEntryAction() const { return m_add; }
    QAction *removeEntryAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }
    QAction *editAsJsonAction() const { return m_json; }

    /// Adds an entry to the map or array of the current row (asking a map's key).
    void addEntry();
    void removeEntry();
    void moveEntry(int delta);
    /// Edits the current row's value as JSON text in a dialog.
    void editAsJson();

private:
    QModelIndex current() const;
    void updateActions();

    QTreeView *const m_view;
    InspectorModel *const m_model;
    QAction *const m_add;
    QAction *const m_remove;
    QAction *const m_up;
    QAction *const m_down;
    QAction *const m_json;
};

} // namespace twin::ui
