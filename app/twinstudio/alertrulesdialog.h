// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace twin {
class Project;
}

namespace twin::ui {

/**
 * Edit → Alert Rules: the project's alert rules (AlertRule, no code) as a list with a form
 * for the selected one: which twin or type of twin it watches, the value, the condition
 * and its thresholds, the severity, the delay and the hysteresis. OK stores them all as
 * one undo step (SetAlertRulesCommand); a rule that is wrong keeps the dialog open and
 * says which one and why. A running live session picks the new rules up at once.
 */
class AlertRulesDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a twinId: the twin a new rule watches when no rule is selected to copy.
    AlertRulesDialog(Project *project, const QString &twinId, QWidget *parent = nullptr);

    void accept() override;

    /// Adds a rule (a copy of the selected one, or a new one watching the selected twin
    /// when there is none) and selects it.
    void addRule();
    /// Removes the selected rule.
    void removeRule();
    /// The rules as the form holds them now.
    const QList<QJsonObject> &rules() const { return m_rules; }
    /// Selects rule \a row for the form (-1: none).
    void selectRule(int row);
    /// The first wrong rule, "Rule N: why"; empty when all are right.
    QString firstError() const;

private:
    void showRule(int row);
    /// Takes what the form shows into the selected rule.
    void takeForm();
    void updateFields();
    void updateRow(int row);
    void fillValueNames();

    Project *const m_project;
    const QString m_twinId;
    QList<QJsonObject> m_rules;
    int m_current = -1;
    bool m_showing = false; ///< the form is being filled from a rule

    QListWidget *const m_list;
    QPushButton *const m_add;
    QPushButton *const m_remove;
    QWidget *const m_form;
    QFormLayout *m_formLayout = nullptr;
    QRadioButton *const m_oneTwin;
    QRadioButton *const m_everyTwin;
    QComboBox *const m_twin;
    QComboBox *const m_interface;
    QComboBox *const m_value;
    QComboBox *const m_condition;
    QDoubleSpinBox *const m_threshold;
    QDoubleSpinBox *const m_low;
    QDoubleSpinBox *const m_high;
    QDoubleSpinBox *const m_forSeconds;
    QComboBox *const m_severity;
    QDoubleSpinBox *const m_delay;
    QDoubleSpinBox *const m_hysteresis;
    QLineEdit *const m_message;
    QLabel *const m_error;
    QLabel *m_hint = nullptr; ///< over the empty list
};

} // namespace twin::ui
