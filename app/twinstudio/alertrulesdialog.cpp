// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulesdialog.h"

#include "emptyhint.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "graph/twingraph.h"
#include "live/alertrule.h"
#include "live/setalertrulescommand.h"
#include "ontology/dtdlelement.h"
#include "ontology/modelregistry.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace twin::ui {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

/// A spin box for any finite value, with \a suffix.
QDoubleSpinBox *numberBox(QWidget *parent, const QString &suffix, double minimum)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, 1e12);
    box->setDecimals(3);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

/// The id of the entry \a combo shows, or the text typed into it when that is no entry.
QString chosenId(const QComboBox *combo)
{
    const int at = combo->currentIndex();
    return at >= 0 && combo->itemText(at) == combo->currentText() ? combo->currentData().toString()
                                                                   : combo->currentText().trimmed();
}

/// An editable combo box that completes what is typed from its entries.
QComboBox *editableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    return combo;
}

} // namespace

AlertRulesDialog::AlertRulesDialog(Project *project, const QString &twinId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_twinId(twinId)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_form(new QWidget(this))
    , m_oneTwin(new QRadioButton(tr("One &twin"), m_form))
    , m_everyTwin(new QRadioButton(tr("Every twin of a t&ype"), m_form))
    , m_twin(editableCombo(m_form))
    , m_interface(editableCombo(m_form))
    , m_value(editableCombo(m_form))
    , m_condition(new QComboBox(m_form))
    , m_threshold(numberBox(m_form, QString(), -1e12))
    , m_low(numberBox(m_form, QString(), -1e12))
    , m_high(numberBox(m_form, QString(), -1e12))
    , m_forSeconds(numberBox(m_form, tr(" s"), 0.001))
    , m_severity(new QComboBox(m_form))
    , m_delay(numberBox(m_form, tr(" s"), 0))
    , m_hysteresis(numberBox(m_form, QString(), 0))
    , m_message(new QLineEdit(m_form))
    , m_error(new QLabel(this))
{
    setObjectName(str("AlertRulesDialog"));
    setWindowTitle(tr("Alert Rules"));

    m_list->setObjectName(str("AlertRuleList"));
    m_add->setObjectName(str("AddAlertRule"));
    m_add->setToolTip(tr("A new rule: a copy of the selected one, or one watching the selected twin"));
    m_remove->setObjectName(str("RemoveAlertRule"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);

    m_oneTwin->setObjectName(str("AlertRuleOneTwin"));
    m_everyTwin->setObjectName(str("AlertRuleEveryTwin"));
    auto *watches = new QButtonGroup(this);
    watches->addButton(m_oneTwin);
    watches->addButton(m_everyTwin);
    m_oneTwin->setChecked(true);
    m_twin->setObjectName(str("AlertRuleTwin"));
    m_twin->setToolTip(tr("The twin whose value the rule watches"));
    for (int index : m_project->graph()->twinIndices()) {
        const Twin &t = m_project->graph()->twin(index);
        m_twin->addItem(t.displayName() == t.id ? t.id : tr("%1 (%2)").arg(t.id, t.displayName()), t.id);
    }
    m_twin->model()->sort(0);
    m_interface->setObjectName(str("AlertRuleInterface"));
    m_interface->setToolTip(tr("The rule watches every twin of this interface and of the interfaces extending it"));
    for (const QString &dtmi : m_project->models().interfaceIds())
        m_interface->addItem(tr("%1 (%2)").arg(TwinFactory::readableName(dtmi), dtmi), dtmi);
    m_interface->model()->sort(0);
    m_value->setObjectName(str("AlertRuleValue"));
    m_value->setToolTip(tr("A telemetry name (\"temperature\") or a semantic type (\"Temperature\")"));
    m_condition->setObjectName(str("AlertRuleCondition"));
    m_condition->addItem(tr("above"), str("above"));
    m_condition->addItem(tr("below"), str("below"));
    m_condition->addItem(tr("outside a range"), str("outside"));
    m_condition->addItem(tr("equals"), str("equals"));
    m_condition->addItem(tr("no data for"), str("noData"));
    m_severity->setObjectName(str("AlertRuleSeverity"));
    m_severity->addItem(tr("info"), str("info"));
    m_severity->addItem(tr("warning"), str("warning"));
    m_severity->addItem(tr("critical"), str("critical"));
    m_threshold->setObjectName(str("AlertRuleThreshold"));
    m_low->setObjectName(str("AlertRuleLow"));
    m_high->setObjectName(str("AlertRuleHigh"));
    m_forSeconds->setObjectName(str("AlertRuleForSeconds"));
    m_delay->setObjectName(str("AlertRuleDelay"));
    m_delay->setToolTip(tr("How long the condition must hold before the alert is raised"));
    m_hysteresis->setObjectName(str("AlertRuleHysteresis"));
    m_hysteresis->setToolTip(tr("How far back past the threshold the value must come before the alert clears"));
    m_message->setObjectName(str("AlertRuleMessage"));
    m_message->setPlaceholderText(tr("Optional: shown with the alert"));

    m_formLayout = new QFormLayout(m_form);
    auto *target = new QHBoxLayout;
    target->addWidget(m_oneTwin);
    target->addWidget(m_everyTwin);
    target->addStretch(1);
    m_formLayout->addRow(tr("Watches:"), target);
    m_formLayout->addRow(tr("Twin:"), m_twin);
    m_formLayout->addRow(tr("Type:"), m_interface);
    m_formLayout->addRow(tr("Value:"), m_value);
    m_formLayout->addRow(tr("Condition:"), m_condition);
    m_formLayout->addRow(tr("Threshold:"), m_threshold);
    m_formLayout->addRow(tr("From:"), m_low);
    m_formLayout->addRow(tr("To:"), m_high);
    m_formLayout->addRow(tr("For:"), m_forSeconds);
    m_formLayout->addRow(tr("Severity:"), m_severity);
    m_formLayout->addRow(tr("Delay:"), m_delay);
    m_formLayout->addRow(tr("Hysteresis:"), m_hysteresis);
    m_formLayout->addRow(tr("Message:"), m_message);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    m_error->setObjectName(str("AlertRuleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(str("color: #c01c28"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (const QJsonValue &rule : SetAlertRulesCommand::rulesOf(*m_project))
        m_rules.append(rule.toObject());
    for (int row = 0; row < m_rules.size(); ++row) {
        m_list->addItem(QString());
        updateRow(row);
    }
    m_hint = new EmptyHint(tr("No alert rules yet. Add makes one: for instance every sensor's Temperature above "
                              "28, critical, after 60 s."),
                           m_list->viewport());

    connect(m_add, &QPushButton::clicked, this, &AlertRulesDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &AlertRulesDialog::removeRule);
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertRulesDialog::showRule);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto changed = [this] { takeForm(); };
    connect(m_oneTwin, &QRadioButton::toggled, this, changed);
    for (QComboBox *combo : {m_twin, m_interface, m_value})
        connect(combo, &QComboBox::currentTextChanged, this, changed);
    for (QComboBox *combo : {m_condition, m_severity})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QDoubleSpinBox *box : {m_threshold, m_low, m_high, m_forSeconds, m_delay, m_hysteresis})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_message, &QLineEdit::textChanged, this, changed);

    selectRule(m_rules.isEmpty() ? -1 : 0);
    resize(820, 480);
}

void AlertRulesDialog::selectRule(int row)
{
    m_list->setCurrentRow(row);
    showRule(row);
}

void AlertRulesDialog::showRule(int row)
{
    m_current = row >= 0 && row < m_rules.size() ? row : -1;
    m_hint->setVisible(m_rules.isEmpty());
    m_remove->setEnabled(m_current >= 0);
    m_form->setEnabled(m_current >= 0);
    if (m_current < 0) {
        updateFields();
        return;
    }
    const QJsonObject &rule = m_rules.at(m_current);
    m_showing = true;
    const bool oneTwin = rule.contains(str("twin")) || !rule.contains(str("interface"));
    m_oneTwin->setChecked(oneTwin);
    m_everyTwin->setChecked(!oneTwin);
    const auto showId = [](QComboBox *combo, const QString &id) {
        const int at = combo->findData(id);
        if (at >= 0)
            combo->setCurrentIndex(at);
        else
            combo->setEditText(id);
    };
    showId(m_twin, rule.value(str("twin")).toString());
    showId(m_interface, rule.value(str("interface")).toString());
    fillValueNames();
    m_value->setEditText(rule.value(str("value")).toString());
    m_condition->setCurrentIndex(std::max(0, m_condition->findData(rule.value(str("condition")).toString(str("above")))));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(rule.value(str("severity")).toString(str("warning")))));
    m_threshold->setValue(rule.value(str("threshold")).toDouble());
    m_low->setValue(rule.value(str("low")).toDouble());
    m_high->setValue(rule.value(str("high")).toDouble());
    m_forSeconds->setValue(rule.value(str("forSeconds")).toDouble(60));
    m_delay->setValue(rule.value(str("delaySeconds")).toDouble());
    m_hysteresis->setValue(rule.value(str("hysteresis")).toDouble());
    m_message->setText(rule.value(str("message")).toString());
    m_showing = false;
    updateFields();
}

