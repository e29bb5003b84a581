// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicbrowserdock.h"

#include "bindingpickerdialog.h"
#include "bindingsdialog.h"
#include "payloadview.h"

#include "itemmodels/topictreemodel.h"
#include "itemmodels/twinselection.h"
#include "live/livesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace twin::ui {

TopicBrowserDock::TopicBrowserDock(Project *project, LiveSession *session, TwinSelection *selection, QWidget *parent)
    : QDockWidget(tr("Topics"), parent)
    , m_project(project)
    , m_session(session)
    , m_selection(selection)
    , m_model(new TopicTreeModel(this))
    , m_view(new QTreeView(this))
    , m_payload(new PayloadView(this))
{
    setObjectName(QStringLiteral("TopicBrowserDock"));
    m_clock.start();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("TopicSearch"));
    m_search->setPlaceholderText(tr("Search topics"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_model, &TopicTreeModel::setFilterText);

    m_filter = new QLineEdit(QStringLiteral("#"), this);
    m_filter->setObjectName(QStringLiteral("BrowseFilter"));
    m_filter->setToolTip(tr("What the browser subscribes to while it is open, besides the bound topics "
                            "(an MQTT topic filter; # is everything)"));
    m_filter->setMaximumWidth(160);
    connect(m_filter, &QLineEdit::editingFinished, this, &TopicBrowserDock::applyBrowseFilter);

    m_view->setObjectName(QStringLiteral("TopicTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(TopicTreeModel::TopicColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(TopicTreeModel::TopicColumn, 220);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        showTopic(index.data(TopicTreeModel::IsTopicRole).toBool() ? index.data(TopicTreeModel::TopicRole).toString()
                                                                   : QString());
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("TopicStatus"));
    m_topicLabel = new QLabel(this);
    m_topicLabel->setObjectName(QStringLiteral("PayloadTopic"));
    m_topicLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bind = new QPushButton(tr("Bind to…"), this);
    m_bind->setObjectName(QStringLiteral("BindField"));
    m_bind->setToolTip(tr("Bind the picked value to a telemetry or property of the selected twin"));
    m_bind->setEnabled(false);
    connect(m_bind, &QPushButton::clicked, this, [this] { bindField(m_payload->field()); });
    auto *bindings = new QPushButton(tr("Bindings…"), this);
    bindings->setObjectName(QStringLiteral("ShowBindings"));
    connect(bindings, &QPushButton::clicked, this, &TopicBrowserDock::showBindings);
    connect(m_payload, &PayloadView::fieldPicked, this, [this] { m_bind->setEnabled(!m_topic.isEmpty()); });
    connect(m_payload, &PayloadView::bindRequested, this, &TopicBrowserDock::bindField);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(new QLabel(tr("Subscribe:"), this));
    top->addWidget(m_filter);
    auto *payloadBar = new QHBoxLayout;
    payloadBar->addWidget(m_topicLabel, 1);
    payloadBar->addWidget(m_bind);
    payloadBar->addWidget(bindings);
    auto *payloadPane = new QWidget(this);
    auto *payloadLayout = new QVBoxLayout(payloadPane);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    payloadLayout->addLayout(payloadBar);
    payloadLayout->addWidget(m_payload);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(payloadPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_session, &LiveSession::statisticsChanged, this, &TopicBrowserDock::refresh);
    // Subscribing to everything costs: only while the browser is open.
    connect(this, &QDockWidget::visibilityChanged, this, &TopicBrowserDock::applyBrowseFilter);
    updateStatus();
}

void TopicBrowserDock::applyBrowseFilter()
{
    // Closed by the user, not merely hidden with the window as it closes (which would
    // start the session over on the way out).
    m_session->setBrowseFilter(isHidden() ? QString() : m_filter->text().trimmed());
}

void TopicBrowserDock::refresh()
{
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<TopicCatalogue> catalogue = m_session->topicCatalogue();
    if (catalogue->generation() != m_generation) {
        // A new source: its catalogue started over.
        m_generation = catalogue->generation();
        m_model->clear();
        showTopic(QString());
    }
    QList<TopicCatalogue::TopicInfo> changes;
    catalogue->takeChanges(&changes, 120, MaxTopicsPerTick);
    m_model->update(changes, m_clock.elapsed());
    if (!m_topic.isEmpty()) {
        for (const TopicCatalogue::TopicInfo &info : std::as_const(changes)) {
            if (info.topic == m_topic) {
                updatePayload();
                break;
            }
        }
    }
    updateStatus();
    m_longestRefreshNs = std::max(m_longestRefreshNs, timer.nsecsElapsed());
}

void TopicBrowserDock::updateStatus()
{
    m_status->setText(tr("%1 topics, %2 of them unbound; %3 unbound messages")
                          .arg(m_model->topicCount())
                          .arg(m_model->unboundTopicCount())
                          .arg(m_session->counters().unbound));
}

bool TopicBrowserDock::selectTopic(const QString &topic)
{
    const QModelIndex index = m_model->indexOfTopic(topic);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void TopicBrowserDock::showTopic(const QString &topic)
{
    m_topic = topic;
    m_topicLabel->setText(topic);
    m_bind->setEnabled(false);
    updatePayload();
}

void TopicBrowserDock::updatePayload()
{
    const QList<QByteArray> payloads = m_topic.isEmpty() ? QList<QByteArray>()
                                                         : m_session->topicCatalogue()->payloads(m_topic);
    m_payload->setPayload(payloads.isEmpty() ? QByteArray() : payloads.constLast(),
                          payloads.size() < 2 ? QByteArray() : payloads.at(payloads.size() - 2));
    m_bind->setEnabled(!m_topic.isEmpty() && m_payload->hasField());
}

void TopicBrowserDock::bindField(const QString &pointer)
{
    if (m_topic.isEmpty())
        return;
    auto *dialog = new BindingPickerDialog(m_project, m_session->topicCatalogue(), m_topic, pointer,
                                           m_selection->current(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TopicBrowserDock::showBindings()
{
    auto *dialog = new BindingsDialog(m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace twin::ui
