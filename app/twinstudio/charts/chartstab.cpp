// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstab.h"

#include "charthistory.h"
#include "chartview.h"
#include "twindragsource.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "live/livesession.h"
#include "live/livesetup.h"
#include "itemmodels/notificationmodel.h"
#include "ontology/units.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QMimeData>
#include <QSaveFile>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace twin::ui {

namespace {

struct WindowChoice
{
    const char *label;
    qint64 ms;
};

const WindowChoice kWindows[] = {{QT_TRANSLATE_NOOP("twin::ui::ChartsTab", "1 min"), 60000},
                                 {QT_TRANSLATE_NOOP("twin::ui::ChartsTab", "10 min"), 600000},
                                 {QT_TRANSLATE_NOOP("twin::ui::ChartsTab", "1 h"), 3600000},
                                 {QT_TRANSLATE_NOOP("twin::ui::ChartsTab", "1 day"), 86400000}};

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

ChartsTab::ChartsTab(Project *project, LiveSession *session, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_session(session)
    , m_view(new ChartView(this))
    , m_historyDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("chart"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolBar();
    layout->addWidget(m_view, 1);

    m_historyDelay->setSingleShot(true);
    m_historyDelay->setInterval(150);
    connect(m_historyDelay, &QTimer::timeout, this, &ChartsTab::startHistory);
    connect(&m_historyWatcher, &QFutureWatcher<QList<QList<HistoryBucket>>>::finished, this, [this] {
        applyHistory(m_historyWatcher.result());
        if (std::exchange(m_historyAgain, false))
            startHistory();
    });
    connect(m_view, &ChartView::navigated, this, [this] { setLive(false); });
    // Following, the range moves on every tick: only a new series or window asks history
    // (for what came before the first live value); paused, every move does.
    connect(m_view, &ChartView::timeRangeChanged, this, [this] {
        if (!m_view->isFollowing())
            scheduleHistory();
    });
    connect(m_view, &ChartView::seriesChanged, this, &ChartsTab::saveLayout);
    connect(m_view, &ChartView::seriesChanged, this, &ChartsTab::updateTitles);
    const TwinGraph *graph = m_project->graph();
    connect(graph, &TwinGraph::twinChanged, this, &ChartsTab::updateTitles);
    connect(graph, &TwinGraph::parentChanged, this, &ChartsTab::updateTitles);
    connect(graph, &TwinGraph::wasReset, this, &ChartsTab::updateTitles);
    connect(m_view, &ChartView::seriesChanged, this, &ChartsTab::scheduleHistory);
    connect(m_session, &LiveSession::valuesChanged, this, &ChartsTab::onValuesChanged);
    NotificationModel *notifications = m_session->notifications();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(notifications, signal, this, &ChartsTab::updateMarkers);
    connect(notifications, &QAbstractItemModel::modelReset, this, &ChartsTab::updateMarkers);
    connect(m_project, &Project::contentReset, this, &ChartsTab::restoreLayout);
    restoreLayout();
}

ChartsTab::~ChartsTab()
{
    m_historyWatcher.waitForFinished();
}

void ChartsTab::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("ChartsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_window = new QComboBox(bar);
    m_window->setObjectName(QStringLiteral("ChartWindow"));
    m_window->setToolTip(tr("How much time the live chart shows"));
    for (const WindowChoice &choice : kWindows)
        m_window->addItem(tr(choice.label), choice.ms);
    m_window->setCurrentIndex(1);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setWindowMs(m_window->currentData().toLongLong());
        saveLayout();
        scheduleHistory();
    });
    bar->addWidget(m_window);
    m_pause = bar->addAction(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("ChartPause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop scrolling to look at the chart; Live follows the newest values again"));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) { setLive(!paused); });
    bar->addSeparator();
    bar->addAction(tr("Add…"), this, &ChartsTab::chooseSeries)
        ->setToolTip(tr("Chart a twin's telemetry (or drag twins here from the topology)"));
    bar->addAction(tr("Clear"), m_view, &ChartView::clearSeries)->setToolTip(tr("Remove every series"));
    bar->addSeparator();
    bar->addAction(tr("Export CSV…"), this, &ChartsTab::exportCsvInteractive)
        ->setToolTip(tr("Save the recorded values of the visible range, one column per series"));
    bar->addAction(tr("Export PNG…"), this, [this] { exportImage(false); });
    bar->addAction(tr("Export PDF…"), this, [this] { exportImage(true); });
    layout()->addWidget(bar);
}

