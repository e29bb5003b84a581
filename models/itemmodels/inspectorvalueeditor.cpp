// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorvalueeditor.h"

#include "inspectorvaluecodec.h"

#include "document/project.h"
#include "ontology/dtdlelement.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>

namespace twin {

namespace {

const QString kMetadata = QStringLiteral("$metadata");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QJsonValue InspectorValueEditor::valueIn(const QJsonObject &properties, const Node &row)
{
    const Node *p = row.propertyRow();
    QJsonValue v(QJsonValue::Undefined);
    if (p->kind == InspectorModel::RowKind::Property)
        v = properties.value(p->name);
    else if (p->kind == InspectorModel::RowKind::ComponentProperty)
        v = properties.value(p->component).toObject().value(p->name);
    return row.isPart() ? InspectorValueCodec::valueAt(v, row.path()) : v;
}

QString InspectorValueEditor::schemaOf(const ModelRegistry &models, const QString &model, const Node &row)
{
    if (row.isPart())
        return row.schema;
    const DtdlElement *e = nullptr;
    if (row.kind == InspectorModel::RowKind::ComponentProperty) {
        const DtdlElement *c = models.content(model, row.component);
        e = c ? models.content(c->schema, row.name) : nullptr;
    } else {
        e = models.content(model, row.name);
    }
    return e ? e->schema : QString();
}

QString InspectorValueEditor::uniqueMergeKey()
{
    static std::atomic<quint64> edits{0};
    return QStringLiteral("#%1").arg(++edits);
}

bool InspectorValueEditor::replace(const Node &row, const QJsonValue &value, const QString &mergeKey, QString *error)
{
    const Twin *t = m_project->graph()->findTwin(m_twinId);
    if (!t)
        return fail(error, tr("The twin is gone."));
    const Node *p = row.propertyRow();
    QJsonValue whole = valueIn(t->properties, *p);
    if (!InspectorValueCodec::replaceAt(&whole, row.path(), value))
        return fail(error, tr("The value changed meanwhile; try again."));
    if (p->kind == InspectorModel::RowKind::Property)
        return m_project->setTwinProperty(m_twinId, p->name, whole, error, mergeKey);
    QJsonObject component = t->properties.value(p->component).toObject();
    if (!component.contains(kMetadata))
        component.insert(kMetadata, QJsonObject());
    if (whole.isUndefined())
        component.remove(p->name);
    else
        component.insert(p->name, whole);
    return m_project->setTwinProperty(m_twinId, p->component, component, error, mergeKey);
}

bool InspectorValueEditor::setValue(const Node &row, const QVariant &value, QString *error)
{
    const Twin *t = m_project->graph()->findTwin(m_twinId);
    if (!t)
        return fail(error, tr("The twin is gone."));
    QString message;
    const ModelRegistry &models = m_project->models();
    const QJsonValue json = InspectorValueCodec(models).toJson(value, schemaOf(models, t->model, row), &message);
    if (!message.isEmpty())
        return fail(error, message);
    if (json.isUndefined() && (row.kind == InspectorModel::RowKind::MapEntry || row.kind == InspectorModel::RowKind::ArrayElement))
        return fail(error, tr("An entry needs a value: remove it instead."));
    // Typing into one field is one step; the whole value keeps the document's own key.
    QString mergeKey;
    if (row.kind != InspectorModel::RowKind::Property) {
        mergeKey = row.component + u'/' + row.propertyRow()->name;
        for (const QVariant &step : row.path())
            mergeKey += u'/' + step.toString();
    }
    return replace(row, json, mergeKey, error);
}

bool InspectorValueEditor::checkKey(const QString &key, const QJsonObject &map, QString *error) const
{
    if (key.isEmpty())
        return fail(error, tr("A map key cannot be empty."));
    if (key.startsWith(u'$'))
        return fail(error, tr("A map key cannot start with '$'."));
    if (map.contains(key))
        return fail(error, tr("The map already has the key '%1'.").arg(key));
    return true;
}

bool InspectorValueEditor::addEntry(const Node &container, const QString &key, int position, QString *error)
{
    const Twin *t = m_project->graph()->findTwin(m_twinId);
    if (!t)
        return fail(error, tr("The twin is gone."));
    const ModelRegistry &models = m_project->models();
    const InspectorValueCodec codec(models);
    const QString schema = schemaOf(models, t->model, container);
    const DtdlElement *s = models.element(schema);
    const QJsonValue current = valueIn(t->properties, container);
    QJsonValue updated;
    if (s && s->kind == DtdlKind::Map) {
        const DtdlElement *mv = models.element(s->mapValue);
        QJsonObject map = current.toObject();
        const QString k = key.trimmed();
        if (!mv || !checkKey(k, map, error))
            return false;
        const QJsonValue initial = codec.defaultValue(mv->schema);
        if (initial.isUndefined())
            return fail(error, tr("Values of schema %1 cannot be edited here.").arg(mv->schema));
        map.insert(k, initial);
        updated = map;
    } else if (s && s->kind == DtdlKind::Array) {
        QJsonArray array = current.toArray();
        const QJsonValue initial = codec.defaultValue(s->elementSchema);
        if (initial.isUndefined())
            return fail(error, tr("Values of schema %1 cannot be edited here.").arg(s->elementSchema));
        array.insert(position < 0 || position > array.size() ? array.size() : position, initial);
        updated = array;
    } else {
        return fail(error, tr("Entries can be added to maps and arrays only."));
    }
    return replace(container, updated, uniqueMergeKey(), error);
}

bool InspectorValueEditor::removeEntry(const Node &entry, QString *error)
{
    if (entry.kind != InspectorModel::RowKind::MapEntry && entry.kind != InspectorModel::RowKind::ArrayElement)
        return fail(error, tr("Select an entry of a map or an element of an array to remove."));
    return replace(entry, QJsonValue(QJsonValue::Undefined), uniqueMergeKey(), error);
}

bool InspectorValueEditor::moveEntry(const Node &entry, int delta, QString *error)
{
    if (entry.kind != InspectorModel::RowKind::ArrayElement)
        return fail(error, tr("Only the elements of an array have an order."));
    const Twin *t = m_project->graph()->findTwin(m_twinId);
    if (!t)
        return fail(error, tr("The twin is gone."));
    QJsonArray array = valueIn(t->properties, *entry.parent).toArray();
    const int to = entry.index + delta;
    if (to < 0 || to >= array.size())
        return fail(error, delta < 0 ? tr("The element is already the first.") : tr("The element is already the last."));
    const QJsonValue moved = array.takeAt(entry.index);
    array.insert(to, moved);
    return replace(*entry.parent, array, uniqueMergeKey(), error);
}

bool InspectorValueEditor::renameEntry(const Node &entry, const QString &key, QString *error)
{
    if (entry.kind != InspectorModel::RowKind::MapEntry)
        return fail(error, tr("Only the entries of a map have a key."));
    const Twin *t = m_project->graph()->findTwin(m_twinId);
    if (!t)
        return fail(error, tr("The twin is gone."));
    const QString k = key.trimmed();
    if (k == entry.name)
        return true;
    QJsonObject map = valueIn(t->properties, *entry.parent).toObject();
    if (!checkKey(k, map, error))
        return false;
    map.insert(k, map.take(entry.name));
    return replace(*entry.parent, map, uniqueMergeKey(), error);
}

} // namespace twin
