// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartseries.h"

#include "telemetry/historyqueries.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;

namespace twin {
class LiveSession;
class Project;
}

namespace twin::ui {

class ChartHistory;
class ChartView;

/**
 * The Charts tab: a ChartView and its toolbar (time window, Pause/Live, Add…, exports).
 * Live values come from the LiveSession's tick; zooming or panning into the past reads
 * the history file on a worker thread, downsampled to the chart's width. The chart's
 * layout (series and window) is kept in the project's view state ("charts").
 */
class ChartsTab : public QWidget
{
    Q_OBJECT

public:
    ChartsTab(Project *project, LiveSession *session, QWidget *parent = nullptr);
    ~ChartsTab() override;

    ChartView *view() const { return m_view; }

    /// Charts the twin: a sensor's own value, else every numeric telemetry it has values
    /// for. Returns how many series were added.
    int addTwin(const QString &twinId);
    /// Charts telemetry \a name of \a twinId, shown in \a unit (a DTDL unit or a symbol).
    void addTelemetry(const QString &twinId, const QString &name, const QString &unit);
    /// Charts each of \a twinIds (the topology's "Chart").
    void addTwins(const QStringList &twinIds);
    /// Charts telemetry \a name of \a twinId (the inspector's "Chart"): a sensor's
    /// telemetry is its own value, charted under its data type.
    void addRequested(const QString &twinId, const QString &name, const QString &unit);
    /// Charts the first temperature and CO2 sensors of the project (a first look).
    void addDefaultSeries();

    /// Shows \a ms of time in the live window (one of the toolbar's choices, else 10 min).
    void setWindowMs(qint64 ms);

    /// The history file read for the past; by default the live session's.
    QString historyPath() const;
    void setHistoryPath(const QString &path) { m_historyOverride = path; }

    /// Writes the raw history values of every series in the visible range as CSV:
    /// `time,<twin>/<name> [unit],...`, one row per time, empty where a series has none.
    bool exportCsv(const QString &fileName, QString *error) const;
    /// Shows the time cursor's moment \a ms: the tracker pinned there, the chart paused
    /// and moved so that it shows that time (read from history).
    void showMoment(qint64 ms);
    /// Back to live: the tracker unpinned, the chart following the newest values.
    void showLive();

    /// Reads the history of the visible range now (tests); the worker does it otherwise.
    bool loadHistoryNow(QString *error);

    static constexpr const char *ViewStateKey = "charts";

signals:
    /// Something the user should read (in the status bar).
    void message(const QString &text);
    /// History of the visible range is shown.
    void historyShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createToolBar();
    void onValuesChanged(const QStringList &twinIds);
    void setLive(bool live);
    void scheduleHistory();
    void startHistory();
    void applyHistory(const QList<QList<HistoryBucket>> &buckets);
    /// The range a history query reads now, and whether it fills the live window.
    void historyRange(qint64 *from, qint64 *to);
    std::shared_ptr<ChartHistory> history() const;
    void saveLayout();
    void restoreLayout();
    /// Names each series after its place and quantity ("Meeting Room 102 · Temperature"),
    /// adding the twin's own name where two series would read alike.
    void updateTitles();
    struct SeriesName
    {
        QString title; ///< "Meeting Room 102 · Temperature"
        QString owner; ///< what tells two alike titles apart: the sensor's device ("Multisensor 102")
    };
    SeriesName seriesName(const QString &twinId, const QString &name) const;
    /// \a names' titles, with the owner and then the twin id added where two read alike.
    static QStringList distinctTitles(const QList<SeriesName> &names, const QStringList &twinIds);
    void updateMarkers();
    void chooseSeries();
    void exportImage(bool pdf);
    void exportCsvInteractive();

    Project *const m_project;
    LiveSession *const m_session;
    ChartView *const m_view;
    QComboBox *m_window = nullptr;
    QAction *m_pause = nullptr;
    QString m_historyOverride;
    QTimer *m_historyDelay = nullptr;
    QFutureWatcher<QList<QList<HistoryBucket>>> m_historyWatcher;
    bool m_historyAgain = false; ///< the range changed while a query ran
    bool m_historyForLive = false; ///< the running query fills the live window
    bool m_restoring = false;
};

} // namespace twin::ui
