// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologydock.h"

#include "emptyhint.h"
#include "typepickerdialog.h"

#include "charts/twindragsource.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "graph/twingraph.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/twinlistmodel.h"
#include "itemmodels/twinselection.h"

#include <QAction>
#include <QHeaderView>
#include <QCursor>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace twin::ui {

TopologyDock::TopologyDock(Project *project, TwinSelection *selection, QWidget *parent)
    : QDockWidget(tr("Topology"), parent)
    , m_project(project)
    , m_selection(selection)
    , m_treeModel(new ContainmentTreeModel(project, this))
    , m_listModel(new TwinListModel(project, this))
    , m_filterModel(new TwinFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_list(new QTreeView(this))
{
    setObjectName(QStringLiteral("TopologyDock"));
    m_filterModel->setSourceModel(m_listModel);
    m_tree->setObjectName(QStringLiteral("TopologyTree"));
    m_list->setObjectName(QStringLiteral("TwinList"));

    m_filter->setPlaceholderText(tr("Filter twins by id, name or type"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type to list the twins whose id, name or model contains the text"));

    guardModelChanges(m_treeModel);
    guardModelChanges(m_filterModel);
    m_tree->setModel(m_treeModel);
    m_list->setModel(m_filterModel);
    connect(m_treeModel, &QAbstractItemModel::modelReset, m_tree, [this] { m_tree->expandToDepth(2); });
    showAfterModelChanges(m_treeModel, m_tree);
    showAfterModelChanges(m_filterModel, m_list);

    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The type column keeps a fixed share (the user may drag it): sizing it to its contents
    // would measure every expanded row and starve the names in a narrow dock.
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    // "Meeting Room 102" stays told apart from "Meeting Room 103" in a narrow dock; the
    // tooltip holds the whole name.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_list->setTextElideMode(Qt::ElideMiddle);
    // A room sits four levels deep (site, building, floor): the style's 20 px a level
    // would spend a third of a narrow dock on indentation.
    m_tree->setIndentation(std::min(m_tree->indentation(), std::max(12, m_tree->fontMetrics().height() * 3 / 4)));
    m_tree->header()->resizeSection(1, m_tree->fontMetrics().horizontalAdvance(QStringLiteral("Multisensor")) + 12);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(TwinListModel::IdColumn, Qt::AscendingOrder);

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_list);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack);
    setWidget(content);
    content->setMinimumWidth(300);

    connect(m_filter, &QLineEdit::textChanged, this, &TopologyDock::onFilterChanged);

    // A project without twins says where they come from.
    auto *hint = new EmptyHint(tr("No twins yet: File → New (Ctrl+N) starts a site with a building, File → Import "
                                  "Topology… (Ctrl+I) reads one."),
                               m_tree->viewport());
    const auto showHint = [this, hint] { hint->setVisible(m_treeModel->rowCount() == 0); };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_treeModel, signal, hint, showHint);
    connect(m_treeModel, &QAbstractItemModel::modelReset, hint, showHint);
    showHint();

    // Delete the selected twins from the tree or the list, as on the plan: one undo step,
    // with what they contain.
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteTwins"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected twins with what they contain (Del)"));
    connect(m_deleteAction, &QAction::triggered, this, &TopologyDock::deleteSelection);
    auto *chartAction = new QAction(tr("Chart"), this);
    chartAction->setObjectName(QStringLiteral("chartTwins"));
    chartAction->setToolTip(tr("Show the selected twins' telemetry on the chart"));
    connect(chartAction, &QAction::triggered, this, [this] { emit chartRequested(m_selection->selectedIds()); });
    // The tree's model drags twins itself (onto other twins or a chart); the list gets a
    // drag source with the same data.
    new TwinDragSource(m_list, TwinListModel::TwinIdRole);
    m_chartAction = chartAction;
    for (QTreeView *view : {m_tree, m_list}) {
        view->addAction(chartAction);
        view->addAction(m_deleteAction);
    }
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        const QString id = m_tree->indexAt(pos).siblingAtColumn(0).data(ContainmentTreeModel::TwinIdRole).toString();
        QMenu *menu = contextMenu(id);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree->viewport()->mapToGlobal(pos));
    });
    // Twins drag onto the twin that is to hold them; palette types drop where they go.
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    connect(m_treeModel, &ContainmentTreeModel::dropRefused, this,
            [this](const QString &reason) { QToolTip::showText(QCursor::pos(), reason, m_tree); });
    for (const auto &[view, role] : {std::pair{m_tree, int(ContainmentTreeModel::TwinIdRole)},
                                     std::pair{m_list, int(TwinListModel::TwinIdRole)}}) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view = view, role = role] { reportSelection(view, role); });
        // A current row alone (Ctrl+arrow keys, the first row on focus) selects nothing; a
        // click on a row among the selected ones makes it the current twin.
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view = view, role = role](const QModelIndex &current) {
                    const QString id = current.siblingAtColumn(0).data(role).toString();
                    if (m_showing || m_modelChanges > 0 || !m_selection->isSelected(id))
                        return;
                    m_reporting = view;
                    m_selection->setCurrent(id);
                    m_reporting = nullptr;
                });
    }
    connect(m_selection, &TwinSelection::selectionChanged, this, [this] { showSelection(true); });
    connect(m_selection, &TwinSelection::currentChanged, this, [this] { showSelection(true); });
    showSelection(false);
}

