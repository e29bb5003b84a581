// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartview.h"
#include "charts/qcustomplotinclude.h"

#include "telemetry/historyqueries.h"

#include <QDateTime>
#include <QImage>

#include <gtest/gtest.h>

using namespace twin;
using namespace twin::ui;

namespace {

constexpr int Width = 800;
constexpr int Height = 400;

/// Pixels of \a colour's hue within \a radius of (\a key s, \a value)
/// in the chart as it renders: the series' own axes place the point.
int pixelsNear(ChartView &view, double key, double value, const QColor &colour, int radius)
{
    const QImage image = view.plot()->toPixmap(Width, Height).toImage();
    const QCPAxisRect *rect = view.plot()->axisRect(0);
    const int x = int(std::lround(rect->axis(QCPAxis::atBottom)->coordToPixel(key)));
    const int y = int(std::lround(rect->axis(QCPAxis::atLeft)->coordToPixel(value)));
    int count = 0;
    for (int py = y - radius; py <= y + radius; ++py) {
        for (int px = x - radius; px <= x + radius; ++px) {
            if (!image.rect().contains(px, py))
                continue;
            // The series' hue, however anti-aliasing lightened it (the grid is grey).
            const QColor c = image.pixelColor(px, py);
            if (c.hsvSaturation() > 60 && std::abs(c.hsvHue() - colour.hsvHue()) < 20)
                ++count;
        }
    }
    return count;
}

QColor seriesColour(const ChartView &view)
{
    return view.plot()->graph(0)->pen().color(); // the first graph: the series' live line
}

HistoryBucket bucket(qint64 startMs, double value)
{
    return HistoryBucket{startMs, value, value, value, 1};
}

} // namespace

TEST(ChartDots, ALoneLiveReadingIsDrawnAsADot)
{
    ChartView view;
    view.resize(Width, Height);
    view.addSeries({QStringLiteral("a"), QStringLiteral("Temperature"), QStringLiteral("°C")});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    view.appendValue(0, now - view.windowMs() / 2, 21.0);
    view.flush(now);
    ASSERT_EQ(view.pointCount(0), 1);
    EXPECT_EQ(view.dotCount(0), 1);
    EXPECT_GE(pixelsNear(view, double(now - view.windowMs() / 2) / 1000.0, 21.0, seriesColour(view), 4),
              ChartView::DotSize)
        << "a single reading shows";

    // A second reading makes a line: no dot any more.
    view.appendValue(0, now - view.windowMs() / 4, 22.0);
    view.flush(now);
    EXPECT_EQ(view.dotCount(0), 0);
}

TEST(ChartDots, HistoryBreaksAtGapsAndDotsTheBucketLeftAlone)
{
    ChartView view;
    view.resize(Width, Height);
    view.addSeries({QStringLiteral("a"), QStringLiteral("Temperature"), QStringLiteral("°C")});
    view.setFollowing(false);
    const qint64 t0 = 1'700'000'000'000;
    // Ten buckets a second apart, one alone at 30 s, ten more from 60 s: the same value.
    QList<HistoryBucket> buckets;
    for (int i = 0; i < 10; ++i)
        buckets.append(bucket(t0 + i * 1000, 20.0));
    buckets.append(bucket(t0 + 30000, 20.0));
    for (int i = 60; i < 70; ++i)
        buckets.append(bucket(t0 + i * 1000, 20.0));
    view.setVisibleRange(t0 - 5000, t0 + 75000);
    view.setHistory(0, buckets);
    EXPECT_EQ(view.bucketCount(0), 21);
    EXPECT_EQ(view.dotCount(0), 1);

    const QColor colour = seriesColour(view);
    const double key0 = double(t0) / 1000.0;
    EXPECT_GE(pixelsNear(view, key0 + 30.0, 20.0, colour, 4), ChartView::DotSize) << "the lone bucket shows";
    EXPECT_GT(pixelsNear(view, key0 + 5.0, 20.0, colour, 2), 0) << "buckets side by side are a line";
    EXPECT_EQ(pixelsNear(view, key0 + 20.0, 20.0, colour, 2), 0) << "no line across the gap";
    EXPECT_EQ(pixelsNear(view, key0 + 45.0, 20.0, colour, 2), 0) << "no line across the gap";

    // Back to live: the history's dots go.
    view.setFollowing(true);
    EXPECT_EQ(view.dotCount(0), 0);
}
