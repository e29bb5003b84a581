// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourrulesdialog.h"

#include "live/livesession.h"
#include "live/setcolourrulescommand.h"

#include "document/project.h"
#include "functions/functiondefinition.h"
#include "ontology/modelregistry.h"

#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace twin::ui {

namespace {

enum Kind { Ranges, Values };

/// The names a function's source sets values under: literal names, and names held in a
/// variable the call passes (`var name = "AvailableAndFresh"; setSpaceValue(id, name, v)`).
QStringList namesSetBy(const QString &source)
{
    static const QRegularExpression call(
        QStringLiteral(R"(set(?:Space|Sensor)Value\s*\([^,()]*,\s*(?:["']([^"']+)["']|([A-Za-z_$][\w$]*)))"));
    QStringList names;
    for (auto it = call.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            names.append(m.captured(1));
            continue;
        }
        const QRegularExpression assigned(QStringLiteral(R"(\b%1\s*=\s*["']([^"']+)["'])")
                                              .arg(QRegularExpression::escape(m.captured(2))));
        for (auto a = assigned.globalMatch(source); a.hasNext();)
            names.append(a.next().captured(1));
    }
    return names;
}

QString numberText(double v)
{
    return std::isinf(v) ? QString() : QString::number(v, 'g', 10);
}

} // namespace

ColourRulesDialog::ColourRulesDialog(Project *project, const QStringList &valueNames, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_rules(ColourRule::rulesOf(project))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_entries(new QTableWidget(0, 3, this))
    , m_legend(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Colour Rules"));
    auto *completer = new QCompleter(valueNames, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_name->setCompleter(completer);
    m_name->setPlaceholderText(tr("Temperature, AvailableAndFresh, …"));
    m_kind->addItem(tr("Numeric ranges → colours"), Ranges);
    m_kind->addItem(tr("Values → colours"), Values);
    m_entries->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Colour")});
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_entries->setToolTip(tr("An empty end is open. Double-click a colour to choose it."));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    auto *addRuleButton = new QPushButton(tr("&Add Rule"), this);
    auto *deleteRuleButton = new QPushButton(tr("&Delete Rule"), this);
    auto *addEntryButton = new QPushButton(tr("Add &Entry"), this);
    auto *removeEntryButton = new QPushButton(tr("&Remove Entry"), this);
    connect(addRuleButton, &QPushButton::clicked, this, &ColourRulesDialog::addRule);
    connect(deleteRuleButton, &QPushButton::clicked, this, &ColourRulesDialog::deleteRule);
    connect(addEntryButton, &QPushButton::clicked, this, &ColourRulesDialog::addEntry);
    connect(removeEntryButton, &QPushButton::clicked, this, &ColourRulesDialog::removeEntry);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(addRuleButton);
    ruleButtons->addWidget(deleteRuleButton);
    left->addLayout(ruleButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("&Value:"), m_name);
    form->addRow(tr("&Colours by:"), m_kind);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_entries);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(addEntryButton);
    entryButtons->addWidget(removeEntryButton);
    entryButtons->addStretch();
    right->addLayout(entryButtons);
    right->addWidget(new QLabel(tr("Legend:"), this));
    right->addWidget(m_legend);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColourRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColourRulesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (const ColourRule &rule : std::as_const(m_rules))
        m_list->addItem(rule.valueName);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeRule(m_current);
        showRule(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_list->item(m_current))
            item->setText(text);
        updatePreview();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_entries->setColumnHidden(ToColumn, m_kind->currentData().toInt() == Values);
        m_entries->setHorizontalHeaderItem(FromColumn, new QTableWidgetItem(
                                                           m_kind->currentData().toInt() == Values ? tr("Value") : tr("From")));
        updatePreview();
    });
    connect(m_entries, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        if (item->column() == ColourColumn)
            setColourCell(item->row(), QColor(item->text().trimmed()));
        updatePreview();
    });
    connect(m_entries, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColourColumn)
            chooseColour(row);
    });
    m_list->setCurrentRow(m_rules.isEmpty() ? -1 : 0);
    showRule(m_list->currentRow());
}

