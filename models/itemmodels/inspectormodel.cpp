// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectormodel.h"

#include "document/project.h"
#include "document/twinfactory.h"
#include "ontology/dtdlelement.h"
#include "ontology/dtdlvocabulary.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace twin {

struct InspectorModel::Node
{
    RowKind kind = RowKind::Section;
    RowKind holds = RowKind::Section; ///< Section: the kind of its rows
    Node *parent = nullptr;
    int row = 0;
    QString name;           ///< content name, relationship name or identity key
    QString component;      ///< ComponentProperty: the component's name
    QString relationshipId; ///< Relationship
    QString target;         ///< Relationship: target twin id
    std::vector<std::unique_ptr<Node>> children;

    static std::unique_ptr<Node> make(RowKind kind, const QString &name)
    {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->name = name;
        return n;
    }

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

const QString kMetadata = QStringLiteral("$metadata");
const QString kIdKey = QStringLiteral("id");
const QString kModelKey = QStringLiteral("model");
const QString kCategoryKey = QStringLiteral("category");

// JSON numbers are doubles: integers beyond 2^53 would not survive a round trip.
constexpr double kMaxSafeInteger = 9007199254740991.0;

/// Any JSON value as compact text.
QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

bool integerRange(const QString &schema, double *minimum, double *maximum)
{
    struct Range { const char16_t *schema; double min; double max; };
    static const Range ranges[] = {
        {u"byte", -128, 127},
        {u"unsignedByte", 0, 255},
        {u"short", -32768, 32767},
        {u"unsignedShort", 0, 65535},
        {u"integer", -2147483648.0, 2147483647.0},
        {u"unsignedInteger", 0, 4294967295.0},
        {u"long", -kMaxSafeInteger, kMaxSafeInteger},
        {u"unsignedLong", 0, kMaxSafeInteger},
    };
    for (const Range &r : ranges) {
        if (schema == QStringView(r.schema)) {
            *minimum = r.min;
            *maximum = r.max;
            return true;
        }
    }
    return false;
}

QString elementTitle(const DtdlElement *e, const QString &fallback)
{
    const QString title = e ? DtdlElement::localized(e->displayName) : QString();
    return title.isEmpty() ? fallback : title;
}

/// An interface's display name, else the last segment of its DTMI ("Room" for
/// dtmi:twinstudio:core:Room;1): full DTMIs are for tooltips.
QString interfaceTitle(const ModelRegistry &models, const QString &dtmi)
{
    return elementTitle(models.element(dtmi), TwinFactory::shortName(dtmi));
}

} // namespace