TopologyDock::~TopologyDock()
{
    // The views and models are deleted after this: what they announce on the way out must
    // not reach a selection that may already be gone.
    for (QObject *sender : std::initializer_list<QObject *>{m_treeModel, m_filterModel, m_tree->selectionModel(),
                                                             m_list->selectionModel()})
        disconnect(sender, nullptr, this, nullptr);
}

void TopologyDock::onFilterChanged(const QString &text)
{
    m_filterModel->setText(text.trimmed());
    m_stack->setCurrentWidget(text.trimmed().isEmpty() ? static_cast<QWidget *>(m_tree) : m_list);
}

void TopologyDock::guardModelChanges(QAbstractItemModel *model)
{
    const auto begin = [this] { ++m_modelChanges; };
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
}

void TopologyDock::showAfterModelChanges(QAbstractItemModel *model, QTreeView *view)
{
    Q_ASSERT(view->model() == model);
    const auto end = [this] {
        // Both views show the selection again once neither model is halfway through a change.
        if (--m_modelChanges == 0)
            showSelection(false);
    };
    connect(model, &QAbstractItemModel::rowsRemoved, this, end);
    connect(model, &QAbstractItemModel::rowsMoved, this, end);
    // A twin moved to another parent (a device dragged into another room) stays in view.
    connect(model, &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_modelChanges == 0)
            showSelection(true);
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, end);
    connect(model, &QAbstractItemModel::modelReset, this, end);
    // Rows that appear (a twin added, a filter widened) may be selected twins.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, view] {
        if (m_modelChanges == 0)
            showSelectionIn(view, false);
    });
}

void TopologyDock::reportSelection(QTreeView *view, int idRole)
{
    if (m_showing || m_modelChanges > 0)
        return;
    QStringList ids;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        ids.append(index.data(idRole).toString());
    const QString current = view->currentIndex().siblingAtColumn(0).data(idRole).toString();
    m_reporting = view;
    m_selection->select(ids, ids.contains(current) ? current : QString());
    m_reporting = nullptr;
}

void TopologyDock::showSelection(bool reveal)
{
    if (m_modelChanges > 0)
        return;
    for (QTreeView *view : {m_tree, m_list}) {
        if (view != m_reporting)
            showSelectionIn(view, reveal);
    }
}

QModelIndex TopologyDock::indexIn(QTreeView *view, const QString &id) const
{
    const int twin = m_project->graph()->indexOfTwin(id);
    if (twin < 0)
        return QModelIndex();
    if (view == m_tree)
        return m_treeModel->indexOfTwin(twin);
    return m_filterModel->mapFromSource(m_listModel->index(m_listModel->rowOfTwin(twin), 0));
}

void TopologyDock::showSelectionIn(QTreeView *view, bool reveal)
{
    QList<std::pair<QModelIndex, int>> found; // parent, row
    for (const QString &id : m_selection->selectedIds()) {
        if (const QModelIndex index = indexIn(view, id); index.isValid())
            found.append({index.parent(), index.row()});
    }
    std::sort(found.begin(), found.end());
    // Whole rows, and one range for each run of neighbouring rows: the Rows flag of
    // QItemSelectionModel::select() merges range by range, quadratic in their number.
    QItemSelection rows;
    const QAbstractItemModel *model = view->model();
    for (qsizetype i = 0; i < found.size();) {
        const auto &[parent, first] = found.at(i);
        qsizetype j = i + 1;
        while (j < found.size() && found.at(j).first == parent && found.at(j).second == found.at(j - 1).second + 1)
            ++j;
        rows.append(QItemSelectionRange(model->index(first, 0, parent),
                                        model->index(found.at(j - 1).second, model->columnCount(parent) - 1, parent)));
        i = j;
    }
    const QModelIndex current = indexIn(view, m_selection->current());
    m_showing = true;
    view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_showing = false;
    if (reveal && current.isValid())
        view->scrollTo(current);
}

