// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "functions/functiondebugpanel.h"
#include "functions/functionlistmodel.h"
#include "functions/functionsview.h"
#include "itemmodels/topictreemodel.h"
#include "topics/payloadview.h"
#include "topics/topicbrowserdock.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QMainWindow>
#include <QPixmap>
#include <QSplitter>
#include <QTreeView>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace twin::ui {

void prepareChartScreenshot(ChartsTab *charts)
{
    if (charts->view()->seriesCount() == 0)
        charts->addDefaultSeries();
    // A short window shows the few seconds before the screenshot.
    charts->setWindowMs(60000);
}

void prepareFunctionsScreenshot(FunctionsView *functions, int delayMs)
{
    if (!functions->selectFunction(QStringLiteral("comfort")) && functions->list()->model()->rowCount() > 0)
        functions->selectFunction(functions->list()->model()->index(0, FunctionListModel::NameColumn).data().toString());
    // The last live messages, once some have arrived; a typed value without live telemetry.
    QTimer::singleShot(qMax(0, delayMs * 3 / 4), functions, [functions] {
        // The side docks give their room to the list and the editor (the screenshot does
        // not save the window's state).
        if (auto *window = qobject_cast<QMainWindow *>(functions->window())) {
            for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
                const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
                if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
                    dock->hide();
            }
        }
        // The live columns in view: the long matcher texts stay out of the picture.
        functions->list()->header()->hideSection(FunctionListModel::AssignedColumn);
        functions->list()->header()->hideSection(FunctionListModel::MatchersColumn);
        // Laid out by now: sizes are pixels.
        if (auto *split = qobject_cast<QSplitter *>(functions->list()->parentWidget()))
            split->setSizes({split->width() * 9 / 20, split->width() * 11 / 20});
        // The trace's first call selected, its line highlighted in the editor.
        QObject::connect(functions->debugPanel(), &FunctionDebugPanel::finished, functions,
                         [functions] { functions->stepTrace(1); }, Qt::SingleShotConnection);
        if (!functions->debugRecent(50)
            && functions->dryRun(QStringLiteral("ms-101-temp"), QStringLiteral("{\"SensorValue\": 24.6}")))
            functions->stepTrace(1);
    });
}

void prepareTopicsScreenshot(TopicBrowserDock *topics, int delayMs)
{
    QTimer::singleShot(qMax(0, delayMs * 3 / 4), topics, [topics] {
        if (auto *window = qobject_cast<QMainWindow *>(topics->window())) {
            for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
                if (dock != topics && window->dockWidgetArea(dock) == Qt::RightDockWidgetArea)
                    dock->hide();
            }
            window->resizeDocks({topics}, {window->width() * 11 / 20}, Qt::Horizontal);
        }
        topics->refresh();
        topics->view()->expandAll();
        for (int column = TopicTreeModel::CountColumn; column < TopicTreeModel::PayloadColumn; ++column)
            topics->view()->resizeColumnToContents(column);
        // The first topic in the tree's order that shows a payload.
        QModelIndex index = topics->model()->index(0, 0);
        while (index.isValid() && !index.data(TopicTreeModel::IsTopicRole).toBool())
            index = topics->model()->index(0, 0, index);
        if (index.isValid()
            && topics->selectTopic(index.data(TopicTreeModel::TopicRole).toString(),
                                   index.data(TopicTreeModel::ConnectionRole).toString())) {
            // A value that did not change, when there is one: the picked value and the
            // changed ones both show.
            const QList<PayloadLine> lines = topics->payloadView()->lines();
            auto pick = std::find_if(lines.cbegin(), lines.cend(),
                                     [](const PayloadLine &l) { return l.scalar && !l.changed; });
            if (pick == lines.cend())
                pick = std::find_if(lines.cbegin(), lines.cend(), [](const PayloadLine &l) { return l.scalar; });
            if (pick != lines.cend())
                topics->payloadView()->pickField(pick->pointer);
        }
    });
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