void ChartsTab::setWindowMs(qint64 ms)
{
    const int choice = m_window->findData(ms);
    m_window->setCurrentIndex(choice >= 0 ? choice : 1);
}

void ChartsTab::setLive(bool live)
{
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(!live);
    m_pause->setText(live ? tr("Pause") : tr("Live"));
    m_view->setFollowing(live);
    if (live)
        m_view->flush(QDateTime::currentMSecsSinceEpoch());
    scheduleHistory();
}

void ChartsTab::showMoment(qint64 ms)
{
    if (m_view->isFollowing())
        setLive(false);
    if (ms < m_view->visibleFromMs() || ms > m_view->visibleToMs()) {
        // The moment three quarters of the way: what led to it is what one looks for.
        const qint64 window = m_view->windowMs();
        m_view->setVisibleRange(ms - window * 3 / 4, ms + window / 4);
    }
    m_view->setMoment(ms);
}

void ChartsTab::showLive()
{
    m_view->setMoment(-1);
    setLive(true);
}

void ChartsTab::onValuesChanged(const QStringList &twinIds)
{
    bool any = false;
    for (int i = 0; i < m_view->seriesCount(); ++i) {
        const ChartSeries &s = m_view->series(i);
        if (!twinIds.contains(s.twinId))
            continue;
        for (const LiveReading &r : m_session->readings(s.twinId)) {
            if (r.name != s.name)
                continue;
            bool numeric = false;
            const double value = r.value.toDouble(&numeric);
            if (numeric && r.value.typeId() != QMetaType::QString) {
                m_view->appendValue(i, r.timestampMs, value);
                any = true;
            }
        }
    }
    if (any || m_view->isFollowing())
        m_view->flush(QDateTime::currentMSecsSinceEpoch());
}

int ChartsTab::addTwin(const QString &twinId)
{
    const int index = m_project->graph()->indexOfTwin(twinId);
    if (index < 0)
        return 0;
    const Twin &twin = m_project->graph()->twin(index);
    const int before = m_view->seriesCount();
    if (m_project->categoryOf(twin) == Category::Sensor) {
        addTelemetry(twinId, m_project->sensorDataType(twin), m_project->sensorUnit(twin));
    } else {
        for (const LiveReading &r : m_session->readings(twinId)) {
            if (r.value.typeId() != QMetaType::QString && r.value.typeId() != QMetaType::Bool)
                addTelemetry(twinId, r.name, r.unit);
        }
        // A device's values are its sensors': a multisensor charts its temperature,
        // humidity, CO2 and motion.
        if (m_view->seriesCount() == before && m_project->categoryOf(twin) == Category::Device) {
            const TwinGraph *graph = m_project->graph();
            for (int child : graph->childrenOf(index)) {
                if (m_project->categoryOf(graph->twin(child)) == Category::Sensor)
                    addTwin(graph->twin(child).id);
            }
        }
    }
    const int added = m_view->seriesCount() - before;
    if (added == 0)
        emit message(tr("%1 has no numeric values to chart yet").arg(twin.displayName()));
    return added;
}

void ChartsTab::addTwins(const QStringList &twinIds)
{
    for (const QString &id : twinIds)
        addTwin(id);
}

void ChartsTab::addRequested(const QString &twinId, const QString &name, const QString &unit)
{
    const int index = m_project->graph()->indexOfTwin(twinId);
    if (index >= 0 && m_project->categoryOf(m_project->graph()->twin(index)) == Category::Sensor)
        addTwin(twinId);
    else
        addTelemetry(twinId, name, unit);
}

void ChartsTab::addTelemetry(const QString &twinId, const QString &name, const QString &unit)
{
    m_view->addSeries(ChartSeries{twinId, name, Units::symbol(unit)});
}