namespace {

/// More types than this in one category and the menu offers them in a searchable list
/// (a real ontology lets a room hold hundreds of device types).
constexpr qsizetype kMenuTypes = 16;

/// "dtmi:org:example:Room;1" -> "dtmi:org:example": the ontology a model comes from.
QString namespaceOf(const QString &dtmi)
{
    const qsizetype colon = dtmi.lastIndexOf(u':');
    return colon > 0 ? dtmi.left(colon) : dtmi;
}

} // namespace

QMenu *TopologyDock::contextMenu(const QString &parentId)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("TopologyMenu"));
    QStringList models;
    if (parentId.isEmpty()) {
        // The top level holds spaces: a site or a building to start from.
        for (const QString &model : m_project->models().interfaceIds()) {
            if (m_project->models().category(model) == Category::Space)
                models.append(model);
        }
    } else {
        models = TwinFactory::childModels(*m_project, parentId);
    }
    QList<Category> categories;
    QHash<Category, QStringList> byCategory;
    for (const QString &model : std::as_const(models)) {
        const Category category = m_project->models().category(model);
        if (!byCategory.contains(category))
            categories.append(category);
        byCategory[category].append(model);
    }
    const Twin *parent = parentId.isEmpty() ? nullptr : m_project->graph()->findTwin(parentId);
    const QString home = parent ? namespaceOf(parent->model) : QString();
    for (const Category category : std::as_const(categories)) {
        const QStringList &all = byCategory.value(category);
        // Few types: each one in the menu. Many: the parent's own ontology's types, when
        // few, and all of them in a searchable list.
        QStringList direct = all;
        const bool many = all.size() > kMenuTypes;
        if (many) {
            direct.clear();
            for (const QString &model : all) {
                if (namespaceOf(model) == home)
                    direct.append(model);
            }
            if (direct.size() > kMenuTypes)
                direct.clear();
        }
        const QString title = category == Category::Space    ? tr("Add &Space")
                              : category == Category::Device ? tr("Add &Device")
                              : category == Category::Sensor ? tr("Add &Sensor")
                                                             : tr("Add &Person");
        QMenu *into = menu;
        // Spaces are offered directly (Add Building, Add Floor…); the rest by category.
        if (category != Category::Space && !direct.isEmpty())
            into = menu->addMenu(title);
        for (const QString &model : std::as_const(direct)) {
            const QString name = TwinFactory::readableName(model);
            QAction *a = into->addAction(into == menu ? tr("Add %1").arg(name) : name,
                                         this, [this, model, parentId] { addChild(model, parentId); });
            a->setData(model);
        }
        if (!many)
            continue;
        QString text;
        if (into != menu) {
            into->addSeparator();
            text = tr("&More Types…");
        } else {
            // The category's own title opens the list ("Add Device…").
            text = category == Category::Space && !direct.isEmpty() ? tr("Add &Other Space…") : title + u'…';
        }
        QAction *pick = into->addAction(text, this, [this, all, parentId, text] {
            TypePickerDialog picker(m_project->models(), all, QString(text).remove(u'&').remove(u'…'), this);
            if (picker.exec() == QDialog::Accepted && !picker.selectedModel().isEmpty())
                addChild(picker.selectedModel(), parentId);
        });
        pick->setToolTip(tr("Choose among %n type(s), by name or model id", nullptr, int(all.size())));
        pick->setObjectName(QStringLiteral("PickChildType"));
    }
    if (!parentId.isEmpty()) {
        menu->addSeparator();
        menu->addAction(m_chartAction);
        menu->addAction(m_deleteAction);
    }
    return menu;
}

bool TopologyDock::addChild(const QString &model, const QString &parentId)
{
    QString error, id;
    if (!TwinFactory::add(m_project, model, parentId, &error, &id)) {
        QMessageBox::warning(this, tr("Add"), tr("Cannot add: %1").arg(error));
        return false;
    }
    m_selection->selectOnly(id);
    return true;
}

bool TopologyDock::deleteSelection()
{
    const QStringList ids = m_selection->selectedIds();
    if (ids.isEmpty())
        return false;
    QString error;
    if (m_project->removeTwins(ids, &error))
        return true;
    QMessageBox::warning(this, tr("Delete"), tr("Cannot delete: %1").arg(error));
    return false;
}

} // namespace twin::ui
