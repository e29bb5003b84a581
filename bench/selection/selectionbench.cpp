// SPDX-License-Identifier: GPL-3.0-or-later
// The shared twin selection in the main window against a bare QTreeView, in one run, on
// a synthetic site: how long it takes until every view (tree, list, plan, inspector,
// status bar) shows a selection of N twins made through TwinSelection, against showing
// the same rows selected in a plain tree over the same containment model; and how long
// a Select All in the window's tree takes (the tree reports it, the others follow),
// against Select All in the plain tree. Times are the median of several rounds, each
// round clearing the selection first; the ratios are what to compare across machines.
//
// Run: build/bin/twin_selection_bench [TWINS]   (default 20000; offscreen)
#include "support/syntheticsites.h"

#include "mainwindow.h"

#include "document/project.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/twinselection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace twin;

namespace {

constexpr int kRounds = 7;

/// The median wall time of \a rounds runs of \a run, each after \a prepare (not timed).
double medianMs(const std::function<void()> &prepare, const std::function<void()> &run, int rounds = kRounds)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        prepare();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        run();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

/// \a ids as rows of \a tree's containment model.
QItemSelection rowsOf(const ContainmentTreeModel *model, const Project &project, const QStringList &ids)
{
    QItemSelection rows;
    for (const QString &id : ids) {
        const QModelIndex index = model->indexOfTwin(project.graph()->indexOfTwin(id));
        rows.select(index, index.siblingAtColumn(model->columnCount() - 1));
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int twins = argc > 1 ? std::max(100, QByteArray(argv[1]).toInt()) : 20000;

    ui::MainWindow window;
    window.resize(1400, 900);
    Diagnostics diagnostics;
    if (!window.project()->setContent(twintest::syntheticSite(twins, twins), &diagnostics)) {
        std::fprintf(stderr, "cannot load the synthetic site\n");
        return 1;
    }
    window.show();
    QCoreApplication::processEvents();
    auto *windowTree = window.findChild<QTreeView *>(QStringLiteral("TopologyTree"));
    TwinSelection *selection = window.selection();

    // The baseline: a plain tree over its own containment model of the same project.
    ContainmentTreeModel plainModel(window.project());
    QTreeView plainTree;
    plainTree.setModel(&plainModel);
    plainTree.setSelectionMode(QAbstractItemView::ExtendedSelection);
    plainTree.resize(400, 900);
    plainTree.show();
    plainTree.expandToDepth(2);
    QCoreApplication::processEvents();

    QStringList all;
    for (int i : window.project()->graph()->twinIndices())
        all.append(window.project()->graph()->twin(i).id);

    std::printf("%d twins; median of %d rounds, wall ms\n", int(all.size()), kRounds);
    std::printf("%-28s %12s %12s %8s\n", "", "shared", "plain tree", "ratio");
    for (int n : {1, 100, 1000, 10000}) {
        if (n > all.size())
            break;
        // Every n-th twin of the graph: spread over floors and levels of the tree.
        QStringList ids;
        const int step = std::max(1, int(all.size()) / n);
        for (int i = 0; i < all.size() && ids.size() < n; i += step)
            ids.append(all.at(i));
        const QItemSelection rows = rowsOf(&plainModel, *window.project(), ids);
        const double shared = medianMs([&] { selection->clear(); }, [&] { selection->select(ids); });
        const double plain = medianMs([&] { plainTree.selectionModel()->clear(); }, [&] {
            plainTree.selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
        });
        std::printf("select %-21d %12.3f %12.3f %8.2f\n", n, shared, plain, shared / std::max(plain, 1e-6));
    }
    const double sharedAll = medianMs([&] { selection->clear(); }, [&] { windowTree->selectAll(); });
    const int selectedAll = selection->count();
    const double plainAll = medianMs([&] { plainTree.selectionModel()->clear(); }, [&] { plainTree.selectAll(); });
    std::printf("%-28s %12.3f %12.3f %8.2f\n", qPrintable(QStringLiteral("tree Select All (%1 rows)").arg(selectedAll)),
                sharedAll, plainAll, sharedAll / std::max(plainAll, 1e-6));
    return 0;
}