QStringList ColourRulesDialog::valueNames(const Project *project, const LiveSession *session)
{
    QSet<QString> names;
    const ModelRegistry &models = project->models();
    for (const QString &dtmi : models.interfaceIds()) {
        const ResolvedInterface *resolved = models.resolved(dtmi);
        if (!resolved)
            continue;
        for (const DtdlElement *content : resolved->contents) {
            if (content->kind != DtdlKind::Telemetry)
                continue;
            names.insert(content->name);
            for (const QString &type : content->semanticTypes)
                names.insert(type);
        }
    }
    for (const QJsonValue &v : project->functions()) {
        FunctionDefinition definition;
        QString error;
        if (FunctionDefinition::fromJson(v.toObject(), &definition, &error)) {
            for (const QString &name : namesSetBy(definition.source))
                names.insert(name);
        }
    }
    if (session) {
        const TwinGraph *g = project->graph();
        for (int i : g->twinIndices()) {
            for (const LiveReading &r : session->computedReadings(g->twin(i).id))
                names.insert(r.name);
        }
    }
    for (const ColourRule &rule : ColourRule::rulesOf(project))
        names.insert(rule.valueName);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

void ColourRulesDialog::addRule()
{
    storeRule(m_current);
    ColourRule rule;
    rule.valueName = QString();
    rule.ranges = {{-qInf(), qInf(), QColor(0x8f, 0xd1, 0x6a)}};
    m_rules.append(rule);
    m_list->addItem(QString());
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    m_name->setFocus();
}

void ColourRulesDialog::deleteRule()
{
    const int row = m_current;
    if (row < 0)
        return;
    m_current = -1; // nothing to store: the rule goes
    m_rules.removeAt(row);
    delete m_list->takeItem(row);
    m_list->setCurrentRow(std::min(row, int(m_rules.size()) - 1));
    showRule(m_list->currentRow());
}

void ColourRulesDialog::addEntry()
{
    const int row = m_entries->rowCount();
    m_loading = true;
    m_entries->insertRow(row);
    for (int c : {FromColumn, ToColumn})
        m_entries->setItem(row, c, new QTableWidgetItem);
    m_entries->setItem(row, ColourColumn, new QTableWidgetItem(QStringLiteral("#808080")));
    m_loading = false;
    setColourCell(row, QColor(0x80, 0x80, 0x80));
    updatePreview();
}

void ColourRulesDialog::removeEntry()
{
    const int row = m_entries->currentRow() >= 0 ? m_entries->currentRow() : m_entries->rowCount() - 1;
    if (row < 0)
        return;
    m_entries->removeRow(row);
    updatePreview();
}

ColourRule ColourRulesDialog::editedRule(QString *error) const
{
    ColourRule rule;
    rule.valueName = m_name->text().trimmed();
    const bool ranges = m_kind->currentData().toInt() == Ranges;
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_entries->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QColor colour(cell(ColourColumn));
        if (!colour.isValid()) {
            *error = tr("Entry %1: \"%2\" is not a colour (#rrggbb).").arg(row + 1).arg(cell(ColourColumn));
            return ColourRule();
        }
        if (!ranges) {
            if (cell(FromColumn).isEmpty()) {
                *error = tr("Entry %1 has no value.").arg(row + 1);
                return ColourRule();
            }
            rule.values.append({cell(FromColumn), colour});
            continue;
        }
        ColourRule::Range range{-qInf(), qInf(), colour};
        for (int column : {FromColumn, ToColumn}) {
            if (cell(column).isEmpty())
                continue;
            bool ok = false;
            const double v = QLocale().toDouble(cell(column), &ok);
            const double c = ok ? v : cell(column).toDouble(&ok);
            if (!ok) {
                *error = tr("Entry %1: \"%2\" is not a number.").arg(row + 1).arg(cell(column));
                return ColourRule();
            }
            (column == FromColumn ? range.from : range.to) = c;
        }
        rule.ranges.append(range);
    }
    return rule;
}