void ChartsTab::addDefaultSeries()
{
    QString temperature, co2;
    const TwinGraph *graph = m_project->graph();
    for (int i = 0; i < graph->twinCount() && (temperature.isEmpty() || co2.isEmpty()); ++i) {
        const Twin &twin = graph->twin(i);
        if (twin.id.isEmpty() || m_project->categoryOf(twin) != Category::Sensor)
            continue;
        const QString type = m_project->sensorDataType(twin);
        if (temperature.isEmpty() && type == QStringLiteral("Temperature"))
            temperature = twin.id;
        else if (co2.isEmpty() && type == QStringLiteral("CarbonDioxide"))
            co2 = twin.id;
    }
    for (const QString &id : {temperature, co2}) {
        if (!id.isEmpty())
            addTwin(id);
    }
}

QString ChartsTab::historyPath() const
{
    if (!m_historyOverride.isEmpty())
        return m_historyOverride;
    if (m_session->isReplay())
        return m_project->fileName().isEmpty() ? QString() : LiveSetup::replayHistoryPath(m_project->fileName());
    return HistoryQueries::locationOf(*m_project);
}

std::shared_ptr<ChartHistory> ChartsTab::history() const
{
    const QString path = historyPath();
    if (!HistoryQueries::isAvailable(path))
        return nullptr;
    return std::make_shared<ChartHistory>(path);
}

void ChartsTab::scheduleHistory()
{
    if (m_view->seriesCount() > 0)
        m_historyDelay->start();
}

void ChartsTab::startHistory()
{
    if (m_historyWatcher.isRunning()) {
        m_historyAgain = true;
        return;
    }
    std::shared_ptr<ChartHistory> source = history();
    if (!source)
        return;
    const QList<ChartSeries> series = m_view->seriesList();
    qint64 from = 0;
    qint64 to = 0;
    historyRange(&from, &to);
    const int width = m_view->plotWidth();
    m_historyWatcher.setFuture(QtConcurrent::run([source, series, from, to, width] {
        QList<QList<HistoryBucket>> result;
        for (const ChartSeries &s : series) {
            QList<HistoryBucket> buckets;
            QString error;
            if (!source->buckets(s.twinId, s.name, from, to, width, &buckets, &error))
                qWarning("%s", qPrintable(error));
            result.append(buckets);
        }
        return result;
    }));
}

void ChartsTab::historyRange(qint64 *from, qint64 *to)
{
    // Following: the live window up to now, to fill what came before the first live value.
    m_historyForLive = m_view->isFollowing();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    *from = m_historyForLive ? now - m_view->windowMs() : m_view->visibleFromMs();
    *to = m_historyForLive ? now : m_view->visibleToMs();
}

bool ChartsTab::loadHistoryNow(QString *error)
{
    m_historyWatcher.waitForFinished();
    std::shared_ptr<ChartHistory> source = history();
    if (!source) {
        *error = tr("There is no history file to read");
        return false;
    }
    qint64 from = 0;
    qint64 to = 0;
    historyRange(&from, &to);
    QList<QList<HistoryBucket>> result;
    for (const ChartSeries &s : m_view->seriesList()) {
        QList<HistoryBucket> buckets;
        if (!source->buckets(s.twinId, s.name, from, to, m_view->plotWidth(), &buckets, error))
            return false;
        result.append(buckets);
    }
    applyHistory(result);
    return true;
}

void ChartsTab::applyHistory(const QList<QList<HistoryBucket>> &buckets)
{
    // The series or the mode may have changed while the query ran: a later query follows.
    if (int(buckets.size()) != m_view->seriesCount())
        return;
    if (m_historyForLive) {
        if (m_view->isFollowing()) {
            for (int i = 0; i < int(buckets.size()); ++i)
                m_view->backfillLive(i, buckets.at(i));
            emit historyShown();
        }
        return;
    }
    if (m_view->isFollowing())
        return;
    for (int i = 0; i < int(buckets.size()); ++i)
        m_view->setHistory(i, buckets.at(i));
    if (m_view->momentMs() >= 0)
        m_view->showTracker(m_view->momentMs()); // its text reads the values now shown
    emit historyShown();
}