InspectorModel::InspectorModel(Project *project, QObject *parent)
    : QAbstractItemModel(parent)
    , m_project(project)
{
    const TwinGraph *g = project->graph();
    connect(g, &TwinGraph::twinChanged, this, &InspectorModel::onTwinChanged);
    connect(g, &TwinGraph::twinInserted, this, [this](int index) {
        if (m_model.isEmpty() && m_project->graph()->twin(index).id == m_twinId)
            reset();
    });
    connect(g, &TwinGraph::twinRemoved, this, [this](int) {
        if (!m_model.isEmpty() && !m_project->graph()->findTwin(m_twinId))
            reset();
    });
    connect(g, &TwinGraph::relationshipInserted, this, &InspectorModel::onRelationshipChanged);
    connect(g, &TwinGraph::relationshipRemoved, this, &InspectorModel::onRelationshipChanged);
    connect(g, &TwinGraph::relationshipChanged, this, &InspectorModel::onRelationshipChanged);
    connect(g, &TwinGraph::aboutToReset, this, &InspectorModel::beginResetModel);
    connect(g, &TwinGraph::wasReset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(project, &Project::contentReset, this, &InspectorModel::reset);
    connect(project, &Project::categoriesChanged, this, &InspectorModel::emitValuesChanged);
}

InspectorModel::~InspectorModel() = default;

void InspectorModel::setTwin(const QString &id)
{
    if (id == m_twinId)
        return;
    m_twinId = id;
    m_errors.clear();
    reset();
}

void InspectorModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void InspectorModel::rebuild()
{
    m_sections.clear();
    m_model.clear();
    m_properties = QJsonObject();
    const Twin *t = m_project->graph()->findTwin(m_twinId);
    if (!t)
        return;
    m_model = t->model;
    m_properties = t->properties;
    const ModelRegistry &models = m_project->models();

    auto addSection = [this](RowKind holds) {
        auto s = Node::make(RowKind::Section, QString());
        s->holds = holds;
        s->row = int(m_sections.size());
        m_sections.push_back(std::move(s));
        return m_sections.back().get();
    };
    Node *identity = addSection(RowKind::Identity);
    for (const QString &key : {kIdKey, kModelKey, kCategoryKey})
        identity->add(Node::make(RowKind::Identity, key));

    if (const ResolvedInterface *r = models.resolved(m_model)) {
        // Base interfaces' contents first, as a reader expects "name" before what a
        // subtype adds.
        QStringList order = r->ancestors;
        std::reverse(order.begin(), order.end());
        order.append(m_model);
        QList<const DtdlElement *> contents = r->contents;
        std::stable_sort(contents.begin(), contents.end(), [&order](const DtdlElement *a, const DtdlElement *b) {
            return order.indexOf(a->definedIn) < order.indexOf(b->definedIn);
        });
        for (RowKind kind : {RowKind::Property, RowKind::Telemetry, RowKind::Component}) {
            const DtdlKind wanted = kind == RowKind::Property ? DtdlKind::Property
                : kind == RowKind::Telemetry                  ? DtdlKind::Telemetry
                                                              : DtdlKind::Component;
            Node *s = nullptr;
            for (const DtdlElement *c : std::as_const(contents)) {
                if (c->kind != wanted)
                    continue;
                if (!s)
                    s = addSection(kind);
                Node *row = s->add(Node::make(kind, c->name));
                if (kind != RowKind::Component)
                    continue;
                const ResolvedInterface *ci = models.resolved(c->schema);
                for (const DtdlElement *cc : ci ? ci->contents : QList<const DtdlElement *>()) {
                    if (cc->kind != DtdlKind::Property)
                        continue;
                    Node *p = row->add(Node::make(RowKind::ComponentProperty, cc->name));
                    p->component = c->name;
                }
            }
        }
    }
    addSection(RowKind::Relationship);
    refreshRelationships(false);
}

void InspectorModel::refreshRelationships(bool announce)
{
    Node *s = section(RowKind::Relationship);
    const TwinGraph *g = m_project->graph();
    const int self = g->indexOfTwin(m_twinId);
    if (!s || self < 0)
        return;
    QList<const Relationship *> wanted;
    for (int r : g->outgoing(self)) {
        if (g->isRelationshipAlive(r))
            wanted.append(&g->relationship(r));
    }
    std::sort(wanted.begin(), wanted.end(), [](const Relationship *a, const Relationship *b) {
        return std::tie(a->name, a->target, a->id) < std::tie(b->name, b->target, b->id);
    });
    bool same = int(wanted.size()) == int(s->children.size());
    for (int i = 0; same && i < wanted.size(); ++i)
        same = wanted.at(i)->id == s->children[size_t(i)]->relationshipId && wanted.at(i)->target == s->children[size_t(i)]->target;
    if (same)
        return;
    const QModelIndex parent = indexOf(s, 0);
    if (!s->children.empty()) {
        if (announce)
            beginRemoveRows(parent, 0, int(s->children.size()) - 1);
        s->children.clear();
        if (announce)
            endRemoveRows();
    }
    if (wanted.isEmpty())
        return;
    if (announce)
        beginInsertRows(parent, 0, int(wanted.size()) - 1);
    for (const Relationship *r : std::as_const(wanted)) {
        Node *n = s->add(Node::make(RowKind::Relationship, r->name));
        n->relationshipId = r->id;
        n->target = r->target;
    }
    if (announce)
        endInsertRows();
}

void InspectorModel::onTwinChanged(int index)
{
    const TwinGraph *g = m_project->graph();
    const Twin &t = g->twin(index);
    if (t.id != m_twinId) {
        // A renamed target shows its new name.
        if (Node *s = section(RowKind::Relationship)) {
            for (const auto &n : s->children) {
                if (n->target == t.id) {
                    emit dataChanged(indexOf(s->children.front().get(), 0),
                                     indexOf(s->children.back().get(), ColumnCount - 1));
                    break;
                }
            }
        }
        return;
    }
    if (t.model != m_model) {
        reset();
        return;
    }
    if (t.properties == m_properties)
        return; // geometry only (a drag on the plan)
    m_properties = t.properties;
    emitValuesChanged();
}

void InspectorModel::onRelationshipChanged(int index)
{
    Q_UNUSED(index);
    if (m_model.isEmpty())
        return;
    refreshRelationships(true);
    if (Node *s = section(RowKind::Relationship); s && !s->children.empty())
        emit dataChanged(indexOf(s->children.front().get(), 0), indexOf(s->children.back().get(), ColumnCount - 1));
}

void InspectorModel::emitValuesChanged()
{
    for (const auto &s : m_sections) {
        if (s->children.empty())
            continue;
        emit dataChanged(indexOf(s->children.front().get(), 0), indexOf(s->children.back().get(), ColumnCount - 1));
        for (const auto &c : s->children) {
            if (!c->children.empty())
                emit dataChanged(indexOf(c->children.front().get(), 0), indexOf(c->children.back().get(), ColumnCount - 1));
        }
    }
}

// --- structure ------------------------------------------------------------------------------

const InspectorModel::Node *InspectorModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : nullptr;
}

