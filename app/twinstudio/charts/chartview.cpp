// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "chartgaps.h"

#include "qcustomplotinclude.h"

#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace twin::ui {

namespace {

const QList<QColor> kColours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                             QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                             QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};

double toKey(qint64 ms)
{
    return double(ms) / 1000.0;
}

qint64 toMs(double key)
{
    return qint64(std::llround(key * 1000.0));
}

QCPGraph *newGraph(QCustomPlot *plot, QCPAxisRect *rect, const QPen &pen)
{
    QCPGraph *graph = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setAdaptiveSampling(true);
    graph->setPen(pen);
    return graph;
}

/// The dots of a series' points that no line joins: a lone reading, a bucket between gaps.
QCPGraph *newDotsGraph(QCustomPlot *plot, QCPAxisRect *rect, const QColor &colour)
{
    QCPGraph *graph = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, ChartView::DotSize));
    graph->setPen(QPen(colour, 1));
    return graph;
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("ChartPlot"));
    m_margins = new QCPMarginGroup(m_plot);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_trackerText = new QCPItemText(m_plot);
    m_trackerText->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_trackerText->setTextAlignment(Qt::AlignLeft);
    m_trackerText->position->setType(QCPItemPosition::ptAbsolute);
    m_trackerText->setPadding(QMargins(4, 2, 4, 2));
    m_trackerText->setBrush(QColor(255, 255, 255, 220));
    m_trackerText->setPen(QPen(Qt::gray));
    m_trackerText->setClipToAxisRect(false);
    m_trackerText->setVisible(false);
    // After the text: a new item clips to the plot's first axis rect by default.
    showPlaceholder();
}

QCPAxisRect *ChartView::rectFor(const QString &unit)
{
    for (const auto &[u, rect] : std::as_const(m_rects)) {
        if (u == unit)
            return rect;
    }
    if (m_rects.isEmpty())
        m_plot->plotLayout()->clear(); // the placeholder
    auto *rect = new QCPAxisRect(m_plot);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss\nyyyy-MM-dd"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    QCPAxis *time = rect->axis(QCPAxis::atBottom);
    time->setTicker(ticker);
    rect->axis(QCPAxis::atLeft)->setLabel(unit.isEmpty() ? tr("(no unit)") : unit);
    if (!m_rects.isEmpty()) {
        time->setRange(m_rects.first().second->axis(QCPAxis::atBottom)->range());
    } else {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        time->setRange(toKey(now - m_windowMs), toKey(now));
    }
    connect(time, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this, rect] { linkTimeAxes(rect); });
    m_plot->plotLayout()->addElement(int(m_rects.size()), 0, rect);
    auto *legend = new QCPLegend;
    rect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBrush(QColor(255, 255, 255, 200));
    m_rects.append({unit, rect});
    auto *line = new QCPItemStraightLine(m_plot);
    line->setClipAxisRect(rect);
    line->point1->setAxes(time, rect->axis(QCPAxis::atLeft));
    line->point2->setAxes(time, rect->axis(QCPAxis::atLeft));
    line->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
    line->setVisible(false);
    m_trackerLines.append(line);
    return rect;
}

void ChartView::showPlaceholder()
{
    m_plot->plotLayout()->clear();
    auto *hint = new QCPTextElement(m_plot, tr("Drag twins here from the topology, or choose Chart in their "
                                               "context menu"));
    hint->setTextColor(Qt::gray);
    m_plot->plotLayout()->addElement(0, 0, hint);
}

void ChartView::linkTimeAxes(const QCPAxisRect *source)
{
    if (m_linking)
        return;
    m_linking = true;
    const QCPRange range = source->axis(QCPAxis::atBottom)->range();
    for (const auto &[unit, rect] : std::as_const(m_rects)) {
        if (rect != source)
            rect->axis(QCPAxis::atBottom)->setRange(range);
    }
    m_linking = false;
    emit timeRangeChanged();
}

int ChartView::addSeries(const ChartSeries &spec)
{
    const int existing = indexOf(spec.twinId, spec.name);
    if (existing >= 0)
        return existing;
    Series s;
    s.spec = spec;
    s.rect = rectFor(spec.unit);
    const QColor colour = kColours.at(int(m_series.size()) % kColours.size());
    s.live = newGraph(m_plot, s.rect, QPen(colour, 1));
    s.live->setName(spec.label());
    s.live->addToLegend(qobject_cast<QCPLegend *>(s.rect->insetLayout()->elementAt(0)));
    QColor band = colour;
    band.setAlpha(60);
    s.low = newGraph(m_plot, s.rect, QPen(band));
    s.high = newGraph(m_plot, s.rect, QPen(band));
    s.high->setBrush(band);
    s.high->setChannelFillGraph(s.low);
    s.mean = newGraph(m_plot, s.rect, QPen(colour, 1));
    s.dots = newDotsGraph(m_plot, s.rect, colour);
    for (QCPGraph *g : {s.low, s.high, s.mean})
        g->setVisible(m_history);
    s.live->setVisible(!m_history);
    m_series.push_back(std::move(s));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit seriesChanged();
    return int(m_series.size()) - 1;
}