bool ChartsTab::exportCsv(const QString &fileName, QString *error) const
{
    std::shared_ptr<ChartHistory> source = history();
    if (!source) {
        *error = tr("There is no history file to export from");
        return false;
    }
    const QList<ChartSeries> series = m_view->seriesList();
    const qint64 from = m_view->visibleFromMs();
    const qint64 to = m_view->visibleToMs();
    // Rows by time; a column per series. Equal times of one series keep each value.
    QMap<qint64, QList<QStringList>> rows;
    QStringList header{QStringLiteral("time")};
    for (int column = 0; column < series.size(); ++column) {
        const ChartSeries &s = series.at(column);
        header.append(csvField(s.unit.isEmpty() ? s.label() : s.label() + QStringLiteral(" [") + s.unit
                                   + QLatin1Char(']')));
        QList<HistorySample> samples;
        if (!source->values(s.twinId, s.name, from, to, &samples, error))
            return false;
        QHash<qint64, int> seen;
        for (const HistorySample &sample : std::as_const(samples)) {
            QList<QStringList> &atTime = rows[sample.timestampMs];
            const int row = seen[sample.timestampMs]++;
            while (atTime.size() <= row)
                atTime.append(QStringList(series.size(), QString()));
            atTime[row][column] = QString::number(sample.value, 'g', 17);
        }
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("%1: %2").arg(fileName, file.errorString());
        return false;
    }
    file.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString time = QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODateWithMs);
        for (const QStringList &values : it.value())
            file.write((time + QLatin1Char(',') + values.join(QLatin1Char(','))).toUtf8() + '\n');
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void ChartsTab::saveLayout()
{
    if (m_restoring)
        return;
    QJsonArray series;
    for (const ChartSeries &s : m_view->seriesList())
        series.append(QJsonObject{{QStringLiteral("twin"), s.twinId}, {QStringLiteral("name"), s.name},
                                  {QStringLiteral("unit"), s.unit}});
    QJsonObject state = m_project->viewState();
    state.insert(QLatin1StringView(ViewStateKey),
                 QJsonObject{{QStringLiteral("windowMs"), m_view->windowMs()}, {QStringLiteral("series"), series}});
    m_project->setViewState(state);
}

void ChartsTab::restoreLayout()
{
    m_restoring = true;
    m_view->clearSeries();
    const QJsonObject layout = m_project->viewState().value(QLatin1StringView(ViewStateKey)).toObject();
    const qint64 window = layout.value(QStringLiteral("windowMs")).toInteger(600000);
    setWindowMs(window);
    m_view->setWindowMs(m_window->currentData().toLongLong());
    for (const QJsonValue &v : layout.value(QStringLiteral("series")).toArray()) {
        const QJsonObject o = v.toObject();
        m_view->addSeries(ChartSeries{o.value(QStringLiteral("twin")).toString(),
                                      o.value(QStringLiteral("name")).toString(),
                                      o.value(QStringLiteral("unit")).toString()});
    }
    m_restoring = false;
    updateMarkers();
}

ChartsTab::SeriesName ChartsTab::seriesName(const QString &twinId, const QString &name) const
{
    const TwinGraph *graph = m_project->graph();
    const int index = graph->indexOfTwin(twinId);
    if (index < 0)
        return {};
    // The place: the twin itself when it is a space, else the nearest space above it.
    QString place;
    for (int at = index; at >= 0 && place.isEmpty(); at = graph->parentOf(at)) {
        if (m_project->categoryOf(graph->twin(at)) == Category::Space)
            place = graph->twin(at).displayName();
    }
    // The twin that tells two series of one place apart: a sensor's device, else itself.
    int owner = index;
    if (m_project->categoryOf(graph->twin(index)) == Category::Sensor && graph->parentOf(index) >= 0)
        owner = graph->parentOf(index);
    const QString ownerName = graph->twin(owner).displayName();
    const QString quantity = TwinFactory::readableName(name);
    return {(place.isEmpty() ? ownerName : place) + QStringLiteral(" · ") + quantity,
            ownerName == place ? twinId : ownerName};
}

