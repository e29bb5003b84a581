// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "dialogfolders.h"
#include "alertrulesdialog.h"
#include "topologydock.h"
#include "palettedock.h"
#include "historylocationdialog.h"
#include "interchangeactions.h"
#include "inspector/inspectordock.h"
#include "languagemenu.h"
#include "livecontrols.h"
#include "topics/topicbrowserdock.h"
#include "notificationsdock.h"
#include "functionsdock.h"
#include "functions/functionsview.h"
#include "live/livesession.h"
#include "plan/planlivelayer.h"
#include "plan/planview.h"
#include "userguide.h"
#include "recoveryfailure.h"
#include "view3d/buildingview3d.h"
#include "view3d/colourrulesdialog.h"
#include "view3d/notificationbadges.h"
#include "charts/chartstab.h"
#include "timecursor/timebar.h"
#include "dashboard/dashboardlayout.h"
#include "dashboard/dashboardtab.h"

#include "document/project.h"
#include "store/autosavemanager.h"
#include "store/projectstore.h"
#include "functions/demoproject.h"
#include "document/twinfactory.h"
#include "functions/truststore.h"
#include "itemmodels/notificationmodel.h"
#include "itemmodels/twinselection.h"
#include "live/timecursor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace twin::ui {

namespace {

constexpr int kMaxRecentFiles = 10;
const QString kFileFilter = QStringLiteral("TwinStudio projects (*.twinproj)");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_project(new Project(this))
    , m_autosave(new AutosaveManager(m_project, this))
    , m_interchange(new InterchangeActions(m_project, this))
    , m_selection(new TwinSelection(m_project, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("applications-engineering")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    createViews();
    createActions();

    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("SelectionLabel"));
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_live->notificationsDock()->countsLabel());

    connect(m_project, &Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_project, &Project::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_plan, &PlanView::errorOccurred, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(m_autosave, &AutosaveManager::autosaveFailed, this,
            [this](const QString &m) { statusBar()->showMessage(tr("Autosave failed: %1").arg(m), 10000); });
    connect(m_selection, &TwinSelection::selectionChanged, this, &MainWindow::updateSelectionLabel);
    connect(m_selection, &TwinSelection::currentChanged, this, &MainWindow::updateSelectionLabel);
    connect(m_project->graph(), &TwinGraph::twinChanged, this, [this](int index) {
        if (m_selection->count() == 1 && m_project->graph()->twin(index).id == m_selection->current())
            updateSelectionLabel();
    });
    updateTitle();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("Views"));
    m_views->setDocumentMode(true);
    m_plan = new PlanView(m_project, this);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_views->addTab(m_plan, tr("Plan"));
    m_view3d = new BuildingView3D(m_project, m_selection, this);
    m_views->addTab(m_view3d, tr("3D"));
    // The Charts tab goes here once the live session exists (below).
    const int chartsIndex = m_views->count();
    m_dashboard = new DashboardTab(m_project, this);
    m_dashboard->setSelection(m_selection);
    m_views->addTab(m_dashboard, tr("Dashboard"));

