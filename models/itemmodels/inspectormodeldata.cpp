// SPDX-License-Identifier: GPL-3.0-or-later
// InspectorModel: what a row shows (data(), flags(), tooltips, read-only reasons and
// validation errors).
#include "inspectormodel.h"

#include "inspectornode.h"
#include "inspectorvaluecodec.h"

#include "document/project.h"
#include "document/twinvalidator.h"
#include "ontology/dtdlelement.h"

#include <QFont>
#include <QLocale>

namespace twin {

namespace {

const QString kIdKey = QStringLiteral("id");
const QString kModelKey = QStringLiteral("model");

} // namespace

// --- what a row shows -----------------------------------------------------------------------

QString InspectorModel::nameText(const Node &n) const
{
    switch (n.kind) {
    case RowKind::Section:
        switch (n.holds) {
        case RowKind::Identity:
            return tr("Identity");
        case RowKind::Property:
            return tr("Properties");
        case RowKind::Telemetry:
            return tr("Telemetry");
        case RowKind::Component:
            return tr("Components");
        case RowKind::Computed:
            return tr("Computed");
        default:
            return tr("Relationships");
        }
    case RowKind::Identity:
        return n.name == kIdKey ? tr("Id") : n.name == kModelKey ? tr("Model") : tr("Category");
    case RowKind::MapEntry:
    case RowKind::Computed:
        return n.name;
    case RowKind::ArrayElement:
        return tr("Item %1").arg(n.index + 1);
    default:
        return InspectorValueCodec::elementTitle(describedBy(n), n.name);
    }
}

QString InspectorModel::schemaColumnText(const Node &n) const
{
    switch (n.kind) {
    case RowKind::Section:
    case RowKind::Identity:
        return QString();
    case RowKind::Relationship: {
        const Twin *target = m_project->graph()->findTwin(n.target);
        return target ? InspectorValueCodec(m_project->models()).interfaceTitle(target->model) : QString();
    }
    case RowKind::Computed: {
        const LiveValue *v = liveValue(n);
        return v ? v->timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
    }
    default:
        break;
    }
    const QString schema = schemaOf(n);
    if (schema.isEmpty())
        return QString();
    const QString unit = unitOf(n);
    const QString text = InspectorValueCodec(m_project->models()).schemaText(schema);
    return unit.isEmpty() ? text : tr("%1, %2").arg(text, unit);
}

QString InspectorModel::displayValue(const Node &n) const
{
    const InspectorValueCodec codec(m_project->models());
    switch (n.kind) {
    case RowKind::Section:
        return QString();
    case RowKind::Identity: {
        if (n.name == kIdKey)
            return m_twinId;
        if (n.name == kModelKey)
            return codec.interfaceTitle(m_model);
        const Twin *t = m_project->graph()->findTwin(m_twinId);
        return t ? categoryDisplayName(m_project->categoryOf(*t)) : QString();
    }
    case RowKind::Component:
        return codec.schemaText(schemaOf(n));
    case RowKind::Relationship: {
        const Twin *target = m_project->graph()->findTwin(n.target);
        if (!target || target->displayName() == n.target)
            return n.target;
        return QStringLiteral("%1 (%2)").arg(target->displayName(), n.target);
    }
    case RowKind::Telemetry:
    case RowKind::Computed: {
        const LiveValue *live = liveValue(n);
        if (!live)
            return QString();
        const QString text = live->value.typeId() == QMetaType::Double ? QLocale().toString(live->value.toDouble(), 'g', 6)
                                                                      : live->value.toString();
        const QString unit = unitOf(n);
        return unit.isEmpty() ? text : text + u' ' + unit;
    }
    default:
        break;
    }
    if (!elementOf(n))
        return QString();
    return codec.displayText(storedValue(n), schemaOf(n), unitOf(n));
}

QString InspectorModel::toolTip(const Node &n, int column) const
{
    QStringList lines;
    if (const QString error = valueError(n); !error.isEmpty())
        lines.append(error);
    const DtdlElement *d = describedBy(n);
    if (column == NameColumn && d) {
        lines.append(n.kind == RowKind::MapEntry ? tr("Key %1").arg(n.name) : n.name);
        if (const QString description = DtdlElement::localized(d->description); !description.isEmpty())
            lines.append(description);
    }
    if (column == ValueColumn && (n.kind == RowKind::Telemetry || n.kind == RowKind::Computed)) {
        const LiveValue *live = liveValue(n);
        const QString when = live ? QLocale().toString(live->timestamp.toLocalTime(), QLocale::LongFormat) : QString();
        if (n.kind == RowKind::Computed)
            lines.append(tr("Computed by a function at %1").arg(when));
        else
            lines.append(live ? tr("Measured at %1").arg(when) : tr("No live value yet."));
    }
    if (n.kind == RowKind::Identity && n.name == kModelKey)
        lines.append(m_model);
    if (n.kind == RowKind::Relationship)
        lines.append(tr("Relationship %1 to %2").arg(n.relationshipId, n.target));
    if (n.kind == RowKind::Component && d)
        lines.append(d->schema);
    if (column == ValueColumn && n.kind != RowKind::Telemetry && n.kind != RowKind::Computed) {
        if (const QString why = readOnlyReason(n); !why.isEmpty())
            lines.append(why);
    }
    // A value too long for its column is elided in the middle: the tooltip has all of it.
    if (column == ValueColumn && (n.isValue() || n.kind == RowKind::Identity)) {
        if (const QString whole = displayValue(n); !whole.isEmpty())
            lines.prepend(whole);
    }
    return lines.join(u'\n');
}

QString InspectorModel::readOnlyReason(const Node &n) const
{
    switch (n.kind) {
    case RowKind::Section:
        return QString();
    case RowKind::Identity:
        if (n.name == kIdKey)
            return tr("The id of a twin cannot change once it exists.");
        if (n.name == kModelKey)
            return tr("The model of a twin cannot change once it exists.");
        return tr("The category follows from the model.");
    case RowKind::Telemetry:
        return tr("Telemetry is measured, not set: the value comes from the live data.");
    case RowKind::Computed:
        return tr("Computed by a function from the live data.");
    case RowKind::Component:
        return tr("Edit the component's properties in the rows below it.");
    case RowKind::Relationship:
        return tr("Use Remove and Add Relationship… to change relationships.");
    default:
        break;
    }
    const DtdlElement *e = elementOf(n);
    if (!e)
        return tr("The model of this twin is not loaded.");
    if (!e->writable)
        return tr("Read-only: the model declares %1 as not writable, its value is reported by the device.").arg(e->name);
    const QString schema = schemaOf(n);
    if (InspectorValueCodec(m_project->models()).editorFor(schema) == Editor::None)
        return tr("Values of schema %1 cannot be edited here.").arg(schema);
    return QString();
}

QString InspectorModel::valueError(const Node &n) const
{
    if (!n.isValue())
        return QString();
    if (const auto it = m_errors.constFind(errorKey(n)); it != m_errors.constEnd())
        return *it;
    const Node *p = n.propertyRow();
    const QJsonValue v = storedValue(*p);
    if (v.isUndefined() || (n.isPart() && storedValue(n).isUndefined()))
        return QString();
    // Only this value: the twin's other values have their own rows.
    const QString rootKey = errorKey(*p);
    auto problems = m_validation.constFind(rootKey);
    if (problems == m_validation.constEnd()) {
        QJsonObject probe{{p->name, v}};
        if (p->kind == RowKind::ComponentProperty)
            probe = QJsonObject{{p->component, probe}};
        QList<QPair<QString, QString>> found;
        for (const Diagnostic &x : TwinValidator(m_project->models()).validate(Twin{m_twinId, m_model, probe, {}}))
            found.append({x.pointer, x.message});
        problems = m_validation.insert(rootKey, found);
    }
    // A part's own problems are those at its place in the value or below.
    QString pointer = u'/' + jsonPointerToken(p->name);
    if (p->kind == RowKind::ComponentProperty)
        pointer.prepend(u'/' + jsonPointerToken(p->component));
    for (const QVariant &step : n.path())
        pointer += u'/' + jsonPointerToken(step.toString());
    for (const auto &[at, message] : *problems) {
        if (at == pointer || at.startsWith(pointer + u'/'))
            return message;
    }
    return n.isPart() || problems->isEmpty() ? QString() : problems->first().second;
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const InspectorValueCodec codec(m_project->models());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return nameText(*n);
        return index.column() == ValueColumn ? displayValue(*n) : schemaColumnText(*n);
    case Qt::EditRole:
        if (index.column() == NameColumn && n->kind == RowKind::MapEntry)
            return n->name;
        if (index.column() != ValueColumn)
            return data(index, Qt::DisplayRole);
        return n->isValue() && elementOf(*n) ? codec.editValue(storedValue(*n), schemaOf(*n)) : QVariant();
    case Qt::ToolTipRole: {
        const QString tip = toolTip(*n, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (n->kind == RowKind::Section) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case RowKindRole:
        return int(n->kind);
    case EditorRole:
        if (index.column() == NameColumn && n->kind == RowKind::MapEntry)
            return int(Editor::Text);
        return int(n->isValue() && elementOf(*n) ? codec.editorFor(schemaOf(*n)) : Editor::None);
    case NameRole:
        return n->name;
    case ComponentRole:
        return n->component;
    case SchemaRole:
        return schemaOf(*n);
    case UnitRole:
        return unitOf(*n);
    case EditableRole:
        return n->kind != RowKind::Section && readOnlyReason(*n).isEmpty();
    case ReadOnlyReasonRole:
        return readOnlyReason(*n);
    case ErrorRole:
        return valueError(*n);
    case EnumValuesRole:
    case EnumLabelsRole:
        if (codec.editorFor(schemaOf(*n)) != Editor::Enum)
            return QVariant();
        return role == EnumValuesRole ? QVariant(codec.enumValues(schemaOf(*n))) : QVariant(codec.enumLabels(schemaOf(*n)));
    case MinimumRole:
    case MaximumRole: {
        double lo = 0, hi = 0;
        if (!InspectorValueCodec::integerRange(schemaOf(*n), &lo, &hi))
            return QVariant();
        return role == MinimumRole ? lo : hi;
    }
    case RelationshipIdRole:
        return n->relationshipId;
    case TargetRole:
        return n->target;
    case LiveTimestampRole: {
        const LiveValue *live = liveValue(*n);
        return live ? QVariant(live->timestamp) : QVariant();
    }
    case CompositeRole:
        return int(n->isValue() ? codec.compositeOf(schemaOf(*n)) : Composite::None);
    case PathRole:
        if (!n->isPart())
            return QVariant();
        return QStringList(errorKey(*n).split(u'/').mid(n->component.isEmpty() ? 0 : 1)).join(u'/');
    default:
        return QVariant();
    }
}

Qt::ItemFlags InspectorModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool editable = n->kind != RowKind::Section && readOnlyReason(*n).isEmpty();
    if (editable && (index.column() == ValueColumn || (index.column() == NameColumn && n->kind == RowKind::MapEntry)))
        f |= Qt::ItemIsEditable;
    // Sections, components and object, map and array values gain rows as the document
    // changes; other rows never do.
    const bool composite = n->isValue() && InspectorValueCodec(m_project->models()).compositeOf(schemaOf(*n)) != Composite::None;
    if (n->kind != RowKind::Section && n->kind != RowKind::Component && !composite)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant InspectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case SchemaColumn:
        return tr("Schema");
    default:
        return QVariant();
    }
}

} // namespace twin
