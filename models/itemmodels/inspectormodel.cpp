// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectormodel.h"

// InspectorModel: the rows, following the document, live and computed values. What a row
// shows is in inspectormodeldata.cpp, edits in inspectormodeledits.cpp.

#include "inspectornode.h"
#include "inspectorrowbuilder.h"
#include "inspectorvaluecodec.h"

#include "document/project.h"
#include "ontology/dtdlelement.h"
#include "ontology/units.h"
#include "telemetry/livevaluefeed.h"

#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace twin {

namespace {

const QString kMetadata = QStringLiteral("$metadata");
const QString kIdKey = QStringLiteral("id");
const QString kModelKey = QStringLiteral("model");

/// Inserts \a child into \a parent's rows at \a row, renumbering those after it.
InspectorModel::Node *insertChild(std::vector<std::unique_ptr<InspectorModel::Node>> &rows, InspectorModel::Node *parent,
                                  int row, std::unique_ptr<InspectorModel::Node> child)
{
    child->parent = parent;
    auto *inserted = rows.insert(rows.begin() + row, std::move(child))->get();
    for (size_t i = size_t(row); i < rows.size(); ++i)
        rows[i]->row = int(i);
    return inserted;
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
    // The feed keeps every twin's values: only the shown twin's are read, when shown.
    if (m_feed && !id.isEmpty())
        readFeedValues(id);
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
    m_validation.clear();
    m_model.clear();
    m_properties = QJsonObject();
    const Twin *t = m_project->graph()->findTwin(m_twinId);
    if (!t)
        return;
    m_model = t->model;
    m_properties = t->properties;
    m_sections = InspectorRowBuilder(m_project->models()).sections(*t);
    auto addSection = [this](RowKind holds) {
        auto s = Node::make(RowKind::Section, QString());
        s->holds = holds;
        s->row = int(m_sections.size());
        m_sections.push_back(std::move(s));
        return m_sections.back().get();
    };
    if (const auto computed = m_computed.constFind(m_twinId); computed != m_computed.constEnd()) {
        Node *s = addSection(RowKind::Computed);
        QStringList names = computed->keys();
        names.sort();
        for (const QString &name : std::as_const(names))
            s->add(Node::make(RowKind::Computed, name));
    }
    addSection(RowKind::Relationship);
    refreshRelationships(false);
}

void InspectorModel::refreshParts(Node *owner)
{
    const InspectorRowBuilder builder(m_project->models());
    std::vector<std::unique_ptr<Node>> rows = builder.partRows(*owner, schemaOf(*owner), storedValue(*owner));
    if (InspectorRowBuilder::sameParts(owner->children, rows)) {
        for (const auto &child : owner->children)
            refreshParts(child.get());
        return;
    }
    replaceChildren(owner, std::move(rows));
}

void InspectorModel::replaceChildren(Node *owner, std::vector<std::unique_ptr<Node>> rows)
{
    const QModelIndex parent = indexOf(owner, 0);
    if (!owner->children.empty()) {
        beginRemoveRows(parent, 0, int(owner->children.size()) - 1);
        owner->children.clear();
        endRemoveRows();
    }
    if (rows.empty())
        return;
    const InspectorRowBuilder builder(m_project->models());
    const QJsonValue value = storedValue(*owner);
    beginInsertRows(parent, 0, int(rows.size()) - 1);
    for (auto &row : rows) {
        Node *child = owner->add(std::move(row));
        builder.addParts(child, child->schema, InspectorValueCodec::valueAt(value, QVariantList{child->path().constLast()}));
    }
    endInsertRows();
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
    // Maps and arrays gain and lose rows with their entries.
    if (Node *s = section(RowKind::Property)) {
        for (const auto &p : s->children)
            refreshParts(p.get());
    }
    if (Node *s = section(RowKind::Component)) {
        for (const auto &c : s->children) {
            for (const auto &p : c->children)
                refreshParts(p.get());
        }
    }
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
    m_validation.clear();
    for (const auto &s : m_sections)
        emitChildrenChanged(*s);
}

void InspectorModel::emitChildrenChanged(const Node &n)
{
    if (n.children.empty())
        return;
    emit dataChanged(indexOf(n.children.front().get(), 0), indexOf(n.children.back().get(), ColumnCount - 1));
    for (const auto &c : n.children)
        emitChildrenChanged(*c);
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

InspectorModel::Node *InspectorModel::computedSection(bool create)
{
    Node *s = section(RowKind::Computed);
    if (s || !create || m_sections.empty())
        return s;
    // Before Relationships, which always come last.
    const int row = int(m_sections.size()) - 1;
    auto made = Node::make(RowKind::Section, QString());
    made->holds = RowKind::Computed;
    beginInsertRows(QModelIndex(), row, row);
    s = insertChild(m_sections, nullptr, row, std::move(made));
    endInsertRows();
    return s;
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

QModelIndex InspectorModel::findPart(const QModelIndex &value, const QString &name) const
{
    const Node *n = node(value);
    if (!n || !n->isValue())
        return QModelIndex();
    for (const auto &c : n->children) {
        if (c->name == name)
            return indexOf(c.get(), 0);
    }
    return QModelIndex();
}

// --- what a row is --------------------------------------------------------------------------

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
    case RowKind::Field:
    case RowKind::MapEntry:
    case RowKind::ArrayElement:
        return elementOf(*n.propertyRow());
    case RowKind::Section:
    case RowKind::Identity:
    case RowKind::Computed:
        break;
    }
    return nullptr;
}

const DtdlElement *InspectorModel::describedBy(const Node &n) const
{
    if (n.isPart())
        return n.elementId.isEmpty() ? nullptr : m_project->models().element(n.elementId);
    return elementOf(n);
}

QString InspectorModel::schemaOf(const Node &n) const
{
    if (n.isPart())
        return n.schema;
    const DtdlElement *e = elementOf(n);
    return e ? e->schema : QString();
}

QString InspectorModel::unitOf(const Node &n) const
{
    const DtdlElement *d = describedBy(n);
    return d ? Units::symbol(d->unit) : QString();
}

QJsonValue InspectorModel::storedValue(const Node &n) const
{
    if (n.kind == RowKind::Property)
        return m_properties.value(n.name);
    if (n.kind == RowKind::ComponentProperty)
        return m_properties.value(n.component).toObject().value(n.name);
    if (n.isPart())
        return InspectorValueCodec::valueAt(storedValue(*n.propertyRow()), n.path());
    return QJsonValue(QJsonValue::Undefined);
}

const InspectorModel::LiveValue *InspectorModel::liveValue(const Node &n) const
{
    const auto &values = n.kind == RowKind::Telemetry ? m_live : m_computed;
    if (n.kind != RowKind::Telemetry && n.kind != RowKind::Computed)
        return nullptr;
    const auto twinValues = values.constFind(m_twinId);
    if (twinValues == values.constEnd())
        return nullptr;
    auto live = twinValues->constFind(n.name);
    // A sensor's own point is its first telemetry.
    if (live == twinValues->constEnd() && n.kind == RowKind::Telemetry && n.row == 0)
        live = twinValues->constFind(QString());
    return live == twinValues->constEnd() ? nullptr : &*live;
}

QString InspectorModel::errorKey(const Node &n)
{
    QString key = n.component.isEmpty() ? QString() : n.component + u'/';
    key += n.propertyRow()->name;
    for (const QVariant &step : n.path())
        key += u'/' + step.toString();
    return key;
}

QJsonValue InspectorModel::toJson(const QVariant &value, const QString &schema, QString *error) const
{
    return InspectorValueCodec(m_project->models()).toJson(value, schema, error);
}

// --- live and computed values -------------------------------------------------------------------

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

void InspectorModel::setComputedValue(const QString &twinId, const QString &name, const QVariant &value,
                                      const QDateTime &timestamp)
{
    m_computed[twinId].insert(name, LiveValue{value, timestamp});
    if (twinId != m_twinId)
        return;
    Node *s = computedSection(true);
    if (!s)
        return;
    const auto at = std::lower_bound(s->children.cbegin(), s->children.cend(), name,
                                     [](const auto &row, const QString &n) { return row->name < n; });
    if (at != s->children.cend() && (*at)->name == name) {
        emit dataChanged(indexOf(at->get(), ValueColumn), indexOf(at->get(), SchemaColumn));
        return;
    }
    const int row = int(at - s->children.cbegin());
    beginInsertRows(indexOf(s, 0), row, row);
    insertChild(s->children, s, row, Node::make(RowKind::Computed, name));
    endInsertRows();
}

void InspectorModel::clearLiveValues()
{
    m_live.clear();
    m_computed.clear();
    if (const Node *s = section(RowKind::Telemetry); s && !s->children.empty())
        emit dataChanged(indexOf(s->children.front().get(), ValueColumn), indexOf(s->children.back().get(), ValueColumn));
    if (const Node *s = section(RowKind::Computed)) {
        const int row = s->row;
        beginRemoveRows(QModelIndex(), row, row);
        m_sections.erase(m_sections.begin() + row);
        for (size_t i = size_t(row); i < m_sections.size(); ++i)
            m_sections[i]->row = int(i);
        endRemoveRows();
    }
}

void InspectorModel::followLiveValues(const LiveValueFeed *feed)
{
    for (const QMetaObject::Connection &c : std::as_const(m_feedConnections))
        disconnect(c);
    m_feedConnections.clear();
    clearLiveValues();
    m_feed = feed;
    if (!feed)
        return;
    // Only the shown twin's values are taken (setTwin() reads another's when it is shown):
    // a moment of 10,000 sensors costs one look at the list of twins that changed.
    auto take = [this](const QStringList &twinIds) {
        if (!m_twinId.isEmpty() && twinIds.contains(m_twinId))
            readFeedValues(m_twinId);
    };
    m_feedConnections.append(connect(feed, &LiveValueFeed::valuesChanged, this, take));
    m_feedConnections.append(connect(feed, &LiveValueFeed::valuesCleared, this, &InspectorModel::clearLiveValues));
    if (!m_twinId.isEmpty())
        readFeedValues(m_twinId);
}

void InspectorModel::readFeedValues(const QString &twinId)
{
    const QTimeZone utc = QTimeZone::utc();
    for (const LiveReading &r : m_feed->readings(twinId)) {
        // A sensor's own point is named after its data type, not after the telemetry of
        // its model: it is the twin's first telemetry.
        const QString name = r.name == r.dataType ? QString() : r.name;
        setLiveValue(twinId, name, r.value, QDateTime::fromMSecsSinceEpoch(r.timestampMs, utc));
    }
    for (const LiveReading &r : m_feed->computedReadings(twinId))
        setComputedValue(twinId, r.name, r.value, QDateTime::fromMSecsSinceEpoch(r.timestampMs, utc));
}

} // namespace twin
