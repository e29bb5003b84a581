// SPDX-License-Identifier: GPL-3.0-or-later
// ModelRegistry: interfaces, resolved interfaces and schemas rendered as JSON.
#include "modelregistry.h"

#include "ontology/dtdlvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace twin {

QJsonObject ModelRegistry::interfaceJson(const QString &dtmi) const
{
    const auto cached = m_jsonCache.constFind(dtmi);
    if (cached != m_jsonCache.cend())
        return *cached;
    const auto it = m_sources.constFind(dtmi);
    if (it == m_sources.cend())
        return {};
    QJsonObject result = it->object;
    if (result.isEmpty()) {
        QByteArray bytes = it->bytes;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        result = it->arrayIndex >= 0 ? doc.array().at(it->arrayIndex).toObject() : doc.object();
    }
    m_jsonCache.insert(dtmi, result);
    return result;
}

QJsonValue ModelRegistry::schemaJson(const QString &schema) const
{
    const DtdlElement *e = element(schema);
    if (!e || !e->isSchema())
        return schema;
    return elementJson(*e, 0);
}

QJsonObject ModelRegistry::elementJson(const DtdlElement &e, int depth) const
{
    QJsonObject o;
    if (!e.generatedId)
        o.insert(QStringLiteral("@id"), e.id);
    if (e.semanticTypes.isEmpty()) {
        o.insert(QStringLiteral("@type"), dtdlKindName(e.kind));
    } else {
        QJsonArray types{dtdlKindName(e.kind)};
        for (const QString &t : e.semanticTypes)
            types.append(t);
        o.insert(QStringLiteral("@type"), types);
    }
    if (!e.name.isEmpty())
        o.insert(QStringLiteral("name"), e.name);
    auto lang = [&](const char *key, const QMap<QString, QString> &m) {
        if (m.isEmpty())
            return;
        if (m.size() == 1 && m.contains(QStringLiteral("en"))) {
            o.insert(QLatin1String(key), m.first());
            return;
        }
        QJsonObject l;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            l.insert(it.key().isEmpty() ? QStringLiteral("en") : it.key(), it.value());
        o.insert(QLatin1String(key), l);
    };
    lang("displayName", e.displayName);
    lang("description", e.description);
    if (!e.comment.isEmpty())
        o.insert(QStringLiteral("comment"), e.comment);
    const bool deep = depth < 8;
    auto schema = [&](const QString &s) -> QJsonValue {
        const DtdlElement *se = element(s);
        if (se && se->isSchema() && deep)
            return elementJson(*se, depth + 1);
        return s;
    };
    auto child = [&](const QString &id) -> QJsonValue {
        const DtdlElement *ce = element(id);
        if (ce && deep)
            return elementJson(*ce, depth + 1);
        return id;
    };
    auto children = [&](const char *key, const QStringList &ids) {
        if (ids.isEmpty())
            return;
        QJsonArray a;
        for (const QString &id : ids)
            a.append(child(id));
        o.insert(QLatin1String(key), a);
    };
    switch (e.kind) {
    case DtdlKind::Telemetry:
    case DtdlKind::Field:
    case DtdlKind::MapKey:
    case DtdlKind::MapValue:
    case DtdlKind::CommandPayload:
    case DtdlKind::CommandRequest:
    case DtdlKind::CommandResponse:
        o.insert(QStringLiteral("schema"), schema(e.schema));
        break;
    case DtdlKind::Property:
        o.insert(QStringLiteral("schema"), schema(e.schema));
        o.insert(QStringLiteral("writable"), e.writable);
        break;
    case DtdlKind::Component:
        o.insert(QStringLiteral("schema"), e.schema);
        break;
    case DtdlKind::Command:
        if (!e.request.isEmpty())
            o.insert(QStringLiteral("request"), child(e.request));
        if (!e.response.isEmpty())
            o.insert(QStringLiteral("response"), child(e.response));
        break;
    case DtdlKind::Relationship:
        if (!e.target.isEmpty())
            o.insert(QStringLiteral("target"), e.target);
        if (e.minMultiplicity >= 0)
            o.insert(QStringLiteral("minMultiplicity"), e.minMultiplicity);
        if (e.maxMultiplicity >= 0)
            o.insert(QStringLiteral("maxMultiplicity"), e.maxMultiplicity);
        o.insert(QStringLiteral("writable"), e.writable);
        children("properties", e.properties);
        break;
    case DtdlKind::Array:
        o.insert(QStringLiteral("elementSchema"), schema(e.elementSchema));
        break;
    case DtdlKind::Enum:
        o.insert(QStringLiteral("valueSchema"), e.valueSchema);
        children("enumValues", e.enumValues);
        break;
    case DtdlKind::EnumValue:
        o.insert(QStringLiteral("enumValue"), QJsonValue::fromVariant(e.enumValue));
        break;
    case DtdlKind::Map:
        o.insert(QStringLiteral("mapKey"), child(e.mapKey));
        o.insert(QStringLiteral("mapValue"), child(e.mapValue));
        break;
    case DtdlKind::Object:
        children("fields", e.fields);
        break;
    case DtdlKind::Interface:
        break;
    }
    if (!e.unit.isEmpty())
        o.insert(QStringLiteral("unit"), e.unit);
    return o;
}

QJsonObject ModelRegistry::resolvedJson(const QString &dtmi) const
{
    const ResolvedInterface *r = resolved(dtmi);
    if (!r)
        return {};
    QJsonObject o = elementJson(*r->element, 0);
    if (!r->element->extends.isEmpty())
        o.insert(QStringLiteral("extends"), QJsonArray::fromStringList(r->element->extends));
    o.insert(QStringLiteral("ancestors"), QJsonArray::fromStringList(r->ancestors));
    o.insert(QStringLiteral("category"), categoryName(category(dtmi)));
    QJsonArray contents;
    for (const DtdlElement *c : r->contents) {
        QJsonObject co = elementJson(*c, 1);
        co.insert(QStringLiteral("definedIn"), c->definedIn);
        contents.append(co);
    }
    o.insert(QStringLiteral("contents"), contents);
    return o;
}

} // namespace twin
