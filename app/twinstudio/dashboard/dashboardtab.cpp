// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardtab.h"

#include "charts/twindragsource.h"
#include "dashboardsparkhistory.h"
#include "dashboardtiledialog.h"
#include "dashboardtilewidget.h"
#include "setdashboardcommand.h"

#include "document/project.h"
#include "graph/twingraph.h"
#include "itemmodels/notificationmodel.h"
#include "itemmodels/twinselection.h"
#include "telemetry/historyqueries.h"
#include "telemetry/historystore.h"
#include "telemetry/livevaluefeed.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace twin::ui {

namespace {

constexpr qint64 HourMs = DashboardSparkHistory::HourMs;
constexpr int Gap = 8;

} // namespace

DashboardTab::DashboardTab(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_values(project)
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar(layout);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("DashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_canvas = new QWidget(scroll);
    m_canvas->setObjectName(QStringLiteral("DashboardCanvas"));
    m_canvas->setAcceptDrops(true);
    m_canvas->installEventFilter(this);
    connect(&m_sparkWatcher, &QFutureWatcher<DashboardSparkHistory::Result>::finished, this,
            &DashboardTab::takeSparkHistory);
    m_canvas->setAutoFillBackground(true);
    QPalette palette = m_canvas->palette();
    palette.setColor(QPalette::Window, QColor(0xee, 0xf1, 0xf4));
    m_canvas->setPalette(palette);
    m_empty = new QLabel(tr("Add tiles from the toolbar, or drag twins here from the topology."), m_canvas);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    scroll->setWidget(m_canvas);
    layout->addWidget(scroll);

    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, &DashboardTab::reload);
    connect(m_project, &Project::contentReset, this, &DashboardTab::reload);
    reload();
}

DashboardTab::~DashboardTab() = default;

void DashboardTab::createToolBar(QVBoxLayout *layout)
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("DashboardToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(this);
    for (auto kind : {DashboardTile::Kind::Value, DashboardTile::Kind::Gauge, DashboardTile::Kind::Sparkline,
                      DashboardTile::Kind::Rooms, DashboardTile::Kind::Alerts}) {
        QAction *action = menu->addAction(DashboardTile::kindDisplayName(kind), this,
                                          [this, kind] { addFromToolBar(kind); });
        action->setObjectName(QStringLiteral("Add") + DashboardTile::kindName(kind) + QStringLiteral("Tile"));
    }
    auto *add = new QToolButton(bar);
    add->setObjectName(QStringLiteral("AddTile"));
    add->setText(tr("Add Tile"));
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add->setPopupMode(QToolButton::InstantPopup);
    add->setMenu(menu);
    add->setToolTip(tr("Add a tile for the selected twin"));
    bar->addWidget(add);
    layout->addWidget(bar);
}

void DashboardTab::setValueFeed(const LiveValueFeed *feed)
{
    disconnect(m_feedChanged);
    disconnect(m_feedCleared);
    m_values.setFeed(feed);
    forgetSparks();
    m_sparkEndMs = momentMs();
    if (feed) {
        m_feedChanged = connect(feed, &LiveValueFeed::valuesChanged, this, &DashboardTab::onValuesChanged);
        m_feedCleared = connect(feed, &LiveValueFeed::valuesCleared, this, &DashboardTab::onValuesChanged);
    }
    rebuild();
}

void DashboardTab::setAlerts(const QAbstractItemModel *alerts)
{
    m_alerts = alerts;
    if (!alerts)
        return;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(alerts, signal, this, &DashboardTab::onValuesChanged);
    connect(alerts, &QAbstractItemModel::dataChanged, this, &DashboardTab::onValuesChanged);
    connect(alerts, &QAbstractItemModel::modelReset, this, &DashboardTab::onValuesChanged);
}