QModelIndex InspectorModel::indexOf(const Node *n, int column) const
{
    if (!n)
        return QModelIndex();
    return createIndex(n->row, column, const_cast<Node *>(n));
}

InspectorModel::Node *InspectorModel::section(RowKind kind) const
{
    for (const auto &s : m_sections) {
        if (s->holds == kind || (kind == RowKind::ComponentProperty && s->holds == RowKind::Component))
            return s.get();
    }
    return nullptr;
}

QModelIndex InspectorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < int(m_sections.size()) ? createIndex(row, column, m_sections[size_t(row)].get()) : QModelIndex();
    if (parent.column() != 0)
        return QModelIndex();
    const Node *p = node(parent);
    return row < int(p->children.size()) ? createIndex(row, column, p->children[size_t(row)].get()) : QModelIndex();
}

QModelIndex InspectorModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    return n && n->parent ? indexOf(n->parent, 0) : QModelIndex();
}

int InspectorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int InspectorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex InspectorModel::sectionIndex(RowKind kind) const
{
    return indexOf(section(kind), 0);
}

QModelIndex InspectorModel::findRow(RowKind kind, const QString &name, const QString &component) const
{
    const Node *s = section(kind);
    if (!s)
        return QModelIndex();
    for (const auto &n : s->children) {
        if (kind == RowKind::ComponentProperty) {
            if (n->name != component)
                continue;
            for (const auto &c : n->children) {
                if (c->name == name)
                    return indexOf(c.get(), 0);
            }
            return QModelIndex();
        }
        if ((kind == RowKind::Relationship ? n->relationshipId : n->name) == name)
            return indexOf(n.get(), 0);
    }
    return QModelIndex();
}

// --- what a row shows -------------------------------------------------------------------------

const DtdlElement *InspectorModel::elementOf(const Node &n) const
{
    const ModelRegistry &models = m_project->models();
    switch (n.kind) {
    case RowKind::Property:
    case RowKind::Telemetry:
    case RowKind::Component:
    case RowKind::Relationship:
        return models.content(m_model, n.name);
    case RowKind::ComponentProperty: {
        const DtdlElement *c = models.content(m_model, n.component);
        return c ? models.content(c->schema, n.name) : nullptr;
    }
    case RowKind::Section:
    case RowKind::Identity:
        break;
    }
    return nullptr;
}

QJsonValue InspectorModel::storedValue(const Node &n) const
{
    if (n.kind == RowKind::Property)
        return m_properties.value(n.name);
    if (n.kind == RowKind::ComponentProperty)
        return m_properties.value(n.component).toObject().value(n.name);
    return QJsonValue(QJsonValue::Undefined);
}

InspectorModel::Editor InspectorModel::editorFor(const QString &schema) const
{
    double lo = 0, hi = 0;
    if (schema == u"boolean")
        return Editor::Boolean;
    if (integerRange(schema, &lo, &hi))
        return Editor::Integer;
    if (schema == u"double" || schema == u"float" || schema == u"decimal")
        return Editor::Double;
    if (schema == u"string" || schema == u"uuid" || schema == u"bytes")
        return Editor::Text;
    if (schema == u"date")
        return Editor::Date;
    if (schema == u"dateTime")
        return Editor::DateTime;
    if (schema == u"time")
        return Editor::Time;
    if (schema == u"duration")
        return Editor::Duration;
    if (DtdlVocabulary::isGeospatialSchema(schema))
        return Editor::Json;
    if (const DtdlElement *s = m_project->models().element(schema)) {
        if (s->kind == DtdlKind::Enum)
            return Editor::Enum;
        if (s->kind == DtdlKind::Object || s->kind == DtdlKind::Map || s->kind == DtdlKind::Array)
            return Editor::Json;
    }
    return Editor::None;
}

