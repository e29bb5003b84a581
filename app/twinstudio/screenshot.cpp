// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "charts/chartstab.h"
#include "charts/chartview.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace twin::ui {

void prepareChartScreenshot(ChartsTab *charts)
{
    if (charts->view()->seriesCount() == 0)
        charts->addDefaultSeries();
    // A short window shows the few seconds before the screenshot.
    charts->setWindowMs(60000);
}

void scheduleScreenshot(QWidget *window, const QString &fileName, int delayMs)
{
    QTimer::singleShot(qMax(0, delayMs), window, [window, fileName] {
        // grab() renders child QQuickWidgets and the OpenGL-backed views as well.
        const QImage image = window->grab().toImage();
        const bool ok = !image.isNull() && image.save(fileName, "PNG");
        if (!ok)
            std::fprintf(stderr, "twinstudio: cannot write screenshot %s\n", qPrintable(fileName));
        QApplication::exit(ok ? 0 : 1);
    });
}

} // namespace twin::ui
