// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionsettingspanel.h"

#include "document/project.h"
#include "functions/functioneditor.h"
#include "functions/functiontopology.h"
#include "graph/twingraph.h"
#include "itemmodels/twinselection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace twin::ui {

namespace {

constexpr int NameRole = Qt::UserRole + 1;

const QList<MatcherCondition::Target> kTargets{MatcherCondition::Target::Sensor, MatcherCondition::Target::SensorDevice,
                                              MatcherCondition::Target::SensorSpace};
const QList<MatcherCondition::Comparison> kComparisons{
    MatcherCondition::Comparison::Equals, MatcherCondition::Comparison::NotEquals, MatcherCondition::Comparison::Contains};

} // namespace

FunctionSettingsPanel::FunctionSettingsPanel(Project *project, FunctionEditor *functions, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_functions(functions)
    , m_assignment(new QComboBox(this))
    , m_useSelected(new QPushButton(tr("Selected in Topology"), this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("FunctionSettings"));
    m_assignment->setObjectName(QStringLiteral("FunctionAssignment"));
    m_assignment->setEditable(true);
    m_assignment->setInsertPolicy(QComboBox::NoInsert);
    m_assignment->completer()->setFilterMode(Qt::MatchContains);
    m_assignment->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_assignment->setToolTip(tr("The twin whose subtree the function runs for; type to filter the list"));
    m_assignment->lineEdit()->setPlaceholderText(tr("the whole project"));
    m_assignment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignment->setMinimumContentsLength(16);
    m_useSelected->setToolTip(tr("Assign the function to the twin selected in the topology tree"));
    m_enabled->setObjectName(QStringLiteral("FunctionEnabled"));
    m_tree->setObjectName(QStringLiteral("FunctionMatchers"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Target"), tr("Path"), tr("Comparison"), tr("Value")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("The function runs for a sensor when all conditions of any of its matchers hold"));

    auto *addMatcherButton = new QPushButton(tr("Add Matcher"), this);
    auto *addConditionButton = new QPushButton(tr("Add Condition"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    connect(addMatcherButton, &QPushButton::clicked, this, &FunctionSettingsPanel::addMatcher);
    connect(addConditionButton, &QPushButton::clicked, this, &FunctionSettingsPanel::addCondition);
    connect(removeButton, &QPushButton::clicked, this, &FunctionSettingsPanel::removeSelected);

    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(new QLabel(tr("Assigned to"), this));
    assignRow->addWidget(m_assignment, 1);
    assignRow->addWidget(m_useSelected);
    assignRow->addSpacing(12);
    assignRow->addWidget(m_enabled);
    auto *matcherButtons = new QHBoxLayout;
    matcherButtons->addWidget(new QLabel(tr("Matchers"), this));
    matcherButtons->addStretch(1);
    matcherButtons->addWidget(addMatcherButton);
    matcherButtons->addWidget(addConditionButton);
    matcherButtons->addWidget(removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(assignRow);
    layout->addLayout(matcherButtons);
    layout->addWidget(m_tree, 1);

    connect(m_assignment, &QComboBox::activated, this, [this] { storeAssignment(m_assignment->currentText()); });
    connect(m_assignment->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { storeAssignment(m_assignment->currentText()); });
    connect(m_useSelected, &QPushButton::clicked, this, [this] {
        if (m_selection && !m_selection->current().isEmpty())
            storeAssignment(m_selection->current());
    });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        QString why;
        if (!m_building && !m_name.isEmpty() && on != m_shown.enabled) {
            m_shown.enabled = on;
            if (!m_functions->setEnabled(m_name, on, QString(), &why)) {
                m_shown.enabled = !on;
                emit changeRefused(why);
            }
        }
    });
    // Twins added or removed: the assignment list and the data types follow, once per
    // round of the event loop.
    const auto stale = [this] {
        if (m_rebuildQueued)
            return;
        m_rebuildQueued = true;
        QMetaObject::invokeMethod(this, [this] {
            m_rebuildQueued = false;
            rebuild();
        }, Qt::QueuedConnection);
    };
    connect(project->graph(), &TwinGraph::twinInserted, this, stale);
    connect(project->graph(), &TwinGraph::twinRemoved, this, stale);
    connect(project, &Project::contentReset, this, stale);
    setFunction(QString());
}

void FunctionSettingsPanel::setFunction(const QString &name)
{
    FunctionDefinition d;
    const bool found = !name.isEmpty() && m_functions->function(name, &d);
    if (found && name == m_name && d.assignedTo == m_shown.assignedTo && d.enabled == m_shown.enabled
        && d.matchers == m_shown.matchers) {
        m_shown = d;
        return;
    }
    m_name = found ? name : QString();
    m_shown = d;
    rebuild();
}

void FunctionSettingsPanel::rebuild()
{
    m_building = true;
    setEnabled(!m_name.isEmpty());
    // The twins a function can be assigned to: every one that is not a sensor; and the
    // sensors' data types, offered as values.
    const auto topology = FunctionTopology::build(*m_project, {});
    QStringList twins;
    for (int i : m_project->graph()->twinIndices()) {
        const QString id = m_project->graph()->twin(i).id;
        if (!topology->isSensor(id))
            twins.append(id);
    }
    twins.sort(Qt::CaseInsensitive);
    m_dataTypes.clear();
    for (const auto &[type, count] : m_project->sensorDataTypeCounts())
        m_dataTypes.append(type);
    m_dataTypes.sort(Qt::CaseInsensitive);
    m_assignment->clear();
    m_assignment->addItem(QString());
    m_assignment->addItems(twins);
    m_assignment->setCurrentText(m_shown.assignedTo);
    m_enabled->setChecked(m_shown.enabled);
    m_enabled->setToolTip(m_shown.disabledReason.isEmpty() ? tr("Whether the function runs live")
                                                           : tr("Disabled by the runtime: %1").arg(m_shown.disabledReason));
    m_tree->clear();
    for (int i = 0; i < m_shown.matchers.size(); ++i) {
        const Matcher &m = m_shown.matchers.at(i);
        auto *item = new QTreeWidgetItem(m_tree, {m.name.isEmpty() ? tr("Matcher %1").arg(i + 1) : m.name});
        item->setData(0, NameRole, m.name);
        item->setFirstColumnSpanned(true);
        if (m.conditions.isEmpty())
            item->setText(0, item->text(0) + u' ' + tr("(every sensor)"));
        for (const MatcherCondition &c : m.conditions)
            addConditionRow(item, c);
        item->setExpanded(true);
    }
    m_building = false;
}

void FunctionSettingsPanel::addConditionRow(QTreeWidgetItem *matcher, const MatcherCondition &condition)
{
    auto *row = new QTreeWidgetItem(matcher);
    auto *target = new QComboBox(m_tree);
    for (MatcherCondition::Target t : kTargets)
        target->addItem(MatcherCondition::targetName(t));
    target->setCurrentIndex(int(kTargets.indexOf(condition.target)));
    target->setToolTip(tr("Sensor: the sensor; SensorDevice: its device; SensorSpace: its space"));
    auto *path = new QComboBox(m_tree);
    path->setEditable(true);
    path->addItems({QStringLiteral("$.dataType"), QStringLiteral("$.type"), QStringLiteral("$.name"),
                    QStringLiteral("$.friendlyName"), QStringLiteral("$.id")});
    path->setCurrentText(condition.path);
    path->setToolTip(tr("A JSON path into the target's metadata and properties"));
    auto *comparison = new QComboBox(m_tree);
    for (MatcherCondition::Comparison c : kComparisons)
        comparison->addItem(MatcherCondition::comparisonName(c));
    comparison->setCurrentIndex(int(kComparisons.indexOf(condition.comparison)));
    auto *value = new QComboBox(m_tree);
    value->setEditable(true);
    value->addItems(m_dataTypes);
    value->setCurrentText(condition.value);
    value->setToolTip(tr("The value compared with; the list holds the project's data types"));
    const auto changed = [this] {
        if (!m_building)
            storeMatchers(matchersShown(), false);
    };
    for (QComboBox *box : {target, comparison})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QComboBox *box : {path, value}) {
        connect(box, &QComboBox::activated, this, changed);
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, changed);
    }
    m_tree->setItemWidget(row, TargetColumn, target);
    m_tree->setItemWidget(row, PathColumn, path);
    m_tree->setItemWidget(row, ComparisonColumn, comparison);
    m_tree->setItemWidget(row, ValueColumn, value);
}

QComboBox *FunctionSettingsPanel::field(int matcher, int condition, Column column) const
{
    QTreeWidgetItem *m = m_tree->topLevelItem(matcher);
    QTreeWidgetItem *c = m ? m->child(condition) : nullptr;
    return c ? qobject_cast<QComboBox *>(m_tree->itemWidget(c, column)) : nullptr;
}

QList<Matcher> FunctionSettingsPanel::matchersShown() const
{
    QList<Matcher> matchers;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        Matcher m;
        m.name = m_tree->topLevelItem(i)->data(0, NameRole).toString();
        for (int j = 0; j < m_tree->topLevelItem(i)->childCount(); ++j) {
            MatcherCondition c;
            c.target = kTargets.value(field(i, j, TargetColumn)->currentIndex());
            c.path = field(i, j, PathColumn)->currentText().trimmed();
            c.comparison = kComparisons.value(field(i, j, ComparisonColumn)->currentIndex());
            c.value = field(i, j, ValueColumn)->currentText();
            m.conditions.append(c);
        }
        matchers.append(m);
    }
    return matchers;
}

bool FunctionSettingsPanel::store(const FunctionDefinition &d)
{
    FunctionDefinition stored;
    if (m_name.isEmpty() || !m_functions->function(m_name, &stored))
        return false;
    // Only the settings change: the stored source stays, whatever the editor holds.
    FunctionDefinition changed = stored;
    changed.assignedTo = d.assignedTo;
    changed.matchers = d.matchers;
    if (changed == stored)
        return true;
    // Shown before it is stored: the project's signal comes back here (setFunction) while
    // the field that changed is still on the stack, and must not rebuild the rows.
    const FunctionDefinition before = m_shown;
    m_shown = changed;
    QString why;
    if (!m_functions->updateFunction(m_name, changed, &why)) {
        m_shown = before;
        emit changeRefused(why);
        return false;
    }
    return true;
}

void FunctionSettingsPanel::storeMatchers(const QList<Matcher> &matchers, bool rebuildRows)
{
    FunctionDefinition d = m_shown;
    d.matchers = matchers;
    const bool stored = store(d);
    if (stored && rebuildRows)
        rebuild();
    else if (!stored && !rebuildRows)
        // A refused change shows what is stored again, once the field that changed is done.
        QMetaObject::invokeMethod(this, [this] { rebuild(); }, Qt::QueuedConnection);
}

void FunctionSettingsPanel::storeAssignment(const QString &text)
{
    if (m_building || m_name.isEmpty())
        return;
    FunctionDefinition d = m_shown;
    d.assignedTo = text.trimmed();
    if (d.assignedTo == m_shown.assignedTo)
        return;
    if (!d.assignedTo.isEmpty() && m_project->graph()->indexOfTwin(d.assignedTo) < 0) {
        emit changeRefused(tr("There is no twin '%1'").arg(d.assignedTo));
        rebuild();
        return;
    }
    if (!store(d))
        rebuild();
    else
        m_assignment->setCurrentText(m_shown.assignedTo);
}

void FunctionSettingsPanel::addMatcher()
{
    if (m_name.isEmpty())
        return;
    QList<Matcher> matchers = matchersShown();
    Matcher m;
    MatcherCondition c;
    c.value = m_dataTypes.value(0);
    m.conditions.append(c);
    matchers.append(m);
    storeMatchers(matchers, true);
}

void FunctionSettingsPanel::addCondition()
{
    if (m_name.isEmpty())
        return;
    QList<Matcher> matchers = matchersShown();
    QTreeWidgetItem *item = m_tree->currentItem();
    int at = item ? m_tree->indexOfTopLevelItem(item->parent() ? item->parent() : item) : int(matchers.size()) - 1;
    if (at < 0) {
        matchers.append(Matcher());
        at = int(matchers.size()) - 1;
    }
    MatcherCondition c;
    c.value = m_dataTypes.value(0);
    matchers[at].conditions.append(c);
    storeMatchers(matchers, true);
}

void FunctionSettingsPanel::removeSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (m_name.isEmpty() || !item)
        return;
    QList<Matcher> matchers = matchersShown();
    if (item->parent())
        matchers[m_tree->indexOfTopLevelItem(item->parent())].conditions.removeAt(item->parent()->indexOfChild(item));
    else
        matchers.removeAt(m_tree->indexOfTopLevelItem(item));
    storeMatchers(matchers, true);
}

} // namespace twin::ui
