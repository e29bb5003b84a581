// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionsdock.h"

#include "itemmodels/functionstatusmodel.h"

#include <QHeaderView>
#include <QTreeView>

namespace twin::ui {

FunctionsDock::FunctionsDock(FunctionStatusModel *model, QWidget *parent)
    : QDockWidget(tr("Functions"), parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("FunctionsDock"));
    m_view->setObjectName(QStringLiteral("FunctionsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FunctionStatusModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FunctionStatusModel::StateColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FunctionStatusModel::InvocationsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FunctionStatusModel::FailuresColumn, QHeaderView::ResizeToContents);
    setWidget(m_view);
}

} // namespace twin::ui