    m_plan->setSelection(m_selection);
    m_topology = new TopologyDock(m_project, m_selection, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_topology);
    m_palette = new PaletteDock(m_project, this);
    m_palette->setSelection(m_selection);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    m_inspector = new InspectorDock(m_project, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    connect(m_selection, &TwinSelection::currentChanged, m_inspector, &InspectorDock::setTwin);
    m_live = new LiveControls(m_project, this);
    auto *functionsView = m_functions = new FunctionsView(m_project, m_live->session()->functions(), this);
    functionsView->setRecentMessages([session = m_live->session()](int n, const auto &accept) {
        return session->recentMessages(n, accept);
    });
    functionsView->setLiveValues(m_live->session());
    functionsView->setSelection(m_selection);
    m_views->addTab(functionsView, tr("Functions"));
    m_inspector->followLiveSession(m_live->session());
    m_plan->followLiveSession(m_live->session());
    // The 3D view colours rooms as the plan does, by the plan's choice.
    m_view3d->followLiveSession(m_live->session());
    m_view3d->followNotifications(m_live->session()->notifications());
    // A notification double-clicked in its dock: its twin selected, its floor on the plan,
    // and the 3D view in front, flying to it.
    connect(m_live->notificationsDock(), &NotificationsDock::twinActivated, this, [this](const QString &id) {
        showView(QStringLiteral("3d"));
        m_selection->selectOnly(id);
        m_plan->selectTwin(id);
        m_view3d->focusTwin(id);
    });
    connect(m_live->notificationsDock(), &NotificationsDock::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    m_view3d->setTint(m_plan->liveLayer()->tint());
    connect(m_plan->liveLayer(), &PlanLiveLayer::tintChanged, m_view3d, [this](LivePlanOverlay::Tint tint) {
        // A colour rule is the project's: the 3D view reads the same rule by its name.
        if (tint == LivePlanOverlay::Tint::Rule)
            m_view3d->colourByRule(m_plan->liveLayer()->overlay().rule().valueName);
        else
            m_view3d->setTint(tint);
    });
    connect(m_live->functionsDock(), &FunctionsDock::newFunctionRequested, this, [this] {
        showView(QStringLiteral("functions"));
        m_functions->newFunction();
    });
    // The topic browser subscribes to everything while shown: hidden until asked for.
    m_topics = new TopicBrowserDock(m_project, m_live->session(), m_selection, this);
    addDockWidget(Qt::RightDockWidgetArea, m_topics);
    m_topics->hide();
    m_charts = new ChartsTab(m_project, m_live->session(), this);
    m_views->insertTab(chartsIndex, m_charts, tr("Charts"));
    connect(m_topology, &TopologyDock::chartRequested, m_charts, &ChartsTab::addTwins);
    connect(m_inspector, &InspectorDock::chartRequested, m_charts, &ChartsTab::addRequested);
    connect(m_charts, &ChartsTab::message, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    m_dashboard->setValueFeed(m_live->session());
    m_dashboard->setAlerts(m_live->session()->notifications());
    m_dashboard->setHistoryPathProvider([this] { return m_charts->historyPath(); });
    connect(m_dashboard, &DashboardTab::message, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    setCentralWidget(createTimeBar());
}

QWidget *MainWindow::createTimeBar()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_views, 1);
    m_timeBar = new TimeBar(m_project, central);
    m_timeBar->setHistoryPathSource([this] { return m_charts->historyPath(); });
    layout->addWidget(m_timeBar);

    LiveSession *session = m_live->session();
    m_valueFeed = session;
    connect(this, &MainWindow::valueFeedChanged, m_plan->liveLayer(), &PlanLiveLayer::setValueFeed);
    connect(this, &MainWindow::valueFeedChanged, m_view3d, &BuildingView3D::setValueFeed);
    connect(this, &MainWindow::valueFeedChanged, m_inspector, &InspectorDock::setValueFeed);
    connect(this, &MainWindow::valueFeedChanged, m_dashboard, &DashboardTab::setValueFeed);

    TimeCursor *cursor = m_timeBar->cursor();
    connect(cursor, &TimeCursor::liveChanged, this, [this, cursor, session](bool live) {
        m_valueFeed = live ? static_cast<const LiveValueFeed *>(session) : cursor->snapshot();
        emit valueFeedChanged(m_valueFeed);
        if (live) {
            m_charts->showLive();
            m_live->notificationsDock()->showUntil(-1);
            m_view3d->badges()->setUntilMs(-1);
        }
    });
    connect(cursor, &TimeCursor::timeChanged, this, [this](qint64 ms) {
        m_charts->showMoment(ms);
        m_live->notificationsDock()->showUntil(ms);
        m_view3d->badges()->setUntilMs(ms);
        m_dashboard->showMoment();
        emit timeCursorMoved(ms);
    });
    connect(cursor, &TimeCursor::errorOccurred, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    return central;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), this,
                                         &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                                          &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentFilesMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this,
                                          &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"),
                                            this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("Shared &History…"), this, [this] { HistoryLocationDialog(m_project, this).exec(); })
        ->setToolTip(tr("Read and record the project's history in another file or a shared PostgreSQL history"));
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Topology…"), m_interchange, &InterchangeActions::importTopology);
    importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    importAction->setToolTip(tr("Add twins, relationships and models from an Azure Digital Twins, "
                                "ADT Explorer or TwinStudio file, as one undoable step"));
    QAction *exportAction = file->addAction(tr("&Export Topology…"), m_interchange, &InterchangeActions::exportTopology);
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    QMenu *ontology = file->addMenu(tr("Import &Ontology"));
    ontology->setToolTipsVisible(true);
    ontology->addAction(tr("DTDL &Files…"), m_interchange, [this] { m_interchange->importOntology(false); })
        ->setToolTip(tr("Load DTDL interfaces from JSON files, as one undoable step"));
    ontology->addAction(tr("DTDL F&older…"), m_interchange, [this] { m_interchange->importOntology(true); })
        ->setToolTip(tr("Load every DTDL file in a folder and its subfolders (e.g. RealEstateCore)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_project->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Y"))});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_plan->editActions());
    edit->addSeparator();
    edit->addAction(tr("Ontology &Categories…"), m_interchange, &InterchangeActions::editCategories)
        ->setToolTip(tr("Choose which interfaces make twins spaces, devices, sensors or people"));
    edit->addAction(tr("Telemetry &Bindings…"), m_topics, &TopicBrowserDock::showBindings)
        ->setToolTip(tr("List, edit and delete the bindings of topics and payload fields to twins"));
    edit->addAction(tr("&Alert Rules…"), this, [this] {
        AlertRulesDialog dialog(m_project, m_selection->current(), this);
        dialog.exec();
    })->setToolTip(tr("Alerts without code: a value above, below or outside a range, or no data, on a twin or a type"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_topology->toggleViewAction());
    view->addAction(m_palette->toggleViewAction());
    view->addAction(m_inspector->toggleViewAction());
    view->addAction(m_live->notificationsDock()->toggleViewAction());
    view->addAction(m_live->functionsDock()->toggleViewAction());
    view->addAction(m_topics->toggleViewAction());
    view->addAction(m_plan->fitAction());
    view->addMenu(m_plan->tintMenu());
    view->addAction(tr("Colour &Rules…"), this, [this] {
        ColourRulesDialog dialog(m_project, ColourRulesDialog::valueNames(m_project, m_live->session()), this);
        dialog.exec();
    })->setToolTip(tr("The rules the plan and the 3D view colour rooms by"));
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("The language changes when TwinStudio starts next"), 6000);
    });
    menuBar()->addMenu(m_plan->planMenu());
    menuBar()->addMenu(m_live->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] {
        auto *dialog = new UserGuide(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setToolTip(tr("How to use TwinStudio: the user guide and its pages"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), keyboardShortcuts(), QMessageBox::Close, this);
        box.setObjectName(QStringLiteral("KeyboardShortcuts"));
        box.exec();
    })->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About TwinStudio"), this, [this] {
        QMessageBox::about(this, tr("About TwinStudio"),
                           tr("<b>TwinStudio %1</b><p>Design and monitor digital twins of buildings.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

QString MainWindow::keyboardShortcuts() const
{
    const QList<std::pair<QString, QString>> keys{
        {QStringLiteral("V"), tr("Select and move")},
        {QStringLiteral("R"), tr("Rectangle room")},
        {QStringLiteral("P"), tr("Polygon room (click the first corner to close)")},
        {QStringLiteral("W"), tr("Wall (double-click ends)")},
        {QStringLiteral("D"), tr("Door (click on a wall)")},
        {QStringLiteral("M"), tr("Dimension line")},
        {QStringLiteral("K"), tr("Calibrate the background")},
        {QStringLiteral("X / Shift+X"), tr("Flip the selected doors' swing / hinge")},
        {QStringLiteral("Alt"), tr("Place points without magnetism")},
        {QStringLiteral("Enter"), tr("Type the next segment's length and angle")},
        {QStringLiteral("F, Ctrl+0"), tr("Zoom to fit the floor")},
        {QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText), tr("Delete the selection")},
        {QStringLiteral("Ctrl+Shift+P"), tr("Play or pause the time cursor")},
        {QStringLiteral("Alt+Left / Alt+Right"), tr("Step the time cursor back / forward")},
        {QStringLiteral("Alt+End"), tr("Back to live values")},
        {QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText), tr("Undo")},
        {QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText), tr("Redo")},
    };
    QString rows;
    for (const auto &[key, what] : keys)
        rows += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what);
    return QStringLiteral("<table>%1</table><p>%2</p>")
        .arg(rows, tr("The user guide is the \"Using TwinStudio\" section of README.md."));
}

