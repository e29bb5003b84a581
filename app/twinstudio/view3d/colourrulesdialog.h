// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/colourrule.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace twin {
class LiveSession;
class Project;
}

namespace twin::ui {

/**
 * View → Colour Rules…: the project's colour rules, which the plan and the 3D view colour
 * rooms by. A rule names a value (completed from the ontology's telemetry and the values
 * functions compute) and maps numeric ranges or exact values to colours; the legend it
 * gives shows below. OK applies every change as one undo step (SetColourRulesCommand).
 */
class ColourRulesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { FromColumn, ToColumn, ColourColumn };

    ColourRulesDialog(Project *project, const QStringList &valueNames, QWidget *parent = nullptr);

    /// What a rule may colour by: the telemetry names and semantic types of the project's
    /// ontology, the values its functions set by a literal name, and those \a session's
    /// functions computed in this run.
    static QStringList valueNames(const Project *project, const LiveSession *session);

    /// The rules as edited; empty with \a error set when an entry does not read.
    QList<ColourRule> rules(QString *error = nullptr) const;
    /// Pushes the edited rules on the undo stack (one step); false when they do not read
    /// or nothing changed.
    bool apply();

    void addRule();
    void deleteRule();
    void addEntry();
    void removeEntry();

    // The parts the tests drive.
    QListWidget *ruleList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QTableWidget *entryTable() const { return m_entries; }
    QLabel *legendPreview() const { return m_legend; }

    void accept() override;

private:
    /// Writes the editors into rule \a row.
    void storeRule(int row);
    /// Fills the editors from rule \a row.
    void showRule(int row);
    void updatePreview();
    void setColourCell(int row, const QColor &colour);
    void chooseColour(int row);
    /// The entries of the editors as a rule named \a name; \a error says what does not read.
    ColourRule editedRule(QString *error) const;

    Project *const m_project;
    QList<ColourRule> m_rules;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QTableWidget *m_entries;
    QLabel *m_legend;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
};

} // namespace twin::ui
