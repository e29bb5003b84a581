// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettedock.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "itemmodels/palettemodel.h"
#include "itemmodels/twinselection.h"

#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace twin::ui {

PaletteDock::PaletteDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Ontology"), parent)
    , m_model(new PaletteModel(project, this))
    , m_filter(new PaletteFilterModel(this))
    , m_project(project)
{
    setObjectName(QStringLiteral("PaletteDock"));
    m_filter->setSourceModel(m_model);

    auto *search = new QLineEdit(this);
    search->setPlaceholderText(tr("Search types"));
    search->setClearButtonEnabled(true);
    auto *tree = new QTreeView(this);
    tree->setObjectName(QStringLiteral("PaletteTree"));
    tree->setModel(m_filter);
    tree->setHeaderHidden(true);
    tree->setDragEnabled(true);
    tree->setDragDropMode(QAbstractItemView::DragOnly);
    tree->setUniformRowHeights(true);
    tree->setToolTip(tr("Drag a device or sensor type onto a room of the plan"));
    tree->expandAll();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(search);
    layout->addWidget(tree);
    setWidget(content);

    connect(search, &QLineEdit::textChanged, this, [this, tree](const QString &text) {
        m_filter->setText(text.trimmed());
        tree->expandAll();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, tree, &QTreeView::expandAll);
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](QPoint pos) {
        const QString model = tree->indexAt(pos).data(PaletteModel::ModelIdRole).toString();
        if (model.isEmpty())
            return;
        QMenu *menu = contextMenu(model);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(tree->viewport()->mapToGlobal(pos));
    });
}

QMenu *PaletteDock::contextMenu(const QString &model)
{
    auto *menu = new QMenu(this);
    const QString current = m_selection ? m_selection->current() : QString();
    const Twin *parent = m_project->graph()->findTwin(current);
    QAction *add = menu->addAction(parent ? tr("Add to %1").arg(parent->displayName()) : tr("Add to the Selected Twin"));
    add->setObjectName(QStringLiteral("addToCurrent"));
    add->setEnabled(parent && TwinFactory::childModels(*m_project, current).contains(model));
    connect(add, &QAction::triggered, this, [this, model, current] {
        QString error, id;
        if (TwinFactory::add(m_project, model, current, &error, &id))
            m_selection->selectOnly(id);
        else
            QMessageBox::warning(this, tr("Add"), tr("Cannot add: %1").arg(error));
    });
    return menu;
}

} // namespace twin::ui
