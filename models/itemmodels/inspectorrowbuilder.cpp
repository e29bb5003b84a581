// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorrowbuilder.h"

#include "inspectorvaluecodec.h"

#include "graph/twin.h"
#include "ontology/dtdlelement.h"
#include "ontology/modelregistry.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace twin {

namespace {

const QString kMetadata = QStringLiteral("$metadata");

} // namespace

std::vector<std::unique_ptr<InspectorModel::Node>> InspectorRowBuilder::sections(const Twin &twin) const
{
    std::vector<std::unique_ptr<Node>> sections;
    auto addSection = [&sections](RowKind holds) {
        auto s = Node::make(RowKind::Section, QString());
        s->holds = holds;
        s->row = int(sections.size());
        sections.push_back(std::move(s));
        return sections.back().get();
    };
    Node *identity = addSection(RowKind::Identity);
    for (const char *key : {"id", "model", "category"})
        identity->add(Node::make(RowKind::Identity, QString::fromLatin1(key)));

    const ResolvedInterface *r = m_models.resolved(twin.model);
    if (!r)
        return sections;
    // Base interfaces' contents first, as a reader expects "name" before what a subtype adds.
    QStringList order = r->ancestors;
    std::reverse(order.begin(), order.end());
    order.append(twin.model);
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
            if (kind == RowKind::Property)
                addParts(row, c->schema, twin.properties.value(c->name));
            if (kind != RowKind::Component)
                continue;
            const ResolvedInterface *ci = m_models.resolved(c->schema);
            const QJsonObject values = twin.properties.value(c->name).toObject();
            for (const DtdlElement *cc : ci ? ci->contents : QList<const DtdlElement *>()) {
                if (cc->kind != DtdlKind::Property)
                    continue;
                Node *p = row->add(Node::make(RowKind::ComponentProperty, cc->name));
                p->component = c->name;
                addParts(p, cc->schema, values.value(cc->name));
            }
        }
    }
    return sections;
}

std::vector<std::unique_ptr<InspectorModel::Node>> InspectorRowBuilder::partRows(const Node &owner, const QString &schema,
                                                                                const QJsonValue &value) const
{
    std::vector<std::unique_ptr<Node>> rows;
    const DtdlElement *s = schema.startsWith(u"dtmi:") ? m_models.element(schema) : nullptr;
    if (!s || owner.path().size() >= MaxDepth)
        return rows;
    auto part = [&](RowKind kind, const QString &name, const QString &partSchema, const QString &elementId) {
        auto n = Node::make(kind, name);
        n->component = owner.component;
        n->schema = partSchema;
        n->elementId = elementId;
        n->row = int(rows.size());
        rows.push_back(std::move(n));
        return rows.back().get();
    };
    switch (s->kind) {
    case DtdlKind::Object:
        for (const QString &id : s->fields) {
            if (const DtdlElement *f = m_models.element(id))
                part(RowKind::Field, f->name, f->schema, f->id);
        }
        break;
    case DtdlKind::Map: {
        const DtdlElement *mv = m_models.element(s->mapValue);
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); mv && it != o.constEnd(); ++it) {
            if (it.key() != kMetadata)
                part(RowKind::MapEntry, it.key(), mv->schema, mv->id);
        }
        break;
    }
    case DtdlKind::Array: {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            part(RowKind::ArrayElement, QString::number(i), s->elementSchema, QString())->index = i;
        break;
    }
    default:
        break;
    }
    return rows;
}

void InspectorRowBuilder::addParts(Node *owner, const QString &schema, const QJsonValue &value) const
{
    for (auto &row : partRows(*owner, schema, value)) {
        Node *child = owner->add(std::move(row));
        addParts(child, child->schema, InspectorValueCodec::valueAt(value, QVariantList{child->path().constLast()}));
    }
}

bool InspectorRowBuilder::sameParts(const std::vector<std::unique_ptr<Node>> &a, const std::vector<std::unique_ptr<Node>> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const auto &x, const auto &y) {
        return x->kind == y->kind && x->name == y->name && x->schema == y->schema;
    });
}

} // namespace twin
