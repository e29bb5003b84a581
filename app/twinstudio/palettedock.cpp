// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettedock.h"

#include "itemmodels/palettemodel.h"

#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace twin::ui {

PaletteDock::PaletteDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Ontology"), parent)
    , m_model(new PaletteModel(project, this))
    , m_filter(new PaletteFilterModel(this))
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
}

} // namespace twin::ui