void ChartView::clearSeries()
{
    m_plot->clearGraphs();
    m_series.clear();
    for (QCPItemStraightLine *line : std::as_const(m_trackerLines))
        m_plot->removeItem(line);
    m_trackerLines.clear();
    const QList<QCPItemStraightLine *> markers = m_markers;
    m_markers.clear();
    for (QCPItemStraightLine *marker : markers)
        m_plot->removeItem(marker);
    m_rects.clear();
    showPlaceholder();
    m_trackerText->setVisible(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit seriesChanged();
}

void ChartView::setSeriesTitle(int index, const QString &title)
{
    Series &s = m_series[std::size_t(index)];
    if (s.spec.title == title)
        return;
    s.spec.title = title;
    s.live->setName(s.spec.label());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QList<ChartSeries> ChartView::seriesList() const
{
    QList<ChartSeries> result;
    for (const Series &s : m_series)
        result.append(s.spec);
    return result;
}

int ChartView::indexOf(const QString &twinId, const QString &name) const
{
    for (std::size_t i = 0; i < m_series.size(); ++i) {
        if (m_series[i].spec.twinId == twinId && m_series[i].spec.name == name)
            return int(i);
    }
    return -1;
}

QString ChartView::axisTitle(int index) const
{
    return m_series[std::size_t(index)].rect->axis(QCPAxis::atLeft)->label();
}

int ChartView::pointCount(int index) const
{
    return m_series[std::size_t(index)].live->dataCount();
}

int ChartView::bucketCount(int index) const
{
    const Series &s = m_series[std::size_t(index)];
    return s.mean->dataCount() - s.gaps;
}

int ChartView::dotCount(int index) const
{
    return m_series[std::size_t(index)].dots->dataCount();
}

void ChartView::showLoneLivePoint(Series &s)
{
    // One reading in the window: no line to draw, so its dot.
    if (s.live->dataCount() == 1) {
        if (s.dots->dataCount() != 1 || s.dots->data()->constBegin()->key != s.live->data()->constBegin()->key)
            s.dots->setData({s.live->data()->constBegin()->key}, {s.live->data()->constBegin()->value}, true);
    } else if (s.dots->dataCount() > 0) {
        s.dots->data()->clear();
    }
}

void ChartView::appendValue(int index, qint64 timestampMs, double value)
{
    Series &s = m_series[std::size_t(index)];
    if (timestampMs <= s.lastMs || !std::isfinite(value))
        return;
    s.lastMs = timestampMs;
    s.keys.push_back(toKey(timestampMs));
    s.values.push_back(value);
}

void ChartView::widenValueAxis(const Series &s, double lo, double hi)
{
    // Cheap: only the values that arrive are looked at; an axis that holds them stays.
    QCPAxis *axis = s.rect->axis(QCPAxis::atLeft);
    const QCPRange range = axis->range();
    const bool empty = s.live->dataCount() == 0;
    if (!empty && lo >= range.lower && hi <= range.upper)
        return;
    const double low = empty ? lo : std::min(range.lower, lo);
    const double high = empty ? hi : std::max(range.upper, hi);
    const double pad = std::max((high - low) * 0.05, 0.5);
    axis->setRange(low - pad, high + pad);
}

void ChartView::backfillLive(int index, const QList<HistoryBucket> &buckets)
{
    Series &s = m_series[std::size_t(index)];
    double firstLive = std::numeric_limits<double>::infinity();
    if (s.live->dataCount() > 0)
        firstLive = s.live->data()->constBegin()->key;
    else if (!s.keys.empty())
        firstLive = s.keys.front();
    QVector<double> keys, values;
    for (const HistoryBucket &b : buckets) {
        const double key = toKey(b.startMs);
        if (key >= firstLive)
            break;
        if (!std::isfinite(b.average))
            continue;
        keys.append(key);
        values.append(b.average);
    }
    if (keys.isEmpty())
        return;
    if (std::isinf(firstLive))
        s.lastMs = std::max(s.lastMs, buckets.at(keys.size() - 1).startMs);
    const auto [lo, hi] = std::minmax_element(values.constBegin(), values.constEnd());
    widenValueAxis(s, *lo, *hi);
    s.live->addData(keys, values, true);
    if (!m_history)
        showLoneLivePoint(s);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::flush(qint64 nowMs)
{
    const double oldest = toKey(nowMs - m_windowMs);
    for (Series &s : m_series) {
        if (!s.keys.empty()) {
            const auto [lo, hi] = std::minmax_element(s.values.begin(), s.values.end());
            widenValueAxis(s, *lo, *hi);
            s.live->addData(QVector<double>(s.keys.begin(), s.keys.end()),
                            QVector<double>(s.values.begin(), s.values.end()), true);
            s.keys.clear();
            s.values.clear();
        }
        s.live->data()->removeBefore(oldest);
        if (!m_history)
            showLoneLivePoint(s);
    }
    if (m_following && !m_rects.isEmpty())
        m_rects.first().second->axis(QCPAxis::atBottom)->setRange(oldest, toKey(nowMs));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::setWindowMs(qint64 ms)
{
    m_windowMs = std::max<qint64>(ms, 1000);
    if (!m_rects.isEmpty()) {
        const double end = m_rects.first().second->axis(QCPAxis::atBottom)->range().upper;
        m_rects.first().second->axis(QCPAxis::atBottom)->setRange(end - toKey(m_windowMs), end);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::setFollowing(bool following)
{
    m_following = following;
    if (following)
        clearHistory();
}

qint64 ChartView::visibleFromMs() const
{
    return m_rects.isEmpty() ? 0 : toMs(m_rects.first().second->axis(QCPAxis::atBottom)->range().lower);
}

qint64 ChartView::visibleToMs() const
{
    return m_rects.isEmpty() ? 0 : toMs(m_rects.first().second->axis(QCPAxis::atBottom)->range().upper);
}

void ChartView::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    if (!m_rects.isEmpty())
        m_rects.first().second->axis(QCPAxis::atBottom)->setRange(toKey(fromMs), toKey(toMs));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int ChartView::plotWidth() const
{
    return m_rects.isEmpty() ? std::max(m_plot->width(), 1) : std::max(m_rects.first().second->width(), 1);
}

void ChartView::setHistory(int index, const QList<HistoryBucket> &buckets)
{
    Series &s = m_series[std::size_t(index)];
    QVector<double> starts;
    starts.reserve(buckets.size());
    for (const HistoryBucket &b : buckets)
        starts.append(toKey(b.startMs));
    // Gaps break the band and the line (a NaN point between the buckets around them).
    const ChartGaps gaps(starts);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVector<double> keys, low, high, mean, dotKeys, dotValues;
    keys.reserve(buckets.size() + gaps.count());
    low.reserve(buckets.size() + gaps.count());
    high.reserve(buckets.size() + gaps.count());
    mean.reserve(buckets.size() + gaps.count());
    for (int i = 0; i < buckets.size(); ++i) {
        const HistoryBucket &b = buckets.at(i);
        if (gaps.before(i)) {
            keys.append((starts.at(i - 1) + starts.at(i)) / 2.0);
            low.append(nan);
            high.append(nan);
            mean.append(nan);
        }
        keys.append(starts.at(i));
        low.append(b.min);
        high.append(b.max);
        mean.append(b.average);
        if (gaps.isolated(i)) {
            dotKeys.append(starts.at(i));
            dotValues.append(b.average);
        }
    }
    s.low->setData(keys, low, true);
    s.high->setData(keys, high, true);
    s.mean->setData(keys, mean, true);
    s.dots->setData(dotKeys, dotValues, true);
    s.gaps = gaps.count();
    m_history = true;
    for (Series &other : m_series) {
        other.live->setVisible(false);
        for (QCPGraph *g : {other.low, other.high, other.mean})
            g->setVisible(true);
    }
    bool found = false;
    const QCPRange valueRange = s.low->getValueRange(found);
    const QCPRange highRange = s.high->getValueRange(found);
    if (found) {
        const double pad = std::max((highRange.upper - valueRange.lower) * 0.05, 0.5);
        s.rect->axis(QCPAxis::atLeft)->setRange(valueRange.lower - pad, highRange.upper + pad);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::clearHistory()
{
    m_history = false;
    for (Series &s : m_series) {
        s.live->setVisible(true);
        for (QCPGraph *g : {s.low, s.high, s.mean}) {
            g->data()->clear();
            g->setVisible(false);
        }
        s.gaps = 0;
        s.dots->data()->clear();
        showLoneLivePoint(s);
    }
    fitValueAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::fitValueAxes()
{
    // A full scan of the live data: only when the view changes, never per tick.
    for (const auto &[unit, rect] : std::as_const(m_rects)) {
        const bool hasData = std::any_of(m_series.begin(), m_series.end(), [rect = rect](const Series &s) {
            return s.rect == rect && s.live->dataCount() > 0;
        });
        if (!hasData)
            continue;
        QCPAxis *axis = rect->axis(QCPAxis::atLeft);
        axis->rescale(true);
        const QCPRange range = axis->range();
        const double pad = std::max(range.size() * 0.05, 0.5);
        axis->setRange(range.lower - pad, range.upper + pad);
    }
}

void ChartView::setMarkers(const QList<QPair<qint64, QString>> &markers)
{
    for (QCPItemStraightLine *marker : std::as_const(m_markers))
        m_plot->removeItem(marker);
    m_markers.clear();
    if (m_rects.isEmpty())
        return;
    QCPAxisRect *rect = m_rects.last().second;
    for (const auto &[ms, text] : markers) {
        auto *marker = new QCPItemStraightLine(m_plot);
        marker->setClipAxisRect(rect);
        marker->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        marker->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        marker->point1->setCoords(toKey(ms), 0);
        marker->point2->setCoords(toKey(ms), 1);
        marker->setPen(QPen(QColor(0xe0, 0x40, 0x20, 160), 1.5, Qt::DotLine));
        marker->setObjectName(text);
        m_markers.append(marker);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ChartView::trackerText(qint64 ms) const
{
    QStringList lines{QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
    const double key = toKey(ms);
    for (const Series &s : m_series) {
        const QCPGraph *graph = s.live->visible() ? s.live : s.mean;
        QString value = QStringLiteral("–");
        if (!graph->data()->isEmpty()) {
            // The value in force at the time: the last one at or before it.
            auto it = graph->data()->findEnd(key, false);
            if (it != graph->data()->constBegin()) {
                --it;
                if (!std::isnan(it->value)) { // else in a gap
                    value = QLocale().toString(it->value, 'g', 4);
                    if (!s.spec.unit.isEmpty())
                        value += QLatin1Char(' ') + s.spec.unit;
                }
            }
        }
        lines.append(s.spec.label() + QStringLiteral(": ") + value);
    }
    return lines.join(QLatin1Char('\n'));
}

void ChartView::showTracker(qint64 ms)
{
    placeTracker(toKey(ms));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::setMoment(qint64 ms)
{
    m_momentMs = ms;
    if (ms >= 0) {
        showTracker(ms);
        return;
    }
    for (QCPItemStraightLine *line : std::as_const(m_trackerLines))
        line->setVisible(false);
    m_trackerText->setVisible(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

qint64 ChartView::trackerMs() const
{
    if (m_trackerLines.isEmpty() || !m_trackerLines.first()->visible())
        return -1;
    return toMs(m_trackerLines.first()->point1->key());
}

void ChartView::placeTracker(double key)
{
    for (QCPItemStraightLine *line : std::as_const(m_trackerLines)) {
        line->point1->setCoords(key, 0);
        line->point2->setCoords(key, 1);
        line->setVisible(true);
    }
    if (m_rects.isEmpty())
        return;
    const double x = m_rects.first().second->axis(QCPAxis::atBottom)->coordToPixel(key);
    m_trackerText->setText(trackerText(toMs(key)));
    m_trackerText->position->setCoords(x + 8, m_rects.first().second->top() + 4);
    m_trackerText->setVisible(true);
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        switch (event->type()) {
        case QEvent::Wheel:
            if (m_following) {
                m_following = false;
                emit navigated();
            }
            break;
        case QEvent::MouseMove: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if ((mouse->buttons() & Qt::LeftButton) && m_following) {
                m_following = false;
                emit navigated();
            }
            for (const auto &[unit, rect] : std::as_const(m_rects)) {
                if (rect->rect().contains(mouse->position().toPoint())) {
                    placeTracker(rect->axis(QCPAxis::atBottom)->pixelToCoord(mouse->position().x()));
                    m_plot->replot(QCustomPlot::rpQueuedReplot);
                    break;
                }
            }
            break;
        }
        case QEvent::Leave:
            setMoment(m_momentMs);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ChartView::savePng(const QString &fileName, int width, int height)
{
    return m_plot->savePng(fileName, width, height);
}

bool ChartView::savePdf(const QString &fileName, int width, int height)
{
    return m_plot->savePdf(fileName, width, height);
}

} // namespace twin::ui