QString InspectorModel::schemaText(const QString &schema) const
{
    const DtdlElement *s = m_project->models().element(schema);
    if (!s)
        return schema;
    switch (s->kind) {
    case DtdlKind::Enum:
        return tr("enum of %1").arg(s->valueSchema);
    case DtdlKind::Object:
        return tr("object");
    case DtdlKind::Map:
        return tr("map");
    case DtdlKind::Array:
        return tr("array of %1").arg(schemaText(s->elementSchema));
    case DtdlKind::Interface:
        return interfaceTitle(m_project->models(), schema);
    default:
        return schema;
    }
}

QString InspectorModel::unitSymbol(const QString &unit)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("degreeCelsius"), QStringLiteral("°C")},
        {QStringLiteral("degreeFahrenheit"), QStringLiteral("°F")},
        {QStringLiteral("kelvin"), QStringLiteral("K")},
        {QStringLiteral("percent"), QStringLiteral("%")},
        {QStringLiteral("partsPerMillion"), QStringLiteral("ppm")},
        {QStringLiteral("partsPerBillion"), QStringLiteral("ppb")},
        {QStringLiteral("metre"), QStringLiteral("m")},
        {QStringLiteral("centimetre"), QStringLiteral("cm")},
        {QStringLiteral("millimetre"), QStringLiteral("mm")},
        {QStringLiteral("kilometre"), QStringLiteral("km")},
        {QStringLiteral("squareMetre"), QStringLiteral("m²")},
        {QStringLiteral("cubicMetre"), QStringLiteral("m³")},
        {QStringLiteral("litre"), QStringLiteral("L")},
        {QStringLiteral("watt"), QStringLiteral("W")},
        {QStringLiteral("kilowatt"), QStringLiteral("kW")},
        {QStringLiteral("megawatt"), QStringLiteral("MW")},
        {QStringLiteral("wattHour"), QStringLiteral("Wh")},
        {QStringLiteral("kilowattHour"), QStringLiteral("kWh")},
        {QStringLiteral("megawattHour"), QStringLiteral("MWh")},
        {QStringLiteral("volt"), QStringLiteral("V")},
        {QStringLiteral("ampere"), QStringLiteral("A")},
        {QStringLiteral("hertz"), QStringLiteral("Hz")},
        {QStringLiteral("lux"), QStringLiteral("lx")},
        {QStringLiteral("pascal"), QStringLiteral("Pa")},
        {QStringLiteral("kilopascal"), QStringLiteral("kPa")},
        {QStringLiteral("millibar"), QStringLiteral("mbar")},
        {QStringLiteral("second"), QStringLiteral("s")},
        {QStringLiteral("millisecond"), QStringLiteral("ms")},
        {QStringLiteral("minute"), QStringLiteral("min")},
        {QStringLiteral("hour"), QStringLiteral("h")},
        {QStringLiteral("kilogram"), QStringLiteral("kg")},
        {QStringLiteral("gram"), QStringLiteral("g")},
        {QStringLiteral("metrePerSecond"), QStringLiteral("m/s")},
        {QStringLiteral("decibel"), QStringLiteral("dB")},
        {QStringLiteral("unity"), QString()},
    };
    return symbols.value(unit, unit);
}

