// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionsview.h"

#include "functioncodeeditor.h"
#include "functiondebugpanel.h"
#include "functionfindbar.h"
#include "functionlistmodel.h"
#include "functionsettingspanel.h"
#include "newfunctiondialog.h"

#include "emptyhint.h"
#include "flowlayout.h"

#include "document/project.h"
#include "functions/functioneditor.h"
#include "functions/functionhistoryinput.h"
#include "functions/functionreplay.h"
#include "functions/functiontestrunner.h"
#include "functions/functiontopology.h"
#include "functions/functiontracer.h"
#include "functions/memoryvaluestore.h"
#include "itemmodels/twinselection.h"
#include "telemetry/livevaluefeed.h"
#include "telemetry/historyqueries.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace twin::ui {

namespace {

constexpr int LineRole = Qt::UserRole + 1;

QListWidgetItem *lineItem(const QString &text, int line)
{
    auto *item = new QListWidgetItem(line > 0 ? QStringLiteral("L%1  %2").arg(line).arg(text) : text);
    item->setData(LineRole, line);
    return item;
}

QString compact(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return u'"' + v.toString() + u'"';
    return v.isNull() || v.isUndefined() ? QStringLiteral("null") : v.toVariant().toString();
}

QString readingText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

/// Gives \a debugger the live values of the project's twins to start from: each sensor's
/// latest (its reading, or what a function set later), each space's computed values.
void seedFromLive(const Project &project, const FunctionTopology &topology, const LiveValueFeed &feed,
                  FunctionDebugger *debugger)
{
    QHash<QString, StoredValue> sensors;
    QHash<QString, QHash<QString, StoredValue>> spaces;
    for (int i : project.graph()->twinIndices()) {
        const QString id = project.graph()->twin(i).id;
        if (topology.isSensor(id)) {
            const QString dataType = topology.sensorDataType(id);
            for (const QList<LiveReading> &readings : {feed.readings(id), feed.computedReadings(id)}) {
                for (const LiveReading &r : readings) {
                    if ((r.name == dataType || readings.size() == 1)
                        && r.timestampMs >= sensors.value(id).timeMs)
                        sensors.insert(id, StoredValue{dataType, readingText(r.value), r.timestampMs});
                }
            }
        } else {
            for (const LiveReading &r : feed.computedReadings(id))
                spaces[id].insert(r.name, StoredValue{r.name, readingText(r.value), r.timestampMs});
        }
    }
    debugger->setStartValues(sensors, spaces);
}

} // namespace