void DashboardTab::onValuesChanged()
{
    // Announcements come once per tick; a hidden tab catches up when it is shown.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void DashboardTab::showMoment()
{
    onValuesChanged();
}

qint64 DashboardTab::momentMs() const
{
    return m_values.feed() ? m_values.feed()->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void DashboardTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

// --- edits -----------------------------------------------------------------------------------

void DashboardTab::commit(const DashboardLayout &layout, const QString &text)
{
    m_project->undoStack()->push(new SetDashboardCommand(m_project, layout.toJson(), text));
}

void DashboardTab::addTile(const DashboardTile &tile)
{
    DashboardLayout layout = m_layout;
    layout.add(tile);
    commit(layout, tr("Add %1 Tile").arg(DashboardTile::kindDisplayName(tile.kind)));
}

bool DashboardTab::addTwin(const QString &twinId, QPoint cell)
{
    const int index = m_project->graph()->indexOfTwin(twinId);
    if (index < 0)
        return false;
    const TwinGraph *graph = m_project->graph();
    if (m_project->categoryOf(index) == Category::Device) {
        // A device's values are its sensors': a tile each, side by side from the cell, in one step.
        DashboardLayout layout = m_layout;
        int added = 0;
        for (int child : graph->childrenOf(index)) {
            if (m_project->categoryOf(child) != Category::Sensor)
                continue;
            DashboardTile tile;
            tile.twinId = graph->twin(child).id;
            if (cell.x() >= 0 && cell.y() >= 0) {
                tile.column = cell.x() + added;
                tile.row = cell.y();
            }
            layout.add(tile);
            ++added;
        }
        if (added > 0) {
            commit(layout, tr("Add Tiles for %1").arg(graph->twin(index).displayName()));
            return true;
        }
    }
    DashboardTile tile;
    tile.twinId = twinId;
    tile.row = cell.y();
    tile.column = cell.x();
    if (m_project->categoryOf(index) == Category::Space) {
        // A space shows the mean of what its sensors measure: temperature where there is one.
        tile.aggregate = DashboardTile::Aggregate::Mean;
        tile.value = QStringLiteral("Temperature");
        if (!m_values.aggregate(twinId, tile.value, tile.aggregate).valid) {
            for (int i : m_project->graph()->subtreeOf(index)) {
                if (m_project->categoryOf(i) != Category::Sensor)
                    continue;
                const QList<LiveReading> readings = m_values.feed() ? m_values.feed()->readings(graph->twin(i).id)
                                                                    : QList<LiveReading>();
                if (!readings.isEmpty()) {
                    tile.value = readings.first().dataType;
                    break;
                }
            }
        }
    }
    addTile(tile);
    return true;
}

void DashboardTab::removeTile(int index)
{
    DashboardLayout layout = m_layout;
    layout.remove(index);
    commit(layout, tr("Remove Tile"));
}

void DashboardTab::placeTile(int index, QPoint cell, QSize span)
{
    const DashboardTile &before = m_layout.tiles().at(index);
    DashboardLayout layout = m_layout;
    layout.place(index, cell, span);
    const DashboardTile &after = layout.tiles().at(index);
    if (after.cells() == before.cells())
        return;
    commit(layout, after.cells().size() == before.cells().size() ? tr("Move Tile") : tr("Resize Tile"));
}

void DashboardTab::setTile(int index, const DashboardTile &tile)
{
    if (tile.toJson() == m_layout.tiles().at(index).toJson())
        return;
    DashboardLayout layout = m_layout;
    layout.replace(index, tile);
    commit(layout, tr("Configure Tile"));
}

void DashboardTab::addFromToolBar(DashboardTile::Kind kind)
{
    DashboardTile tile;
    tile.kind = kind;
    tile.row = -1;
    if (m_selection && kind != DashboardTile::Kind::Alerts)
        tile.twinId = m_selection->current();
    if (kind == DashboardTile::Kind::Rooms)
        tile.value = QStringLiteral("Temperature");
    DashboardTileDialog dialog(tile, twinIds(), this);
    if (dialog.exec() == QDialog::Accepted)
        addTile(dialog.tile());
}

QStringList DashboardTab::twinIds() const
{
    QStringList ids;
    for (int i : m_project->graph()->twinIndices())
        ids.append(m_project->graph()->twin(i).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DashboardTab::configure(int index)
{
    DashboardTileDialog dialog(m_layout.tiles().at(index), twinIds(), this);
    if (dialog.exec() == QDialog::Accepted)
        setTile(index, dialog.tile());
}

// --- following the document --------------------------------------------------------------------

void DashboardTab::reload()
{
    const QJsonObject json = SetDashboardCommand::layoutOf(*m_project);
    if (json == m_shown)
        return;
    QStringList errors;
    m_layout = DashboardLayout::fromJson(json, &errors);
    if (!errors.isEmpty())
        emit message(tr("Dashboard: %1").arg(errors.join(QStringLiteral("; "))));
    m_shown = json;
    rebuild();
}

void DashboardTab::rebuild()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (int i = 0; i < m_layout.tiles().size(); ++i) {
        const DashboardTile &tile = m_layout.tiles().at(i);
        auto *w = new DashboardTileWidget(i, tile, titleOf(tile), m_canvas);
        connect(w, &DashboardTileWidget::configureRequested, this, &DashboardTab::configure);
        connect(w, &DashboardTileWidget::removeRequested, this, &DashboardTab::removeTile);
        connect(w, &DashboardTileWidget::placeRequested, this, &DashboardTab::placeTile);
        w->show();
        m_tiles.append(w);
    }
    loadSparkHistory(m_layout.tiles(), momentMs());
    m_empty->setVisible(m_tiles.isEmpty());
    arrange();
    refresh();
}

void DashboardTab::arrange()
{
    const int columns = m_layout.columns();
    const int rows = std::max(1, m_layout.rowCount());
    m_canvas->setMinimumHeight(rows * RowHeight + Gap);
    const double cellWidth = double(m_canvas->width() - Gap) / columns;
    for (DashboardTileWidget *w : std::as_const(m_tiles)) {
        const DashboardTile &t = w->tile();
        const int left = Gap + int(t.column * cellWidth);
        const int right = int((t.column + t.columnSpan) * cellWidth);
        w->setGeometry(left, Gap + t.row * RowHeight, right - left, t.rowSpan * RowHeight - Gap);
    }
    m_empty->setGeometry(m_canvas->rect());
}

QPoint DashboardTab::cellAt(QPoint pos) const
{
    const double cellWidth = double(std::max(1, m_canvas->width() - Gap)) / m_layout.columns();
    return QPoint(std::clamp(int((pos.x() - Gap / 2) / cellWidth), 0, m_layout.columns() - 1),
                  std::max(0, (pos.y() - Gap / 2) / RowHeight));
}

bool DashboardTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
        arrange();
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDropEvent *>(event);
        if (e->mimeData()->hasFormat(DashboardTileWidget::mimeType())) {
            e->setDropAction(Qt::MoveAction);
            e->accept();
        } else if (!TwinDragSource::twinIds(e->mimeData()).isEmpty()) {
            e->acceptProposedAction();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QPoint cell = cellAt(e->position().toPoint());
        if (e->mimeData()->hasFormat(DashboardTileWidget::mimeType())) {
            const int index = e->mimeData()->data(DashboardTileWidget::mimeType()).toInt();
            if (index >= 0 && index < m_layout.tiles().size()) {
                const DashboardTile &t = m_layout.tiles().at(index);
                placeTile(index, cell, QSize(t.columnSpan, t.rowSpan));
                e->setDropAction(Qt::MoveAction);
                e->accept();
            }
            return true;
        }
        int added = 0;
        for (const QString &id : TwinDragSource::twinIds(e->mimeData()))
            added += addTwin(id, added == 0 ? cell : QPoint(-1, -1)) ? 1 : 0;
        if (added > 0)
            e->acceptProposedAction();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

// --- values --------------------------------------------------------------------------------------

QString DashboardTab::titleOf(const DashboardTile &tile) const
{
    if (!tile.title.isEmpty())
        return tile.title;
    const QString twin = tile.twinId.isEmpty() ? QString() : m_values.displayName(tile.twinId);
    switch (tile.kind) {
    case DashboardTile::Kind::Alerts:
        return DashboardTile::kindDisplayName(tile.kind);
    case DashboardTile::Kind::Rooms:
        return tr("Rooms by %1").arg(tile.value);
    default:
        break;
    }
    if (tile.aggregate != DashboardTile::Aggregate::Latest)
        return tr("%1, %2 %3").arg(twin, DashboardTile::aggregateName(tile.aggregate), tile.value);
    return tile.value.isEmpty() ? twin : tr("%1, %2").arg(twin, tile.value);
}

QString DashboardTab::historyPath() const
{
    if (m_historyPath)
        return m_historyPath();
    return m_project->fileName().isEmpty() ? QString() : HistoryStore::companionPath(m_project->fileName());
}

QString DashboardTab::sparkKey(const DashboardTile &tile) const
{
    return tile.twinId + u'\n' + tile.value + u'\n' + DashboardTile::aggregateName(tile.aggregate);
}

std::shared_ptr<HistoryQueries> DashboardTab::sparkReader()
{
    const QString path = historyPath();
    if (!HistoryQueries::isAvailable(path)) {
        m_reader.reset();
        m_readerPath.clear();
        return nullptr;
    }
    if (!m_reader || path != m_readerPath) {
        m_reader = m_openHistory ? m_openHistory(path) : HistoryQueries::open(path);
        m_readerPath = path;
        ++m_readersOpened;
    }
    return m_reader;
}

void DashboardTab::forgetSparks()
{
    m_sparks.clear();
    m_sparkRead.clear();
    ++m_sparkGeneration;
}

void DashboardTab::loadSparkHistory(const QList<DashboardTile> &tiles, qint64 endMs)
{
    if (m_sparkBusy) {
        m_sparkAgain = true;
        return;
    }
    // The project is looked at here; the history is read on another thread, one batch for
    // all the tiles through the dashboard's one reader.
    QList<DashboardSparkHistory::Request> requests;
    for (const DashboardTile &tile : tiles) {
        const QString key = sparkKey(tile);
        if (tile.kind != DashboardTile::Kind::Sparkline || m_sparkRead.contains(key))
            continue;
        m_sparkRead.insert(key);
        requests.append(DashboardSparkHistory::plan(*m_project, tile, key));
    }
    if (requests.isEmpty())
        return;
    const std::shared_ptr<HistoryQueries> reader = sparkReader();
    if (!reader)
        return;
    m_sparkBatchGeneration = m_sparkGeneration;
    m_sparkBusy = true;
    m_sparkWatcher.setFuture(QtConcurrent::run([reader, requests, endMs] {
        DashboardSparkHistory::Result result = DashboardSparkHistory::read(*reader, requests, endMs);
        reader->close(); // a file replaced meanwhile is read afresh on the next jump
        return result;
    }));
}

void DashboardTab::takeSparkHistory()
{
    m_sparkBusy = false;
    const DashboardSparkHistory::Result result = m_sparkWatcher.result();
    if (m_sparkBatchGeneration == m_sparkGeneration) {
        for (auto it = result.lines.cbegin(); it != result.lines.cend(); ++it) {
            // Live values that came in while the history was read go on after it.
            QList<QPointF> line = it.value();
            const double last = line.isEmpty() ? -std::numeric_limits<double>::infinity() : line.last().x();
            for (const QPointF &p : std::as_const(m_sparks[it.key()])) {
                if (p.x() > last)
                    line.append(p);
            }
            m_sparks[it.key()] = line;
        }
        if (!result.errors.isEmpty())
            emit message(result.errors.first());
    }
    // Tiles added, or a moment jumped to, while this batch ran.
    if (std::exchange(m_sparkAgain, false) || m_sparkBatchGeneration != m_sparkGeneration)
        loadSparkHistory(m_layout.tiles(), momentMs());
    refresh();
    emit sparkHistoryLoaded();
}

void DashboardTab::followSparkMoment(qint64 nowMs)
{
    // Live ticks and small steps add the feed's values to the lines; a jump (or a tab
    // that was hidden a while) reads the hour before the moment from history again.
    const qint64 bucketMs = HourMs / DashboardSparkHistory::Buckets;
    const bool jumped = nowMs < m_sparkEndMs || nowMs - m_sparkEndMs > bucketMs;
    m_sparkEndMs = nowMs;
    if (!jumped || !HistoryQueries::isAvailable(historyPath()))
        return;
    forgetSparks();
    loadSparkHistory(m_layout.tiles(), nowMs);
}

QList<QPointF> &DashboardTab::sparkOf(const DashboardTile &tile, const DashboardValues::Value &value, qint64 nowMs)
{
    QList<QPointF> &points = m_sparks[sparkKey(tile)];
    if (value.valid && value.text.isEmpty() && value.timestampMs > 0
        && (points.isEmpty() || value.timestampMs > qint64(points.last().x())))
        points.append(QPointF(double(value.timestampMs), value.number));
    const auto old = std::find_if(points.begin(), points.end(),
                                  [&](const QPointF &p) { return qint64(p.x()) >= nowMs - HourMs; });
    points.erase(points.begin(), old);
    return points;
}

std::array<int, 3> DashboardTab::openAlerts(qint64 nowMs) const
{
    std::array<int, 3> counts{0, 0, 0};
    if (!m_alerts)
        return counts;
    for (int row = 0; row < m_alerts->rowCount(); ++row) {
        // Open at the moment shown: raised by then and not cleared by then.
        const QModelIndex index = m_alerts->index(row, 0);
        if (index.data(NotificationModel::TimeRole).toLongLong() > nowMs)
            continue;
        if (index.data(NotificationModel::StateRole).toString() == QLatin1StringView("cleared")
            && index.data(NotificationModel::ClearedTimeRole).toLongLong() <= nowMs)
            continue;
        const QString severity = index.data(NotificationModel::SeverityRole).toString();
        ++counts[severity == QLatin1StringView("critical") ? 0 : severity == QLatin1StringView("warning") ? 1 : 2];
    }
    return counts;
}

void DashboardTab::refresh()
{
    m_stale = false;
    // Ages, the sparklines' hour and open alerts count from the feed's moment.
    const qint64 now = momentMs();
    followSparkMoment(now);
    const std::array<int, 3> alerts = openAlerts(now);
    for (DashboardTileWidget *w : std::as_const(m_tiles)) {
        const DashboardTile &tile = w->tile();
        DashboardTileWidget::Content content;
        content.nowMs = now;
        switch (tile.kind) {
        case DashboardTile::Kind::Alerts:
            content.openAlerts = alerts;
            content.level = alerts[0] > 0   ? DashboardTile::Level::Alarm
                            : alerts[1] > 0 ? DashboardTile::Level::Warning
                                            : DashboardTile::Level::Normal;
            break;
        case DashboardTile::Kind::Rooms:
            content.rooms = m_values.rooms(tile);
            content.level = content.rooms.isEmpty() ? DashboardTile::Level::None
                                                    : tile.level(content.rooms.first().value.number);
            break;
        default:
            content.value = m_values.value(tile);
            content.level = !content.value.valid          ? DashboardTile::Level::None
                            : !content.value.text.isEmpty() ? DashboardTile::Level::Normal
                                                            : tile.level(content.value.number);
            if (tile.kind == DashboardTile::Kind::Sparkline)
                content.sparkline = sparkOf(tile, content.value, now);
            break;
        }
        w->setContent(content);
    }
}

} // namespace twin::ui