QString InspectorModel::displayValue(const Node &n) const
{
    const Twin *t = m_project->graph()->findTwin(m_twinId);
    switch (n.kind) {
    case RowKind::Section:
        return QString();
    case RowKind::Identity:
        if (n.name == kIdKey)
            return m_twinId;
        if (n.name == kModelKey)
            return interfaceTitle(m_project->models(), m_model);
        return t ? categoryDisplayName(m_project->categoryOf(*t)) : QString();
    case RowKind::Component: {
        const DtdlElement *e = elementOf(n);
        return e ? schemaText(e->schema) : QString();
    }
    case RowKind::Relationship: {
        const Twin *target = m_project->graph()->findTwin(n.target);
        if (!target || target->displayName() == n.target)
            return n.target;
        return QStringLiteral("%1 (%2)").arg(target->displayName(), n.target);
    }
    case RowKind::Telemetry: {
        const auto twinValues = m_live.constFind(m_twinId);
        if (twinValues == m_live.constEnd())
            return QString();
        auto live = twinValues->constFind(n.name);
        if (live == twinValues->constEnd() && n.row == 0)
            live = twinValues->constFind(QString());
        if (live == twinValues->constEnd())
            return QString();
        const DtdlElement *e = elementOf(n);
        const QString unit = e ? unitSymbol(e->unit) : QString();
        QString text = live->value.typeId() == QMetaType::Double ? QLocale().toString(live->value.toDouble(), 'g', 6)
                                                                : live->value.toString();
        return unit.isEmpty() ? text : text + u' ' + unit;
    }
    case RowKind::Property:
    case RowKind::ComponentProperty:
        break;
    }
    const DtdlElement *e = elementOf(n);
    const QJsonValue v = storedValue(n);
    if (!e || v.isUndefined())
        return QString();
    const QString unit = unitSymbol(e->unit);
    switch (editorFor(e->schema)) {
    case Editor::Double:
    case Editor::Integer:
        if (!v.isDouble())
            break;
        return unit.isEmpty() ? QLocale().toString(v.toDouble(), 'g', 12)
                              : QLocale().toString(v.toDouble(), 'g', 12) + u' ' + unit;
    case Editor::Boolean:
        if (!v.isBool())
            break;
        return v.toBool() ? tr("yes") : tr("no");
    case Editor::Enum: {
        const ModelRegistry &models = m_project->models();
        for (const QString &id : models.element(e->schema)->enumValues) {
            const DtdlElement *ev = models.element(id);
            if (ev && jsonText(v) == jsonText(QJsonValue::fromVariant(ev->enumValue)))
                return elementTitle(ev, ev->name);
        }
        break;
    }
    case Editor::Text:
    case Editor::Date:
    case Editor::DateTime:
    case Editor::Time:
    case Editor::Duration:
        if (v.isString())
            return v.toString();
        break;
    case Editor::Json:
    case Editor::None:
        break;
    }
    return jsonText(v);
}

QVariant InspectorModel::editValue(const Node &n) const
{
    const DtdlElement *e = elementOf(n);
    if (!e)
        return QVariant();
    const QJsonValue v = storedValue(n);
    switch (editorFor(e->schema)) {
    case Editor::Double:
        return v.isDouble() ? v.toDouble() : 0.0;
    case Editor::Integer:
        return v.isDouble() ? qlonglong(v.toDouble()) : qlonglong(0);
    case Editor::Boolean:
        return v.isBool() ? v.toBool() : false;
    case Editor::Enum:
        return v.isUndefined() ? QVariant() : v.toVariant();
    case Editor::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? d : QDate::currentDate();
    }
    case Editor::DateTime: {
        const QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return d.isValid() ? d : QDateTime::currentDateTimeUtc();
    }
    case Editor::Time: {
        const QTime d = QTime::fromString(v.toString(), Qt::ISODateWithMs);
        return d.isValid() ? d : QTime(0, 0);
    }
    case Editor::Text:
    case Editor::Duration:
        return v.isString() ? v.toString() : (v.isUndefined() ? QString() : jsonText(v));
    case Editor::Json:
        return v.isUndefined() ? QString() : jsonText(v);
    case Editor::None:
        break;
    }
    return QVariant();
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
    case RowKind::Component:
        return tr("Edit the component's properties in the rows below it.");
    case RowKind::Relationship:
        return tr("Use Remove and Add Relationship… to change relationships.");
    case RowKind::Property:
    case RowKind::ComponentProperty:
        break;
    }
    const DtdlElement *e = elementOf(n);
    if (!e)
        return tr("The model of this twin is not loaded.");
    if (!e->writable)
        return tr("Read-only: the model declares %1 as not writable, its value is reported by the device.").arg(e->name);
    if (editorFor(e->schema) == Editor::None)
        return tr("Values of schema %1 cannot be edited here.").arg(e->schema);
    return QString();
}

QString InspectorModel::errorKey(const Node &n)
{
    return n.component.isEmpty() ? n.name : n.component + u'/' + n.name;
}

