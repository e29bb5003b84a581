// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationsdock.h"
#include "emptyhint.h"

#include "itemmodels/alertfiltermodel.h"
#include "itemmodels/notificationmodel.h"
#include "itemmodels/notificationtimefilter.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace twin::ui {

namespace {

QToolButton *toolButton(const QString &name, const QString &text, const QString &icon, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setIcon(QIcon::fromTheme(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

} // namespace

NotificationsDock::NotificationsDock(NotificationModel *model, QWidget *parent)
    : QDockWidget(tr("Notifications"), parent)
    , m_model(model)
    , m_until(new NotificationTimeFilter(this))
    , m_filter(new AlertFilterModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("NotificationsDock"));
    // Those raised up to the time cursor's moment, then the user's filters.
    m_until->setSourceModel(m_model);
    m_filter->setSourceModel(m_until);
    m_view->setObjectName(QStringLiteral("NotificationsView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // Severity and state next to the time; the payload takes the rest.
    header->moveSection(NotificationModel::SeverityColumn, 1);
    header->moveSection(NotificationModel::StateColumn, 2);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NotificationModel::PayloadColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Notifications and alerts raised while live; double-click one to show its twin on "
                          "the plan and in 3D"));
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(NotificationModel::TwinIdRole).toString();
        if (!id.isEmpty())
            emit twinActivated(id);
    });

    m_acknowledge = toolButton(QStringLiteral("AcknowledgeAlerts"), tr("Acknowledge…"),
                               QStringLiteral("dialog-ok-apply"), this);
    m_acknowledge->setToolTip(tr("Acknowledge the selected alerts with a comment"));
    connect(m_acknowledge, &QToolButton::clicked, this, &NotificationsDock::acknowledgeInteractive);
    m_clearAlert = toolButton(QStringLiteral("ClearAlerts"), tr("Clear Alert"), QStringLiteral("edit-clear"), this);
    m_clearAlert->setToolTip(tr("Mark the selected alerts as cleared"));
    connect(m_clearAlert, &QToolButton::clicked, this, &NotificationsDock::clearSelected);
    auto *clear = toolButton(QStringLiteral("ClearNotifications"), tr("Clear"), QStringLiteral("edit-clear-all"), this);
    clear->setToolTip(tr("Empty the list (the history file keeps the alerts)"));
    connect(clear, &QToolButton::clicked, m_model, &NotificationModel::clear);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->addWidget(createFilterBar(), 1);
    bar->addWidget(m_acknowledge);
    bar->addWidget(m_clearAlert);
    bar->addWidget(clear);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("AlertCounts"));
    m_counts->setToolTip(tr("Alerts not cleared, by severity"));

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &NotificationsDock::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsDock::updateTitle);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NotificationsDock::updateTitle);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotificationsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NotificationsDock::updateButtons);
    m_emptyHint = new EmptyHint(tr("No notifications yet: they appear here while live (Live → Connect to Broker… "
                                   "or Run Simulator) when an alert rule (Edit → Alert Rules…) or a function "
                                   "raises one."),
                                m_view->viewport());
    updateTitle();
    updateButtons();
}

QWidget *NotificationsDock::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_severity = new QComboBox(bar);
    m_severity->setObjectName(QStringLiteral("SeverityFilter"));
    m_severity->addItem(tr("All severities"), QString());
    m_severity->addItem(tr("Critical"), QStringLiteral("critical"));
    m_severity->addItem(tr("Warning"), QStringLiteral("warning"));
    m_severity->addItem(tr("Info"), QStringLiteral("info"));
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverity(m_severity->currentData().toString()); });
    m_state = new QComboBox(bar);
    m_state->setObjectName(QStringLiteral("StateFilter"));
    m_state->addItem(tr("All states"), QString());
    m_state->addItem(tr("Not cleared"), QStringLiteral("active"));
    m_state->addItem(tr("Open"), QStringLiteral("open"));
    m_state->addItem(tr("Acknowledged"), QStringLiteral("acknowledged"));
    m_state->addItem(tr("Cleared"), QStringLiteral("cleared"));
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(m_state->currentData().toString()); });
    m_twin = new QLineEdit(bar);
    m_twin->setObjectName(QStringLiteral("TwinFilter"));
    m_twin->setPlaceholderText(tr("Twin"));
    m_twin->setClearButtonEnabled(true);
    connect(m_twin, &QLineEdit::textChanged, m_filter, &AlertFilterModel::setTwin);
    m_text = new QLineEdit(bar);
    m_text->setObjectName(QStringLiteral("TextFilter"));
    m_text->setPlaceholderText(tr("Search text"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_filter, &AlertFilterModel::setText);
    layout->addWidget(m_severity);
    layout->addWidget(m_state);
    layout->addWidget(m_twin, 1);
    layout->addWidget(m_text, 2);
    return bar;
}

void NotificationsDock::showUntil(qint64 ms)
{
    m_until->setUntilMs(ms);
}

QList<int> NotificationsDock::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_until->mapToSource(m_filter->mapToSource(index)).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool NotificationsDock::acknowledgeSelected(const QString &comment)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString user = NotificationModel::currentUser();
    for (int row : selectedRows()) {
        if (m_model->alert(row).state != AlertRecord::State::Open)
            continue;
        QString error;
        if (!m_model->acknowledge(row, comment, user, now, &error)) {
            emit message(error);
            return false;
        }
    }
    return true;
}

bool NotificationsDock::clearSelected()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row : selectedRows()) {
        QString error;
        if (!m_model->clearAlert(row, now, &error)) {
            emit message(error);
            return false;
        }
    }
    return true;
}

void NotificationsDock::acknowledgeInteractive()
{
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this, tr("Acknowledge Alerts"), tr("Comment (kept with the acknowledgement):"), QString(), &ok);
    if (ok)
        acknowledgeSelected(comment.trimmed());
}

void NotificationsDock::updateButtons()
{
    bool open = false;
    bool active = false;
    for (int row : selectedRows()) {
        open = open || m_model->alert(row).state == AlertRecord::State::Open;
        active = active || m_model->alert(row).state != AlertRecord::State::Cleared;
    }
    m_acknowledge->setEnabled(open);
    m_clearAlert->setEnabled(active);
}

void NotificationsDock::updateTitle()
{
    const int rows = m_model->rowCount();
    m_emptyHint->setVisible(rows == 0);
    setWindowTitle(rows == 0 ? tr("Notifications") : tr("Notifications (%1)").arg(rows));
    const NotificationModel::Counts c = m_model->openCounts();
    m_counts->setText(tr("Alerts: <span style=\"color:#d62728\">%1 critical</span> · "
                         "<span style=\"color:#c98a00\">%2 warning</span> · %3 info")
                          .arg(c.critical)
                          .arg(c.warning)
                          .arg(c.info));
}

} // namespace twin::ui
