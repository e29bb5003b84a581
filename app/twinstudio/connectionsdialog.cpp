// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdialog.h"

#include "connectionprofiledialog.h"
#include "livecontrols.h"

#include "document/commands/setconnectionscommand.h"
#include "document/connectionprofile.h"
#include "document/project.h"
#include "live/livesession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace twin::ui {

namespace {

enum Column { NameColumn, UrlColumn, StateColumn, RateColumn, ErrorColumn, ColumnCount };

} // namespace

ConnectionsDialog::ConnectionsDialog(Project *project, LiveControls *live, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_live(live)
{
    setWindowTitle(tr("Connections"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("ConnectionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Broker"), tr("State"), tr("Rate"), tr("Last error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConnectionsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ConnectionsDialog::editProfile);

    auto *buttons = new QVBoxLayout;
    const auto button = [&](const QString &text, const QString &objectName, void (ConnectionsDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("&Add…"), QStringLiteral("AddConnection"), &ConnectionsDialog::addProfile);
    m_edit = button(tr("&Edit…"), QStringLiteral("EditConnection"), &ConnectionsDialog::editProfile);
    m_remove = button(tr("&Remove"), QStringLiteral("RemoveConnection"), &ConnectionsDialog::removeProfile);
    buttons->addSpacing(12);
    m_connect = button(tr("&Connect"), QStringLiteral("ConnectConnection"), &ConnectionsDialog::connectProfile);
    m_disconnect = button(tr("&Disconnect"), QStringLiteral("DisconnectConnection"), &ConnectionsDialog::disconnectProfile);
    buttons->addStretch();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    resize(760, 300);

    connect(m_project, &Project::connectionsChanged, this, &ConnectionsDialog::refresh);
    connect(m_project, &Project::contentReset, this, &ConnectionsDialog::refresh);
    connect(m_live->session(), &LiveSession::statisticsChanged, this, &ConnectionsDialog::refresh);
    connect(m_live->session(), &LiveSession::stateChanged, this, &ConnectionsDialog::refresh);
    refresh();
}

QString ConnectionsDialog::currentId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), NameColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionsDialog::refresh()
{
    const QString current = currentId();
    const QList<ConnectionProfile> profiles = ConnectionProfile::listFromJson(m_project->connections());
    const QList<LiveSession::SourceStatus> statuses = m_live->session()->sourceStatuses();
    const bool active = m_live->session()->isActive();
    const QLocale locale;
    m_table->setRowCount(int(profiles.size()));
    for (int row = 0; row < profiles.size(); ++row) {
        const ConnectionProfile &p = profiles.at(row);
        LiveSession::SourceStatus status;
        for (const LiveSession::SourceStatus &s : statuses) {
            if (s.connection == p.id)
                status = s;
        }
        QString state = tr("Not connected");
        if (active || !status.error.isEmpty()) {
            switch (status.state) {
            case LiveSession::State::Disconnected:
                state = status.error.isEmpty() ? tr("Not connected") : tr("Connection failed");
                break;
            case LiveSession::State::Connecting:
                state = tr("Connecting…");
                break;
            case LiveSession::State::Connected:
                state = tr("Connected");
                break;
            case LiveSession::State::Reconnecting:
                state = tr("Reconnecting…");
                break;
            }
        }
        const QStringList cells{p.displayName(), p.url, state,
                                status.state == LiveSession::State::Disconnected
                                    ? QString()
                                    : tr("%1 msg/s").arg(locale.toString(status.rate, 'f', 0)),
                                status.error};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells.at(column));
            item->setToolTip(cells.at(column));
        }
        m_table->item(row, NameColumn)->setData(Qt::UserRole, p.id);
        if (p.id == current && m_table->currentRow() != row)
            m_table->selectRow(row);
    }
    updateButtons();
}

void ConnectionsDialog::updateButtons()
{
    const QString id = currentId();
    const bool connected = m_live->session()->connectedProfiles().contains(id);
    m_edit->setEnabled(!id.isEmpty());
    m_remove->setEnabled(!id.isEmpty());
    m_connect->setEnabled(!id.isEmpty() && !connected);
    m_disconnect->setEnabled(connected);
}

void ConnectionsDialog::addProfile()
{
    ConnectionProfile fresh;
    fresh.url = QStringLiteral("mqtt://localhost:1883");
    ConnectionProfileDialog dialog(fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!SetConnectionsCommand::add(m_project, dialog.profile(), &error))
        QMessageBox::warning(this, tr("Add Connection"), error);
}

void ConnectionsDialog::editProfile()
{
    const QString id = currentId();
    const QList<ConnectionProfile> profiles = ConnectionProfile::listFromJson(m_project->connections());
    const auto it = std::find_if(profiles.cbegin(), profiles.cend(), [&id](const ConnectionProfile &p) { return p.id == id; });
    if (it == profiles.cend())
        return;
    ConnectionProfileDialog dialog(*it, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!SetConnectionsCommand::replace(m_project, id, dialog.profile(), &error))
        QMessageBox::warning(this, tr("Edit Connection"), error);
}

void ConnectionsDialog::removeProfile()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (m_live->session()->connectedProfiles().contains(id))
        m_live->disconnectProfile(id);
    QString error;
    if (!SetConnectionsCommand::remove(m_project, id, &error))
        QMessageBox::warning(this, tr("Remove Connection"), error);
}

void ConnectionsDialog::connectProfile()
{
    if (const QString id = currentId(); !id.isEmpty())
        m_live->connectProfile(id);
    updateButtons();
}

void ConnectionsDialog::disconnectProfile()
{
    if (const QString id = currentId(); !id.isEmpty())
        m_live->disconnectProfile(id);
    updateButtons();
}

} // namespace twin::ui
