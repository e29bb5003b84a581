// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;

namespace twin {
class AutosaveManager;
class LiveValueFeed;
class Project;
class TwinSelection;
}

namespace twin::ui {

class BuildingView3D;
class ChartsTab;
class DashboardTab;
class FunctionsView;
class InspectorDock;
class InterchangeActions;
class LiveControls;
class PaletteDock;
class PlanView;
class TopicBrowserDock;
class TimeBar;
class TopologyDock;

/// The main window: menus, docks and the central views. File handling and views live in
/// their own classes; this one wires them together.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Project *project() const { return m_project; }
    /// The twins selected in the window: the topology, the plan, the inspector and the
    /// status bar show and change this one selection.
    TwinSelection *selection() const { return m_selection; }

    /// Opens \a fileName, reporting problems in a dialog unless \a quiet.
    bool openFile(const QString &fileName, bool quiet = false);
    bool saveFile(const QString &fileName);
    /// Brings the named central view to the front: plan, 3d, chart, dashboard, functions;
    /// "topics" shows the topic browser dock over the current view.
    bool showView(const QString &name);
    /// The keys of the plan and the edits, as the Help menu lists them (rich text).
    QString keyboardShortcuts() const;
    /// Selects the twin \a id alone (every view shows it); false when there is none.
    bool selectTwin(const QString &id);
    /// Replaces the document with the demo site (unsaved).
    void openDemo();
    /// Offers the autosave of an unsaved project left by a crash, if there is one.
    void offerOrphanedRecovery();
    InterchangeActions *interchange() const { return m_interchange; }
    LiveControls *live() const { return m_live; }
    PlanView *plan() const { return m_plan; }
    BuildingView3D *view3d() const { return m_view3d; }
    ChartsTab *charts() const { return m_charts; }
    DashboardTab *dashboard() const { return m_dashboard; }
    FunctionsView *functions() const { return m_functions; }
    TopicBrowserDock *topics() const { return m_topics; }
    TimeBar *timeBar() const { return m_timeBar; }
    InspectorDock *inspector() const { return m_inspector; }
    /// The values the views show: the live session's, or those of the time cursor's moment.
    const LiveValueFeed *valueFeed() const { return m_valueFeed; }

signals:
    /// The views show \a feed's values from now on (the time cursor left or returned to live).
    void valueFeedChanged(const twin::LiveValueFeed *feed);
    /// The time cursor moved to \a ms; the feed has announced that moment's values.
    void timeCursorMoved(qint64 ms);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViews();
    /// The time bar under the views and what follows its moment.
    QWidget *createTimeBar();
    void newProject();
    void open();
    bool save();
    bool saveAs();
    /// Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    void updateTitle();
    /// The status bar's selection: the current twin, or how many are selected.
    void updateSelectionLabel();
    void offerRecovery(const QString &fileName);
    void addRecentFile(const QString &fileName);
    void updateRecentFilesMenu();
    void readSettings();
    void writeSettings();

    Project *const m_project;
    AutosaveManager *const m_autosave;
    InterchangeActions *const m_interchange;
    TwinSelection *const m_selection;
    TopologyDock *m_topology = nullptr;
    PlanView *m_plan = nullptr;
    BuildingView3D *m_view3d = nullptr;
    PaletteDock *m_palette = nullptr;
    InspectorDock *m_inspector = nullptr;
    LiveControls *m_live = nullptr;
    QTabWidget *m_views = nullptr;
    ChartsTab *m_charts = nullptr;
    DashboardTab *m_dashboard = nullptr;
    FunctionsView *m_functions = nullptr;
    TopicBrowserDock *m_topics = nullptr;
    TimeBar *m_timeBar = nullptr;
    const LiveValueFeed *m_valueFeed = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_selectionLabel = nullptr;
};

} // namespace twin::ui
