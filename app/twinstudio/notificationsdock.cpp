// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationsdock.h"

#include "itemmodels/notificationmodel.h"

#include <QHeaderView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace twin::ui {

NotificationsDock::NotificationsDock(NotificationModel *model, QWidget *parent)
    : QDockWidget(tr("Notifications"), parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("NotificationsDock"));
    m_view->setObjectName(QStringLiteral("NotificationsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(NotificationModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Notifications raised by the project's functions while live; "
                          "double-click one to show its twin in 3D"));
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(NotificationModel::TwinIdRole).toString();
        if (!id.isEmpty())
            emit twinActivated(id);
    });

    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("ClearNotifications"));
    clear->setText(tr("Clear"));
    clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
    clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, m_model, &NotificationModel::clear);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(clear, 0, Qt::AlignRight);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotificationsDock::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NotificationsDock::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsDock::updateTitle);
}

void NotificationsDock::updateTitle()
{
    const int rows = m_model->rowCount();
    setWindowTitle(rows == 0 ? tr("Notifications") : tr("Notifications (%1)").arg(rows));
}

} // namespace twin::ui