FunctionsView::FunctionsView(Project *project, FunctionStatusModel *status, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_functions(new FunctionEditor(project, this))
    , m_model(new FunctionListModel(project, status, this))
    , m_list(new QTreeView(this))
    , m_editor(new FunctionCodeEditor(this))
    , m_state(new QLabel(this))
    , m_sensor(new QComboBox(this))
    , m_message(new QLineEdit(this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_historyTwin(new QComboBox(this))
    , m_recentCount(new QSpinBox(this))
    , m_results(new QTabWidget(this))
    , m_problems(new QListWidget(this))
    , m_trace(new QListWidget(this))
    , m_tests(new QListWidget(this))
    , m_debug(new FunctionDebugPanel(m_editor, this))
    , m_settings(new FunctionSettingsPanel(project, m_functions, this))
    , m_findBar(new FunctionFindBar(m_editor, this))
{
    setObjectName(QStringLiteral("functions"));
    m_editorHint = new EmptyHint(QString(), m_editor->viewport());
    m_editorHint->hide();
    m_list->setObjectName(QStringLiteral("FunctionList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_problems->setObjectName(QStringLiteral("FunctionProblems"));
    m_trace->setObjectName(QStringLiteral("FunctionTrace"));
    m_tests->setObjectName(QStringLiteral("FunctionTestResults"));
    m_message->setObjectName(QStringLiteral("DryRunMessage"));
    m_sensor->setObjectName(QStringLiteral("DryRunSensor"));

    auto *tools = new QToolBar(this);
    QAction *add = tools->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("New Function…"), this,
                                    [this] { newFunction(); });
    add->setObjectName(QStringLiteral("NewFunction"));
    add->setToolTip(tr("Write a new function: its name, the sensors it runs for and its space"));
    m_deleteAction = tools->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Function"), this,
                                      [this] { deleteFunction(); });
    m_deleteAction->setObjectName(QStringLiteral("DeleteFunction"));
    m_deleteAction->setToolTip(tr("Remove the function from the project (one undo step)"));
    tools->addSeparator();
    m_saveAction = tools->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save Function"), this,
                                    [this] { save(); });
    m_saveAction->setToolTip(tr("Store the edited source in the project (one undo step)"));
    m_revertAction = tools->addAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("Revert"), this,
                                      [this] { showFunction(m_current); });
    m_testAction = tools->addAction(tr("Run Tests"), this, [this] { runTests(); });
    m_testAction->setToolTip(tr("Run the function's test cases on the edited source"));
    QAction *find = tools->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("Find…"), m_findBar,
                                     &FunctionFindBar::openFind);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *replace = tools->addAction(QIcon::fromTheme(QStringLiteral("edit-find-replace")), tr("Replace…"),
                                        m_findBar, &FunctionFindBar::openReplace);
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    for (QAction *a : {find, replace}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    tools->addSeparator();
    tools->addWidget(m_state);

    // The ways to run the edited text, in groups that wrap onto more lines in a narrow window.
    auto *runRow = new QWidget(this);
    auto *runLayout = new FlowLayout(runRow);
    runLayout->setContentsMargins(0, 0, 0, 0);
    const auto group = [runRow, runLayout](bool expanding) {
        auto *box = new QWidget(runRow);
        box->setSizePolicy(expanding ? QSizePolicy::Expanding : QSizePolicy::Preferred, QSizePolicy::Fixed);
        auto *boxLayout = new QHBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        runLayout->addWidget(box);
        return std::pair{box, boxLayout};
    };
    const auto [dryRunRow, dryRunLayout] = group(true);
    m_message->setMinimumWidth(m_message->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    dryRunLayout->addWidget(new QLabel(tr("Dry run:"), dryRunRow));
    dryRunLayout->addWidget(m_sensor);
    m_message->setPlaceholderText(tr("payload, e.g. {\"SensorValue\": 21.5}"));
    dryRunLayout->addWidget(m_message, 1);
    auto *runButton = new QPushButton(tr("Run"), dryRunRow);
    runButton->setObjectName(QStringLiteral("DryRunButton"));
    dryRunLayout->addWidget(runButton);
    connect(runButton, &QPushButton::clicked, this, [this] {
        QString why;
        if (!dryRun(m_sensor->currentText(), m_message->text(), &why))
            showRunError(why);
    });
    auto *debugButton = new QPushButton(tr("Debug"), dryRunRow);
    debugButton->setToolTip(tr("Run the value through the edited text, stopping at its breakpoints"));
    dryRunLayout->addWidget(debugButton);
    connect(debugButton, &QPushButton::clicked, this, [this] {
        QString why;
        if (!debugValue(m_sensor->currentText(), m_message->text(), &why))
            showRunError(why);
    });
    // The last live messages after the dry run; then a recorded range.
    const auto [recentRow, recentLayout] = group(false);
    recentLayout->addSpacing(12);
    recentLayout->addWidget(new QLabel(tr("or the last"), recentRow));
    m_recentCount->setRange(1, 500);
    m_recentCount->setValue(20);
    recentLayout->addWidget(m_recentCount);
    auto *recentButton = new QPushButton(tr("Live Messages"), recentRow);
    recentButton->setObjectName(QStringLiteral("DebugRecentButton"));
    recentButton->setToolTip(tr("Run the latest live messages of the function's sensors through the edited text, "
                                "stopping at its breakpoints"));
    recentLayout->addWidget(recentButton);
    const auto [rangeRow, rangeLayout] = group(false);
    rangeLayout->addWidget(new QLabel(tr("Recorded history from"), rangeRow));
    rangeLayout->addWidget(m_from);
    rangeLayout->addWidget(new QLabel(tr("to"), rangeRow));
    rangeLayout->addWidget(m_to);
    const auto [historyRow, historyLayout] = group(false);
    historyLayout->addWidget(new QLabel(tr("of"), historyRow));
    m_historyTwin->setObjectName(QStringLiteral("DebugHistoryTwin"));
    m_historyTwin->setEditable(true);
    m_historyTwin->setInsertPolicy(QComboBox::NoInsert);
    m_historyTwin->completer()->setFilterMode(Qt::MatchContains);
    m_historyTwin->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_historyTwin->lineEdit()->setPlaceholderText(tr("the function's twins"));
    m_historyTwin->setToolTip(tr("The twin whose subtree's readings are run (a sensor: its own); empty: the "
                                 "function's assigned twin"));
    m_historyTwin->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyTwin->setMinimumContentsLength(12);
    historyLayout->addWidget(m_historyTwin);
    auto *historyButton = new QPushButton(tr("Debug History"), historyRow);
    historyButton->setToolTip(tr("Run the readings recorded for the function's twins through the edited text, "
                                 "stopping at its breakpoints"));
    historyLayout->addWidget(historyButton);
    connect(recentButton, &QPushButton::clicked, this, [this] {
        QString why;
        if (!debugRecent(m_recentCount->value(), &why))
            showRunError(why);
    });
    connect(historyButton, &QPushButton::clicked, this, [this] {
        QString why;
        if (!debugHistory(m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch(), &why))
            showRunError(why);
    });
    connect(m_debug, &FunctionDebugPanel::finished, this, [this](const QList<InvocationResult> &results) {
        m_trace->clear();
        for (const InvocationResult &r : results)
            addTrace(r);
        m_results->setCurrentWidget(m_trace->parentWidget());
    });

    // Back and forth through the trace, the line highlighted.
    auto *tracePane = new QWidget(this);
    auto *traceLayout = new QVBoxLayout(tracePane);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    traceLayout->setSpacing(0);
    auto *traceTools = new QToolBar(tracePane);
    m_tracePrevious = traceTools->addAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("Previous Call"), this,
                                            [this] { stepTrace(-1); });
    m_tracePrevious->setShortcut(QKeySequence(Qt::Key_F7));
    m_tracePrevious->setToolTip(tr("Step back through the trace to the previous call (F7)"));
    m_traceNext = traceTools->addAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("Next Call"), this,
                                        [this] { stepTrace(1); });
    m_traceNext->setShortcut(QKeySequence(Qt::Key_F8));
    m_traceNext->setToolTip(tr("Step forward through the trace to the next call (F8)"));
    for (QAction *a : {m_tracePrevious, m_traceNext}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a); // the shortcuts work anywhere in the tab, the editor included
    }
    traceLayout->addWidget(traceTools);
    traceLayout->addWidget(m_trace, 1);
    m_results->addTab(m_problems, tr("Problems"));
    m_results->addTab(tracePane, tr("Trace"));
    m_results->addTab(m_tests, tr("Tests"));
    m_results->addTab(m_debug, tr("Debugger"));
    m_results->addTab(m_settings, tr("Matchers and Assignment"));
    connect(m_settings, &FunctionSettingsPanel::changeRefused, m_state, &QLabel::setText);

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(tools);
    editorLayout->addWidget(m_findBar);
    auto *codeSplit = new QSplitter(Qt::Vertical, editorPane);
    codeSplit->addWidget(m_editor);
    auto *bottom = new QWidget(codeSplit);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(runRow);
    bottomLayout->addWidget(m_results);
    codeSplit->addWidget(bottom);
    codeSplit->setStretchFactor(0, 3);
    codeSplit->setStretchFactor(1, 1);
    editorLayout->addWidget(codeSplit);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(editorPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    // Room for the names and the assigned twin: the list is where a function is chosen.
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const QString name = m_model->definition(current.row()).name;
                if (name == m_current && !name.isEmpty())
                    refreshFunction();
                else
                    showFunction(name);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_current);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row, 0));
        else if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        else
            showFunction(QString());
    });
    connect(m_editor, &QsciScintilla::textChanged, this, &FunctionsView::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FunctionsView::showRuntimeErrors);
    connect(m_editor, &FunctionCodeEditor::diagnosticsChanged, this, &FunctionsView::showProblems);
    // Up and down in the trace step through it, the line highlighted.
    connect(m_trace, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(LineRole).toInt() > 0)
            m_editor->showLine(item->data(LineRole).toInt());
    });
    for (QListWidget *list : {m_problems, m_trace, m_tests}) {
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            const int line = item->data(LineRole).toInt();
            if (line > 0)
                m_editor->showLine(line);
        });
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        showFunction(QString());
}

void FunctionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_watchedWindow != window()) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
}

bool FunctionsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close && !askToSave()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool FunctionsView::askToSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Function"),
                                              tr("The function %1 has changes that are not saved. Save them?").arg(m_current),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        showFunction(m_current);
        return true;
    }
    QString error;
    if (!save(&error)) {
        QMessageBox::warning(this, tr("Unsaved Function"), error);
        return false;
    }
    return true;
}

void FunctionsView::setSelection(TwinSelection *selection)
{
    m_settings->setSelection(selection);
    m_selection = selection;
}

bool FunctionsView::newFunction()
{
    NewFunctionDialog dialog(m_project, m_functions, m_selection ? m_selection->current() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const FunctionDefinition d = dialog.definition();
    QString error;
    if (!m_functions->addFunction(d, &error)) {
        QMessageBox::warning(this, tr("New Function"), tr("Cannot add function %1: %2").arg(d.name, error));
        return false;
    }
    selectFunction(d.name);
    m_editor->setFocus();
    return true;
}

bool FunctionsView::deleteFunction(bool ask)
{
    if (m_current.isEmpty())
        return false;
    if (ask
        && QMessageBox::question(this, tr("Delete Function"),
                                 tr("Delete function %1 from the project? Edit → Undo brings it back.").arg(m_current))
               != QMessageBox::Yes)
        return false;
    QString error;
    if (!m_functions->removeFunction(m_current, &error)) {
        QMessageBox::warning(this, tr("Delete Function"), tr("Cannot delete function %1: %2").arg(m_current, error));
        return false;
    }
    return true;
}

void FunctionsView::refreshFunction()
{
    FunctionDefinition d;
    if (!m_functions->function(m_current, &d)) {
        showFunction(QString());
        return;
    }
    if (d.source != m_savedSource) {
        if (!isModified())
            m_editor->setText(d.source);
        m_savedSource = d.source;
    }
    m_settings->setFunction(m_current);
    updateState();
}

bool FunctionsView::selectFunction(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void FunctionsView::showFunction(const QString &name)
{
    FunctionDefinition d;
    const bool found = !name.isEmpty() && m_functions->function(name, &d);
    m_current = found ? name : QString();
    m_savedSource = d.source;
    m_editor->setFunctionName(m_current.isEmpty() ? QStringLiteral("function") : m_current);
    for (int line : m_editor->breakpoints().keys())
        m_editor->removeBreakpoint(line);
    m_editor->setText(d.source);
    m_editor->setReadOnly(!found);
    m_editor->showLine(0);
    m_trace->clear();
    m_tests->clear();
    // The dry run's sensors: the project's, the ones the function runs for first.
    m_sensor->clear();
    const auto topology = FunctionTopology::build(*m_project, found ? QList<FunctionDefinition>{d}
                                                                   : QList<FunctionDefinition>{});
    QStringList matched, others, twins;
    for (int i : m_project->graph()->twinIndices()) {
        const QString id = m_project->graph()->twin(i).id;
        if (topology->isSensor(id))
            (topology->functionsFor(id).isEmpty() ? others : matched).append(id);
        else
            twins.append(id);
    }
    m_sensor->addItems(matched + others);
    const QString historyTwin = m_historyTwin->currentText();
    QStringList all = twins + matched + others;
    all.sort(Qt::CaseInsensitive);
    m_historyTwin->clear();
    m_historyTwin->addItem(QString());
    m_historyTwin->addItems(all);
    m_historyTwin->setCurrentText(historyTwin);
    m_settings->setFunction(m_current);
    showRuntimeErrors();
    const QStringList sensors = matched + others;
    QStringList words = sensors + twins; // ids for getSpaceMetadata('...') and the like
    for (const QString &id : sensors)
        words.append(topology->sensorDataType(id));
    // The property (and relationship) names of the ontology, for ExtendedProperty('...') and
    // metadata members.
    const ModelRegistry &models = m_project->models();
    for (const QString &dtmi : models.interfaceIds()) {
        if (const ResolvedInterface *resolved = models.resolved(dtmi))
            words += resolved->byName.keys();
    }
    words.removeDuplicates();
    words.removeAll(QString());
    m_editor->setExtraCompletions(words);
    updateState();
}

bool FunctionsView::isModified() const
{
    return !m_current.isEmpty() && m_editor->text() != m_savedSource;
}

void FunctionsView::updateState()
{
    const bool modified = isModified();
    m_saveAction->setEnabled(modified);
    m_revertAction->setEnabled(modified);
    m_testAction->setEnabled(!m_current.isEmpty());
    m_deleteAction->setEnabled(!m_current.isEmpty());
    m_editorHint->setVisible(m_current.isEmpty());
    if (m_current.isEmpty()) {
        m_editorHint->setText(m_model->rowCount() == 0
                                  ? tr("No functions yet: New Function… makes one from a sensor type and the space "
                                       "it watches. While live it runs on every matching reading.")
                                  : tr("Pick a function in the list to edit it, or New Function… to make another."));
    }
    m_state->setText(m_current.isEmpty() ? tr("No function selected")
                     : modified          ? tr("%1.js (unsaved changes)").arg(m_current)
                                         : tr("%1.js").arg(m_current));
}

bool FunctionsView::save(QString *error)
{
    FunctionDefinition d;
    QString why;
    if (m_current.isEmpty() || !m_functions->function(m_current, &d)) {
        why = tr("No function selected");
    } else if (isModified()) {
        d.source = m_editor->text();
        if (!m_functions->updateFunction(m_current, d, &why)) {
            m_state->setText(why);
        } else {
            m_savedSource = d.source;
            updateState();
            return true;
        }
    } else {
        return true;
    }
    if (error)
        *error = why;
    return false;
}

void FunctionsView::showRuntimeErrors()
{
    QList<FunctionDiagnostic> errors;
    const int row = m_model->rowOf(m_current);
    const QString last = row < 0 ? QString() : m_model->index(row, FunctionListModel::LastErrorColumn).data().toString();
    const int failures = row < 0 ? 0 : m_model->index(row, FunctionListModel::ErrorsColumn).data().toInt();
    // "NAME.js:LINE:COLUMN: message", as the runtime formats errors.
    static const QRegularExpression where(QStringLiteral(R"(^.*\.js:(\d+)(?::(\d+))?:\s*(?:error:\s*)?(.*)$)"));
    const QRegularExpressionMatch m = where.match(last);
    if (failures > 0 && m.hasMatch() && m.captured(1).toInt() > 0) {
        FunctionDiagnostic d;
        d.line = m.captured(1).toInt();
        d.column = qMax(1, m.captured(2).toInt());
        d.message = tr("%n failure(s) in the live run, the last: %1", nullptr, failures).arg(m.captured(3));
        errors.append(d);
    }
    m_editor->setRuntimeErrors(errors);
}

void FunctionsView::showProblems()
{
    m_problems->clear();
    for (const FunctionDiagnostic &d : m_editor->diagnostics()) {
        const QString kind = d.severity == FunctionDiagnostic::Severity::Error ? tr("error") : tr("warning");
        m_problems->addItem(lineItem(QStringLiteral("%1: %2").arg(kind, d.message), d.line));
    }
    m_results->setTabText(0, m_problems->count() ? tr("Problems (%1)").arg(m_problems->count()) : tr("Problems"));
}

int FunctionsView::runTests()
{
    m_tests->clear();
    FunctionDefinition d;
    if (m_current.isEmpty() || !m_functions->function(m_current, &d))
        return 0;
    d.source = m_editor->text(); // the edited text, saved or not
    const QList<FunctionTestResult> results = FunctionTestRunner(*m_project).run(d);
    int failed = 0;
    for (const FunctionTestResult &r : results) {
        if (r.passed) {
            m_tests->addItem(tr("PASS %1").arg(r.testCase));
            continue;
        }
        ++failed;
        m_tests->addItem(tr("FAIL %1").arg(r.testCase));
        for (const QString &difference : r.differences)
            m_tests->addItem(QStringLiteral("    ") + difference);
    }
    if (results.isEmpty())
        m_tests->addItem(tr("The function has no test cases."));
    m_results->setCurrentWidget(m_tests);
    return failed;
}

bool FunctionsView::hasPayload(const QString &message, QString *error) const
{
    if (!message.trimmed().isEmpty())
        return true;
    if (error)
        *error = tr("Type the reading to run in the payload field, e.g. {\"SensorValue\": 21.5}");
    m_message->setFocus();
    return false;
}

void FunctionsView::showRunError(const QString &why)
{
    m_state->setText(why);
    // Where the run's output would be: the toolbar's state may be behind its overflow button.
    m_trace->clear();
    auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), why);
    item->setForeground(QColor(0xb0, 0x20, 0x20));
    m_trace->addItem(item);
    m_results->setCurrentWidget(m_trace->parentWidget());
}

