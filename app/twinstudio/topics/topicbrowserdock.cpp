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
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <ctime>

namespace twin::ui {

namespace {

/// The CPU time this thread has used, in ns.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

} // namespace

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
    // The binding column comes right after the topic, and the narrow columns keep their
    // width while the topic column takes what the dock leaves: the binding state is never
    // pushed out of sight. The last payload (shown in full below the tree) comes last.
    m_view->header()->setStretchLastSection(true);
    m_view->header()->moveSection(m_view->header()->visualIndex(TopicTreeModel::BoundColumn), 1);
    m_view->viewport()->installEventFilter(this);
    fitColumns();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        const bool topic = index.data(TopicTreeModel::IsTopicRole).toBool();
        showTopic(topic ? index.data(TopicTreeModel::TopicRole).toString() : QString(),
                  topic ? index.data(TopicTreeModel::ConnectionRole).toString() : QString());
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

void TopicBrowserDock::fitColumns()
{
    QHeaderView *header = m_view->header();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8;
    auto need = [&](int column, std::initializer_list<QString> samples) {
        int width = header->fontMetrics().horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        for (const QString &sample : samples)
            width = std::max(width, m_view->fontMetrics().horizontalAdvance(sample));
        return width + margin;
    };
    const int narrow[] = {need(TopicTreeModel::CountColumn, {QStringLiteral("0000000")}),
                          need(TopicTreeModel::RateColumn, {QStringLiteral("00000")}),
                          need(TopicTreeModel::RetainedColumn, {TopicTreeModel::tr("retained")}),
                          need(TopicTreeModel::BoundColumn, {TopicTreeModel::tr("bound"), TopicTreeModel::tr("unbound")})};
    const int columns[] = {TopicTreeModel::CountColumn, TopicTreeModel::RateColumn, TopicTreeModel::RetainedColumn,
                           TopicTreeModel::BoundColumn};
    int used = 0;
    for (int i = 0; i < 4; ++i) {
        header->resizeSection(columns[i], narrow[i]);
        used += narrow[i];
    }
    const int minimum = m_view->fontMetrics().averageCharWidth() * 14;
    header->resizeSection(TopicTreeModel::TopicColumn, std::max(minimum, m_view->viewport()->width() - used));
}

bool TopicBrowserDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QDockWidget::eventFilter(watched, event);
}

void TopicBrowserDock::applyBrowseFilter()
{
    // Closed by the user, not merely hidden with the window as it closes (which would
    // start the session over on the way out).
    m_session->setBrowseFilter(isHidden() ? QString() : m_filter->text().trimmed());
}

void TopicBrowserDock::refresh()
{
    m_tickLeft = MaxTopicsPerTick;
    m_tickCpuLeftNs = qint64(TickCpuMs) * 1'000'000;
    for (const LiveSession::SourceStatus &source : m_session->sourceStatuses())
        m_model->setConnectionName(source.connection, source.name);
    if (!m_slicePending)
        slice();
}

void TopicBrowserDock::slice()
{
    m_slicePending = false;
    ++m_slices;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    const std::shared_ptr<TopicCatalogue> catalogue = m_session->topicCatalogue();
    if (catalogue->generation() != m_generation) {
        // A source started over: the catalogue reports every topic it kept again.
        m_generation = catalogue->generation();
        m_model->clear();
        showTopic(QString(), QString());
    }
    // As many changed topics as the slice's CPU time allows at what they cost the last
    // slices, into the tree in one update.
    const qint64 budgetNs = std::min(qint64(SliceCpuMs) * 1'000'000, m_tickCpuLeftNs);
    const int take = int(std::clamp<qint64>(budgetNs / std::max<qint64>(m_nsPerTopic, 1), ChunkTopics, m_tickLeft));
    QList<TopicCatalogue::TopicInfo> changes;
    m_backlog = catalogue->takeChanges(&changes, 120, take);
    m_model->update(changes, m_clock.elapsed());
    bool current = false;
    for (const TopicCatalogue::TopicInfo &info : std::as_const(changes))
        current = current || (info.topic == m_topic && info.connection == m_connection);
    if (current && !m_topic.isEmpty())
        updatePayload();
    updateStatus();
    const qint64 usedNs = threadCpuNs() - cpuStart;
    if (!changes.isEmpty())
        m_nsPerTopic = (3 * m_nsPerTopic + usedNs / changes.size()) / 4; // smoothed over a few slices
    m_tickLeft -= int(changes.size());
    m_tickCpuLeftNs -= usedNs;
    m_longestRefreshNs = std::max(m_longestRefreshNs, timer.nsecsElapsed());
    if (m_backlog > 0 && m_tickLeft > 0 && m_tickCpuLeftNs > 0) {
        // The rest of this tick's share after what waits in the event queue.
        m_slicePending = true;
        QMetaObject::invokeMethod(this, &TopicBrowserDock::slice, Qt::QueuedConnection);
    }
}

void TopicBrowserDock::updateStatus()
{
    m_status->setText(tr("%1 topics, %2 of them unbound; %3 unbound messages")
                          .arg(m_model->topicCount())
                          .arg(m_model->unboundTopicCount())
                          .arg(m_session->counters().unbound));
}

bool TopicBrowserDock::selectTopic(const QString &topic, const QString &connection)
{
    const QModelIndex index = m_model->indexOfTopic(topic, connection);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void TopicBrowserDock::showTopic(const QString &topic, const QString &connection)
{
    m_topic = topic;
    m_connection = connection;
    m_topicLabel->setText(topic);
    m_bind->setEnabled(false);
    updatePayload();
}

void TopicBrowserDock::updatePayload()
{
    const QList<QByteArray> payloads = m_topic.isEmpty() ? QList<QByteArray>()
                                                         : m_session->topicCatalogue()->payloads(m_topic, m_connection);
    m_payload->setPayload(payloads.isEmpty() ? QByteArray() : payloads.constLast(),
                          payloads.size() < 2 ? QByteArray() : payloads.at(payloads.size() - 2));
    m_bind->setEnabled(!m_topic.isEmpty() && m_payload->hasField());
}

void TopicBrowserDock::bindField(const QString &pointer)
{
    if (m_topic.isEmpty())
        return;
    auto *dialog = new BindingPickerDialog(m_project, m_session->topicCatalogue(), m_topic, pointer,
                                           m_selection->current(), this, m_connection);
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
