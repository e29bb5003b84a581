// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindingsdialog.h"

#include "itemmodels/bindingtablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace twin::ui {

BindingsDialog::BindingsDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_model(new BindingTableModel(project, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("BindingsDialog"));
    setWindowTitle(tr("Telemetry Bindings"));
    resize(900, 400);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("BindingsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    connect(m_model, &BindingTableModel::editRefused, m_message, &QLabel::setText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("DeleteBinding"));
    connect(remove, &QPushButton::clicked, this, &BindingsDialog::deleteSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Bindings marked in red no longer fit their twin or schema; "
                                    "they are kept until you fix or delete them."),
                                 this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString BindingsDialog::message() const
{
    return m_message->text();
}

void BindingsDialog::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        QString error;
        if (!m_model->removeBinding(row, &error))
            m_message->setText(error);
    }
}

} // namespace twin::ui