bool MainWindow::showView(const QString &name)
{
    for (int i = 0; i < m_views->count(); ++i) {
        if (m_views->widget(i)->objectName() == name) {
            m_views->setCurrentIndex(i);
            return true;
        }
    }
    if (name == QStringLiteral("topics")) {
        m_topics->show();
        m_topics->raise();
        return true;
    }
    return name == QStringLiteral("main");
}

bool MainWindow::selectTwin(const QString &id)
{
    if (!m_project->graph()->findTwin(id))
        return false;
    m_selection->selectOnly(id);
    return true;
}

void MainWindow::updateSelectionLabel()
{
    const int count = m_selection->count();
    const Twin *t = m_project->graph()->findTwin(m_selection->current());
    if (count > 1)
        m_selectionLabel->setText(tr("%n twins selected", nullptr, count));
    else
        m_selectionLabel->setText(t ? QStringLiteral("%1 — %2").arg(t->displayName(), t->model) : QString());
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    // A new project starts as a site with a building and its ground floor, ready to draw on.
    Diagnostics diagnostics;
    if (!m_project->setContent(TwinFactory::newSite(), &diagnostics))
        m_project->clear();
    m_project->setFileName(QString());
    TrustStore::markCreatedHere(m_project);
    m_selection->selectOnly(QStringLiteral("ground-floor"));
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Project"),
                                                          DialogFolders::folder(DialogFolders::Kind::Projects), kFileFilter);
    if (fileName.isEmpty())
        return;
    DialogFolders::remember(DialogFolders::Kind::Projects, fileName);
    openFile(fileName);
}