QString InspectorModel::valueError(const Node &n) const
{
    if (n.kind != RowKind::Property && n.kind != RowKind::ComponentProperty)
        return QString();
    if (const auto it = m_errors.constFind(errorKey(n)); it != m_errors.constEnd())
        return *it;
    const QJsonValue v = storedValue(n);
    if (v.isUndefined())
        return QString();
    // Only this value: the twin's other values have their own rows.
    QJsonObject probe{{n.name, v}};
    if (n.kind == RowKind::ComponentProperty)
        probe = QJsonObject{{n.component, probe}};
    const Diagnostics d = m_project->models().validateTwin(Twin{m_twinId, m_model, probe, {}});
    return d.isEmpty() ? QString() : d.first().message;
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const DtdlElement *e = elementOf(*n);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            switch (n->kind) {
            case RowKind::Section:
                switch (n->holds) {
                case RowKind::Identity:
                    return tr("Identity");
                case RowKind::Property:
                    return tr("Properties");
                case RowKind::Telemetry:
                    return tr("Telemetry");
                case RowKind::Component:
                    return tr("Components");
                default:
                    return tr("Relationships");
                }
            case RowKind::Identity:
                return n->name == kIdKey ? tr("Id") : n->name == kModelKey ? tr("Model") : tr("Category");
            default:
                return elementTitle(e, n->name);
            }
        }
        if (index.column() == ValueColumn)
            return displayValue(*n);
        if (n->kind == RowKind::Identity)
            return QVariant();
        if (n->kind == RowKind::Relationship) {
            const Twin *target = m_project->graph()->findTwin(n->target);
            return target ? interfaceTitle(m_project->models(), target->model) : QString();
        }
        if (e && n->kind != RowKind::Section) {
            const QString unit = unitSymbol(e->unit);
            const QString text = schemaText(e->schema);
            return unit.isEmpty() ? text : tr("%1, %2").arg(text, unit);
        }
        return QVariant();
    case Qt::EditRole:
        return index.column() == ValueColumn ? editValue(*n) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (const QString error = valueError(*n); !error.isEmpty())
            lines.append(error);
        if (index.column() == NameColumn && e) {
            lines.append(n->name);
            if (const QString description = DtdlElement::localized(e->description); !description.isEmpty())
                lines.append(description);
        }
        if (n->kind == RowKind::Telemetry && index.column() == ValueColumn) {
            const QDateTime ts = data(index, LiveTimestampRole).toDateTime();
            lines.append(ts.isValid() ? tr("Measured at %1").arg(QLocale().toString(ts.toLocalTime(), QLocale::LongFormat))
                                      : tr("No live value yet."));
        }
        if (n->kind == RowKind::Identity && n->name == kModelKey)
            lines.append(m_model);
        if (n->kind == RowKind::Relationship)
            lines.append(tr("Relationship %1 to %2").arg(n->relationshipId, n->target));
        if (n->kind == RowKind::Component && e)
            lines.append(e->schema);
        if (index.column() == ValueColumn) {
            if (const QString why = readOnlyReason(*n); !why.isEmpty() && n->kind != RowKind::Telemetry)
                lines.append(why);
        }
        return lines.isEmpty() ? QVariant() : lines.join(u'\n');
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
        return int(e && (n->kind == RowKind::Property || n->kind == RowKind::ComponentProperty) ? editorFor(e->schema)
                                                                                                 : Editor::None);
    case NameRole:
        return n->name;
    case ComponentRole:
        return n->component;
    case SchemaRole:
        return e ? e->schema : QString();
    case UnitRole:
        return e ? unitSymbol(e->unit) : QString();
    case EditableRole:
        return n->kind != RowKind::Section && readOnlyReason(*n).isEmpty();
    case ReadOnlyReasonRole:
        return readOnlyReason(*n);
    case ErrorRole:
        return valueError(*n);
    case EnumValuesRole:
    case EnumLabelsRole: {
        const DtdlElement *s = e ? m_project->models().element(e->schema) : nullptr;
        if (!s || s->kind != DtdlKind::Enum)
            return QVariant();
        QVariantList values;
        QStringList labels;
        for (const QString &id : s->enumValues) {
            if (const DtdlElement *ev = m_project->models().element(id)) {
                values.append(ev->enumValue);
                labels.append(elementTitle(ev, ev->name));
            }
        }
        return role == EnumValuesRole ? QVariant(values) : QVariant(labels);
    }
    case MinimumRole:
    case MaximumRole: {
        double lo = 0, hi = 0;
        if (!e || !integerRange(e->schema, &lo, &hi))
            return QVariant();
        return role == MinimumRole ? lo : hi;
    }
    case RelationshipIdRole:
        return n->relationshipId;
    case TargetRole:
        return n->target;
    case LiveTimestampRole: {
        const auto twinValues = m_live.constFind(m_twinId);
        if (n->kind != RowKind::Telemetry || twinValues == m_live.constEnd())
            return QVariant();
        auto live = twinValues->constFind(n->name);
        if (live == twinValues->constEnd() && n->row == 0)
            live = twinValues->constFind(QString());
        return live == twinValues->constEnd() ? QVariant() : QVariant(live->timestamp);
    }
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
    if (index.column() == ValueColumn && n->kind != RowKind::Section && readOnlyReason(*n).isEmpty())
        f |= Qt::ItemIsEditable;
    // Sections and components gain rows as the document changes; other rows never do.
    if (n->kind != RowKind::Section && n->kind != RowKind::Component)
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

