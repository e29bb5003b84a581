// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardlayout.h"
#include "dashboardsparkhistory.h"
#include "dashboardvalues.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QLabel;
class QVBoxLayout;

namespace twin {
class HistoryQueries;
class LiveValueFeed;
class Project;
class TwinSelection;
}

namespace twin::ui {

class DashboardTileWidget;

/**
 * The Dashboard tab: tiles on a grid (DashboardLayout), kept in the project's view state;
 * every edit (add, remove, move, resize, configure) is one SetDashboardCommand on the
 * project's undo stack, and the tab follows the stack (undo, redo, opening a file).
 *
 * Values come only from the LiveValueFeed the tab is given (setValueFeed()), read when
 * the feed announces new values (once per tick of the live session), never per sample.
 * Everything counts from the feed's moment (LiveValueFeed::nowMs(): now, or the time
 * cursor's T): values' ages, the open alerts (raised by then, not cleared by then) and
 * the sparklines' hour, which is read from the history (HistoryQueries: the file or a shared store) (DashboardSparkHistory, for
 * aggregates too) when the tab is built or the moment jumps, off the GUI thread and in one
 * batch for all the tiles, and goes on with the values the feed announces.
 */
class DashboardTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RowHeight = 170;

    explicit DashboardTab(Project *project, QWidget *parent = nullptr);
    ~DashboardTab() override;

    /// Where current values come from; null: none (every tile shows "no data").
    void setValueFeed(const LiveValueFeed *feed);
    const LiveValueFeed *valueFeed() const { return m_values.feed(); }
    /// How many history readers the tab has opened (one per history location it read).
    int historyReadersOpened() const { return m_readersOpened; }
    /// The alerts counted by the "open alerts" tile (NotificationModel's roles).
    void setAlerts(const QAbstractItemModel *alerts);
    /// The twin a tile added from the toolbar starts with (the selection's current one).
    void setSelection(const TwinSelection *selection) { m_selection = selection; }
    /// The history file sparklines start from; by default the project's companion file.
    void setHistoryPathProvider(std::function<QString()> provider) { m_historyPath = std::move(provider); }
    using HistoryOpener = std::function<std::shared_ptr<HistoryQueries>(const QString &location)>;
    /// How a history location is opened; by default HistoryQueries::open().
    void setHistoryOpener(HistoryOpener opener) { m_openHistory = std::move(opener); }
    /// Whether the sparklines' history is being read (on another thread).
    bool isLoadingSparkHistory() const { return m_sparkBusy; }

    const DashboardLayout &layout() const { return m_layout; }
    /// The tile widgets, in the layout's order.
    QList<DashboardTileWidget *> tileWidgets() const { return m_tiles; }
    QWidget *canvas() const { return m_canvas; }

    // --- edits (each one undo step) -----------------------------------------------------------
    void addTile(const DashboardTile &tile);
    /// Adds a value tile for \a twinId at \a cell (the first free one when it is taken or
    /// invalid): a space shows the mean of a type its sensors measure, a device a tile for
    /// each of its sensors, another twin its own value. False when there is no such twin.
    bool addTwin(const QString &twinId, QPoint cell = QPoint(-1, -1));
    void removeTile(int index);
    void placeTile(int index, QPoint cell, QSize span);
    void setTile(int index, const DashboardTile &tile);

    /// Reads the feed and repaints the tiles now (the feed's announcements do it otherwise).
    void refresh();
    /// The feed's moment moved (the time cursor) without new values: ages, sparklines and
    /// open alerts follow it (when shown, else once the tab is shown).
    void showMoment();
    /// The grid cell under \a pos, a point of canvas().
    QPoint cellAt(QPoint pos) const;

signals:
    /// Something the user should read (in the status bar).
    void message(const QString &text);
    /// A batch of the sparklines' history was read and drawn.
    void sparkHistoryLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createToolBar(QVBoxLayout *layout);
    void addFromToolBar(DashboardTile::Kind kind);
    void configure(int index);
    /// Every twin's id, sorted (offered in the tile dialog).
    QStringList twinIds() const;
    void commit(const DashboardLayout &layout, const QString &text);
    /// Follows the project's view state: rebuilds the tiles when the layout there changed.
    void reload();
    void rebuild();
    void arrange();
    void onValuesChanged();
    QString titleOf(const DashboardTile &tile) const;
    QString sparkKey(const DashboardTile &tile) const;
    /// Starts reading, on another thread, the hour before \a endMs of the sparkline tiles
    /// among \a tiles whose history was not read yet (after the batch running, if any).
    void loadSparkHistory(const QList<DashboardTile> &tiles, qint64 endMs);
    /// Puts a batch read into the lines (unless the moment jumped meanwhile).
    void takeSparkHistory();
    /// Drops the lines: the history is read again for the next moment.
    void forgetSparks();
    /// The dashboard's reader of historyPath(), opened again only when that changes; null
    /// when there is nothing to read.
    std::shared_ptr<HistoryQueries> sparkReader();
    void followSparkMoment(qint64 nowMs);
    qint64 momentMs() const;
    QList<QPointF> &sparkOf(const DashboardTile &tile, const DashboardValues::Value &value, qint64 nowMs);
    std::array<int, 3> openAlerts(qint64 nowMs) const;
    QString historyPath() const;

    Project *const m_project;
    DashboardValues m_values;
    DashboardLayout m_layout;
    QJsonObject m_shown; ///< the layout the tiles were built from
    QList<DashboardTileWidget *> m_tiles;
    QWidget *m_canvas = nullptr;
    QLabel *m_empty = nullptr;
    QPointer<const QAbstractItemModel> m_alerts;
    const TwinSelection *m_selection = nullptr;
    std::function<QString()> m_historyPath;
    std::shared_ptr<HistoryQueries> m_reader; ///< reads m_readerPath for the sparklines
    QString m_readerPath;
    int m_readersOpened = 0;
    HistoryOpener m_openHistory;
    QHash<QString, QList<QPointF>> m_sparks; ///< sparkKey → (ms, value), the last hour
    QSet<QString> m_sparkRead; ///< the lines whose history was read (or is being read)
    QFutureWatcher<DashboardSparkHistory::Result> m_sparkWatcher;
    quint64 m_sparkGeneration = 0; ///< counts forgetSparks()
    quint64 m_sparkBatchGeneration = 0; ///< the generation the running batch reads for
    bool m_sparkAgain = false; ///< tiles wait for the running batch to end
    bool m_sparkBusy = false; ///< a batch was started and not yet taken
    qint64 m_sparkEndMs = 0; ///< the moment the lines reach
    QMetaObject::Connection m_feedChanged;
    QMetaObject::Connection m_feedCleared;
    bool m_stale = false;
};

} // namespace twin::ui