bool MainWindow::openFile(const QString &fileName, bool quiet)
{
    if (!quiet && !QFileInfo::exists(fileName)) {
        // A path typed for a project that does not exist yet: offer to start one there.
        const auto answer = QMessageBox::question(
            this, tr("Create Project?"),
            tr("%1 does not exist. Create a new project there?").arg(QDir::toNativeSeparators(fileName)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
        newProject();
        return saveFile(fileName);
    }
    Diagnostics diagnostics;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ProjectStore::open(fileName, m_project, &diagnostics);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QStringList lines;
        for (const Diagnostic &d : std::as_const(diagnostics))
            lines.append(d.format());
        if (!quiet) {
            QMessageBox box(QMessageBox::Critical, tr("Cannot Open Project"),
                            tr("%1 could not be opened.").arg(QFileInfo(fileName).fileName()), QMessageBox::Ok, this);
            box.setInformativeText(lines.join(u'\n'));
            box.exec();
        }
        return false;
    }
    addRecentFile(fileName);
    // Warnings (e.g. a background image file that could not be embedded) do not stop the
    // opening, but the user should know.
    QStringList warnings;
    for (const Diagnostic &d : std::as_const(diagnostics))
        warnings.append(d.message);
    if (!warnings.isEmpty())
        statusBar()->showMessage(warnings.join(QStringLiteral("; ")), 20000);
    if (!quiet)
        offerRecovery(fileName);
    return true;
}

void MainWindow::offerRecovery(const QString &fileName)
{
    const QString sidecar = AutosaveManager::recoveryAvailable(fileName);
    if (sidecar.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Recover Unsaved Changes?"),
        tr("%1 has unsaved changes from %2 that were not saved, probably because TwinStudio "
           "stopped unexpectedly. Recover them?")
            .arg(QFileInfo(fileName).fileName(), QLocale().toString(QFileInfo(sidecar).lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        Diagnostics diagnostics;
        if (!m_autosave->recover(sidecar, fileName, &diagnostics))
            QMessageBox::warning(this, tr("Recovery Failed"), recoveryFailureText(sidecar, fileName, diagnostics));
    } else {
        QFile::remove(sidecar);
    }
}

void MainWindow::offerOrphanedRecovery()
{
    const QStringList orphans = AutosaveManager::orphanedAutosaves();
    if (orphans.isEmpty())
        return;
    const QString latest = orphans.last();
    const auto answer = QMessageBox::question(
        this, tr("Recover Unsaved Project?"),
        tr("An unsaved project from %1 was left behind when TwinStudio stopped unexpectedly. Recover it?")
            .arg(QLocale().toString(QFileInfo(latest).lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    Diagnostics diagnostics;
    if (answer == QMessageBox::Yes && !m_autosave->recover(latest, QString(), &diagnostics))
        QMessageBox::warning(this, tr("Recovery Failed"), recoveryFailureText(latest, QString(), diagnostics));
    for (const QString &orphan : orphans) {
        if (orphan != latest || answer != QMessageBox::Yes)
            QFile::remove(orphan);
    }
}

void MainWindow::openDemo()
{
    Diagnostics diagnostics;
    ProjectContent demo = demoProjectContent();
    demo.viewState.insert(QLatin1StringView(DashboardLayout::ViewStateKey), DashboardLayout::demo());
    m_project->setContent(demo, &diagnostics);
    m_project->setFileName(QString());
    TrustStore::markCreatedHere(m_project);
}

bool MainWindow::save()
{
    if (m_project->fileName().isEmpty())
        return saveAs();
    return saveFile(m_project->fileName());
}

bool MainWindow::saveAs()
{
    // An untitled project is offered a name after its site (or first twin) in the folder
    // projects were last saved in.
    QString proposed = m_project->fileName();
    if (proposed.isEmpty()) {
        const TwinGraph *graph = m_project->graph();
        const QString name = graph->roots().isEmpty() ? QString() : graph->twin(graph->roots().first()).displayName();
        proposed = DialogFolders::suggestion(DialogFolders::Kind::Projects, name, QStringLiteral(".twinproj"));
    }
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save Project As"), proposed, kFileFilter);
    if (fileName.isEmpty())
        return false;
    DialogFolders::remember(DialogFolders::Kind::Projects, fileName);
    if (!fileName.endsWith(QStringLiteral(".twinproj")))
        fileName += QStringLiteral(".twinproj");
    return saveFile(fileName);
}

bool MainWindow::saveFile(const QString &fileName)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ProjectStore::save(m_project, fileName, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::critical(this, tr("Cannot Save Project"),
                              tr("%1 could not be saved:\n%2").arg(fileName, error));
        return false;
    }
    addRecentFile(fileName);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(fileName).fileName()), 3000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_project->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The project has unsaved changes. Do you want to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::updateTitle()
{
    const QString name = m_project->fileName().isEmpty() ? tr("Untitled")
                                                          : QFileInfo(m_project->fileName()).fileName();
    setWindowTitle(tr("%1[*] — TwinStudio").arg(name));
    setWindowModified(m_project->isModified());
}

void MainWindow::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] {
            if (maybeSave())
                openFile(f);
        });
        a->setToolTip(f);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()))
        return;
    // First run: side docks wide enough for room names and property values, in
    // characters so that they follow the font and the screen's scale. QMainWindow applies
    // dock sizes only once it is laid out.
    QTimer::singleShot(0, this, [this] {
        const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
        resizeDocks({m_topology, m_inspector}, {34 * em, 36 * em}, Qt::Horizontal);
    });
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

} // namespace twin::ui