// --- edits --------------------------------------------------------------------------------------

QJsonValue InspectorModel::toJson(const QVariant &value, const QString &schema, QString *error) const
{
    const QJsonValue undefined(QJsonValue::Undefined);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return undefined;
    };
    if (error)
        error->clear();
    const Editor editor = editorFor(schema);
    const bool isText = value.typeId() == QMetaType::QString;
    const QString text = isText ? value.toString().trimmed() : QString();
    // No value, or an emptied field of a non-text schema: the property is unset.
    if (!value.isValid() || (isText && text.isEmpty() && editor != Editor::Text))
        return undefined;

    switch (editor) {
    case Editor::Boolean:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool();
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
        return fail(tr("'%1' is not true or false").arg(value.toString()));
    case Editor::Integer:
    case Editor::Double: {
        bool ok = false;
        double d = 0;
        if (isText) {
            d = QLocale().toDouble(text, &ok);
            if (!ok)
                d = QLocale::c().toDouble(text, &ok);
        } else {
            d = value.toDouble(&ok);
        }
        if (!ok || !std::isfinite(d))
            return fail(tr("'%1' is not a number").arg(value.toString()));
        if (editor == Editor::Double)
            return d;
        double lo = 0, hi = 0;
        integerRange(schema, &lo, &hi);
        if (d != std::floor(d))
            return fail(tr("'%1' is not a whole number").arg(value.toString()));
        if (d < lo || d > hi)
            return fail(tr("%1 is outside the range of %2 (%3 to %4)")
                            .arg(value.toString(), schema, QLocale().toString(lo, 'f', 0), QLocale().toString(hi, 'f', 0)));
        return d;
    }
    case Editor::Enum: {
        const ModelRegistry &models = m_project->models();
        const DtdlElement *s = models.element(schema);
        // The value itself, or the name or display name of one of the enum's values.
        for (const QString &id : s->enumValues) {
            const DtdlElement *ev = models.element(id);
            if (!ev)
                continue;
            const QString evText = ev->enumValue.toString();
            if (value.toString() == evText || (isText && (text == ev->name || text == elementTitle(ev, ev->name))))
                return QJsonValue::fromVariant(ev->enumValue);
        }
        return fail(tr("'%1' is not one of the values of this enum").arg(value.toString()));
    }
    case Editor::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return text;
    case Editor::DateTime:
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        return text;
    case Editor::Time:
        if (value.typeId() == QMetaType::QTime) {
            const QTime t = value.toTime();
            return t.toString(t.msec() ? Qt::ISODateWithMs : Qt::ISODate);
        }
        return text;
    case Editor::Text:
        return value.toString();
    case Editor::Duration:
        return text;
    case Editor::Json: {
        if (!isText)
            return QJsonValue::fromVariant(value);
        // Wrapped so that any JSON value parses, not only objects and arrays.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + ']', &parseError);
        if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
            return fail(tr("not valid JSON: %1 at character %2")
                            .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                               : tr("more than one value"))
                            .arg(std::max(1, parseError.offset)));
        return doc.array().first();
    }
    case Editor::None:
        break;
    }
    return fail(tr("values of schema %1 cannot be edited here").arg(schema));
}

bool InspectorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn)
        return false;
    return setValue(index, value);
}

bool InspectorModel::setValue(const QModelIndex &index, const QVariant &value, QString *error)
{
    const Node *n = node(index);
    if (!n || n->kind == RowKind::Section)
        return false;
    const QModelIndex first = indexOf(n, 0);
    const QModelIndex last = indexOf(n, ColumnCount - 1);
    QString message = readOnlyReason(*n);
    bool ok = false;
    if (message.isEmpty()) {
        const DtdlElement *e = elementOf(*n);
        const QJsonValue json = toJson(value, e->schema, &message);
        if (message.isEmpty()) {
            if (n->kind == RowKind::Property) {
                ok = m_project->setTwinProperty(m_twinId, n->name, json, &message);
            } else {
                QJsonObject component = m_properties.value(n->component).toObject();
                if (!component.contains(kMetadata))
                    component.insert(kMetadata, QJsonObject());
                if (json.isUndefined())
                    component.remove(n->name);
                else
                    component.insert(n->name, json);
                ok = m_project->setTwinProperty(m_twinId, n->component, component, &message);
            }
        }
    }
    if (ok)
        m_errors.remove(errorKey(*n));
    else
        m_errors.insert(errorKey(*n), message);
    if (error)
        *error = message;
    emit dataChanged(first, last);
    if (!ok)
        emit valueRefused(indexOf(n, ValueColumn), message);
    return ok;
}

