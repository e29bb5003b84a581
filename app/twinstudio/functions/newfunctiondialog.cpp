// SPDX-License-Identifier: GPL-3.0-or-later
#include "newfunctiondialog.h"

#include "document/project.h"
#include "functions/functioneditor.h"
#include "graph/twingraph.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

namespace twin::ui {

NewFunctionDialog::NewFunctionDialog(Project *project, const FunctionEditor *functions, const QString &selectedTwin,
                                     QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_functions(functions)
    , m_name(new QLineEdit(this))
    , m_dataType(new QComboBox(this))
    , m_assigned(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("NewFunctionDialog"));
    setWindowTitle(tr("New Function"));
    const TwinGraph *graph = project->graph();

    // A free name: function1, function2, ...
    int n = 1;
    while (functions->indexOf(QStringLiteral("function%1").arg(n)) >= 0)
        ++n;
    m_name->setObjectName(QStringLiteral("NewFunctionName"));
    m_name->setText(QStringLiteral("function%1").arg(n));
    m_name->selectAll();
    m_name->setToolTip(tr("The function's name, also the name of its file (NAME.js) in exports"));

    // The types of the project's sensors, most common first.
    m_dataType->setObjectName(QStringLiteral("NewFunctionDataType"));
    for (const auto &[type, count] : project->sensorDataTypeCounts())
        m_dataType->addItem(tr("%1 (%n sensor(s))", nullptr, count).arg(type), type);
    m_dataType->addItem(tr("Every sensor"), QString());
    m_dataType->setToolTip(tr("The function runs for the readings of these sensors (a matcher you can change in "
                              "Matchers and Assignment)"));

    // The spaces; the selected twin's space first.
    QString preferred;
    for (int index = graph->indexOfTwin(selectedTwin); index >= 0; index = graph->parentOf(index)) {
        if (project->categoryOf(graph->twin(index)) == Category::Space) {
            preferred = graph->twin(index).id;
            break;
        }
    }
    m_assigned->setObjectName(QStringLiteral("NewFunctionAssignedTo"));
    for (int index : graph->twinIndices()) {
        const Twin &t = graph->twin(index);
        if (project->categoryOf(t) != Category::Space)
            continue;
        if (preferred.isEmpty() && graph->parentOf(index) < 0)
            preferred = t.id; // the site, or the first twin at the top
        m_assigned->addItem(t.displayName() == t.id ? t.id : tr("%1 (%2)").arg(t.displayName(), t.id), t.id);
    }
    m_assigned->setCurrentIndex(std::max(0, m_assigned->findData(preferred)));
    m_assigned->setToolTip(tr("The function runs for the sensors of this space and of everything it contains"));

    m_error->setObjectName(QStringLiteral("NewFunctionError"));
    m_error->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Runs for:"), m_dataType);
    form->addRow(tr("Assigned to:"), m_assigned);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFunctionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

FunctionDefinition NewFunctionDialog::definition() const
{
    FunctionDefinition d;
    d.name = m_name->text().trimmed();
    const QString type = m_dataType->currentData().toString();
    d.source = starterSource(d.name, type);
    d.assignedTo = m_assigned->currentData().toString();
    if (!type.isEmpty()) {
        Matcher matcher;
        matcher.name = type;
        MatcherCondition condition;
        condition.value = type;
        matcher.conditions.append(condition);
        d.matchers.append(matcher);
    }
    return d;
}

void NewFunctionDialog::accept()
{
    const QString name = m_name->text().trimmed();
    QString why;
    if (name.isEmpty())
        why = tr("A function needs a name.");
    else if (m_functions->indexOf(name) >= 0)
        why = tr("A function named '%1' already exists.").arg(name);
    else if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_.-]+$")).match(name).hasMatch())
        why = tr("A name holds letters, digits, '_', '-' and '.' only: it is the name of the function's file.");
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

QString NewFunctionDialog::starterSource(const QString &name, const QString &dataType)
{
    const QString reading = dataType.isEmpty() ? QStringLiteral("each reading") : QStringLiteral("each %1 reading").arg(dataType);
    const QString value = dataType.isEmpty() ? QStringLiteral("LastReading") : QStringLiteral("Last") + dataType;
    return QStringLiteral(
               "// %1: runs for %2 of the sensors below its space (Matchers and Assignment).\n"
               "// The function API is the original user-defined functions' (getSensorMetadata,\n"
               "// getSensorParentSpace, getSpaceValue, setSpaceValue, sendNotification, ...):\n"
               "// the editor completes it as you type. Run or Debug below try it on a value.\n"
               "function process(telemetry, executionContext) {\n"
               "    var space = getSensorParentSpace(telemetry.SensorId);\n"
               "    if (!space)\n"
               "        return;\n"
               "    // telemetry.Value is the decoded reading, telemetry.Message the payload as sent.\n"
               "    setSpaceValue(space.Id, \"%3\", telemetry.Value);\n"
               "}\n")
        .arg(name, reading, value);
}

} // namespace twin::ui
