// SPDX-License-Identifier: GPL-3.0-or-later
// InspectorModel: edits of values, of map entries and array elements, and of relationships.
#include "inspectormodel.h"

#include "inspectornode.h"
#include "inspectorrelationships.h"
#include "inspectorvaluecodec.h"
#include "inspectorvalueeditor.h"

#include "document/project.h"

namespace twin {

QList<InspectorModel::RelationshipOption> InspectorModel::relationshipOptions() const
{
    return InspectorRelationships::options(*m_project, m_twinId);
}

bool InspectorModel::addRelationship(const QString &name, const QString &targetId, QString *error)
{
    return InspectorRelationships::add(m_project, m_twinId, name, targetId, error);
}

bool InspectorModel::removeRelationship(const QModelIndex &index, QString *error)
{
    const Node *n = node(index);
    if (!n || n->kind != RowKind::Relationship) {
        if (error)
            *error = tr("Select a relationship to remove.");
        return false;
    }
    return m_project->removeRelationship(m_twinId, n->relationshipId, error);
}


// --- edits --------------------------------------------------------------------------------------

bool InspectorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    if (index.column() == NameColumn && node(index) && node(index)->kind == RowKind::MapEntry)
        return renameEntry(index, value.toString());
    return index.column() == ValueColumn && setValue(index, value);
}

bool InspectorModel::report(const Node &n, bool ok, const QString &message, QString *error)
{
    if (ok)
        m_errors.remove(errorKey(n));
    else
        m_errors.insert(errorKey(n), message);
    if (error)
        *error = message;
    emit dataChanged(indexOf(&n, 0), indexOf(&n, ColumnCount - 1));
    if (!ok)
        emit valueRefused(indexOf(&n, ValueColumn), message);
    return ok;
}

bool InspectorModel::setValue(const QModelIndex &index, const QVariant &value, QString *error)
{
    const Node *n = node(index);
    if (!n || n->kind == RowKind::Section)
        return false;
    QString message = readOnlyReason(*n);
    // The edited row outlives the edit: only the parts of its own value change.
    const bool ok = message.isEmpty() && InspectorValueEditor(m_project, m_twinId).setValue(*n, value, &message);
    return report(*n, ok, message, error);
}

const InspectorModel::Node *InspectorModel::containerOf(const QModelIndex &index, QString *error) const
{
    const Node *n = node(index);
    if (n && (n->kind == RowKind::MapEntry || n->kind == RowKind::ArrayElement))
        n = n->parent;
    const Composite c = n && n->isValue() ? InspectorValueCodec(m_project->models()).compositeOf(schemaOf(*n)) : Composite::None;
    if (c != Composite::Map && c != Composite::Array) {
        if (error)
            *error = tr("Select a map or an array, or one of its entries.");
        return nullptr;
    }
    if (const QString why = readOnlyReason(*n); !why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    return n;
}

bool InspectorModel::addEntry(const QModelIndex &index, const QString &key, QString *error)
{
    QString message;
    const Node *container = containerOf(index, &message);
    if (!container) {
        if (error)
            *error = message;
        return false;
    }
    const Node *n = node(index);
    const int position = n->kind == RowKind::ArrayElement ? n->index + 1 : -1;
    // Refused: the container says why; done: its rows are rebuilt, errors with them.
    const QString prefix = errorKey(*container) + u'/';
    const bool ok = InspectorValueEditor(m_project, m_twinId).addEntry(*container, key, position, &message);
    if (ok)
        m_errors.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
    return report(*container, ok, message, error);
}

bool InspectorModel::removeEntry(const QModelIndex &index, QString *error)
{
    return editEntry(index, error, [](InspectorValueEditor &editor, const Node &entry, QString *message) {
        return editor.removeEntry(entry, message);
    });
}

bool InspectorModel::moveEntry(const QModelIndex &index, int delta, QString *error)
{
    return editEntry(index, error, [delta](InspectorValueEditor &editor, const Node &entry, QString *message) {
        return editor.moveEntry(entry, delta, message);
    });
}

bool InspectorModel::renameEntry(const QModelIndex &index, const QString &key, QString *error)
{
    return editEntry(index, error, [&key](InspectorValueEditor &editor, const Node &entry, QString *message) {
        return editor.renameEntry(entry, key, message);
    });
}

bool InspectorModel::editEntry(const QModelIndex &index, QString *error,
                               const std::function<bool(InspectorValueEditor &, const Node &, QString *)> &edit)
{
    QString message;
    const Node *container = containerOf(index, &message);
    const Node *entry = node(index);
    if (container && entry == container)
        message = tr("Select an entry of a map or an element of an array.");
    if (!container || entry == container) {
        if (error)
            *error = message;
        return false;
    }
    const QString prefix = errorKey(*container) + u'/';
    InspectorValueEditor editor(m_project, m_twinId);
    // The entry's row may go with the edit; the container's stays.
    const bool ok = edit(editor, *entry, &message);
    if (ok)
        m_errors.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
    return report(*container, ok, message, error);
}

} // namespace twin
