// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartseries.h"

#include "telemetry/historystore.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPMarginGroup;
class QCustomPlot;

namespace twin::ui {

/**
 * Series of telemetry over time in one QCustomPlot: one axis rect per unit, stacked, with
 * the unit as the y axis title and one time axis linked across all rects.
 *
 * Live values are buffered by appendValue() and handed to the plot by flush(), once per
 * tick: one `data()->add()` and `removeBefore()` per series and one queued replot, never a
 * replot per sample. For the past, setHistory() draws a min–max band with its mean line
 * (the buckets of a downsampled history query), so a spike between pixels still shows.
 * A tracker line follows the mouse and lists every series' value at that time;
 * notifications are drawn as markers on the time axis.
 */
class ChartView : public QWidget
{
    Q_OBJECT

public:
    /// The diameter in pixels of the dot a point without a line gets.
    static constexpr int DotSize = 7;

    explicit ChartView(QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }

    /// Adds \a series (no-op when already shown); returns its index.
    int addSeries(const ChartSeries &series);
    void clearSeries();
    int seriesCount() const { return int(m_series.size()); }
    const ChartSeries &series(int index) const { return m_series[std::size_t(index)].spec; }
    /// Renames series \a index in the legend and the tracker (not a change of the series).
    void setSeriesTitle(int index, const QString &title);
    QList<ChartSeries> seriesList() const;
    int indexOf(const QString &twinId, const QString &name) const;
    /// How many y axes (one per unit) the chart has.
    int axisCount() const { return int(m_rects.size()); }
    /// The y axis title of series \a index (its unit).
    QString axisTitle(int index) const;
    /// The number of live points series \a index holds.
    int pointCount(int index) const;
    /// The number of history buckets series \a index shows.
    int bucketCount(int index) const;
    /// The dots series \a index draws: its points no line joins (a lone reading, a
    /// bucket between gaps of the history).
    int dotCount(int index) const;

    /// Buffers a live value of series \a index at \a timestampMs (kept when newer than the
    /// series' last one).
    void appendValue(int index, qint64 timestampMs, double value);
    /// Fills the live line of series \a index from history, before its first live value:
    /// a chart that opens while telemetry was recorded without it (a recorder, an earlier
    /// run) shows that past at once. Each bucket's mean is one point; what the live window
    /// holds already is left as it is.
    void backfillLive(int index, const QList<HistoryBucket> &buckets);
    /// Hands the buffered values to the plot, drops what left the live window and, when
    /// following, scrolls the time axis to end at \a nowMs; one queued replot.
    void flush(qint64 nowMs);

    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 ms);
    /// Whether the time axis follows the newest values (false: paused, or looking at the past).
    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);

    /// The visible time range in epoch ms.
    qint64 visibleFromMs() const;
    qint64 visibleToMs() const;
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    /// The width of the plotting area in pixels (buckets to ask history for).
    int plotWidth() const;

    /// Shows \a buckets of history for series \a index as a min–max band with the mean.
    void setHistory(int index, const QList<HistoryBucket> &buckets);
    void clearHistory();

    /// Notification markers on the time axis: (epoch ms, text).
    void setMarkers(const QList<QPair<qint64, QString>> &markers);
    int markerCount() const { return int(m_markers.size()); }

    /// The tracker's text at time \a ms: the time, then "label: value unit" per series.
    QString trackerText(qint64 ms) const;
    /// Shows the tracker line at \a ms (the mouse does this).
    void showTracker(qint64 ms);
    /// Pins the tracker at \a ms (the time cursor's moment): the mouse moves it, and it
    /// comes back there when the mouse leaves. A negative \a ms unpins and hides it.
    void setMoment(qint64 ms);
    qint64 momentMs() const { return m_momentMs; }
    /// Where the tracker line is (epoch ms), or -1 when it is hidden.
    qint64 trackerMs() const;

    bool savePng(const QString &fileName, int width = 0, int height = 0);
    bool savePdf(const QString &fileName, int width = 0, int height = 0);

signals:
    /// The user dragged or zoomed the time axis (the chart stopped following).
    void navigated();
    void seriesChanged();
    /// The visible time range changed (scrolling, the user, setVisibleRange()).
    void timeRangeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Series
    {
        ChartSeries spec;
        QCPAxisRect *rect = nullptr;
        QCPGraph *live = nullptr;
        QCPGraph *low = nullptr;
        QCPGraph *high = nullptr;
        QCPGraph *mean = nullptr;
        QCPGraph *dots = nullptr; ///< points without a line: lsNone, a disc each
        int gaps = 0;             ///< NaN points that break low, high and mean
        qint64 lastMs = -1;
        std::vector<double> keys;
        std::vector<double> values;
    };
    QCPAxisRect *rectFor(const QString &unit);
    void showPlaceholder();
    /// Fits each value axis to the data it shows.
    void fitValueAxes();
    void linkTimeAxes(const QCPAxisRect *source);
    void placeTracker(double key);
    void showLoneLivePoint(Series &s);
    /// Widens series \a s's value axis to hold [\a lo, \a hi] (with a margin) when it
    /// does not yet, or fits it to them while the series is empty.
    static void widenValueAxis(const Series &s, double lo, double hi);

    QCustomPlot *const m_plot;
    QCPMarginGroup *m_margins = nullptr;
    std::vector<Series> m_series;
    QList<QPair<QString, QCPAxisRect *>> m_rects; ///< (unit, rect), top to bottom
    QList<QCPItemStraightLine *> m_trackerLines;
    QCPItemText *m_trackerText = nullptr;
    QList<QCPItemStraightLine *> m_markers;
    qint64 m_windowMs = 600000;
    qint64 m_momentMs = -1;
    bool m_following = true;
    bool m_linking = false;
    bool m_history = false;
};

} // namespace twin::ui
