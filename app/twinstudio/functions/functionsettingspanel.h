// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondefinition.h"
#include "itemmodels/twinselection.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace twin {
class FunctionEditor;
class Project;
}

namespace twin::ui {

/**
 * The settings of the function in the Functions tab: the twin it is assigned to (a list of
 * the project's twins filtered as you type, or the twin selected in the topology tree),
 * whether it is enabled, and its matchers, one row per condition (target, JSON path,
 * comparison, value). Each change is stored at once as one undo step (FunctionEditor); the
 * source is left as it was saved, so unsaved text in the editor stays unsaved.
 */
class FunctionSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { TargetColumn = 0, PathColumn, ComparisonColumn, ValueColumn };

    FunctionSettingsPanel(Project *project, FunctionEditor *functions, QWidget *parent = nullptr);

    /// The twin whose current one "Selected in Topology" takes.
    void setSelection(TwinSelection *selection) { m_selection = selection; }
    /// Shows the settings of \a name (empty: none); the rows are rebuilt only when the
    /// stored settings differ from what is shown (an undo, another function).
    void setFunction(const QString &name);

    QComboBox *assignment() const { return m_assignment; }
    QPushButton *selectedTwinButton() const { return m_useSelected; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QTreeWidget *matchers() const { return m_tree; }
    /// The field of one condition (row \a condition of matcher \a matcher) in \a column.
    QComboBox *field(int matcher, int condition, Column column) const;

    /// Adds a matcher with one condition on the data type; adds a condition to the
    /// selected matcher (the last when none is); removes the selected condition or matcher.
    void addMatcher();
    void addCondition();
    void removeSelected();

signals:
    /// A change was refused (why, as the document says it).
    void changeRefused(const QString &why);

private:
    void rebuild();
    void addConditionRow(QTreeWidgetItem *matcher, const MatcherCondition &condition);
    QList<Matcher> matchersShown() const;
    /// Stores \a d as one undo step when it differs from what is stored.
    bool store(const FunctionDefinition &d);
    void storeMatchers(const QList<Matcher> &matchers, bool rebuildRows);
    void storeAssignment(const QString &text);

    Project *const m_project;
    FunctionEditor *const m_functions;
    QPointer<TwinSelection> m_selection;
    QComboBox *m_assignment;
    QPushButton *m_useSelected;
    QCheckBox *m_enabled;
    QTreeWidget *m_tree;
    QString m_name;
    FunctionDefinition m_shown;
    QStringList m_dataTypes; ///< of the project's sensors, as the last rebuild found them
    bool m_building = false;
    bool m_rebuildQueued = false;
};

} // namespace twin::ui