QStringList ChartsTab::distinctTitles(const QList<SeriesName> &names, const QStringList &twinIds)
{
    QStringList bare;
    for (const SeriesName &n : names)
        bare.append(n.title);
    QStringList titles = bare;
    for (int i = 0; i < titles.size(); ++i) {
        if (!bare.at(i).isEmpty() && bare.count(bare.at(i)) > 1)
            titles[i] += QStringLiteral(" (") + names.at(i).owner + QLatin1Char(')');
    }
    QStringList result = titles;
    for (int i = 0; i < titles.size(); ++i) {
        // Still alike (two sensors of one quantity in one device): the ids differ.
        if (!titles.at(i).isEmpty() && titles.count(titles.at(i)) > 1)
            result[i] += QStringLiteral(" [") + twinIds.at(i) + QLatin1Char(']');
    }
    return result;
}

void ChartsTab::updateTitles()
{
    QList<SeriesName> names;
    QStringList ids;
    for (int i = 0; i < m_view->seriesCount(); ++i) {
        const ChartSeries &s = m_view->series(i);
        names.append(seriesName(s.twinId, s.name));
        ids.append(s.twinId);
    }
    const QStringList titles = distinctTitles(names, ids);
    for (int i = 0; i < titles.size(); ++i)
        m_view->setSeriesTitle(i, titles.at(i));
}

void ChartsTab::updateMarkers()
{
    const NotificationModel *model = m_session->notifications();
    QList<QPair<qint64, QString>> markers;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        markers.append({index.data(NotificationModel::TimeRole).toLongLong(),
                        index.data(NotificationModel::TypeRole).toString()});
    }
    m_view->setMarkers(markers);
}

void ChartsTab::chooseSeries()
{
    QList<SeriesName> names;
    QStringList ids;
    const TwinGraph *graph = m_project->graph();
    for (int i = 0; i < graph->twinCount(); ++i) {
        const Twin &twin = graph->twin(i);
        if (twin.id.isEmpty() || m_project->categoryOf(twin) != Category::Sensor)
            continue;
        names.append(seriesName(twin.id, m_project->sensorDataType(twin)));
        ids.append(twin.id);
    }
    const QStringList titles = distinctTitles(names, ids);
    QMap<QString, QString> idByTitle; // sorted by what the user reads
    for (int i = 0; i < titles.size(); ++i)
        idByTitle.insert(titles.at(i), ids.at(i));
    if (idByTitle.isEmpty()) {
        emit message(tr("The project has no sensors to chart"));
        return;
    }
    bool ok = false;
    const QString title = QInputDialog::getItem(this, tr("Add to Chart"), tr("Sensor:"), idByTitle.keys(), 0, false, &ok);
    if (ok && !title.isEmpty())
        addTwin(idByTitle.value(title));
}

void ChartsTab::exportImage(bool pdf)
{
    const QString fileName = QFileDialog::getSaveFileName(this, pdf ? tr("Export Chart as PDF") : tr("Export Chart as PNG"),
                                                          QString(), pdf ? tr("PDF (*.pdf)") : tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    const bool ok = pdf ? m_view->savePdf(fileName) : m_view->savePng(fileName);
    emit message(ok ? tr("Chart saved to %1").arg(fileName) : tr("Cannot write %1").arg(fileName));
}

void ChartsTab::exportCsvInteractive()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Chart Values"), QString(),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    emit message(exportCsv(fileName, &error) ? tr("Values saved to %1").arg(fileName) : error);
}

void ChartsTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (!TwinDragSource::twinIds(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ChartsTab::dragMoveEvent(QDragMoveEvent *event)
{
    if (!TwinDragSource::twinIds(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ChartsTab::dropEvent(QDropEvent *event)
{
    const QStringList ids = TwinDragSource::twinIds(event->mimeData());
    if (ids.isEmpty())
        return;
    addTwins(ids);
    event->acceptProposedAction();
}

} // namespace twin::ui