bool FunctionsView::dryRun(const QString &sensorId, const QString &message, QString *error)
{
    if (!hasPayload(message, error))
        return false;
    FunctionDefinition d;
    if (m_current.isEmpty() || !m_functions->function(m_current, &d)) {
        if (error)
            *error = tr("No function selected");
        return false;
    }
    // The edited text, for the chosen sensor whatever the matchers say, on a copy of nothing.
    d.source = m_editor->text();
    d.enabled = true;
    d.assignedTo.clear();
    d.matchers = {Matcher()};
    MemoryValueStore store;
    FunctionReplay replay(&store);
    replay.setTopology(FunctionTopology::build(*m_project, {d}));
    TelemetrySample sample;
    QString why;
    if (!replay.sampleFrom(QJsonObject{{QStringLiteral("SensorId"), sensorId}, {QStringLiteral("Message"), message}},
                           &sample, &why)) {
        if (error)
            *error = why;
        return false;
    }
    m_trace->clear();
    for (const InvocationResult &r : replay.feed(sample))
        addTrace(r);
    m_results->setCurrentWidget(m_trace->parentWidget());
    return true;
}

bool FunctionsView::debug(const QList<QJsonObject> &messages, QString *error, const LiveValueFeed *start)
{
    FunctionDefinition d;
    if (m_current.isEmpty() || !m_functions->function(m_current, &d)) {
        *error = tr("No function selected");
        return false;
    }
    d.source = m_editor->text();
    if (start)
        seedFromLive(*m_project, *FunctionTopology::build(*m_project, {}), *start, m_debug->debugger());
    else
        m_debug->debugger()->setStartValues({}, {});
    if (!m_debug->start(*m_project, d, messages, error))
        return false;
    m_results->setCurrentWidget(m_debug);
    return true;
}