void AlertRulesDialog::updateFields()
{
    const QString condition = m_condition->currentData().toString();
    const bool oneTwin = m_oneTwin->isChecked();
    m_formLayout->setRowVisible(m_twin, oneTwin);
    m_formLayout->setRowVisible(m_interface, !oneTwin);
    m_formLayout->setRowVisible(m_threshold, condition == QLatin1String("above") || condition == QLatin1String("below")
                                                 || condition == QLatin1String("equals"));
    m_formLayout->setRowVisible(m_low, condition == QLatin1String("outside"));
    m_formLayout->setRowVisible(m_high, condition == QLatin1String("outside"));
    m_formLayout->setRowVisible(m_forSeconds, condition == QLatin1String("noData"));
    m_formLayout->setRowVisible(m_hysteresis, condition != QLatin1String("noData"));
    const QString error = firstError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void AlertRulesDialog::fillValueNames()
{
    // The telemetry of the watched twin's model (or of the type), by name and semantic type.
    QString model = m_interface->currentData().toString();
    if (m_oneTwin->isChecked()) {
        const Twin *t = m_project->graph()->findTwin(m_twin->currentData().toString());
        model = t ? t->model : QString();
    }
    QStringList names;
    if (const ResolvedInterface *resolved = m_project->models().resolved(model)) {
        for (const DtdlElement *content : resolved->contents) {
            if (content->kind != DtdlKind::Telemetry)
                continue;
            names.append(content->name);
            names.append(content->semanticTypes);
        }
    }
    names.removeDuplicates();
    const QString typed = m_value->currentText();
    const QSignalBlocker block(m_value);
    m_value->clear();
    m_value->addItems(names);
    m_value->setEditText(typed);
}

void AlertRulesDialog::takeForm()
{
    if (m_showing || m_current < 0)
        return;
    QJsonObject rule;
    if (m_oneTwin->isChecked())
        rule.insert(str("twin"), chosenId(m_twin));
    else
        rule.insert(str("interface"), chosenId(m_interface));
    rule.insert(str("value"), m_value->currentText().trimmed());
    const QString condition = m_condition->currentData().toString();
    rule.insert(str("condition"), condition);
    if (condition == QLatin1String("outside")) {
        rule.insert(str("low"), m_low->value());
        rule.insert(str("high"), m_high->value());
    } else if (condition == QLatin1String("noData")) {
        rule.insert(str("forSeconds"), m_forSeconds->value());
    } else {
        rule.insert(str("threshold"), m_threshold->value());
    }
    rule.insert(str("severity"), m_severity->currentData().toString());
    if (m_delay->value() > 0)
        rule.insert(str("delaySeconds"), m_delay->value());
    if (m_hysteresis->value() > 0 && condition != QLatin1String("noData"))
        rule.insert(str("hysteresis"), m_hysteresis->value());
    if (const QString message = m_message->text().trimmed(); !message.isEmpty())
        rule.insert(str("message"), message);
    const bool targetChanged = rule.value(str("twin")) != m_rules.at(m_current).value(str("twin"))
                               || rule.value(str("interface")) != m_rules.at(m_current).value(str("interface"));
    m_rules[m_current] = rule;
    if (targetChanged)
        fillValueNames();
    updateRow(m_current);
    updateFields();
}

void AlertRulesDialog::updateRow(int row)
{
    const QJsonObject &json = m_rules.at(row);
    AlertRule rule;
    QString why;
    const bool ok = AlertRule::fromJson(json, &rule, &why);
    const QString target = json.contains(str("twin"))
                               ? json.value(str("twin")).toString()
                               : tr("every %1").arg(TwinFactory::readableName(json.value(str("interface")).toString()));
    QListWidgetItem *item = m_list->item(row);
    item->setText(ok ? tr("%1: %2 (%3)").arg(target, rule.describe(), rule.severity)
                     : tr("%1: incomplete").arg(target.isEmpty() ? tr("New rule") : target));
    item->setToolTip(ok ? rule.message : why);
}

QString AlertRulesDialog::firstError() const
{
    for (int row = 0; row < m_rules.size(); ++row) {
        const QJsonObject &json = m_rules.at(row);
        AlertRule rule;
        QString why;
        if (!AlertRule::fromJson(json, &rule, &why))
            return tr("Rule %1: %2").arg(row + 1).arg(why);
        if (!rule.twin.isEmpty() && !m_project->graph()->findTwin(rule.twin))
            return tr("Rule %1: the project has no twin '%2'").arg(row + 1).arg(rule.twin);
        if (!rule.interface.isEmpty() && !m_project->models().contains(rule.interface))
            return tr("Rule %1: the ontology has no interface '%2'").arg(row + 1).arg(rule.interface);
    }
    return QString();
}

void AlertRulesDialog::addRule()
{
    QJsonObject rule;
    if (m_current >= 0) {
        rule = m_rules.at(m_current);
    } else {
        rule.insert(str("twin"), m_twinId);
        rule.insert(str("condition"), str("above"));
        rule.insert(str("threshold"), 0.0);
        rule.insert(str("severity"), str("warning"));
    }
    m_rules.append(rule);
    m_list->addItem(QString());
    updateRow(int(m_rules.size()) - 1);
    selectRule(int(m_rules.size()) - 1);
}

void AlertRulesDialog::removeRule()
{
    if (m_current < 0)
        return;
    const int row = m_current;
    m_rules.removeAt(row);
    m_current = -1;
    delete m_list->takeItem(row);
    selectRule(std::min(row, int(m_rules.size()) - 1));
}

void AlertRulesDialog::accept()
{
    if (const QString error = firstError(); !error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QJsonArray rules;
    for (const QJsonObject &json : std::as_const(m_rules)) {
        AlertRule rule;
        QString why;
        AlertRule::fromJson(json, &rule, &why);
        rules.append(rule.toJson());
    }
    if (rules != SetAlertRulesCommand::rulesOf(*m_project))
        m_project->undoStack()->push(new SetAlertRulesCommand(m_project, rules, tr("Edit Alert Rules")));
    QDialog::accept();
}

} // namespace twin::ui
