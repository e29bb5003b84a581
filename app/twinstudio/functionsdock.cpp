// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionsdock.h"

#include "itemmodels/functionstatusmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QToolBar>
#include <QVBoxLayout>
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
    m_newFunction = new QAction(tr("&New Function"), this);
    m_newFunction->setObjectName(QStringLiteral("newFunction"));
    m_newFunction->setToolTip(tr("Write a user-defined function for this project"));
    connect(m_newFunction, &QAction::triggered, this, &FunctionsDock::newFunctionRequested);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_newFunction);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view);
    setWidget(content);
}

} // namespace twin::ui
