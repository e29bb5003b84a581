// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectordock.h"

#include "addrelationshipdialog.h"
#include "inspectoractions.h"
#include "inspectordelegate.h"

#include "document/project.h"
#include "itemmodels/inspectormodel.h"
#include "live/livesession.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSettings>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace twin::ui {

InspectorDock::InspectorDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_project(project)
    , m_model(new InspectorModel(project, this))
    , m_title(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_add(new QPushButton(tr("Add Relationship…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("InspectorDock"));
    m_view->setObjectName(QStringLiteral("InspectorTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new InspectorDelegate(m_view));
    new InspectorActions(m_view, m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Long values and names lose their middle, not their end (a path, a DTMI); the width
    // the user gives the columns is kept for the next start.
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->header();
    header->resizeSection(InspectorModel::SchemaColumn, 110);
    header->restoreState(QSettings().value(QStringLiteral("inspector/header")).toByteArray());
    m_nameSizedByUser = QSettings().value(QStringLiteral("inspector/nameSized")).toBool();
    // The names take what they need up to a share of the width; the value gets the rest.
    header->setSectionResizeMode(InspectorModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(InspectorModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(InspectorModel::SchemaColumn, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (m_fitting)
            return;
        QSettings settings;
        if (section == InspectorModel::NameColumn) {
            m_nameSizedByUser = true;
            settings.setValue(QStringLiteral("inspector/nameSized"), true);
        }
        settings.setValue(QStringLiteral("inspector/header"), m_view->header()->saveState());
    });
    m_view->viewport()->installEventFilter(this);
    // Queued: a section resized while the view expands a row leaves its arrow drawn closed.
    connect(m_view, &QTreeView::expanded, this, &InspectorDock::fitNameColumn, Qt::QueuedConnection);

    m_title->setObjectName(QStringLiteral("InspectorTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("InspectorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_message->hide();
    m_add->setObjectName(QStringLiteral("AddRelationship"));
    m_add->setToolTip(tr("Add a relationship the twin's model allows"));
    m_remove->setObjectName(QStringLiteral("RemoveRelationship"));
    m_remove->setToolTip(tr("Remove the selected relationship"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setWidget(content);
    content->setMinimumWidth(300);

    connect(m_add, &QPushButton::clicked, this, &InspectorDock::addRelationship);
    connect(m_remove, &QPushButton::clicked, this, &InspectorDock::removeRelationship);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        fitNameColumn();
        updateHeader();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        m_view->expand(parent);
        fitNameColumn();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InspectorDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InspectorDock::updateHeader);
    // The row shows a refused value in red; the full reason goes below, where it fits.
    connect(m_model, &InspectorModel::valueRefused, this, [this](const QModelIndex &index, const QString &message) {
        showError(tr("%1: %2").arg(index.siblingAtColumn(InspectorModel::NameColumn).data().toString(), message));
    });
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, [this] { showError(QString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // Rows are selected whole; keys typed go to the value.
        const QModelIndex value = current.siblingAtColumn(InspectorModel::ValueColumn);
        if (current.column() != InspectorModel::ValueColumn && value.isValid())
            m_view->selectionModel()->setCurrentIndex(value, QItemSelectionModel::NoUpdate);
        updateButtons();
    });
    // Telemetry rows can be charted (the context menu, beside the entry actions).
    auto *chart = new QAction(tr("Chart"), m_view);
    chart->setObjectName(QStringLiteral("ChartTelemetry"));
    chart->setToolTip(tr("Show this telemetry on the chart"));
    m_view->addAction(chart);
    connect(chart, &QAction::triggered, this, [this] {
        const QModelIndex row = m_view->currentIndex().siblingAtColumn(InspectorModel::NameColumn);
        if (row.data(InspectorModel::RowKindRole).toInt() == int(InspectorModel::RowKind::Telemetry))
            emit chartRequested(m_model->twin(), row.data(InspectorModel::NameRole).toString(),
                                row.data(InspectorModel::UnitRole).toString());
    });
    updateHeader();
    updateButtons();
}

void InspectorDock::setTwin(const QString &id)
{
    m_message->hide();
    m_model->setTwin(id);
}

bool InspectorDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QDockWidget::eventFilter(watched, event);
}

void InspectorDock::fitNameColumn()
{
    if (m_nameSizedByUser)
        return;
    // At most 45 % of the width, and what leaves the values 20 % beside the schema column,
    // so a long nested name (a component's field) never squeezes the values out of sight.
    const int viewport = m_view->viewport()->width();
    const int schema = m_view->header()->sectionSize(InspectorModel::SchemaColumn);
    const int cap = std::max(80, std::min(viewport * 45 / 100, viewport - schema - viewport * 20 / 100));
    const int width = std::min(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(InspectorModel::NameColumn), cap);
    if (width <= 0 || width == m_view->header()->sectionSize(InspectorModel::NameColumn))
        return;
    m_fitting = true;
    m_view->header()->resizeSection(InspectorModel::NameColumn, width);
    m_fitting = false;
}

void InspectorDock::updateHeader()
{
    const Twin *t = m_project->graph()->findTwin(m_model->twin());
    m_title->setText(t ? QStringLiteral("<b>%1</b>").arg(t->displayName().toHtmlEscaped())
                       : tr("Select a twin in the topology or on the plan to see its properties."));
}

void InspectorDock::updateButtons()
{
    const bool hasTwin = m_project->graph()->findTwin(m_model->twin()) != nullptr;
    m_add->setEnabled(hasTwin);
    const auto kind = InspectorModel::RowKind(m_view->currentIndex().data(InspectorModel::RowKindRole).toInt());
    m_remove->setEnabled(hasTwin && m_view->currentIndex().isValid() && kind == InspectorModel::RowKind::Relationship);
}

void InspectorDock::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void InspectorDock::addRelationship()
{
    AddRelationshipDialog dialog(m_project, m_model->twin(), m_model->relationshipOptions(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (m_model->addRelationship(dialog.relationshipName(), dialog.targetId(), &error))
        showError(QString());
    else
        showError(tr("Cannot add the relationship: %1").arg(error));
}

void InspectorDock::removeRelationship()
{
    QString error;
    if (m_model->removeRelationship(m_view->currentIndex().siblingAtColumn(0), &error))
        showError(QString());
    else
        showError(tr("Cannot remove the relationship: %1").arg(error));
}

void InspectorDock::followLiveSession(LiveSession *session)
{
    m_model->followLiveValues(session);
}

void InspectorDock::setValueFeed(const LiveValueFeed *feed)
{
    m_model->followLiveValues(feed);
}

} // namespace twin::ui
