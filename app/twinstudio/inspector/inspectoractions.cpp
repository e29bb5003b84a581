// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectoractions.h"

#include "itemmodels/inspectormodel.h"

#include <QAction>
#include <QInputDialog>
#include <QJsonDocument>
#include <QTreeView>

namespace twin::ui {

namespace {

using Kind = InspectorModel::RowKind;
using Composite = InspectorModel::Composite;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(InspectorModel::RowKindRole).toInt());
}

bool isContainer(const QModelIndex &index)
{
    const auto c = Composite(index.data(InspectorModel::CompositeRole).toInt());
    return c == Composite::Map || c == Composite::Array;
}

} // namespace

InspectorActions::InspectorActions(QTreeView *view, InspectorModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
    , m_add(new QAction(tr("Add Entry"), view))
    , m_remove(new QAction(tr("Remove Entry"), view))
    , m_up(new QAction(tr("Move Up"), view))
    , m_down(new QAction(tr("Move Down"), view))
    , m_json(new QAction(tr("Edit as JSON…"), view))
{
    m_add->setObjectName(QStringLiteral("InspectorAddEntry"));
    m_add->setToolTip(tr("Add an entry to the map or an element to the array"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_remove->setObjectName(QStringLiteral("InspectorRemoveEntry"));
    m_up->setObjectName(QStringLiteral("InspectorMoveUp"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setObjectName(QStringLiteral("InspectorMoveDown"));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_json->setObjectName(QStringLiteral("InspectorEditAsJson"));
    for (QAction *a : {m_add, m_remove, m_up, m_down, m_json}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(a);
    }
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_add, &QAction::triggered, this, &InspectorActions::addEntry);
    connect(m_remove, &QAction::triggered, this, &InspectorActions::removeEntry);
    connect(m_up, &QAction::triggered, this, [this] { moveEntry(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveEntry(1); });
    connect(m_json, &QAction::triggered, this, &InspectorActions::editAsJson);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &InspectorActions::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &InspectorActions::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InspectorActions::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InspectorActions::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &InspectorActions::updateActions);
    updateActions();
}

QModelIndex InspectorActions::current() const
{
    return m_view->currentIndex().siblingAtColumn(InspectorModel::NameColumn);
}

void InspectorActions::updateActions()
{
    const QModelIndex row = current();
    const bool editable = row.isValid() && row.data(InspectorModel::EditableRole).toBool();
    const Kind kind = kindOf(row);
    const bool entry = kind == Kind::MapEntry || kind == Kind::ArrayElement;
    m_add->setEnabled(editable && (isContainer(row) || entry));
    m_remove->setEnabled(editable && entry);
    const int count = m_model->rowCount(row.parent());
    m_up->setEnabled(editable && kind == Kind::ArrayElement && row.row() > 0);
    m_down->setEnabled(editable && kind == Kind::ArrayElement && row.row() + 1 < count);
    m_json->setEnabled(editable
                       && InspectorModel::Editor(row.data(InspectorModel::EditorRole).toInt()) == InspectorModel::Editor::Json);
}

void InspectorActions::addEntry()
{
    const QModelIndex row = current();
    QModelIndex container = row;
    if (kindOf(row) == Kind::MapEntry || kindOf(row) == Kind::ArrayElement)
        container = row.parent();
    QString key;
    if (Composite(container.data(InspectorModel::CompositeRole).toInt()) == Composite::Map) {
        bool ok = false;
        key = QInputDialog::getText(m_view, tr("Add Entry"),
                                    tr("Key of the new entry of %1:").arg(container.data().toString()),
                                    QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    const int before = m_model->rowCount(container);
    if (m_model->addEntry(row, key) && m_model->rowCount(container) > before) {
        // The new entry becomes current, ready to be edited.
        const QModelIndex added = key.isEmpty() ? m_model->index(kindOf(row) == Kind::ArrayElement ? row.row() + 1 : before, 0, container)
                                                : m_model->findPart(container, key.trimmed());
        m_view->expand(container);
        m_view->setCurrentIndex(added.siblingAtColumn(InspectorModel::ValueColumn));
    }
}

void InspectorActions::removeEntry()
{
    m_model->removeEntry(current());
}

void InspectorActions::moveEntry(int delta)
{
    const QModelIndex row = current();
    const QModelIndex parent = row.parent();
    const int to = row.row() + delta;
    if (m_model->moveEntry(row, delta))
        m_view->setCurrentIndex(m_model->index(to, InspectorModel::ValueColumn, parent));
}

void InspectorActions::editAsJson()
{
    const QModelIndex row = current();
    // Indented, as a longer value reads better in the dialog than on one line.
    const QJsonDocument doc = QJsonDocument::fromJson(row.siblingAtColumn(InspectorModel::ValueColumn).data(Qt::EditRole).toString().toUtf8());
    const QString text = doc.isNull() ? row.siblingAtColumn(InspectorModel::ValueColumn).data(Qt::EditRole).toString()
                                      : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    bool ok = false;
    const QString edited = QInputDialog::getMultiLineText(m_view, tr("Edit as JSON"),
                                                          tr("Value of %1 as JSON:").arg(row.data().toString()), text, &ok);
    if (ok)
        m_model->setValue(row, edited);
}

} // namespace twin::ui