QList<InspectorModel::RelationshipOption> InspectorModel::relationshipOptions() const
{
    QList<RelationshipOption> options;
    const TwinGraph *g = m_project->graph();
    const int self = g->indexOfTwin(m_twinId);
    const ModelRegistry &models = m_project->models();
    const ResolvedInterface *r = models.resolved(m_model);
    if (self < 0 || !r)
        return options;
    for (const DtdlElement *c : r->contents) {
        if (c->kind != DtdlKind::Relationship)
            continue;
        RelationshipOption o;
        o.name = c->name;
        o.displayName = elementTitle(c, c->name);
        o.targetModel = c->target;
        o.targetName = c->target.isEmpty() ? QString() : interfaceTitle(models, c->target);
        o.maxMultiplicity = c->maxMultiplicity;
        QSet<QString> related;
        for (int rel : g->outgoing(self)) {
            if (g->isRelationshipAlive(rel) && g->relationship(rel).name == c->name) {
                ++o.count;
                related.insert(g->relationship(rel).target);
            }
        }
        if (!o.isFull()) {
            QHash<QString, bool> allowedModel;
            for (int i : g->twinIndices()) {
                const Twin &t = g->twin(i);
                if (i == self || related.contains(t.id))
                    continue;
                auto allowed = allowedModel.constFind(t.model);
                if (allowed == allowedModel.constEnd())
                    allowed = allowedModel.insert(t.model, o.targetModel.isEmpty() ? models.contains(t.model)
                                                                                    : models.isA(t.model, o.targetModel));
                if (*allowed)
                    o.targets.append(t.id);
            }
            o.targets.sort();
        }
        options.append(o);
    }
    std::sort(options.begin(), options.end(),
              [](const RelationshipOption &a, const RelationshipOption &b) { return a.name < b.name; });
    return options;
}

bool InspectorModel::addRelationship(const QString &name, const QString &targetId, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<RelationshipOption> options = relationshipOptions();
    const auto o = std::find_if(options.cbegin(), options.cend(),
                                [&name](const RelationshipOption &x) { return x.name == name; });
    if (o == options.cend())
        return fail(tr("%1 has no relationship '%2'").arg(m_model, name));
    if (o->isFull())
        return fail(tr("%1 already has %n '%2' relationship(s), the most its model allows", nullptr, o->maxMultiplicity)
                        .arg(m_twinId, name));
    if (!o->targets.contains(targetId)) {
        if (!m_project->graph()->findTwin(targetId))
            return fail(tr("twin '%1' does not exist").arg(targetId));
        return fail(tr("'%1' cannot be the target of '%2' of %3").arg(targetId, name, m_twinId));
    }
    const Relationship r{m_project->uniqueRelationshipId(m_twinId, name + u'-' + targetId), m_twinId, name, targetId, {}};
    return m_project->addRelationship(r, error);
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

// --- live values --------------------------------------------------------------------------------

void InspectorModel::setLiveValue(const QString &twinId, const QString &name, const QVariant &value,
                                  const QDateTime &timestamp)
{
    m_live[twinId].insert(name, LiveValue{value, timestamp});
    if (twinId != m_twinId)
        return;
    const Node *s = section(RowKind::Telemetry);
    if (!s || s->children.empty())
        return;
    const QModelIndex row = name.isEmpty() ? indexOf(s->children.front().get(), 0) : findRow(RowKind::Telemetry, name);
    if (row.isValid())
        emit dataChanged(row.siblingAtColumn(ValueColumn), row.siblingAtColumn(ValueColumn));
}

void InspectorModel::clearLiveValues()
{
    m_live.clear();
    if (const Node *s = section(RowKind::Telemetry); s && !s->children.empty())
        emit dataChanged(indexOf(s->children.front().get(), ValueColumn), indexOf(s->children.back().get(), ValueColumn));
}

} // namespace twin