void ColourRulesDialog::storeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    QString error;
    ColourRule rule = editedRule(&error);
    if (!error.isEmpty())
        return; // the rule keeps what read last; rules() reports the error
    m_rules[row] = rule;
}

void ColourRulesDialog::showRule(int row)
{
    m_current = row;
    const bool any = row >= 0 && row < m_rules.size();
    m_name->setEnabled(any);
    m_kind->setEnabled(any);
    m_entries->setEnabled(any);
    const ColourRule rule = any ? m_rules[row] : ColourRule();
    m_loading = true;
    m_name->setText(rule.valueName);
    m_kind->setCurrentIndex(rule.values.isEmpty() || !rule.ranges.isEmpty() ? Ranges : Values);
    m_entries->setRowCount(0);
    const auto addRow = [this](const QString &from, const QString &to, const QColor &colour) {
        const int r = m_entries->rowCount();
        m_entries->insertRow(r);
        m_entries->setItem(r, FromColumn, new QTableWidgetItem(from));
        m_entries->setItem(r, ToColumn, new QTableWidgetItem(to));
        m_entries->setItem(r, ColourColumn, new QTableWidgetItem(colour.name()));
        setColourCell(r, colour);
    };
    for (const ColourRule::Range &r : rule.ranges)
        addRow(numberText(r.from), numberText(r.to), r.colour);
    for (const ColourRule::Match &m : rule.values)
        addRow(m.value, QString(), m.colour);
    m_loading = false;
    updatePreview();
}

void ColourRulesDialog::setColourCell(int row, const QColor &colour)
{
    QTableWidgetItem *item = m_entries->item(row, ColourColumn);
    if (!item || !colour.isValid())
        return;
    const bool loading = std::exchange(m_loading, true);
    item->setBackground(colour);
    item->setForeground(colour.lightness() > 140 ? Qt::black : Qt::white);
    m_loading = loading;
}

void ColourRulesDialog::chooseColour(int row)
{
    QTableWidgetItem *item = m_entries->item(row, ColourColumn);
    const QColor chosen = QColorDialog::getColor(QColor(item->text()), this, tr("Colour"));
    if (chosen.isValid())
        item->setText(chosen.name());
}

void ColourRulesDialog::updatePreview()
{
    if (m_loading)
        return;
    QString error;
    const ColourRule rule = m_current >= 0 ? editedRule(&error) : ColourRule();
    m_error->setText(error);
    if (m_ok)
        m_ok->setEnabled(error.isEmpty());
    QStringList cells;
    for (const auto &[colour, text] : rule.legend())
        cells.append(QStringLiteral("<td bgcolor=\"%1\">&nbsp;&nbsp;&nbsp;&nbsp;</td><td>%2&nbsp;&nbsp;</td>")
                         .arg(colour.name(), text.toHtmlEscaped()));
    m_legend->setText(cells.isEmpty() ? tr("(no entries)")
                                      : QStringLiteral("<table><tr>%1</tr></table>").arg(cells.join(QString())));
}

QList<ColourRule> ColourRulesDialog::rules(QString *error) const
{
    QList<ColourRule> rules = m_rules;
    QString why;
    if (m_current >= 0 && m_current < rules.size()) {
        rules[m_current] = editedRule(&why);
    }
    for (qsizetype i = 0; why.isEmpty() && i < rules.size(); ++i) {
        if (rules[i].valueName.isEmpty())
            why = tr("Rule %1 names no value.").arg(i + 1);
        else if (!rules[i].isValid())
            why = tr("The rule for %1 has no entries.").arg(rules[i].valueName);
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    return rules;
}

bool ColourRulesDialog::apply()
{
    QString error;
    const QList<ColourRule> edited = rules(&error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        return false;
    }
    return SetColourRulesCommand::push(m_project, edited);
}

void ColourRulesDialog::accept()
{
    QString error;
    rules(&error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    apply();
    QDialog::accept();
}

} // namespace twin::ui