bool FunctionsView::debugValue(const QString &sensorId, const QString &message, QString *error)
{
    if (!hasPayload(message, error))
        return false;
    QString why;
    const bool ok = debug({QJsonObject{{QStringLiteral("SensorId"), sensorId}, {QStringLiteral("Message"), message}}},
                          &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool FunctionsView::debugHistory(qint64 fromMs, qint64 toMs, QString *error)
{
    QString why;
    FunctionDefinition d;
    QList<QJsonObject> messages;
    bool ok = false;
    const QString history = HistoryQueries::locationOf(*m_project);
    if (history.isEmpty())
        why = tr("The project is not saved, so it has no recorded history");
    else if (!m_functions->function(m_current, &d))
        why = tr("No function selected");
    else if (const QString twin = m_historyTwin->currentText().trimmed();
             FunctionHistoryInput::messages(*m_project, history,
                                            twin.isEmpty() ? d.assignedTo : twin, fromMs, toMs, 1000, &messages, &why))
        ok = messages.isEmpty() ? (why = tr("Nothing was recorded in that time"), false) : debug(messages, &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool FunctionsView::debugRecent(int n, QString *error)
{
    QString why;
    FunctionDefinition d;
    bool ok = false;
    if (!m_functions->function(m_current, &d)) {
        why = tr("No function selected");
    } else if (!m_recentMessages) {
        why = tr("No live session keeps messages here");
    } else {
        // The messages the function would run for live: its assignment and matchers.
        d.enabled = true;
        const auto topology = FunctionTopology::build(*m_project, {d});
        const QList<QJsonObject> messages =
            m_recentMessages(n, [&topology](const QString &sensorId) { return !topology->functionsFor(sensorId).isEmpty(); });
        ok = messages.isEmpty() ? (why = tr("No live message of the function's sensors yet: start Live first"), false)
                                : debug(messages, &why, m_liveValues);
    }
    if (!ok && error)
        *error = why;
    return ok;
}

bool FunctionsView::stepTrace(int step)
{
    for (int row = m_trace->currentRow() + (step < 0 ? -1 : 1); row >= 0 && row < m_trace->count();
         row += step < 0 ? -1 : 1) {
        if (m_trace->item(row)->data(LineRole).toInt() > 0) {
            m_results->setCurrentWidget(m_trace->parentWidget());
            m_trace->setCurrentRow(row); // highlights its line (currentItemChanged)
            m_trace->scrollToItem(m_trace->currentItem());
            return true;
        }
    }
    return false;
}

void FunctionsView::addTrace(const InvocationResult &r)
{
    for (const ApiCall &call : r.calls) {
        QStringList args;
        for (const QJsonValue &a : call.arguments)
            args.append(compact(a));
        QString text = call.api + u'(' + args.join(QStringLiteral(", ")) + u')';
        text += call.error.isEmpty() ? QStringLiteral(" → ") + compact(call.result) : QStringLiteral(" threw ") + call.error;
        m_trace->addItem(lineItem(text, call.line));
    }
    for (const QString &log : r.logs)
        m_trace->addItem(tr("log: %1").arg(log));
    for (const ValueWrite &w : r.writes)
        m_trace->addItem(tr("would set %1.%2 = %3").arg(w.twinId, w.name, w.value));
    for (const FunctionNotification &n : r.notifications)
        m_trace->addItem(tr("would notify %1 %2: %3").arg(n.type, n.twinId, n.payload));
    if (!r.ok())
        m_trace->addItem(lineItem(tr("error: %1").arg(r.error.message), r.error.line));
    m_trace->addItem(tr("%1 ms").arg(double(r.durationNs) / 1e6, 0, 'f', 3));
}

} // namespace twin::ui
