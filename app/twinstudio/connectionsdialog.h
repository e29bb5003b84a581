// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace twin {
class Project;
}

namespace twin::ui {

class LiveControls;

/**
 * Live → Connections: the project's connection profiles with each one's state, message
 * rate and last error; add, edit and remove them (undoable edits of the project) and
 * connect or disconnect each one, the others staying connected.
 */
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionsDialog(Project *project, LiveControls *live, QWidget *parent = nullptr);

    /// The table (tests).
    QTableWidget *table() const { return m_table; }
    /// The id of the selected profile, empty when none.
    QString currentId() const;
    void addProfile();
    void editProfile();
    void removeProfile();
    void connectProfile();
    void disconnectProfile();

private:
    void refresh();
    void updateButtons();

    Project *const m_project;
    LiveControls *const m_live;
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
};

} // namespace twin::ui
